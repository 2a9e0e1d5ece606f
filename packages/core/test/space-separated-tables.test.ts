// Task tables copied from a web page with one space between cells (序号 工作任务 目标要求 责任单位 完成时限, ASCII or
// full-width spaces), as some sites and readers give a table as text: a header of header words alone, then rows of exactly
// its cells opened by a 序号, each a task with its units and deadline, and its figures bounded by their cells. Crafted
// probes d22 (重庆, ASCII spaces) and d23 (云南, full-width spaces) of hC (/work/adv/hC/FINDINGS.md).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const read = (text: string) => parseDocument(text, { file: 'space-separated-tables.txt' }).documents[0];

describe('a table with one space between cells', () => {
  it('should read each row as a task with its units and deadline, and its figures inside their cells', () => {
    const text = [
      '某区2025年乡村振兴重点工作清单',
      '序号 工作任务 目标要求 责任单位 完成时限',
      '1 稳定粮食生产 粮食播种面积稳定在146万亩以上，产量稳定在55万吨以上 区农业农村委 2025年10月',
      '2 建设高标准农田 新建高标准农田5万亩，改造提升2万亩 区农业农村委、区财政局 2025年12月',
    ].join('\n');
    const doc = read(text);
    expect(doc?.assignments.map((a) => `${a.taskTitle}: ${a.leadUnits.join('、')} / ${a.dueText}`)).toEqual(['稳定粮食生产: 区农业农村委 / 2025年10月', '建设高标准农田: 区农业农村委、区财政局 / 2025年12月']);
    expect(doc?.targets.map((t) => t.quote)).toEqual(['粮食播种面积稳定在146万亩以上', '产量稳定在55万吨以上', '新建高标准农田5万亩', '改造提升2万亩']);
  });

  it('should read full-width spaces alike, and end the table at the text after it', () => {
    const text = [
      '某区2025年营商环境提升任务清单',
      '',
      '序号　重点任务　具体措施　牵头单位　配合单位　完成时限',
      '1　企业开办提速　企业开办时间压缩至0.5个工作日　区市场监管局　区税务局、区人社局　2025年6月底前',
      '2　惠企政策兑现　惠企资金兑现率达到95%以上　区财政局　区级各有关部门　持续推进',
      '',
      '各责任单位要明确专人负责，每季度末报送工作进展。',
    ].join('\n');
    expect(read(text)?.assignments.map((a) => `${a.taskTitle}: ${a.leadUnits.join('、')} / ${a.supportingUnits.join('、')} / ${a.dueText}`)).toEqual([
      '企业开办提速: 区市场监管局 / 区税务局、区人社局 / 2025年6月底前',
      '惠企政策兑现: 区财政局 / 区级各有关部门 / 持续推进',
    ]);
  });
});
