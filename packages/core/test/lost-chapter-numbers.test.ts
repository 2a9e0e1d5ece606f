// Chapter headings whose Word numbering was lost (一、 set by a heading style is no text when the document is copied
// as plain text): short lines of words alone between paragraphs, over items that open with their own heading.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('chapter headings that lost their numbers', () => {
  const text = outdent`
    某某市2025年旅游市场秩序综合整治工作方案

    为进一步规范旅游市场秩序，维护游客合法权益，制定本方案。

    整治目标
    通过综合整治，游客投诉处理及时率达到100%，游客满意度达到90%以上。

    整治重点
    严厉打击“不合理低价游”。依法查处以不合理低价组织旅游活动等违法违规行为。市文旅局牵头，市市场监管局配合。
    规范旅游购物场所经营。开展旅游购物店专项检查，依法从重处罚强迫交易。市市场监管局牵头，市商务局配合。
    整治非法营运车辆。严厉打击“黑车”“黑导”，规范景区周边交通秩序。市交通运输局、市公安局按职责分工负责。
    加强景区安全管理。落实景区最大承载量管理，完善应急预案。各区县人民政府负责。

    保障措施
    加强组织领导。成立综合整治工作领导小组，统筹推进整治工作。
    强化督导检查。市文旅局每月通报整治进展情况。

    某某市人民政府办公室
    2025年3月1日
  `;

  it('should read each lost heading as a chapter and the led paragraphs under it as its tasks, with their duties', () => {
    const doc = parseDocument(text, { file: 'lost.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['整治目标', 'goals'],
      ['整治重点', 'tasks'],
      ['保障措施', 'tasks'],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['通过综合整治，游客投诉处理及时率达到100%，游客满意度达到90%以上。']);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title])).toEqual([
      ['整治重点', '严厉打击“不合理低价游”'],
      ['整治重点', '规范旅游购物场所经营'],
      ['整治重点', '整治非法营运车辆'],
      ['整治重点', '加强景区安全管理'],
      ['保障措施', '加强组织领导'],
      ['保障措施', '强化督导检查'],
    ]);
    expect(doc?.assignments.slice(0, 4).map((a) => a.leadUnits)).toEqual([['市文旅局'], ['市市场监管局'], ['市交通运输局', '市公安局'], ['各区县人民政府']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should take neither the signature nor a single short line for a chapter heading', () => {
    // Note: one short line alone is no structure (a note, a name); two are needed, each before a sentence.
    const one = outdent`
      某某县2025年农村公路养护工作方案

      为加强农村公路养护管理，制定本方案。

      重点任务
      完善养护体系。健全县乡村三级养护体系，落实养护资金。
      加强路况检测。每年开展农村公路技术状况评定。

      某某县人民政府办公室
      2025年3月1日
    `;
    const doc = parseDocument(one, { file: 'one.txt' }).documents[0];
    expect(doc?.sections).toEqual([]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['完善养护体系', '加强路况检测']);
  });

  it('should leave a numbered plan as it was: a short line there is a paragraph', () => {
    const numbered = outdent`
      某某县2025年农村公路养护工作方案

      一、重点任务
      （一）完善养护体系。健全县乡村三级养护体系。
      主要内容
      落实养护资金，建立养护台账。
      （二）加强路况检测。每年开展技术状况评定。
      二、保障措施
      （一）加强组织领导。成立工作专班。
    `;
    const doc = parseDocument(numbered, { file: 'numbered.txt' }).documents[0];
    expect(doc?.sections.map((s) => s.title)).toEqual(['重点任务', '保障措施']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['完善养护体系', '加强路况检测', '加强组织领导']);
  });
});

describe('a heading that leads into its body with a colon', () => {
  it('should leave the colon out of the title of a heading alone on its line', () => {
    const text = '某某市2025年工作要点\n一、保障措施\n（一）加强组织领导：\n成立工作专班，统筹推进。\n（二）强化资金保障:\n统筹安排资金。\n';
    const doc = parseDocument(text, { file: 'colon.txt' }).documents[0];
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['加强组织领导', '成立工作专班，统筹推进。'],
      ['强化资金保障', '统筹安排资金。'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('unnumbered Markdown headings over bold-led paragraphs', () => {
  it('should read each heading as a chapter and each bold-led paragraph as a task, a lone one too', () => {
    const text = outdent`
      # 某某区2025年文旅融合发展工作方案

      为推动文旅融合高质量发展，制定本方案。

      ## 工作目标

      到2025年底，全区接待游客突破2000万人次。

      ## 重点任务

      **打造文旅品牌。** 培育精品旅游线路10条。（责任单位：区文旅局）

      **发展夜间经济。** 打造夜间消费集聚区3个。（责任单位：区商务局）

      ## 保障措施

      **加强组织领导。** 建立文旅融合发展联席会议制度。
    `;
    const doc = parseDocument(text, { file: 'md-headings.md' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title])).toEqual([
      ['重点任务', '打造文旅品牌'],
      ['重点任务', '发展夜间经济'],
      ['保障措施', '加强组织领导'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区文旅局'], ['区商务局']]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('chapter headings that lost their numbers over numbered items', () => {
  it('should read unnumbered Markdown headings as chapters over the numbered items under them', () => {
    const text = outdent`
      # 某某区2025年文旅融合发展工作方案

      为推动文旅融合高质量发展，制定本方案。

      ## 工作目标

      到2025年底，全区接待游客突破2000万人次。

      ## 重点任务

      1. 打造文旅品牌。培育精品旅游线路10条。（责任单位：区文旅局）
      2. 发展夜间经济。打造夜间消费集聚区3个。（责任单位：区商务局）

      ## 保障措施

      1. 加强组织领导。建立文旅融合发展联席会议制度。
    `;
    const doc = parseDocument(text, { file: 'md-items.md' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'tasks'],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2025年底，全区接待游客突破2000万人次。']);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title, t.body])).toEqual([
      ['重点任务', '打造文旅品牌', '培育精品旅游线路10条。（责任单位：区文旅局）'],
      ['重点任务', '发展夜间经济', '打造夜间消费集聚区3个。（责任单位：区商务局）'],
      ['保障措施', '加强组织领导', '建立文旅融合发展联席会议制度。'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should leave a plan whose short lines come after its numbered items, or stand alone, as it was', () => {
    const text = '某某县2025年工作要点\n一、重点任务\n1.完善养护体系。健全养护体系。\n2.加强路况检测。开展评定。\n附件\n1.重点项目清单\n2.任务分工表\n';
    const doc = parseDocument(text, { file: 'late.txt' }).documents[0];
    expect(doc?.sections.map((s) => s.title)).toEqual(['重点任务']);
  });
});
