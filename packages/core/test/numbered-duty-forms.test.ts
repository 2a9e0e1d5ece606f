// Duties on a numbered item's own line in forms other than a labelled bracket at its end: a prose sentence closing
// the item (（三）…。由市商务局牵头，市农业农村局配合。) and a duty bracket right after its heading (（二）推进…（区商务局牵头）。…).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('duties in prose and after the heading of a numbered item', () => {
  const text = outdent`
    某某市推进县域商业体系建设三年行动方案（2024—2026年）

    一、主要任务
    （一）完善县域商业网络。一是改造提升县城商贸中心；二是发展村级便民商店。由市商务局牵头，市供销社、市邮政管理局配合。
    （二）健全农村物流配送体系（市交通运输局牵头，市邮政管理局配合）。推进县乡村三级物流共同配送。
    （三）激发农村消费潜力。开展县域促消费活动，完善农村售后服务网络。各县（市、区）人民政府负责，2026年底前完成。
    （四）发展农村电商。培育农村电商主体，每年培训农村电商人才3000人次。
    二、保障措施
    （一）加强组织领导。建立由市商务局牵头、相关部门参与的工作协调机制。
  `;
  const doc = parseDocument(text, { file: 'prose-duties.txt' }).documents[0];

  it('should read a duty sentence that closes a numbered item line as its duty', () => {
    const byTitle = new Map(doc?.assignments.map((a) => [doc.tasks.find((t) => t.id === a.taskId)?.title, a]));
    expect(byTitle.get('完善县域商业网络')?.leadUnits).toEqual(['市商务局']);
    expect(byTitle.get('完善县域商业网络')?.supportingUnits).toEqual(['市供销社', '市邮政管理局']);
    expect(byTitle.get('激发农村消费潜力')?.leadUnits).toEqual(['各县（市、区）人民政府']);
    expect(byTitle.get('激发农村消费潜力')?.due).toBe('2026-12-31');
  });

  it('should leave a bracketed duty after the heading out of the title, and read it', () => {
    const task = doc?.tasks.find((t) => t.label === '（二）');
    expect(task?.title).toBe('健全农村物流配送体系');
    const duty = doc?.assignments.find((a) => a.taskId === task?.id);
    expect(duty?.leadUnits).toEqual(['市交通运输局']);
    expect(duty?.supportingUnits).toEqual(['市邮政管理局']);
  });

  it('should give no duty to an item whose last sentence names no one who does it, nor to one that only mentions 牵头', () => {
    const ids = new Set(doc?.assignments.map((a) => a.taskId));
    const without = doc?.tasks.filter((t) => !ids.has(t.id)).map((t) => t.title);
    expect(without).toEqual(['发展农村电商', '加强组织领导']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep a bracket that is no duty in the title', () => {
    const plain = '某某市2025年工作要点\n一、重点任务\n（一）实施“十大工程”（2025年版）。推进项目建设。\n（二）建设数字政府（一期）。完成平台建设。\n';
    expect(parseDocument(plain, { file: 'brackets.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['实施“十大工程”（2025年版）', '建设数字政府（一期）']);
  });
});

describe('a duty whose note says the last units do every item after it', () => {
  it('should read the units of （…按职责分工负责，地方各级人民政府负责落实。以下均需…落实，不再列出）', () => {
    const text = outdent`
      某某省人民政府办公厅关于加快发展银发经济的实施意见

      一、发展民生事业
      （一）扩大老年助餐服务。到2025年底，城市社区老年助餐服务覆盖率达到80%以上。（省民政厅、省财政厅等按职责分工负责，各市政府落实。以下均需各市政府落实，不再列出）
      （二）发展社区便民服务。打造一刻钟便民生活圈。（省商务厅牵头）
    `;
    const doc = parseDocument(text, { file: 'listed-once.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits])).toEqual([
      [['省民政厅', '省财政厅'], ['各市政府']],
      [['省商务厅'], []],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read no duty from the note alone, nor from a note that says something else', () => {
    const text = outdent`
      某某省2025年工作要点
      一、重点任务
      （一）扩大老年助餐服务。提高覆盖率。（以下均需各市政府落实，不再列出）
      （二）发展社区便民服务。打造便民生活圈。（省商务厅负责。以下内容为2024年已部署事项）
    `;
    expect(parseDocument(text, { file: 'notes.txt' }).documents[0]?.assignments).toEqual([]);
  });
});

describe('a duty in the sentence right after an item heading', () => {
  it('should read a whole duty sentence after the heading, and a 由…牵头 duty opening the measure', () => {
    const text = outdent`
      某某区关于推进城市更新行动的实施方案

      一、重点任务
      （一）完善城市基础设施。由区住建局牵头，区综合执法局、区水利局配合，加快城市管网更新改造。
      （二）增加公共服务设施供给。区教体局、区卫健局负责。围绕“一老一小”需求新增托位500个。
      （三）健全城市更新机制。由政府引导、市场运作，建立城市更新项目储备库。
      （四）强化资金保障。区财政局要会同有关部门统筹安排城市更新资金。
    `;
    const doc = parseDocument(text, { file: 'heads.txt' }).documents[0];
    const byLabel = new Map(doc?.assignments.map((a) => [doc.tasks.find((t) => t.id === a.taskId)?.label, a]));
    expect(byLabel.get('（一）')).toMatchObject({ leadUnits: ['区住建局'], supportingUnits: ['区综合执法局', '区水利局'] });
    expect(byLabel.get('（二）')?.leadUnits).toEqual(['区教体局', '区卫健局']);
    // Note: 由政府引导、市场运作 names no unit that leads; 会同 is read by its own rule.
    expect(byLabel.has('（三）')).toBe(false);
    expect(byLabel.get('（四）')?.leadUnits).toEqual(['区财政局']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('more labels and verbs of duty clauses', () => {
  const dutyOf = (clause: string) => {
    const text = `某某市2025年工作要点\n一、重点任务\n（一）推进养老服务。新建养老服务站10个。${clause}\n（二）发展老年助餐。新增助餐点5个。\n`;
    const doc = parseDocument(text, { file: 'labels.txt' }).documents[0];
    if (doc) expectExactQuotes(text, doc);
    const a = doc?.assignments.find((x) => x.taskId === doc.tasks[0]?.id);
    return a ? [a.leadUnits, a.supportingUnits] : null;
  };

  it.each([
    // A qualifier before the label, a bracketed note between the label and its colon.
    ['（主要责任单位：市发展改革委）', [['市发展改革委'], []]],
    ['（具体负责单位：市民政局）', [['市民政局'], []]],
    ['（牵头部门（单位）：市发展改革委；配合部门（单位）：市财政局）', [['市发展改革委'], ['市财政局']]],
    // 协助 and 参与 as labels; the supporting units named first.
    ['（协助单位：市财政局；牵头单位：市发展改革委）', [['市发展改革委'], ['市财政局']]],
    ['（牵头：市民政局；参与：市财政局）', [['市民政局'], ['市财政局']]],
    // The body that oversees is no unit of the duty.
    ['（负责单位：市民政局；督办单位：市政府督查室）', [['市民政局'], []]],
    // 统筹 names the lead, 指导 a body beside those who do it.
    ['（市发展改革委统筹，各区人民政府负责）', [['市发展改革委'], ['各区人民政府']]],
    ['（各区人民政府负责落实，市民政局指导）', [['各区人民政府'], ['市民政局']]],
    // A town's plan names its villages and communities.
    ['（责任单位：各镇（街道）、各村（社区））', [['各镇（街道）'], ['各村（社区）']]],
  ])('should read %s', (clause, expected) => {
    expect(dutyOf(clause)).toEqual(expected);
  });

  it('should read no duty from prose that ends with the same verbs', () => {
    expect(dutyOf('（加强部门统筹）')).toBeNull();
    expect(dutyOf('（在专家指导）')).toBeNull();
    expect(dutyOf('（建设美丽乡村）')).toBeNull();
  });
});

describe('a bracket of a deadline alone', () => {
  const dutyOf = (line: string) => {
    const text = `某某市2025年工作要点\n一、重点任务\n${line}\n（二）发展老年助餐。新增助餐点5个。\n`;
    const doc = parseDocument(text, { file: 'deadline-brackets.txt' }).documents[0];
    if (doc) expectExactQuotes(text, doc);
    const a = doc?.assignments.find((x) => x.taskId === doc.tasks[0]?.id);
    return a ? [a.leadUnits, a.due, a.dueText] : null;
  };

  it('should read it where it closes the item, and beside the units of the bracket before it', () => {
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（2025年12月底前）')).toEqual([[], '2025-12-31', '2025年12月底前']);
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（长期坚持）')).toEqual([[], null, '长期坚持']);
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（责任单位：市民政局）（2025年10月底前完成）')).toEqual([['市民政局'], '2025-10-31', '2025年10月底前完成']);
    // Bodies' names and the deadline after them, without labels.
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（市民政局、市财政局，2025年12月）')).toEqual([['市民政局'], '2025-12-31', '2025年12月']);
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（含社区养老服务站，2025年12月）')).toBeNull();
    // Groups of names set apart by a comma, as a labelled list sets them.
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（省教育厅、省人力资源社会保障厅，各市、县政府）')).toEqual([['省教育厅'], null, null]);
    expect(dutyOf('（一）推进养老服务。新建养老服务站10个。（含社区、街道，下同）')).toBeNull();
  });

  it('should take no period, span or time inside the text for a deadline', () => {
    expect(dutyOf('（一）集中整治阶段（2025年4月至10月）')).toBeNull();
    expect(dutyOf('（一）实施三年行动（2025—2027年）')).toBeNull();
    expect(dutyOf('（一）推进养老服务（2025年6月底前）。新建养老服务站10个。')).toBeNull();
  });
});
