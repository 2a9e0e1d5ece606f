// Metadata forms a fourth round of crafted documents (notices copied without the plan's title line, pages and
// exports that give a title only as a labelled field) found misread. Each test is a layout of official documents in
// general, with a look-alike the rule must not take.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { onlyPlan, quoted } from './helpers.js';

const only = onlyPlan;

const BODY = outdent`
  一、发展目标
  到2026年，全市接待游客突破1亿人次。
  二、重点任务
  （一）提升景区品质。（牵头单位：市文旅广体局）
  （二）丰富旅游业态。（牵头单位：市文旅广体局）
  （三）优化旅游服务。（牵头单位：市商务局）
`;

const NOTICE = outdent`
  某某市人民政府关于印发某某市全域旅游发展三年行动计划（2024—2026年）的通知
  某政发〔2024〕4号
  各区县人民政府，市直机关各单位：
  　　现将《某某市全域旅游发展三年行动计划（2024—2026年）》印发给你们，请认真贯彻执行。
`;

describe('a notice whose plan follows its handing-over sentence with no title line', () => {
  it('should read the text after the sentence as the plan the notice names', () => {
    const text = `${NOTICE}\n${BODY}\n`;
    const doc = only(text);
    expect(doc.title).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(quoted(text, doc, 'title')).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(doc.kind).toBe('action-plan');
    expect(doc.period).toEqual({ start: 2024, end: 2026 });
    expect(doc.docNumber).toBe('某政发〔2024〕4号');
    expect(doc.tasks.map((t) => t.title)).toEqual(['提升景区品质', '丰富旅游业态', '优化旅游服务']);
    expect(doc.assignments.map((a) => a.leadUnits)).toEqual([['市文旅广体局'], ['市文旅广体局'], ['市商务局']]);
  });

  it('should take the signature set under the plan as its issuer and date', () => {
    const text = `${NOTICE}\n${BODY}\n\n某某市人民政府\n2024年2月26日\n`;
    const doc = only(text);
    expect(doc.title).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(doc.date).toBe('2024-02-26');
    expect(quoted(text, doc, 'date')).toBe('2024年2月26日');
    expect(doc.issuer).toBe('某某市人民政府');
    expect(doc.tasks).toHaveLength(3);
  });

  it('should read a legal database’s export of it, its fields above', () => {
    const text = `【标题】${NOTICE.split('\n')[0]}\n【发布部门】某某市人民政府\n【发文字号】某政发〔2024〕4号\n【发布日期】2024.02.26\n【时效性】现行有效\n\n${NOTICE.split('\n').slice(2).join('\n')}\n${BODY}\n`;
    const doc = only(text);
    expect(doc.title).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(doc.docNumber).toBe('某政发〔2024〕4号');
    expect(doc.date).toBe('2024-02-26');
    expect(doc.tasks).toHaveLength(3);
  });

  it('should leave items the notice introduces as its own (…印发给你们，并提出如下要求：) out of any plan', () => {
    const own = NOTICE.replace('请认真贯彻执行。', '并提出如下要求：');
    const text = `${own}\n一、提高思想认识。\n二、加强组织领导。\n三、强化督促检查。\n`;
    expect(parseDocument(text, { file: 'case.txt' }).documents).toEqual([]);
  });

  it('should keep a titled plan after the notice’s items named by its own title, dated by the notice', () => {
    const text = `${NOTICE}\n一、提高思想认识。\n二、加强组织领导。\n某某市人民政府\n2024年2月26日\n某某市全域旅游发展三年行动计划（2024—2026年）\n${BODY}\n`;
    const doc = only(text);
    expect(doc.title).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(quoted(text, doc, 'title')).toBe('某某市全域旅游发展三年行动计划（2024—2026年）');
    expect(doc.date).toBe('2024-02-26');
    expect(doc.docNumber).toBe('某政发〔2024〕4号');
    expect(doc.tasks).toHaveLength(3);
  });
});

describe('a plan titled only by a labelled field of the file’s head', () => {
  const PLAN_BODY = outdent`
    为推动林业碳汇高质量发展，结合我市实际，制定本方案。
    一、工作目标
    到2026年，全市森林覆盖率稳定在81.7%以上。
    二、重点任务
    （一）提升森林质量。（牵头单位：市林业局）
    （二）开发碳汇项目。（牵头单位：市林业局）
  `;

  it('should take the title of Markdown front matter, with its kind and period', () => {
    const text = `---\ntitle: 某某市“十四五”林业碳汇发展规划\nissuer: 某某市人民政府\ndate: 2022-01-20\n---\n\n${PLAN_BODY}\n`;
    const doc = onlyPlan(text);
    expect(doc.title).toBe('某某市“十四五”林业碳汇发展规划');
    expect(quoted(text, doc, 'title')).toBe('某某市“十四五”林业碳汇发展规划');
    expect(doc.kind).toBe('plan');
    expect(doc.period).toEqual({ start: 2021, end: 2025 });
    expect(doc.tasks).toHaveLength(2);
  });

  it('should take the title of a site’s information table, its label spaced out', () => {
    const text = `索 引 号：000014349/2024-00178\n发文机关：某某市人民政府办公室\n成文日期：2024年05月08日\n标　　题：某某市林业碳汇高质量发展实施方案\n发文字号：某政办发〔2024〕12号\n\n${PLAN_BODY}\n`;
    const doc = onlyPlan(text);
    expect(doc.title).toBe('某某市林业碳汇高质量发展实施方案');
    expect(quoted(text, doc, 'title')).toBe('某某市林业碳汇高质量发展实施方案');
    expect(doc.kind).toBe('implementation-plan');
    expect(doc.docNumber).toBe('某政办发〔2024〕12号');
    expect(doc.date).toBe('2024-05-08');
  });

  it('should name the plan after the notice a field names, though the text opens with the notice’s addressees', () => {
    const text = `---\n标题: 关于印发《某某市数字乡村建设三年行动方案（2024—2026年）》的通知\n文号: 某政办发〔2024〕9号\n发布日期: 2024-04-18\n---\n\n各县（市、区）人民政府，市政府各部门：\n\n《某某市数字乡村建设三年行动方案（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n${PLAN_BODY}\n`;
    const doc = onlyPlan(text);
    expect(doc.title).toBe('某某市数字乡村建设三年行动方案（2024—2026年）');
    expect(quoted(text, doc, 'title')).toBe('某某市数字乡村建设三年行动方案（2024—2026年）');
    expect(doc.kind).toBe('action-plan');
    expect(doc.period).toEqual({ start: 2024, end: 2026 });
    expect(doc.docNumber).toBe('某政办发〔2024〕9号');
  });

  it('should keep the title line of a plan that has one, and take no field that names no kind of document', () => {
    const titled = `标题：某某市林业碳汇工作通报\n\n某某市林业碳汇高质量发展实施方案\n${PLAN_BODY}\n`;
    expect(onlyPlan(titled).title).toBe('某某市林业碳汇高质量发展实施方案');
    const kindless = `标题：林业碳汇\n\n${PLAN_BODY}\n`;
    expect(onlyPlan(kindless).title).toBeNull();
  });
});

describe('a flattened plan whose last item closes with its duty clause, then the signature', () => {
  const FLAT = '某某市2024年优化营商环境工作要点 为持续优化营商环境，制定本要点。一、总体目标 2024年，全市营商环境评价进入全省第一方阵。二、重点任务 （一）提升政务服务效能。（牵头单位：市政务服务中心） （二）优化法治环境。（牵头单位：市司法局） （三）强化要素保障。（牵头单位：市发展改革委）';

  it('should read the signature after the bracket as the plan’s issuer and date', () => {
    const text = `${FLAT} 某某市人民政府办公室 2024年2月29日`;
    const doc = onlyPlan(text);
    expect(doc.date).toBe('2024-02-29');
    expect(quoted(text, doc, 'date')).toBe('2024年2月29日');
    expect(doc.issuer).toBe('某某市人民政府办公室');
    expect(doc.assignments.at(-1)?.leadUnits).toEqual(['市发展改革委']);
  });

  it('should read it with no space before it, and with its note after it', () => {
    const text = `${FLAT}某某市人民政府办公室2024年2月29日（此件公开发布）`;
    const doc = onlyPlan(text);
    expect(doc.date).toBe('2024-02-29');
    expect(doc.issuer).toBe('某某市人民政府办公室');
  });

  it('should not take a date inside the text after a bracket, nor a deadline closing the last item', () => {
    const inside = onlyPlan(`${FLAT.replace('（三）强化要素保障。', '（三）强化要素保障。（市财政局）2024年3月1日起实施新政策。')}`);
    expect(inside.date).toBeNull();
    const deadline = onlyPlan(`${FLAT}（2024年12月31日前完成）`);
    expect(deadline.date).toBeNull();
  });
});

describe('a page’s info line labelled 时间', () => {
  it('should date an unsigned plan by it', () => {
    const text = `当前位置：首页 > 政务公开 > 规划计划\n某某市“十四五”冰雪产业发展规划\n时间：2022-01-05　来源：某某市体育局\n第一章　发展目标\n到2025年，全市冰雪产业规模达到300亿元。\n第二章　重点任务\n第一节　发展冰雪旅游\n第二节　培育冰雪运动\n`;
    const doc = onlyPlan(text);
    expect(doc.date).toBe('2022-01-05');
    expect(quoted(text, doc, 'date')).toBe('时间：2022-01-05');
    expect(doc.issuer).toBe('某某市体育局');
  });

  it('should not date a plan by a 时间 line of its text', () => {
    const text = `某某市2024年冰雪运动进校园活动方案\n一、活动安排\n时间：2024年1月5日至3月31日。\n二、活动内容\n（一）开展冰雪课程。\n（二）举办冰雪比赛。\n`;
    expect(onlyPlan(text).date).toBeNull();
  });
});

describe('a signature spaced out a character at a time', () => {
  const NOTICE_SPACED = outdent`
    某某市人民政府关于印发新型储能产业发展规划的通知
    各县、市、区人民政府，市政府各部门：
    　　现将《新型储能产业发展规划》印发给你们，请认真贯彻执行。

    　　　　　　　　　　　　　　　　荆 门 市 人 民 政 府
    　　　　　　　　　　　　　　　　二〇二四年四月二十八日

    新型储能产业发展规划
    一、发展目标
    到2030年，全市新型储能产业产值突破2000亿元。
    二、重点任务
    （一）壮大储能电池产业。
    （二）发展储能系统集成。
  `;

  it('should read the issuer as one name and place the plan by it', () => {
    const doc = onlyPlan(NOTICE_SPACED);
    expect(doc.issuer).toBe('荆门市人民政府');
    expect(quoted(NOTICE_SPACED, doc, 'issuer')).toBe('荆 门 市 人 民 政 府');
    expect(doc.region).toBe('荆门市');
    expect(doc.province).toBe('湖北省');
    expect(doc.date).toBe('2024-04-28');
  });

  it('should still list joint issuers set one space apart', () => {
    const joint = NOTICE_SPACED.replace('荆 门 市 人 民 政 府', '湖北省发展和改革委员会 湖北省能源局');
    expect(onlyPlan(joint).issuer).toBe('湖北省发展和改革委员会、湖北省能源局');
  });
});

describe('a date on the document number’s line', () => {
  const PLAN = outdent`
    某某市科技城新区建设三年行动计划（2024—2026年）
    一、发展目标
    到2026年，科技城新区地区生产总值突破1000亿元。
    二、重点任务
    （一）建设科技创新平台。
    （二）发展战略性新兴产业。
  `;
  const notice = (numberLine: string): string =>
    `某某市人民政府关于印发《某某市科技城新区建设三年行动计划（2024—2026年）》的通知\n${numberLine}\n\n各县市区人民政府，市级各部门：\n　　现将《某某市科技城新区建设三年行动计划（2024—2026年）》印发给你们，请认真贯彻执行。\n\n${PLAN}\n`;

  it('should date the document by a date before the number in brackets, as gazettes and databases print them', () => {
    const text = notice('（2024年3月5日　某府发〔2024〕3号）');
    const doc = onlyPlan(text);
    expect(doc.docNumber).toBe('某府发〔2024〕3号');
    expect(doc.date).toBe('2024-03-05');
    expect(quoted(text, doc, 'date')).toBe('2024年3月5日');
  });

  it('should date it by a date after the number, set apart by spaces', () => {
    const text = notice('某府发〔2024〕3号　2024年4月8日');
    const doc = onlyPlan(text);
    expect(doc.docNumber).toBe('某府发〔2024〕3号');
    expect(doc.date).toBe('2024-04-08');
    expect(quoted(text, doc, 'date')).toBe('2024年4月8日');
  });

  it('should leave the date to a signature under an issuer, and not take a page’s publication date', () => {
    const signed = notice('某府发〔2024〕3号　2024年4月8日').replace('请认真贯彻执行。\n', '请认真贯彻执行。\n\n某某市人民政府\n2024年4月2日\n');
    expect(onlyPlan(signed).date).toBe('2024-04-02');
    const published = notice('某府发〔2024〕3号　发布日期：2024-04-10');
    expect(onlyPlan(published).docNumber).toBe('某府发〔2024〕3号');
    expect(onlyPlan(published).date).toBeNull();
  });
});
