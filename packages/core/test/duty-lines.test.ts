// Duties over lines of their own, one label a line (责任单位：… / 配合单位：… / 完成时限：…), as Word-exported work points
// and task-division plans set them, and the clause forms found beside them: a label heading verbs (【责任单位】A牵头，B配合),
// three roles in one clause (A牵头，B配合，C负责落实), a named time (汛前完成), units set apart by spaces, a bureau's own 科/股.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Position } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

function parse(text: string) {
  return parseDocument(text, { file: 'duty-lines.txt' });
}

const duties = (doc: PlanDocument | undefined): string[] => {
  const label = new Map((doc?.tasks ?? []).map((t) => [t.id, t.label]));
  return (doc?.assignments ?? []).map((a) => `${a.taskId ? label.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'} = ${a.due ?? '-'}`);
};

function expectQuoted(text: string, doc: PlanDocument | undefined): void {
  const at = (p: Position | null): string | null => (p ? sliceAt(text, p) : null);
  for (const a of doc?.assignments ?? []) {
    expect(at(a.duePosition)).toBe(a.dueText);
    for (const u of a.leadUnits) expect(at(a.leadPosition)).toContain(u);
    for (const u of a.supportingUnits) expect(at(a.supportingPosition)).toContain(u);
    expect(at(a.position)).toContain(a.leadUnits[0] ?? '');
  }
}

describe('a duty over lines of its own', () => {
  const text = outdent`
    2024年全市教育工作要点

    一、推动基础教育优质均衡发展

    1.扩大优质学前教育资源。新建、改扩建公办幼儿园20所。
    责任单位：基础教育科、发展规划科，各区县教育局
    完成时限：2024年9月底前

    2.推进义务教育优质均衡。新建、改扩建义务教育学校15所。
    责任单位：基础教育科
    配合单位：发展规划科、财务科
    完成时限：2024年8月底前

    3.办好特殊教育。残疾儿童少年义务教育入学率保持在97%以上。
    牵头单位：市教育局
    配合单位：各区县教育局
    完成时限：长期坚持
  `;
  const result = parse(text);
  const doc = result.documents[0];

  it('should read the lines under an item as one duty, as the same labels on one line are read', () => {
    expect(duties(doc)).toEqual([
      '1. 基础教育科 | 发展规划科、各区县教育局 | 2024年9月底前 = 2024-09-30',
      '2. 基础教育科 | 发展规划科、财务科 | 2024年8月底前 = 2024-08-31',
      '3. 市教育局 | 各区县教育局 | 长期坚持 = -',
    ]);
    expectQuoted(text, doc);
  });

  it('should not call a plan that ends on a duty line cut off', () => {
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });

  it('should join a deadline line to the bracketed duty that ends the item’s line, and read a label heading verbs', () => {
    const t = outdent`
      2024年某市应急管理工作要点

      一、压实安全生产责任

      （一）健全安全生产责任体系。制定责任清单。【责任单位】市安委办
      【完成时限】2024年6月底前

      （二）深化隐患排查整治。全面开展隐患排查。【责任单位】市应急管理局牵头，市住房城乡建设局、市消防救援支队配合
      【完成时限】2024年12月底前
    `;
    const d = parse(t).documents[0];
    expect(duties(d)).toEqual(['（一） 市安委办 | - | 2024年6月底前 = 2024-06-30', '（二） 市应急管理局 | 市住房城乡建设局、市消防救援支队 | 2024年12月底前 = 2024-12-31']);
    expectQuoted(t, d);
  });

  it('should keep two lists of those responsible, one under each item, apart', () => {
    const t = outdent`
      2024年某县农业工作要点

      1.稳定粮食生产。确保播种面积稳定。
      责任单位：县农业农村局
      2.推进高标准农田建设。新建高标准农田2万亩。
      责任单位：县农业农村局、县财政局
    `;
    expect(duties(parse(t).documents[0])).toEqual(['1. 县农业农村局 | - | - = -', '2. 县农业农村局 | 县财政局 | - = -']);
  });
});

describe('clause forms beside duty lines', () => {
  it('should read three roles in one clause, a named time of the work calendar, and units set apart by spaces', () => {
    const t = outdent`
      某省2024年水利工作要点

      1.推进水库建设。加快在建水库进度。（省水利厅牵头，省发展改革委、省财政厅配合，各市州人民政府负责落实）
      2.开展河道清淤。完成重点河道清淤。（省水利厅牵头负责，各市州人民政府具体实施，汛前完成）
      3.完善水价机制。推进农业水价综合改革。（责任单位：省水利厅 省财政厅）
    `;
    const d = parse(t).documents[0];
    expect(duties(d)).toEqual([
      '1. 省水利厅 | 省发展改革委、省财政厅、各市州人民政府 | - = -',
      '2. 省水利厅 | 各市州人民政府 | 汛前完成 = -',
      '3. 省水利厅 | 省财政厅 | - = -',
    ]);
    expectQuoted(t, d);
  });

  it('should keep a place and a body set apart by a space as one name', () => {
    const t = '某区2024年工作要点\n\n1.推进数字经济发展。培育数字企业。（责任单位：广州市黄埔区 广州开发区管委会）\n';
    expect(duties(parse(t).documents[0])).toEqual(['1. 广州市黄埔区 广州开发区管委会 | - | - = -']);
  });

  it('should read a bureau’s own sections (科, 股) as units', () => {
    const t = '某市教育局2024年工作要点\n\n1.深化党建引领。落实议事决策机制。（责任单位：组织人事科、督导科）\n2.加强安全稳定。开展安全检查。（责任单位：安全稳定工作股）\n';
    expect(duties(parse(t).documents[0])).toEqual(['1. 组织人事科 | 督导科 | - = -', '2. 安全稳定工作股 | - | - = -']);
  });
});

describe('a bracket of bare unit names that closes an item', () => {
  it('should read it as a list of those responsible, the first leading', () => {
    const text = '某区2024年工作要点\n\n一、发展数字经济\n1.建设算力中心。新增机架1000个。（区发展改革委）\n2.推进5G覆盖。新建基站500个。（区科委、区财政局）。\n';
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 区发展改革委 | - | - = -', '2. 区科委 | 区财政局 | - = -']);
    expectQuoted(text, doc);
  });

  it('should read the deadline after a semicolon, as after a comma', () => {
    const text = '某省2024年工作要点\n\n一、提升治理水平\n1.建设视频监控网络。（省公安厅；2024年10月底前）\n2.推进农村危房改造。（市住建局，2024年9月底前）\n';
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 省公安厅 | - | 2024年10月底前 = 2024-10-31', '2. 市住建局 | - | 2024年9月底前 = 2024-09-30']);
    expectQuoted(text, doc);
  });

  it('should leave a bracket of a note and a year apart by a semicolon', () => {
    const text = '某区2024年工作要点\n\n一、发展数字经济\n1.培育数字企业。（含独角兽企业；2024年）\n2.完善基础设施。（试点先行；2024年底前）\n';
    expect(duties(parse(text).documents[0])).toEqual([]);
  });

  it('should leave brackets that are no list of bodies, or that do not close the line', () => {
    const text = '某区2024年工作要点\n\n一、发展数字经济\n1.培育数字企业。（含独角兽企业）\n2.完善基础设施。覆盖各县（区、市）\n3.推进政务服务（区政务服务中心）改革。\n';
    expect(duties(parse(text).documents[0])).toEqual([]);
  });
});

describe('a leader named beside the units', () => {
  it('should pass over 责任县领导：, 市领导： and the like, which name a person', () => {
    const text = '某县2025年重点工作任务分解方案\n\n1.推进园区提档升级。新建标准厂房20万平方米。（责任县领导：张某某；牵头单位：县经济和信息化局；配合单位：县自然资源局）\n2.稳定粮食生产。新建高标准农田3.5万亩。（市领导：李某；牵头单位：县农业农村局）\n';
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 县经济和信息化局 | 县自然资源局 | - = -', '2. 县农业农村局 | - | - = -']);
    expectQuoted(text, doc);
  });
});

describe('unit names of other forms', () => {
  it('should keep runs of place kinds before a government as one name, and read names opening with 经济 or 经信', () => {
    const text = '某省2025年水利工作要点\n\n1.推进水库建设。加快在建水库进度。（责任单位：省水利厅，各市州、县市区人民政府）\n2.推进产业发展。培育企业。（牵头科室：经济发展科）\n3.推进数字经济。建设平台。（责任单位：经信局、经济和信息化局）\n4.规范审批。经批准的项目按期开工。（经批准的单位）\n';
    expect(duties(parse(text).documents[0])).toEqual(['1. 省水利厅 | 各市州、县市区人民政府 | - = -', '2. 经济发展科 | - | - = -', '3. 经信局 | 经济和信息化局 | - = -']);
  });
});

describe('deadlines as PDF text spaces them', () => {
  it('should read 2026 年底前 and 2026 年 6 月底前, in a duty and in a measure’s text', () => {
    const text = '某市2025年工作要点（2025—2027年）\n\n1.推进改造。2026 年底前完成全部任务。（责任单位：市住建局）\n2.建设平台。建成市级平台。（责任单位：市数据局；完成时限：2026 年 6 月底前）\n3.开展评估。5月31日前完成评估报告。（责任单位：市统计局）\n';
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 市住建局 | - | 2026 年底前 = 2026-12-31', '2. 市数据局 | - | 2026 年 6 月底前 = 2026-06-30', '3. 市统计局 | - | 5月31日前 = 2027-05-31']);
    expectQuoted(text, doc);
  });
});

describe('a duty label alone on its line', () => {
  it('should read its units, or its deadline, from the next line', () => {
    const text = outdent`
      某市2024年数字政府建设工作要点
      一、夯实基础
      1.完善政务云平台。云资源利用率达到70%。
      责任单位：
      市数据局、市财政局
      2.推进“一网通办”。网上可办率达到95%。
      牵头单位：
      市政务服务中心
      完成时限：
      2024年12月底
    `;
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 市数据局 | 市财政局 | - = -', '2. 市政务服务中心 | - | 2024年12月底 = 2024-12-31']);
    expectQuoted(text, doc);
  });

  it('should read no duty from a label over a line that is no list of units', () => {
    const text = outdent`
      某市2024年工作要点
      一、夯实基础
      1.完善政务云平台。云资源利用率达到70%。
      责任单位：
      2.推进“一网通办”。网上可办率达到95%。
    `;
    expect(duties(parse(text).documents[0])).toEqual([]);
  });
});

describe('a hard-wrapped line that ends with a duty’s label', () => {
  it('should run on into the units on the next line', () => {
    const text = [
      '某市2024年文化旅游工作要点',
      '一、推进文旅融合发展',
      '1.打造黄河文化旅游带。推进古镇等景区提档升级，',
      '创建国家5A级旅游景区1家，培育精品线路。牵头单位：',
      '市文旅局；配合单位：临县人民政府。',
      '2.培育文旅消费新业态。发展夜间经济、露营经济，',
      '打造文旅消费集聚区5个，举办文旅消费季活动，促进',
      '消费。牵头单位：市文旅局；配合单位：市商务局。',
      '3.推进公共文化设施建设。新建城市书房10个，实',
      '现县级图书馆、文化馆总分馆制全覆盖，提升服务效能',
      '。责任单位：市文旅局、市财政局。',
      '',
    ].join('\n');
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual(['1. 市文旅局 | 临县人民政府 | - = -', '2. 市文旅局 | 市商务局 | - = -', '3. 市文旅局 | 市财政局 | - = -']);
    expectQuoted(text, doc);
  });
});

describe('a bracket of a deadline and what is due then', () => {
  it('should read a time before a short verb (开工, 出台, 建成投用, 上线运行) as the item’s deadline', () => {
    const text = outdent`
      某市2024年城市更新重点工作安排
      一、推进老旧片区改造
      （一）推进城中村改造。启动城中村改造项目6个。（2024年6月底前开工）
      （二）建设城市生命线工程。建成管网监测平台。（2024年9月底前建成投用）
      （三）完善城市更新政策体系。（2024年6月底前出台）
      （四）推进智慧城市建设。（市城市管理局牵头，市大数据局配合）（2024年底前上线运行）
    `;
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual([
      '（一）  | - | 2024年6月底前开工 = 2024-06-30',
      '（二）  | - | 2024年9月底前建成投用 = 2024-09-30',
      '（三）  | - | 2024年6月底前出台 = 2024-06-30',
      '（四） 市城市管理局 | 市大数据局 | 2024年底前上线运行 = 2024-12-31',
    ]);
    expectQuoted(text, doc);
  });

  it('should read no deadline from a time without 前 before a verb, nor from a phrase or a long sentence', () => {
    const text = outdent`
      某市2024年工作要点
      一、重点任务
      （一）推进城中村改造。启动项目6个。（2024年6月开工）
      （二）建设监测平台。汇聚数据。（2024年底前的数据）
      （三）推进老旧小区改造。（2024年底前全面完成各项改造任务并通过验收）
    `;
    expect(duties(parse(text).documents[0])).toEqual([]);
  });
});

describe('a duty in prose, its labels joined to the units by 为', () => {
  it('should read the sentence that closes the item', () => {
    const text = outdent`
      某州2024年农业农村重点工作安排
      一、稳定粮食生产
      （一）稳定粮食播种面积。播种面积稳定在300万亩以上。牵头单位为州农业农村局，配合单位为州发展改革委、州财政局。
      （二）推进高标准农田建设。新建高标准农田20万亩。责任单位为州农业农村局。
      （三）壮大棉花产业。牵头单位为州农业农村局，配合单位为各县市人民政府，完成时限为2024年11月底。
    `;
    const doc = parse(text).documents[0];
    expect(duties(doc)).toEqual([
      '（一） 州农业农村局 | 州发展改革委、州财政局 | - = -',
      '（二） 州农业农村局 | - | - = -',
      '（三） 州农业农村局 | 各县市人民政府 | 2024年11月底 = 2024-11-30',
    ]);
    expectQuoted(text, doc);
  });
});
