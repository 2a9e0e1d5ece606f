// A labelled list of units under an item that goes on over the next line, its first line ending on the separator
// (责任单位：区发展改革委、区市场监管局、 / 区司法局、区人民法院), as a Word table's cell or a narrow column breaks it; and the
// 落实单位 label of supervision sheets; and the names of a Markdown table's units cell broken with <br>.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

const duties = (doc: PlanDocument | undefined): string[] =>
  (doc?.assignments ?? []).map((a) => `${a.taskTitle} | ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'} = ${a.due ?? '-'}`);

describe('a labelled list of units broken over two lines after its separator', () => {
  it('should read the units of both lines as one list, and the deadline line under them as the same duty', () => {
    const text = outdent`
      某区2024年优化营商环境行动计划

      二、主要任务
      （一）加强信用体系建设
      归集涉企信用信息不少于50万条。
      责任单位：区发展改革委、区市场监管局、
      区司法局、区人民法院
      完成时限：2024年上半年
      （二）提升纳税服务水平
      推行“非接触式”办税。
      牵头单位：区税务局
      配合单位：区财政局，
      各街道办事处
    `;
    const doc = parseDocument(text, { file: 'duty-list-wrap.txt' }).documents[0];
    expect(duties(doc)).toEqual([
      '加强信用体系建设 | 区发展改革委 | 区市场监管局、区司法局、区人民法院 | 2024年上半年 = 2024-06-30',
      '提升纳税服务水平 | 区税务局 | 区财政局、各街道办事处 | - = -',
    ]);
    const first = doc?.assignments[0];
    expect(first?.supportingPosition && sliceAt(text, first.supportingPosition)).toBe('区市场监管局、\n区司法局、区人民法院');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should not run a list on into a line that is no list of units', () => {
    const text = outdent`
      某区2024年工作要点

      一、重点任务
      1.推进政务服务改革。
      责任单位：区政务服务中心、
      2.加强数据共享。建成数据共享平台。
    `;
    const doc = parseDocument(text, { file: 'duty-list-wrap.txt' }).documents[0];
    expect(duties(doc)).toEqual(['推进政务服务改革 | 区政务服务中心 | - | - = -']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进政务服务改革', '加强数据共享']);
  });
});

describe('the 落实单位 label', () => {
  it('should read the units it names as those responsible, the first leading', () => {
    const text = outdent`
      某市2025年口岸工作要点

      一、重点任务
      （一）发展航空物流。新开国际货运航线5条。（落实单位：市口岸办、某机场集团）
    `;
    const doc = parseDocument(text, { file: 'duty-list-wrap.txt' }).documents[0];
    expect(duties(doc)).toEqual(['发展航空物流 | 市口岸办 | 某机场集团 | - = -']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a Markdown task table whose units cell breaks its names with <br>', () => {
  it('should read each name as a unit of its own, in the lead cell and in the supporting cell', () => {
    const text = outdent`
      # 某市2025年营商环境优化提升重点任务分工表

      | 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |
      |---|---|---|---|---|---|
      | 1 | 压缩企业开办时间 | 企业开办时间压缩至1个工作日以内 | 市市场监管局 | 市公安局<br>市人力资源社会保障局<br/>市税务局 | 2025年6月底前 |
      | 2 | 提升获得电力水平 | 低压小微企业办电时间压缩至5个工作日 | 国网某供电公司<br>市发展改革委 | **市能源局** | 2025年上半年 |
    `;
    const doc = parseDocument(text, { file: 'duty-list-wrap.md' }).documents[0];
    expect(duties(doc)).toEqual([
      '压缩企业开办时间 | 市市场监管局 | 市公安局、市人力资源社会保障局、市税务局 | 2025年6月底前 = 2025-06-30',
      '提升获得电力水平 | 国网某供电公司、市发展改革委 | 市能源局 | 2025年上半年 = 2025-06-30',
    ]);
    const first = doc?.assignments[0];
    expect(first?.supportingPosition && sliceAt(text, first.supportingPosition)).toBe('市公安局<br>市人力资源社会保障局<br/>市税务局');
    if (doc) expectExactQuotes(text, doc);
  });
});
