// Metadata forms of Chinese official documents that an adversarial reading found misread: a date with no day, the
// print line of the 版记, document-number spellings, status words, site headers and page footers. Each case is a
// general layout of 公文 or of the pages that carry them, never one document's words.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { dateLine, monthLine, monthSignatureLine } from '../src/parse/dates.js';
import { ownDocNumber } from '../src/parse/doc-number.js';
import { indexNumberIn, kindFromTitle, statusFromIssuingTitle, statusFromText, titleCore } from '../src/parse/metadata.js';
import { periodOfTitle } from '../src/text/period.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import type { PlanDocument } from '../src/model/types.js';
import { expectExactQuotes, quoted } from './helpers.js';

const parseOne = (text: string): PlanDocument => {
  const [doc] = parseDocument(text, { file: 'case.txt' }).documents;
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};

const BODY = outdent`
  一、总体目标
  　　到2026年，全市公路总里程达到1.9万公里。
  二、重点任务
  　　（一）完善路网。新改建普通国省道120公里。
  　　（二）强化保障。积极争取资金支持。
`;

describe('a date with a year and a month only', () => {
  it('should read the line as a year and month, and nothing with a day or more words', () => {
    expect(monthLine('2024年5月')).toEqual({ year: 2024, month: 5, from: 0, to: 7 });
    expect(monthLine('　二零二五年十一月')).toEqual({ year: 2025, month: 11, from: 1, to: 9 });
    expect(monthLine('二〇二四年五月印发')).toMatchObject({ year: 2024, month: 5 });
    expect(monthLine('2024年5月1日')).toBeNull();
    expect(monthLine('2024年13月')).toBeNull();
    expect(monthLine('2024年5月，全市召开推进会')).toBeNull();
  });

  it('should take a signature dated by month as the signature: issuer and year read, date unknown, no truncation', () => {
    const text = `某市交通运输高质量发展三年行动计划\n（2024—2026年）\n\n${BODY}\n\n某市交通运输局\n2024年5月\n`;
    const result = parseDocument(text, { file: 'case.txt' });
    const doc = result.documents[0] as PlanDocument;
    expectExactQuotes(text, doc);
    expect(doc.issuer).toBe('某市交通运输局');
    expect(doc.date).toBeNull();
    expect(doc.year).toBe(2024);
    expect(quoted(text, doc, 'year')).toBe('2024年5月');
    expect(doc.tasks.at(-1)?.body).not.toContain('某市交通运输局');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });

  it('should read a cover page under the title (issuer, then the month in Chinese numerals)', () => {
    const text = `某州“十五五”水利发展规划\n（送审稿）\n\n某州水务局\n二零二五年十一月\n\n${BODY}\n`;
    const doc = parseOne(text);
    expect(doc.issuer).toBe('某州水务局');
    expect(doc.year).toBe(2025);
    expect(quoted(text, doc, 'year')).toBe('二零二五年十一月');
    expect(doc.date).toBeNull();
  });

  it('should not take a month line inside the text as a signature', () => {
    const text = `某市2024年交通工作要点\n\n${BODY}\n　　（三）推进物流。计划于\n2024年5月\n`;
    const doc = parseOne(text);
    expect(doc.issuer).toBeNull();
    expect(doc.tasks.at(-1)?.body).toContain('2024年5月');
  });
});

describe('the print line of the 版记', () => {
  const notice = outdent`
    某市人民政府办公室关于印发某市2024年文化旅游工作要点的通知

    各县区人民政府，市政府各部门：
    　　现将《某市2024年文化旅游工作要点》印发给你们，请认真贯彻落实。

    某市人民政府办公室
    二〇二四年二月二十九日

    某市2024年文化旅游工作要点

  `;
  it('should date the document by its signature, not by the print date after it', () => {
    const text = `${notice}\n${BODY}\n\n抄送：市委办公室，市人大常委会办公室。\n某市人民政府办公室　　　　2024年3月4日印发\n`;
    const doc = parseOne(text);
    expect(doc.date).toBe('2024-02-29');
    expect(quoted(text, doc, 'date')).toBe('二〇二四年二月二十九日');
    expect(doc.issuer).toBe('某市人民政府办公室');
  });

  it('should still take the print date of a document signed nowhere', () => {
    const text = `某市2024年文化旅游工作要点\n\n${BODY}\n\n抄送：市委办公室。\n某市人民政府办公室　　　　2024年3月4日印发\n`;
    const doc = parseOne(text);
    expect(doc.date).toBe('2024-03-04');
    expect(doc.issuer).toBe('某市人民政府办公室');
  });
});

describe('document-number spellings', () => {
  const noticeWith = (numberLine: string): string => outdent`
    某市人民政府办公室关于印发某市2024年茶产业发展工作要点的通知

    ${numberLine}

    各县区人民政府，市人民政府各部门：
    　　现将《某市2024年茶产业发展工作要点》印发给你们，请认真贯彻落实。

    某市人民政府办公室
    2024年3月22日

    某市2024年茶产业发展工作要点

    ${BODY}
  `;

  it('should read the small brackets ﹝﹞ and 〖〗 and a year written with 年', () => {
    for (const n of ['信政办﹝2024﹞14号', '某政办〖2024〗3号', '湘政办发〔2024年〕12号']) expect(ownDocNumber(n), n).toMatchObject({ from: 0, to: n.length });
    expect(ownDocNumber('信政办﹝2024﹞14号')?.year).toBe(2024);
  });

  it('should give a number typeset with spaces without them, its quote as written', () => {
    for (const line of ['湘政办发〔2024〕 12号', '湘政办发 〔2024〕12号', '湘政办发〔2024〕12 号', '湘政办发〔2024〕　　12号']) {
      const text = noticeWith(line);
      const doc = parseOne(text);
      expect(doc.docNumber, line).toBe('湘政办发〔2024〕12号');
      expect(quoted(text, doc, 'docNumber')).toBe(line);
    }
  });

  it('should read a number in brackets closing the notice title, and keep the title without it', () => {
    const title = '某盟行政公署办公室关于印发某盟2024年文化旅游工作要点的通知（某署办发〔2024〕9号）';
    expect(kindFromTitle(title)).toBe('notice');
    expect(title.slice(titleCore(title).from, titleCore(title).to)).toBe('某盟行政公署办公室关于印发某盟2024年文化旅游工作要点的通知');
    const text = noticeWith('').replace('的通知\n', '的通知（某署办发〔2024〕9号）\n');
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.parts[0]?.title).toBe('某市人民政府办公室关于印发某市2024年茶产业发展工作要点的通知');
    const doc = result.documents[0] as PlanDocument;
    expect(doc.docNumber).toBe('某署办发〔2024〕9号');
    expect(quoted(text, doc, 'docNumber')).toBe('某署办发〔2024〕9号');
  });

  it('should not take a number cited in brackets after a quoted title inside a sentence', () => {
    expect(ownDocNumber('按照《关于印发行动方案的通知》（包府办发〔2022〕10号）要求，为加快推进')).toBeNull();
    expect(kindFromTitle('（某政发〔2024〕1号）')).toBeNull();
    const period = '某市数字政府建设三年行动方案（2024—2026年）';
    expect(period.slice(titleCore(period).from, titleCore(period).to)).toBe(period);
  });
});

describe('a web page trailer under the signature', () => {
  const page = (trailer: string): string => `来源：某市人民政府办公室　　发布时间：2024-04-08 09:30\n\n某市2024年优化营商环境工作要点\n\n${BODY}\n\n某市人民政府办公室\n2024年4月3日\n\n${trailer}\n`;

  it('should keep the signature when the page adds links, credits and buttons after it', () => {
    const trailers = [
      '相关链接：\n上一篇：某市人民政府办公室关于印发某市防汛抗旱应急预案的通知\n下一篇：某市2024年政务公开工作要点',
      '附件下载：\n责任编辑：张三\n文章来源：某市人民政府办公室\n原文链接：http://www.example.gov.cn/a/1.html',
      '【我要纠错】\n扫描二维码在手机上查看\n视力保护色：',
      // Words of no list: the signature still ends the text, as nothing after it reads as text.
      '网站纠错入口\n本页浏览量 1526',
      // Downloads listed after the article, numbered or not.
      '附件：1.某市营商环境评价指标.docx\n2.某市重点任务分工表.xlsx（56KB）',
    ];
    for (const trailer of trailers) {
      const text = page(trailer);
      const result = parseDocument(text, { file: 'case.txt' });
      const doc = result.documents[0] as PlanDocument;
      expectExactQuotes(text, doc);
      expect(doc.issuer, trailer).toBe('某市人民政府办公室');
      expect(doc.date, trailer).toBe('2024-04-03');
      expect(quoted(text, doc, 'date')).toBe('2024年4月3日');
      expect(doc.tasks.at(-1)?.body, trailer).not.toContain('某市人民政府办公室');
      expect(result.issues.map((i) => i.code)).not.toContain('truncated');
    }
  });

  it('should keep an untitled task table after the signature in the plan, as its rows are text', () => {
    const text = `某市2024年优化营商环境工作要点\n\n${BODY}\n\n某市人民政府办公室\n2024年4月3日\n\n序号\t重点任务\t牵头单位\t完成时限\n1\t完善路网\t市交通运输局\t6月底\n2\t强化保障\t市财政局\t9月底\n`;
    const doc = parseOne(text);
    expect(doc.assignments.map((a) => a.leadUnits)).toEqual([['市交通运输局'], ['市财政局']]);
  });

  it('should not cut text that follows a date line: a numbered item or a sentence after it is text', () => {
    const text = `某市2024年优化营商环境工作要点\n\n${BODY}\n\n某市人民政府办公室\n2024年4月3日\n\n　　（三）新增减税降费50亿元以上。\n`;
    const doc = parseOne(text);
    expect(doc.tasks.map((t) => t.label)).toContain('（三）');
    expect(doc.date).toBeNull();
  });
});

describe('status words and a consultation announcement', () => {
  it('should read the drafts a document goes through before signing', () => {
    for (const word of ['（代拟稿）', '（报批稿）', '（审议稿）', '（评审稿）']) expect(statusFromText(word), word).toBe('draft');
    expect(statusFromText('（意见征求稿）')).toBe('consultation-draft');
  });

  it('should read a status in square brackets and keep the title without it', () => {
    for (const [marker, status] of [
      ['【征求意见稿】', 'consultation-draft'],
      ['[草案]', 'draft'],
      ['〔送审稿〕', 'draft'],
    ] as const) {
      const text = `某市城市燃气管道老化更新改造实施方案${marker}\n\n${BODY}\n`;
      const doc = parseOne(text);
      expect(doc.title, marker).toBe('某市城市燃气管道老化更新改造实施方案');
      expect(doc.status, marker).toBe(status);
      expect(quoted(text, doc, 'status')).toBe(marker);
    }
  });

  const announced = (title: string): string => outdent`
    ${title}

    　　为提高决策的科学性和透明度，现将《某市生活垃圾分类三年行动方案（2025—2027年）》全文公布，公开征求社会各界意见。

    某市城市管理局
    2024年11月20日

    某市生活垃圾分类三年行动方案（2025—2027年）

    ${BODY}
  `;

  it('should take a plan published for comment under an announcement as a consultation draft', () => {
    const title = '关于公开征求《某市生活垃圾分类三年行动方案（2025—2027年）》意见的公告';
    const text = announced(title);
    const doc = parseOne(text);
    expect(doc.status).toBe('consultation-draft');
    expect(quoted(text, doc, 'status')).toBe(title);
    expect(statusFromIssuingTitle('关于就《某市数据条例》公开征求意见的通知')).toBe('consultation-draft');
  });

  it('should leave the status of a plan that a notice issues, or that an announcement publishes, final', () => {
    expect(statusFromIssuingTitle('某市人民政府关于印发《某市生活垃圾分类三年行动方案》的通知')).toBeNull();
    const doc = parseOne(announced('关于发布《某市生活垃圾分类三年行动方案（2025—2027年）》的公告'));
    expect(doc.status).toBe('final');
  });
});

describe("a site's header: index number and an info line", () => {
  const PLAN = `某县2024年农村人居环境整治提升工作要点\n\n${BODY}\n`;

  it('should read the index number of a header table, in capitals or in a site\'s own lower-case scheme', () => {
    for (const value of ['11130621MB1234567X/2024-00087', 'hfgx-2024-0156']) {
      const text = `索引号：\t${value}\t主题分类：\t农业\n发文机关：\t某县人民政府办公室\t成文日期：\t2024年04月10日\n\n${PLAN}`;
      const doc = parseOne(text);
      expect(doc.indexNumber).toBe(value);
      expect(quoted(text, doc, 'indexNumber')).toBe(value);
    }
  });

  it('should read a 索引号 line on its own, and no word or date as one', () => {
    const text = `索 引 号：hfgx-2024-0156\n\n${PLAN}`;
    expect(parseOne(text).indexNumber).toBe('hfgx-2024-0156');
    expect(indexNumberIn('索引号：主动公开')).toBeNull();
    expect(indexNumberIn('2024-04-10')).toBeNull();
    expect(indexNumberIn('abc-2024-0156')).toBeNull();
  });

  it('should split an info line whose fields stand one full-width space apart', () => {
    const text = `发布时间：2024-02-20　来源：某市交通运输局　阅读次数：865\n\n${PLAN}`;
    const doc = parseOne(text);
    expect(doc.issuer).toBe('某市交通运输局');
    expect(quoted(text, doc, 'issuer')).toBe('某市交通运输局');
    expect(doc.date).toBe('2024-02-20');
  });
});

describe('a school year and a bracketed date under the title', () => {
  it('should read a school year as the period', () => {
    expect(periodOfTitle('某市教育局2024—2025学年教育工作要点')).toEqual({ start: 2024, end: 2025 });
    expect(periodOfTitle('某校2024-2025学年度工作计划')).toEqual({ start: 2024, end: 2025 });
    expect(periodOfTitle('某市2024年学年制改革工作要点')).toBeNull();
  });

  it('should date a document by a bracketed date alone under its title', () => {
    expect(dateLine('（2024年8月26日）')).toEqual({ iso: '2024-08-26', from: 1, to: 11 });
    expect(dateLine('（2024年8月26日市政府第5次常务会议审议通过）')).toBeNull();
    const text = `某市教育局2024—2025学年教育工作要点\n（2024年8月26日）\n\n${BODY}\n`;
    const doc = parseOne(text);
    expect(doc.period).toEqual({ start: 2024, end: 2025 });
    expect(doc.date).toBe('2024-08-26');
    expect(quoted(text, doc, 'date')).toBe('2024年8月26日');
    expect(doc.year).toBe(2024);
  });
});

describe('a notice: its list of attachments and a title broken before 的通知', () => {
  const PLAN_BODY = `${BODY}\n`;

  it('should keep the numbered attachment note (附件：1.… / 2.…) in the notice, with its signature', () => {
    const text = outdent`
      某市人民政府办公厅
      关于印发某市推进城市更新行动实施方案（2024—2026年）的通知

      某政办〔2024〕18号

      各区县（市）人民政府，市人民政府各部门：
      　　《某市推进城市更新行动实施方案（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻落实。

      　　附件：1.某市推进城市更新行动实施方案（2024—2026年）
      　　　　　2.某市推进城市更新行动重点任务分解表

      某市人民政府办公厅
      2024年4月2日

      附件1

      某市推进城市更新行动实施方案
      （2024—2026年）

      ${PLAN_BODY}
    `;
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.parts.map((p) => p.kind)).toEqual(['notice', 'implementation-plan']);
    const doc = result.documents[0] as PlanDocument;
    expectExactQuotes(text, doc);
    expect(doc.issuer).toBe('某市人民政府办公厅');
    expect(doc.date).toBe('2024-04-02');
  });

  it('should leave a plan\'s own attachment note out of its items', () => {
    const text = `某市推进城市更新行动实施方案\n\n${BODY}\n\n附件：1．某市考核指标\n      2．某市考核细则\n某市人民政府办公厅\n2024年4月2日\n`;
    const doc = parseOne(text);
    expect(doc.tasks.map((t) => t.title)).toEqual(['完善路网', '强化保障']);
    expect(doc.issuer).toBe('某市人民政府办公厅');
  });

  it('should read a title after an attachment mark on its line when the body follows, and not a note above a signature', () => {
    for (const mark of ['附件：', '附件1：']) {
      const text = `${mark}某市2024年能源化工产业高质量发展工作要点\n\n${BODY}\n`;
      const doc = parseOne(text);
      expect(doc.title, mark).toBe('某市2024年能源化工产业高质量发展工作要点');
      expect(doc.kind).toBe('work-points');
    }
    const note = outdent`
      某市人民政府办公室关于印发某市2024年能源化工产业高质量发展工作要点的通知

      各县区人民政府：
      　　现将《某市2024年能源化工产业高质量发展工作要点》印发给你们，请认真贯彻落实。

      　　附件：某市2024年能源化工产业高质量发展工作要点

      某市人民政府办公室
      2024年3月1日

      某市2024年能源化工产业高质量发展工作要点

      ${PLAN_BODY}
    `;
    const result = parseDocument(note, { file: 'case.txt' });
    expect(result.parts.map((p) => p.kind)).toEqual(['notice', 'work-points']);
    expect(result.documents[0]?.date).toBe('2024-03-01');
  });

  it('should read a notice title broken before 的通知 as one title, and name the untitled plan after it', () => {
    const text = outdent`
      某市人民政府办公室关于印发某市2024年文化旅游工作要点
      的通知

      某政办发〔2024〕5号

      各县区人民政府，市政府各工作部门：
      　　现将《某市2024年文化旅游工作要点》印发给你们，请认真贯彻落实。

      某市人民政府办公室
      2024年3月1日

      ${PLAN_BODY}
    `;
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.parts[0]).toMatchObject({ kind: 'notice', title: '某市人民政府办公室关于印发某市2024年文化旅游工作要点的通知' });
    const doc = result.documents[0] as PlanDocument;
    expectExactQuotes(text, doc);
    expect(doc.title).toBe('某市2024年文化旅游工作要点');
    expect(doc.tasks).toHaveLength(2);
    expect(doc.issuer).toBe('某市人民政府办公室');
  });

  it('should join a four-line red-header title (issuer / 关于印发 / name / 的通知)', () => {
    const text = `某市人民政府办公室\n关于印发\n某市2024年富硒产业发展工作要点\n的通知\n\n各县区人民政府：\n　　现将《某市2024年富硒产业发展工作要点》印发给你们，请认真抓好落实。\n\n某市人民政府办公室\n2024年4月2日\n\n某市2024年富硒产业发展工作要点\n\n${PLAN_BODY}`;
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.parts.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '某市人民政府办公室关于印发某市2024年富硒产业发展工作要点的通知'],
      ['work-points', '某市2024年富硒产业发展工作要点'],
    ]);
  });

  it('should not join a line opening with 的 to a title when the whole names no kind', () => {
    const text = `某市2024年文化旅游工作要点\n的确要加强领导\n\n${PLAN_BODY}`;
    expect(parseDocument(text, { file: 'case.txt' }).parts[0]?.title).toBe('某市2024年文化旅游工作要点');
  });
});

describe('the title a notice gives an untitled plan', () => {
  it('should give the plan the period and year that title names', () => {
    const text = `某市人民政府办公室关于印发某市2024年文化旅游工作要点的通知\n\n各县区人民政府：\n　　现将《某市2024年文化旅游工作要点》印发给你们，请认真贯彻落实。\n\n某市人民政府办公室\n2023年12月28日\n\n${BODY}\n`;
    const doc = parseOne(text);
    expect(doc.title).toBe('某市2024年文化旅游工作要点');
    expect(doc.period).toEqual({ start: 2024, end: 2024 });
    expect(doc.year).toBe(2024);
    expect(quoted(text, doc, 'period')).toBe('某市2024年文化旅游工作要点');
  });
});

describe('a signature on one line', () => {
  const plan = (signature: string): string => `某市2024年优化营商环境工作要点\n\n${BODY}\n\n${signature}\n`;

  it('should end the text at an issuer and its date set on one line, a full date or a month', () => {
    for (const [signature, date, year] of [
      ['某市人民政府办公室　　　2024年4月3日', '2024-04-03', 2024],
      ['　　某市交通运输局　　2023年12月', null, 2024],
    ] as const) {
      const text = plan(signature);
      const result = parseDocument(text, { file: 'case.txt' });
      const doc = result.documents[0] as PlanDocument;
      expectExactQuotes(text, doc);
      expect(doc.issuer, signature).toBe(signature.trim().split(/\s+/)[0]);
      expect(doc.date, signature).toBe(date);
      expect(doc.year).toBe(year);
      expect(doc.tasks.at(-1)?.title).toBe('强化保障');
      expect(result.issues.map((i) => i.code)).not.toContain('truncated');
    }
  });

  it('should read the month form with its ranges, and no sentence or print line as a signature', () => {
    const line = '　　某市交通运输局　　2023年12月';
    const m = monthSignatureLine(line);
    expect(m && line.slice(m.issuer.from, m.issuer.to)).toBe('某市交通运输局');
    expect(m && line.slice(m.from, m.to)).toBe('2023年12月');
    expect(monthSignatureLine('全市完成投资 2023年12月')).toMatchObject({ year: 2023 });
    const text = plan('全市完成投资　　2023年12月');
    const doc = parseOne(text);
    expect(doc.issuer).toBeNull();
  });
});
