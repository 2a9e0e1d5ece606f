import { describe, expect, it } from 'vitest';
import { dateLine, eventDateLine, findDate } from '../src/parse/dates.js';
import { findDocNumbers, ownDocNumber } from '../src/parse/doc-number.js';
import { readFileHead } from '../src/parse/file-head.js';
import { readHeaderValues } from '../src/parse/header-metadata.js';
import { isIssuerName, noticeIssuer } from '../src/parse/issuer.js';
import { annualPeriod, periodOfTitle, yearOfTitle } from '../src/text/period.js';
import { linesFromText } from '../src/text/source-lines.js';

const at = (text: string, span: { line: number; from: number; to: number } | undefined): string => (span ? (text.split('\n')[span.line] ?? '').slice(span.from, span.to) : '');

describe('dates', () => {
  it('should read the spellings of dates in official documents', () => {
    expect(findDate('二○二三年十二月八日')?.iso).toBe('2023-12-08');
    expect(findDate('二O二三年十二月八日')?.iso).toBe('2023-12-08');
    expect(findDate('(2 0 0 1年2月1 6日云南省第九届人民代表大会第四次会议通过)')?.iso).toBe('2001-02-16');
    expect(findDate('发布日期: 2026-04-27')?.iso).toBe('2026-04-27');
    expect(findDate('2025.03.31')?.iso).toBe('2025-03-31');
    expect(findDate('2019年01月24日')?.iso).toBe('2019-01-24');
  });

  it('should take a signature date with a note on how it was published', () => {
    expect(dateLine('　　2016年11月24日（此件有删改）')?.iso).toBe('2016-11-24');
    expect(dateLine('2020年11月1日（此件公开发布）')?.iso).toBe('2020-11-01');
    expect(dateLine('2020年11月1日，国务院召开常务会议')).toBeNull();
  });

  it('should read a speech, an adoption and a print line by their date', () => {
    expect(eventDateLine('——2024年3月5日在第十四届全国人民代表大会第二次会议上')).toMatchObject({ iso: '2024-03-05', issuer: null });
    expect(eventDateLine('(2 0 0 1年2月1 6日云南省第九届人民代表大会第四次会议通过)')).toMatchObject({ iso: '2001-02-16', issuer: null });
    const print = '      山东省人民政府办公厅2019年3月15日印发';
    const found = eventDateLine(print);
    expect(found?.iso).toBe('2019-03-15');
    expect(print.slice(found?.issuer?.from, found?.issuer?.to)).toBe('山东省人民政府办公厅');
    expect(eventDateLine('2019年3月15日，全省大会召开')).toBeNull();
  });
});

describe('document numbers', () => {
  it('should read every issuer shape and bracket', () => {
    const numbers = ['国发〔2019〕4号', '国办发〔2020〕43号', '皖政办秘〔2021〕82号', '沪规划资源数〔2026〕141号', '奉头街【2024】13号', '工信部规(2021)5号', '闵府发［2026］26号', '沪府办[2020]33号'];
    for (const n of numbers) expect(ownDocNumber(n), n).toMatchObject({ from: 0, to: n.length });
    expect(findDocNumbers('皖政办秘〔2021〕82号')[0]?.prefix).toBe('皖政办秘');
  });

  it('should take the number alone on a line, in brackets, labelled, or after the notice title', () => {
    expect(ownDocNumber('（皖政办秘〔2021〕82号）')).toMatchObject({ prefix: '皖政办秘' });
    expect(ownDocNumber('文号: 沪规划资源数〔2026〕141号')).toMatchObject({ prefix: '沪规划资源数' });
    const flat = '国务院办公厅关于印发全国深化“放管服”改革重点任务分工方案的通知国办发〔2020〕43号';
    const m = ownDocNumber(flat);
    expect(flat.slice(m?.from, m?.to)).toBe('国办发〔2020〕43号');
  });

  it('should not take a number cited in a sentence', () => {
    expect(ownDocNumber('按照《关于印发行动方案的通知》（包府办发〔2022〕10号）要求，为加快推进')).toBeNull();
  });
});

describe('periods and years', () => {
  it('should read year ranges and five-year plans', () => {
    expect(periodOfTitle('安徽省工业互联网创新发展行动计划（2021-2023年）')).toEqual({ start: 2021, end: 2023 });
    expect(periodOfTitle('实施方案（2025年—2027年）')).toEqual({ start: 2025, end: 2027 });
    expect(periodOfTitle('行动计划2024—2026年')).toEqual({ start: 2024, end: 2026 });
    expect(periodOfTitle('“十四五”智能制造发展规划')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('“十三五”生态环境保护规划')).toEqual({ start: 2016, end: 2020 });
    expect(periodOfTitle('闵行区城市更新“十五五”规划')).toEqual({ start: 2026, end: 2030 });
    expect(periodOfTitle('云南省国民经济和社会发展第十个五年计划纲要')).toEqual({ start: 2001, end: 2005 });
    expect(periodOfTitle('国民经济和社会发展第十四个五年规划纲要')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('“十五”计划纲要')).toEqual({ start: 2001, end: 2005 });
    expect(periodOfTitle('2025年工作要点')).toBeNull();
  });

  it('should give a year programme its year as period, and not other titles naming a year', () => {
    expect(annualPeriod('2022年推进智慧水利建设水资源管理工作要点')).toEqual({ start: 2022, end: 2022 });
    expect(annualPeriod('杭州市数据资源管理局2024年工作要点')).toEqual({ start: 2024, end: 2024 });
    expect(annualPeriod('包头市2022年数字政府建设考评办法')).toBeNull();
    expect(yearOfTitle('行动计划（2021-2023年）')).toBeNull();
  });
});

describe('issuers', () => {
  it('should read issuers, national ones too', () => {
    for (const name of ['国务院', '水利部办公厅', '国家发展改革委、国家数据局', '上海市青浦区数据局', '国务院 \u00a0 \u00a0']) expect(isIssuerName(name), name).toBe(true);
    for (const name of ['各有关部门', '深化数据运营管理体系建设']) expect(isIssuerName(name), name).toBe(false);
    const title = '安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知';
    const m = noticeIssuer(title);
    expect(title.slice(m?.from, m?.to)).toBe('安徽省人民政府办公厅');
  });
});

describe('labelled headers', () => {
  it('should read a government site table of labels and values in tab-separated cells', () => {
    const text = '\t索 引 号：\t000014349/2019-00005\t主题分类：\t科技、教育\n\t发文机关：\t国务院\t成文日期：\t2019年01月24日\n\t发文字号：\t国发〔2019〕4号\t发布日期：\t2019年02月13日';
    const head = readFileHead(linesFromText(text));
    expect(head.written?.iso).toBe('2019-01-24');
    expect(at(text, head.written?.span)).toBe('成文日期：\t2019年01月24日');
    expect(head.published?.iso).toBe('2019-02-13');
    expect(at(text, head.headerIssuer)).toBe('国务院');
    expect(at(text, head.headerDocNumber)).toBe('国发〔2019〕4号');
  });

  it('should read a pipe table with a row of labels and a row of values', () => {
    const text = '| 索引号 | 发布机构 | 发文日期 | 文号 |\n|---|---|---|---|\n| 11310000002425869H/2025-00123 | 上海市松江区人民政府办公室 | 2025-03-25 | 沪松府办〔2025〕12号 |';
    const values = readHeaderValues(linesFromText(text), 0, 3);
    expect(values.map((v) => [v.field, at(text, v.value)])).toEqual([
      ['indexNumber', '11310000002425869H/2025-00123'],
      ['issuer', '上海市松江区人民政府办公室'],
      ['written', '2025-03-25'],
      ['docNumber', '沪松府办〔2025〕12号'],
    ]);
  });

  it('should read front matter and a legal-database export header', () => {
    const front = '---\n标题: 关于印发《2026年工作要点》的通知\n文号: 沪规划资源数〔2026〕141号\n发布单位: 上海市规划和自然资源局\n发布日期: 2026-04-27\n---';
    const head = readFileHead(linesFromText(front));
    expect(head.published?.iso).toBe('2026-04-27');
    expect(head.written).toBeUndefined();
    expect(at(front, head.headerDocNumber)).toBe('沪规划资源数〔2026〕141号');
    expect(at(front, head.headerIssuer)).toBe('上海市规划和自然资源局');
    const pkulaw = '    【法宝引证码】 CLI.12.4638041\n发布部门：安徽省人民政府办公厅\n发文字号：皖政办秘〔2021〕82号\n公布日期：2021.09.02';
    const db = readFileHead(linesFromText(pkulaw));
    expect(at(pkulaw, db.headerIssuer)).toBe('安徽省人民政府办公厅');
    expect(at(pkulaw, db.headerDocNumber)).toBe('皖政办秘〔2021〕82号');
    expect(db.published?.iso).toBe('2021-09-02');
  });

  it('should read a notice flattened into lines: its number after the title, its signature run into the text', () => {
    const text = '国务院办公厅关于印发重点任务分工方案的通知国办发〔2020〕43号\n\n各省、自治区、直辖市人民政府：《分工方案》已经国务院同意，现印发给你们，请认真贯彻落实。国务院办公厅2020年11月1日（此件公开发布）\n\n一、总体要求';
    const head = readFileHead(linesFromText(text));
    expect(at(text, head.docNumber)).toBe('国办发〔2020〕43号');
    expect(at(text, head.noticeIssuer)).toBe('国务院办公厅');
    expect(head.signatureDate?.iso).toBe('2020-11-01');
    expect(at(text, head.signatureIssuer)).toBe('国务院办公厅');
  });

  it('should pair a signature issuer padded to the right of the notice text with the date below it', () => {
    const text = '现将《规划》印发给你们，请认真贯彻实施。\u3000\u3000\u3000\u3000\u3000\u3000 国务院\n\u3000\u3000\u30002016年11月24日（此件有删改）\n一、形势';
    const head = readFileHead(linesFromText(text));
    expect(head.signatureDate?.iso).toBe('2016-11-24');
    expect(at(text, head.signatureIssuer)).toBe('国务院');
  });
});

describe('more header and signature shapes', () => {
  it('should read a gov.cn header of one label per line, and a legal database header in 【】', () => {
    const text = '标\u3000\u3000题：国务院办公厅关于印发方案的通知\n发文机关：国务院办公厅\n发文字号：国办发〔2023〕12号\n来\u3000\u3000源：国务院办公厅\n成文日期：2023年05月20日\n发布日期：2023年05月26日';
    const head = readFileHead(linesFromText(text));
    expect(head.written?.iso).toBe('2023-05-20');
    expect(at(text, head.headerDocNumber)).toBe('国办发〔2023〕12号');
    const db = '【发布部门】 安徽省人民政府办公厅\n【发文字号】 皖政办秘〔2021〕82号\n【发布日期】 2021.09.02';
    const dbHead = readFileHead(linesFromText(db));
    expect(at(db, dbHead.headerIssuer)).toBe('安徽省人民政府办公厅');
    expect(at(db, dbHead.headerDocNumber)).toBe('皖政办秘〔2021〕82号');
    expect(dbHead.published?.iso).toBe('2021-09-02');
  });

  it('should read a signature written on one line, and not a sentence that starts with a body', () => {
    const line = '上海市青浦区数据局\u3000\u30002025年3月31日';
    const found = eventDateLine(line);
    expect(found?.iso).toBe('2025-03-31');
    expect(line.slice(found?.issuer?.from, found?.issuer?.to)).toBe('上海市青浦区数据局');
    expect(eventDateLine('全市2025年3月31日前完成')).toBeNull();
  });
});

describe('the year of a plan with a period', () => {
  it('should take the date year, not a horizon year the title names', async () => {
    const { parseDocument } = await import('../src/pipeline/parse-document.js');
    const text = '某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n\n第一章 发展环境\n一、重点任务\n（一）推进创新。建设平台。\n（二）推进开放。扩大合作。\n\n某省人民政府\n2021年2月7日\n';
    const [doc] = parseDocument(text, { file: 'plan.txt' }).documents;
    expect(doc?.period).toEqual({ start: 2021, end: 2025 });
    expect(doc?.year).toBe(2021);
  });
});

describe('newspaper exports and English front matter', () => {
  it('should read the printed day of a newspaper export as its publication date', () => {
    const text = '分类号:BH6 6\n云南日报 / 2 0 0 1年 / 0 2月 / 2 0日 / 第 A0 1版 /\n某省某规划纲要';
    const head = readFileHead(linesFromText(text));
    expect(head.published?.iso).toBe('2001-02-20');
    expect(at(text, head.published?.span)).toBe('2 0 0 1年 / 0 2月 / 2 0日');
  });

  it('should read front matter with English keys', () => {
    const text = '---\ntitle: 2024年工作要点\nissuer: 上海市青浦区数据局\ndoc_number: 青数〔2024〕5号\ndate: 2024-03-01\n---';
    const head = readFileHead(linesFromText(text));
    expect(head.published?.iso).toBe('2024-03-01');
    expect(at(text, head.headerIssuer)).toBe('上海市青浦区数据局');
    expect(at(text, head.headerDocNumber)).toBe('青数〔2024〕5号');
  });
});

describe('the year of an undated plan with a number', () => {
  it('should take the year its number was issued in', async () => {
    const { parseDocument } = await import('../src/pipeline/parse-document.js');
    const text = '某省数字经济发展行动计划（2021-2023年）\n皖政办秘〔2021〕82号\n一、重点任务\n（一）推进创新。建设平台。\n（二）推进开放。扩大合作。\n';
    const [doc] = parseDocument(text, { file: 'plan.txt' }).documents;
    expect(doc?.docNumber).toBe('皖政办秘〔2021〕82号');
    expect(doc?.date).toBeNull();
    expect(doc?.year).toBe(2021);
  });
});
