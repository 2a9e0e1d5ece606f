// Deadlines of targets in the forms work plans time their steps by:
// stages joined by 、 each opened by its own year, and a quarter or a half of the year in the text or a task table's cell.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const due = (text: string): string[] =>
  (parseDocument(text, { file: 'stage-deadlines.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit} ${t.deadline?.date ?? t.deadline?.year ?? '-'}`);

describe('stages joined by 、, each opened by its year', () => {
  // Note: a year after 、 opens a stage when a figure ends the stage before it; the first stage, with no words of its own,
  // counts what the clause before it names (加快布局通用机场), and the later ones count what it counts.
  it('should date each stage by its own year and name it by the noun of the item', () => {
    const text = outdent`
      某省加快发展低空经济行动方案（2024—2027年）

      二、重点任务
      （一）完善低空基础设施。加快布局通用机场，2025年建成5个、2026年建成8个、2027年累计建成12个。
    `;
    expect(due(text)).toEqual(['通用机场 5个 2025', '通用机场 8个 2026', '通用机场 12个 2027']);
  });
});

describe('a task table row due in a quarter or a half of the year', () => {
  // Note: the row's cell is read by the grammar of text/deadline.ts, the one the duties' deadlines are read by.
  it('should date the row\'s targets by the quarter\'s or the half\'s last day', () => {
    const text = [
      '某县2024年乡村振兴重点任务清单',
      '',
      '序号\t重点任务\t具体内容\t牵头单位\t完成时限',
      '1\t改善农村人居环境\t农村卫生厕所普及率达到92%\t县乡村振兴局\t2024年第三季度前',
      '2\t建设高标准农田\t新建高标准农田3万亩\t县农业农村局\t2024年上半年',
    ].join('\n');
    expect(due(text)).toEqual(['农村卫生厕所普及率 92% 2024-09-30', '新建高标准农田 30000亩 2024-06-30']);
  });
});

describe('a quarter or a half of the plan\'s year in a target\'s sentence', () => {
  const text = outdent`
    某区2025年营商环境优化提升工作要点

    二、重点任务
    （一）提升政务服务效能。第三季度前实现高频事项“免证办”200项，上半年完成企业开办全流程1个工作日内办结。
    （二）优化项目审批。2026年第三季度末前，工程建设项目审批时间压缩至60个工作日以内。三季度末，新增“一件事一次办”主题服务15个。
    （三）提升数字化水平。11月底前上线“一码通城”应用场景20个。
  `;

  it('should date each target by the quarter\'s or the half\'s last day, in the year written or the plan\'s', () => {
    expect(due(text)).toEqual([
      '高频事项“免证办” 200项 2025-09-30',
      '企业开办全流程 1个工作日 2025-06-30',
      '工程建设项目审批时间 60个工作日 2026-09-30',
      '“一件事一次办”主题服务 15个 2025-09-30',
      '上线“一码通城”应用场景 20个 2025-11-30',
    ]);
  });

  it('should not date a target by a span of years or a list of years', () => {
    const spans = outdent`
      某市推进县域商业体系建设行动方案（2024—2026年）

      一、主要目标
      2024年、2025年、2026年县级物流配送中心覆盖率分别达到60%、80%和95%。到2026年，建成乡镇商贸中心300个。
    `;
    expect(due(spans)).toEqual(['县级物流配送中心覆盖率 60% 2024', '县级物流配送中心覆盖率 80% 2025', '县级物流配送中心覆盖率 95% 2026', '乡镇商贸中心 300个 2026']);
  });

  // Note: a bare year cell dates the row's duty by the year's end (text/deadline.ts), and the duty's date dates the row's targets.
  it('should read a task table\'s quarter cell whole, and a bare year cell as the year\'s end', () => {
    const table = [
      '某县2024年重点任务清单',
      '',
      '序号\t重点任务\t具体内容\t牵头单位\t完成时限',
      '1\t提升供水保障\t农村自来水普及率达到95%\t县水利局\t2024年第四季度',
      '2\t推进全民健身\t新建社区健身路径20条\t县教体局\t2024年',
    ].join('\n');
    expect(due(table)).toEqual(['农村自来水普及率 95% 2024-12-31', '新建社区健身路径 20条 2024-12-31']);
  });
});

describe('the same figure due in each half of the year', () => {
  it('should read two targets, one due by each half\'s end, and one target for a goal restated without a date', () => {
    const text = outdent`
      某镇2024年人居环境整治工作方案

      一、工作目标
      年内完成农村改厕200户。
      二、工作任务
      （一）推进厕所革命。上半年完成改厕100户，下半年完成改厕100户。
      （二）开展村庄清洁行动。完成农村改厕200户。
    `;
    expect(due(text)).toEqual(['农村改厕 200户 2024-12-31', '改厕 100户 2024-06-30', '改厕 100户 2024-12-31']);
  });
});

describe('stages listed after the measure, or set off by a colon', () => {
  it('should date each figure by the year listed for it, and name the colon\'s stages by what precedes it', () => {
    const text = outdent`
      某市推进新型储能产业发展三年行动计划（2025—2027年）

      一、发展目标
      新型储能装机规模2025年、2027年分别达到50万千瓦、100万千瓦。
      培育储能龙头企业：2025年5家，2026年8家，2027年10家以上。
    `;
    expect(due(text)).toEqual(['新型储能装机规模 500000千瓦 2025', '新型储能装机规模 1000000千瓦 2027', '储能龙头企业 5家 2025', '储能龙头企业 8家 2026', '储能龙头企业 10家 2027']);
  });

  it('should leave a list of years whose length differs from the figures\' as it was', () => {
    const text = outdent`
      某市推进新型储能产业发展三年行动计划（2025—2027年）

      一、发展目标
      新型储能装机规模2025年、2026年、2027年分别达到50万千瓦、100万千瓦。
    `;
    expect(due(text).map((d) => d.split(' ')[2])).toEqual(['2027', '2027']);
  });
});
