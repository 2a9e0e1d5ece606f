// The head of a plan's page when its whole text came on one line: a legal database's export, which prints the notice's
// title twice (the second time with other brackets or dashes) before its number, and a government site's information
// table whose cells are still parted by tabs but each value runs into the next field's label
// (2019年01月24日标　　题：⇥…的通知发文字号：⇥国发〔2019〕4号). The document number must be read from both.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, quoted } from './helpers.js';

const BODY =
  '为加快数字经济发展，结合我省实际，制定本计划。一、重点任务（一）建设算力基础设施。新建标准机架5万个。（省发展改革委牵头）' +
  '（二）培育数据要素市场。培育数据商50家。（省数据局牵头）';

const read = (text: string) => {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents.find((d) => d.tasks.length > 0);
  if (doc) expectExactQuotes(text, doc);
  return doc;
};

describe('the head of a plan flattened to one line', () => {
  it('should read the number after a notice title printed twice in two spellings', () => {
    const text =
      '【法宝引证码】 CLI.12.4638000原文链接：https://www.pkulaw.com/lar/0abc.html某省人民政府办公厅关于印发某省数字经济发展行动计划(2024—2026年)的通知' +
      '某省人民政府办公厅关于印发某省数字经济发展行动计划（2024-2026年）的通知（某政办秘〔2024〕15号）各市人民政府，省政府各部门：' +
      '现将《某省数字经济发展行动计划（2024-2026年）》印发给你们，请认真抓好落实。某省人民政府办公厅2024年3月8日某省数字经济发展行动计划（2024-2026年）' +
      BODY;
    const doc = read(text);
    expect([doc?.docNumber, doc?.date]).toEqual(['某政办秘〔2024〕15号', '2024-03-08']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力基础设施', '培育数据要素市场']);
  });

  it('should read the fields of an information table whose values run into the next label', () => {
    const text =
      '索 引 号：\t000014349/2024-00012\t主题分类：\t科技、教育\\教育发文机关：\t某省人民政府\t成文日期：\t2024年03月08日标\u3000\u3000题：\t' +
      '某省人民政府关于印发某省数字经济发展行动计划的通知发文字号：\t某政发〔2024〕9号\t发布日期：\t2024年03月12日' +
      '某省人民政府关于印发某省数字经济发展行动计划的通知各市人民政府，省政府各部门：现将《某省数字经济发展行动计划》印发给你们，请认真贯彻执行。' +
      '某省人民政府2024年3月8日某省数字经济发展行动计划' +
      BODY;
    const doc = read(text);
    expect([doc?.docNumber, doc?.date]).toEqual(['某政发〔2024〕9号', '2024-03-08']);
    expect(doc && quoted(text, doc, 'docNumber')).toBe('某政发〔2024〕9号');
  });

  it('should not cut a cell that is a label whole at a shorter label inside it (成文日期： is no 成文 and 日期：)', () => {
    const text = `\t发文机关：\t某省人民政府\t成文日期：\t2024年03月08日\n某省数字经济发展行动计划\n${BODY}`;
    const doc = read(text);
    expect(doc?.date).toBe('2024-03-08');
    expect(doc && quoted(text, doc, 'date')).toBe('成文日期：\t2024年03月08日');
  });
});

describe('a five-year outline flattened to one line, with the note of its adoption under its title', () => {
  const OUTLINE_BODY =
    '第一章　发展基础“十三五”时期，全省地区生产总值年均增长8%。第二章　主要目标到2025年，全省地区生产总值达到3万亿元。' +
    '第三章　建设现代产业体系培育先进制造业集群10个。第四章　推进数字化转型建设5G基站10万个。';

  it('should read the title before the note and the note’s date, as on a laid-out page', () => {
    const text = `某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（2021年1月29日某某省第十三届人民代表大会第四次会议通过）${OUTLINE_BODY}`;
    const doc = read(text);
    expect(doc).toMatchObject({ title: '某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', date: '2021-01-29', year: 2021, period: { start: 2021, end: 2025 } });
    expect(doc && quoted(text, doc, 'title')).toBe('某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });

  it('should read it after a newspaper database’s source fields, with the digits the scan spaced', () => {
    const text = `某某日报 / 2 0 2 1年 / 0 2月 / 0 3日 / 第 A0 1版 /某某省国民经济和社会发展第十四个五年规划纲要(2 0 2 1年1月2 9日某某省第十三届人民代表大会第四次会议批准)${OUTLINE_BODY}`;
    const doc = read(text);
    expect(doc).toMatchObject({ title: '某某省国民经济和社会发展第十四个五年规划纲要', date: '2021-01-29', period: { start: 2021, end: 2025 } });
  });

  it('should not take a sentence that cites a congress’s adoption for a title and its note', () => {
    const text = `全省上下认真落实省国民经济和社会发展规划（经省人民代表大会审议通过）的部署，${OUTLINE_BODY}`;
    const doc = read(text);
    expect(doc?.title ?? null).not.toBe('全省上下认真落实省国民经济和社会发展规划');
  });
});

describe('a notice and its plan flattened with a space for each line break (a page’s text with its whitespace collapsed)', () => {
  const SPACED_BODY = '为加快数字经济发展，结合我省实际，制定本计划。 一、重点任务 （一）建设算力基础设施。新建标准机架5万个。（省发展改革委牵头） （二）培育数据要素市场。培育数据商50家。（省数据局牵头）';

  it('should read the number after a database’s link and the notice title printed twice, each set apart by a space', () => {
    const text =
      '【法宝引证码】 CLI.12.4638000 原文链接：https://www.pkulaw.com/lar/0abc.html 某省人民政府办公厅关于印发某省数字经济发展行动计划(2024—2026年)的通知 ' +
      '某省人民政府办公厅关于印发某省数字经济发展行动计划（2024-2026年）的通知 （某政办秘〔2024〕15号） 各市人民政府，省政府各部门： ' +
      '现将《某省数字经济发展行动计划（2024-2026年）》印发给你们，请认真抓好落实。 某省人民政府办公厅 2024年3月8日 某省数字经济发展行动计划（2024-2026年） ' +
      SPACED_BODY;
    const doc = read(text);
    expect(doc).toMatchObject({ docNumber: '某政办秘〔2024〕15号', date: '2024-03-08', title: '某省数字经济发展行动计划（2024-2026年）' });
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力基础设施', '培育数据要素市场']);
  });

  it('should read the plan’s title after a signature whose publication note is set apart by a space', () => {
    const text =
      '某省人民政府关于印发某省数字经济发展行动计划的通知 某政发〔2024〕3号 各市人民政府： 现将《某省数字经济发展行动计划》印发给你们，请认真贯彻执行。 ' +
      `某省人民政府 2024年1月24日 （此件公开发布） 某省数字经济发展行动计划 ${SPACED_BODY}`;
    const doc = read(text);
    expect(doc).toMatchObject({ title: '某省数字经济发展行动计划', date: '2024-01-24', docNumber: '某政发〔2024〕3号' });
    expect(doc && quoted(text, doc, 'title')).toBe('某省数字经济发展行动计划');
  });

  it('should not cut a date in a sentence followed by a space and a bracket as a signature', () => {
    const text = `某省数字经济发展行动计划 为加快数字经济发展，制定本计划。2024年1月24日 （星期三）召开的会议审议了本计划。 ${SPACED_BODY}`;
    const doc = read(text);
    expect(doc?.date ?? null).toBeNull();
  });
});

describe('the head of a plan or notice flattened with or without spaces: covers, joint and spaced signatures, red headers', () => {
  const TASKS = '一、总体要求 到2027年，全市算力规模达到5000P。 二、重点任务 （一）建设智算中心。新建智算中心2个。（牵头单位：市数据局） （二）推进数据开放。开放数据集1000个。（牵头单位：市数据局）';
  const flat = (text: string): string => text.replace(/ /g, '');

  it('should end a title at a space, or where a preamble opens with the year', () => {
    const spaced = `某市某区数据局2025年工作要点 2025年是“十四五”规划收官之年，区数据局将扎实推进数字化建设。 ${TASKS}`;
    expect(read(spaced)?.title).toBe('某市某区数据局2025年工作要点');
    expect(read(flat(spaced))?.title).toBe('某市某区数据局2025年工作要点');
  });

  it('should read a cover under the title: the draft note, the issuer and the month', () => {
    const text = `某市数字经济发展“十五五”规划 （征求意见稿） 某市发展和改革委员会 二〇二五年十一月 ${TASKS}`;
    expect(read(text)).toMatchObject({ title: '某市数字经济发展“十五五”规划', status: 'consultation-draft', issuer: '某市发展和改革委员会', year: 2025 });
    expect(read(flat(`某自治区“十五五”数字政府建设规划 二〇二五年十二月 ${TASKS}`))).toMatchObject({ title: '某自治区“十五五”数字政府建设规划', year: 2025 });
  });

  const notice = (signature: string): string =>
    `关于印发某市公共数据开发利用实施方案的通知 某数据〔2025〕5号 各区人民政府，市直有关单位： 现将《某市公共数据开发利用实施方案》印发给你们，请认真组织实施。 ${signature} 某市公共数据开发利用实施方案 ${TASKS}`;

  it('should read the date of joint issuers signing side by side, and of a spaced or dotted date', () => {
    expect(read(notice('某市数据管理局 某市发展和改革局 2025年5月6日'))).toMatchObject({ date: '2025-05-06', title: '某市公共数据开发利用实施方案' });
    expect(read(flat(notice('某市数据管理局 2025 年 5 月 6 日')).replace('2025年5月6日', '2025 年 5 月 6 日'))?.date).toBe('2025-05-06');
    expect(read(flat(notice('某市数据管理局 2025.5.6')))?.date).toBe('2025-05-06');
  });

  it('should not take a date inside a sentence after a body’s name for a signature', () => {
    const text = notice('').replace('请认真组织实施。', '请认真组织实施。市数据管理局2025年5月6日起受理申报。');
    expect(read(flat(text))?.date ?? null).toBeNull();
  });

  it('should read the number of an opinion set out as a notice is, and of a red header above the title', () => {
    const opinion = flat(`某市人民政府关于加快建设钒钛新材料产业集群的实施意见 某府发〔2024〕7号 各县（区）人民政府，市级各部门： 为加快钒钛产业发展，提出如下意见。 ${TASKS} 某市人民政府 2024年5月8日`);
    expect(read(opinion)).toMatchObject({ title: '某市人民政府关于加快建设钒钛新材料产业集群的实施意见', docNumber: '某府发〔2024〕7号' });
    const header = flat(notice('某市数据管理局 2025年5月6日').replace('关于印发', '某市数据管理局文件 某数据〔2025〕5号 某市数据管理局关于印发').replace(' 某数据〔2025〕5号 各区', ' 各区'));
    const doc = read(header);
    expect(doc?.docNumber).toBe('某数据〔2025〕5号');
    expect(doc && quoted(header, doc, 'docNumber')).toBe('某数据〔2025〕5号');
  });

  it('should read a plan copied from its attachment, its mark run into its title', () => {
    expect(read(flat(`附件 某市加快推进人工智能产业发展实施方案（2025—2027年） ${TASKS}`))?.title).toBe('某市加快推进人工智能产业发展实施方案（2025—2027年）');
  });

  it('should read the title of a notice whose addressee follows after a space, and its issuer before a spaced 关于', () => {
    const text = `某市人民政府办公室 关于印发某市加快推进新型工业化实施方案的通知 各县（市、区）人民政府，市政府有关部门： 现将《某市加快推进新型工业化实施方案》印发给你们，请认真贯彻落实。 2024年7月19日 某市加快推进新型工业化实施方案 ${TASKS}`;
    expect(read(text)).toMatchObject({ title: '某市加快推进新型工业化实施方案', issuer: '某市人民政府办公室', date: '2024-07-19' });
  });
});
