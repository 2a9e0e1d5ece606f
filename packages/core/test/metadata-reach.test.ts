// Metadata of 公文 in layouts a round of crafted documents found misread: notice titles broken over lines inside the
// name they quote or its period, or with the issued plan's name on a line of its own (GB/T 9704 red-banner notices
// as PDF text and Word exports give them); versions counted (第二次征求意见稿); issuers named only by a title; dates
// with the day of the week; the 政府信息公开 table copied as tab-separated cells. Each is a layout of official
// documents from every province, never one document's words.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { dateLine, eventDateLine } from '../src/parse/dates.js';
import { isDebris } from '../src/parse/debris.js';
import { isStatusLine, statusFromText, titleKind } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import type { PlanDocument } from '../src/model/types.js';
import { expectExactQuotes, quoted } from './helpers.js';

const parse = (text: string): ReturnType<typeof parseDocument> => {
  const result = parseDocument(text, { file: 'case.txt' });
  for (const doc of result.documents) expectExactQuotes(text, doc);
  return result;
};

const only = (text: string): PlanDocument => {
  const [doc, more] = parse(text).documents;
  expect(more).toBeUndefined();
  if (!doc) throw new Error('no document');
  return doc;
};

const noticeTitle = (text: string): string | null => parse(text).parts.find((p) => p.kind === 'notice')?.title ?? null;

const BODY = outdent`
  　　一、工作目标
  　　到2027年，全市农村宽带接入用户达到60万户。
  　　二、重点任务
  　　（一）建设乡村新基建。新建5G基站800个。（责任单位：市工业和信息化局）
  　　（二）发展智慧农业。建设数字农业示范基地12个。（责任单位：市农业农村局）
`;

describe('a notice title broken inside the name it quotes or inside its period', () => {
  it('should read no title from a line that leaves a 《 or a （ open, or closes one it did not open', () => {
    expect(titleKind('某市人民政府办公室关于印发《某市数字乡村建设三年行动方案')).toBeNull();
    expect(titleKind('（2025—2027年）》的通知')).toBeNull();
    expect(titleKind('某市城市公共交通高质量发展三年行动方案（2025—2027')).toBeNull();
    expect(titleKind('某市人民政府办公室关于印发某市城乡居民养老服务体系建设三年行动计划')).toBeNull();
    // The lines together, and a whole title alone, still are titles.
    expect(titleKind('某市人民政府办公室关于印发《某市数字乡村建设三年行动方案（2025—2027年）》的通知')).toBe('notice');
    expect(titleKind('某市数字乡村建设三年行动方案（2025—2027年）')).toBe('action-plan');
    expect(titleKind('关于发布《某市数字乡村建设三年行动方案》的公告')).toBe('announcement');
  });

  it('should read the whole notice title and its issuer when the break falls inside 《》', () => {
    const text = outdent`
      临沂市人民政府办公室关于印发《临沂市数字乡村建设三年行动方案
      （2025—2027年）》的通知

      临政办字〔2025〕9号

      各县区人民政府，市政府各部门：
      　　现将《临沂市数字乡村建设三年行动方案（2025—2027年）》印发给你们，请认真贯彻落实。

      临沂市人民政府办公室
      2025年3月20日

      临沂市数字乡村建设三年行动方案（2025—2027年）

      ${BODY}
    `;
    expect(noticeTitle(text)).toBe('临沂市人民政府办公室关于印发《临沂市数字乡村建设三年行动方案（2025—2027年）》的通知');
    const doc = only(text);
    expect(doc.title).toBe('临沂市数字乡村建设三年行动方案（2025—2027年）');
    expect(doc.period).toEqual({ start: 2025, end: 2027 });
  });

  it('should read a notice title whose middle line names the plan it issues by its kind word', () => {
    const text = outdent`
      遵义市人民政府办公室关于印发遵义市
      城乡居民养老服务体系建设三年行动计划
      （2025—2027年）的通知
      遵府办发〔2025〕14号

      各县（市、区）人民政府，市政府各工作部门：
      　　《遵义市城乡居民养老服务体系建设三年行动计划（2025—2027年）》已经市人民政府同意，现印发给你们。

      遵义市人民政府办公室
      2025年5月9日
      遵义市城乡居民养老服务体系建设三年行动计划
      （2025—2027年）
      ${BODY}
    `;
    expect(noticeTitle(text)).toBe('遵义市人民政府办公室关于印发遵义市城乡居民养老服务体系建设三年行动计划（2025—2027年）的通知');
    expect(parse(text).parts.filter((p) => p.isPlan).map((p) => p.title)).toEqual(['遵义市城乡居民养老服务体系建设三年行动计划（2025—2027年）']);
  });

  it('should keep the document number above a title out of it', () => {
    const text = outdent`
      某省卫生健康委员会文件
      某卫健发〔2025〕11 号
      某省卫生健康委员会关于印发《某省基层医疗卫生服务
      能力提升三年行动计划（2025—2027 年）》的通知
      各市（州）卫生健康局：
      　　现将《某省基层医疗卫生服务能力提升三年行动计划（2025—2027 年）》印发给你们，请认真执行。
      某省卫生健康委员会
      2025 年 3 月 20 日

      某省基层医疗卫生服务能力提升三年行动计划（2025—2027 年）
      ${BODY}
    `;
    expect(noticeTitle(text)).toBe('某省卫生健康委员会关于印发《某省基层医疗卫生服务能力提升三年行动计划（2025—2027年）》的通知');
    expect(only(text).docNumber).toBe('某卫健发〔2025〕11号');
  });
});

describe('a four-line notice title that gives the issued plan a line of its own', () => {
  const text = outdent`
    咸宁市人民政府办公室文件

    咸政办发〔2024〕6号

    咸宁市人民政府办公室
    关于印发
    咸宁市2024年茶产业高质量发展工作要点
    的通知

    各县（市、区）人民政府，市政府各部门：
    　　《咸宁市2024年茶产业高质量发展工作要点》已经市政府同意，现印发给你们，请认真抓好落实。

    咸宁市人民政府办公室
    2024年4月2日

    — 1 —

    咸宁市2024年茶产业高质量发展工作要点

    　　一、壮大茶产业规模
    　　1.茶产业综合产值达到120亿元。（牵头单位：市农业农村局）
    　　2.新培育规上茶叶加工企业8家。（牵头单位：市经济和信息化局）

    — 2 —

    　　二、强化品牌建设
    　　3.新增地理标志产品2个。（牵头单位：市市场监督管理局）
  `;

  it('should read the four lines as the notice title, and the plan title on the next page as the plan title, not a running head', () => {
    expect(noticeTitle(text)).toBe('咸宁市人民政府办公室关于印发咸宁市2024年茶产业高质量发展工作要点的通知');
    const doc = only(text);
    expect(doc.title).toBe('咸宁市2024年茶产业高质量发展工作要点');
    expect(doc.kind).toBe('work-points');
    expect(doc.tasks).toHaveLength(3);
    expect(doc.issuer).toBe('咸宁市人民政府办公室');
    expect(doc.date).toBe('2024-04-02');
  });

  it('should still drop a plan title repeated at the top of a page when it first stood alone', () => {
    const headed = text.replace('　　二、强化品牌建设', '咸宁市2024年茶产业高质量发展工作要点\n　　二、强化品牌建设');
    const doc = only(headed);
    expect(doc.sections.map((s) => s.title)).toEqual(['壮大茶产业规模', '强化品牌建设']);
  });
});

describe('a draft counted by its round', () => {
  it('should read the status of a counted consultation draft or draft, and none from an ordinal in a name', () => {
    expect(isStatusLine('（第二次征求意见稿）')).toBe(true);
    expect(isStatusLine('（二次征求意见稿）')).toBe(true);
    expect(isStatusLine('(再次征求意见稿)')).toBe(true);
    expect(statusFromText('（第二次征求意见稿）')).toBe('consultation-draft');
    expect(isStatusLine('（第二次全国污染源普查）')).toBe(false);
    expect(titleKind('某省第二次全国污染源普查实施方案')).toBe('implementation-plan');
  });

  it('should read any version ending in 稿 as a status, the public ones as consultation drafts, and 定稿 as none', () => {
    expect(statusFromText('（修改稿）')).toBe('draft');
    expect(statusFromText('（草拟稿）')).toBe('draft');
    expect(statusFromText('（公示稿）')).toBe('consultation-draft');
    expect(statusFromText('【征询意见稿】')).toBe('consultation-draft');
    expect(statusFromText('（定稿）')).toBeNull();
    expect(statusFromText('（2025年修订稿）')).toBe('draft');
    expect(titleKind('某市城市更新规划（2025年修订稿）')).toBe('plan');
    expect(isStatusLine('征求意见稿')).toBe(true);
    expect(isStatusLine('修改稿')).toBe(true);
    // A title that names a manuscript is no status, nor is a word in a sentence.
    expect(statusFromText('关于征集优秀稿件的通知')).toBeNull();
    expect(isStatusLine('做好稿件审核')).toBe(false);
  });

  it('should keep the title and kind of a plan whose title ends in an unlisted version marker', () => {
    const text = `晋中市“十五五”能源发展规划（修改稿）

${BODY}
`;
    const doc = only(text);
    expect(doc).toMatchObject({ title: '晋中市“十五五”能源发展规划', kind: 'plan', status: 'draft' });
    expect(quoted(text, doc, 'status')).toBe('（修改稿）');
  });

  it('should read a status word on a line of its own without brackets', () => {
    const text = `德阳市产业发展三年行动计划（2025—2027年）
征求意见稿

${BODY}
`;
    const doc = only(text);
    expect(doc.status).toBe('consultation-draft');
    expect(quoted(text, doc, 'status')).toBe('征求意见稿');
  });

  it('should give a plan whose status line counts its round that status', () => {
    const text = `绍兴市美丽河湖建设三年行动方案\n（2025—2027年）\n（第二次征求意见稿）\n\n${BODY}\n`;
    const doc = only(text);
    expect(doc.title).toBe('绍兴市美丽河湖建设三年行动方案（2025—2027年）');
    expect(doc.status).toBe('consultation-draft');
    expect(quoted(text, doc, 'status')).toBe('（第二次征求意见稿）');
  });

  it('should read a plan without a status line as final', () => {
    expect(only(`绍兴市第二次全国污染源普查实施方案\n\n${BODY}\n`).status).toBe('final');
  });
});

describe('an issuer named only by a title', () => {
  it('should take the bodies that open a 公文 title issuing nothing as its issuers', () => {
    const text = outdent`
      中共海宁市委　海宁市人民政府
      关于2025年高质量发展建设共同富裕示范区
      重点工作任务的实施意见
      （2025年1月26日）

      　　为扎实推进共同富裕示范区建设，现提出如下实施意见。
      　　一、着力推进经济高质量发展
      　　（一）地区生产总值增长6%左右。（牵头单位：市发改局）
      　　二、着力缩小城乡差距
      　　（二）农村居民人均可支配收入增长6.5%。（牵头单位：市农业农村局）
    `;
    const doc = only(text);
    expect(doc.issuer).toBe('中共海宁市委、海宁市人民政府');
    expect(quoted(text, doc, 'issuer')).toBe('中共海宁市委　海宁市人民政府');
    expect(doc.date).toBe('2025-01-26');
  });

  it('should take the issuer of a title broken right after 关于', () => {
    const text = `孝感市人民政府关于\n加快建设武汉都市圈重要节点城市的实施意见\n\n　　为加快建设重要节点城市，现提出如下实施意见。\n${BODY}\n`;
    const doc = only(text);
    expect(doc.issuer).toBe('孝感市人民政府');
    expect(doc.title).toBe('孝感市人民政府关于加快建设武汉都市圈重要节点城市的实施意见');
  });

  it('should take the issuer a notice title is broken after when the signature gives only the date', () => {
    const text = outdent`
      新郑市人民政府办公室
      关于印发新郑市城市更新行动实施方案的通知

      新政办〔2025〕10号

      各乡镇人民政府、街道办事处，市人民政府各部门：
      　　《新郑市城市更新行动实施方案》已经市政府常务会议研究通过，现印发给你们，请认真贯彻执行。

      2025年4月7日

      新郑市城市更新行动实施方案

      ${BODY}
    `;
    const doc = only(text);
    expect(doc.issuer).toBe('新郑市人民政府办公室');
    expect(quoted(text, doc, 'issuer')).toBe('新郑市人民政府办公室');
  });

  it('should take the forwarding body of a 转发 notice title as its issuer, not the body whose document it forwards', () => {
    const text = outdent`
      泸州市人民政府办公室转发市发展改革委关于泸州市加快发展新质生产力三年行动方案（2025—2027年）的通知

      泸市府办函〔2025〕21号

      各区县人民政府，市级各部门：
      　　市发展改革委《关于泸州市加快发展新质生产力三年行动方案（2025—2027年）》已经市政府同意，现转发给你们。

      泸州市加快发展新质生产力三年行动方案（2025—2027年）

      ${BODY}
    `;
    const doc = only(text);
    expect(doc.issuer).toBe('泸州市人民政府办公室');
    expect(quoted(text, doc, 'issuer')).toBe('泸州市人民政府办公室');
  });

  it('should read a joint notice title listing a dozen bodies, and take them all as its issuers', () => {
    const bodies = ['教育部', '国家发展改革委', '工业和信息化部', '财政部', '人力资源社会保障部', '自然资源部', '住房城乡建设部', '农业农村部', '国家卫生健康委', '中国人民银行', '国务院国资委', '市场监管总局', '国家体育总局'];
    const title = `${bodies.join('　')}关于印发《县域普通高中振兴行动计划》的通知`;
    expect(title.length).toBeGreaterThan(90);
    expect(titleKind(title)).toBe('notice');
    const text = `${title}\n\n各省、自治区、直辖市教育厅（教委）：\n　　现将《县域普通高中振兴行动计划》印发给你们，请认真贯彻落实。\n\n县域普通高中振兴行动计划\n\n${BODY}\n`;
    expect(only(text).issuer).toBe(bodies.join('、'));
  });

  it('should read no title from a long line that issues nothing', () => {
    expect(titleKind(`${'某市推进新型工业化和数字经济融合发展'.repeat(5)}实施方案`)).toBeNull();
  });

  it("should take the department that opens its own programme's title before the year", () => {
    const text = `邢台市水务局2025年工作要点\n\n${BODY}\n`;
    const doc = only(text);
    expect(doc.issuer).toBe('邢台市水务局');
    expect(quoted(text, doc, 'issuer')).toBe('邢台市水务局');
    expect(only(`邢台市中心城区2025年工作要点\n\n${BODY}\n`).issuer).toBeNull();
  });

  it('should name no issuer from a title that opens with 关于 or a place, or from a heading above a title', () => {
    expect(only(`关于加快数字乡村建设的实施意见\n\n${BODY}\n`).issuer).toBeNull();
    expect(only(`新郑市城市更新行动实施方案\n\n${BODY}\n`).issuer).toBeNull();
    expect(only(`重点任务\n关于加快数字乡村建设的实施意见\n\n${BODY}\n`).issuer).toBeNull();
  });
});

describe('a date with the day of the week', () => {
  it('should read a signature or print line dated with its weekday, and no line that says more', () => {
    expect(dateLine('2025年3月3日（星期一）')?.iso).toBe('2025-03-03');
    expect(dateLine('2025年3月3日（星期一）印发')?.iso).toBe('2025-03-03');
    expect(dateLine('2025年3月3日(周一)')?.iso).toBe('2025-03-03');
    expect(eventDateLine('某县人民政府办公室　　2025年3月3日（星期一）印发')).toMatchObject({ iso: '2025-03-03', issuer: { from: 0, to: 9 } });
    expect(dateLine('2025年3月3日（星期一）召开推进会')).toBeNull();
    expect(eventDateLine('某县人民政府办公室　　2025年3月3日（星期一）召开推进会')).toBeNull();
  });

  it('should read a Chinese year typed with an Arabic zero, and 元月 as January', () => {
    expect(dateLine('二0二五年三月十日')?.iso).toBe('2025-03-10');
    expect(dateLine('二〇二五年元月十日')?.iso).toBe('2025-01-10');
    expect(dateLine('元月十日')).toBeNull();
    expect(dateLine('一0000年三月十日')).toBeNull();
  });

  it('should read a signature whose date carries its label, and no publication date as a signature', () => {
    expect(dateLine('成文日期：2025年4月1日')?.iso).toBe('2025-04-01');
    expect(dateLine('印发日期：2025-04-01')?.iso).toBe('2025-04-01');
    expect(dateLine('日期：2025年4月1日')?.iso).toBe('2025-04-01');
    expect(dateLine('发布日期：2025年4月1日')).toBeNull();
    const text = `韶关市2025年文旅消费提振行动方案\n\n${BODY}\n\n韶关市文化广电旅游体育局\n成文日期：2025年4月1日\n`;
    const result = parse(text);
    const doc = result.documents[0] as PlanDocument;
    expect(doc).toMatchObject({ issuer: '韶关市文化广电旅游体育局', date: '2025-04-01' });
    expect(quoted(text, doc, 'date')).toBe('2025年4月1日');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });

  it('should read a print line whose date is labelled 印发日期 as the print line, not as the signature', () => {
    const text = outdent`
      太仓市2025年文旅消费提振行动方案

      ${BODY}

      公开方式：主动公开
      太仓市文化体育和旅游局办公室　　　　　　印发日期：2025年4月1日
    `;
    const result = parse(text);
    const doc = result.documents[0] as PlanDocument;
    expect(doc.date).toBe('2025-04-01');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
    const signed = text.replace('公开方式：主动公开', '太仓市文化体育和旅游局\n2025年3月28日\n\n公开方式：主动公开');
    expect(only(signed)).toMatchObject({ issuer: '太仓市文化体育和旅游局', date: '2025-03-28' });
  });

  it('should date a plan by its print line with a weekday when nothing else dates it, and not call it cut off', () => {
    const text = outdent`
      肥西县人民政府办公室关于印发肥西县2025年民生实事实施方案的通知

      各乡镇人民政府，县政府各部门：
      　　《肥西县2025年民生实事实施方案》已经县政府同意，现印发给你们，请认真抓好落实。

      肥西县2025年民生实事实施方案

      ${BODY}

      抄送：县委办，县人大办，县政协办。
      肥西县人民政府办公室　　　　　　　　　　2025年3月3日（星期一）印发
    `;
    const result = parse(text);
    const doc = result.documents[0] as PlanDocument;
    expect(doc.date).toBe('2025-03-03');
    expect(quoted(text, doc, 'date')).toBe('2025年3月3日');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });
});

describe('a 政府信息公开 table copied as tab-separated cells', () => {
  const table = [
    '信息索引号\t000014349/2025-00087\t信息分类\t规划计划',
    '发文机关\t浙江省教育厅\t生成日期\t2025-02-20',
    '文　　号\t浙教基〔2025〕3号\t有 效 性\t有效',
  ].join('\n');

  it('should read the number, index number and date from label and value cells, and no title from a row', () => {
    const text = `${table}\n\n浙江省学前教育普及普惠质量提升行动方案（2025—2027年）\n\n${BODY}\n`;
    const result = parse(text);
    expect(result.parts.filter((p) => p.kind !== 'preface').map((p) => p.title)).toEqual(['浙江省学前教育普及普惠质量提升行动方案（2025—2027年）']);
    const doc = result.documents[0] as PlanDocument;
    expect(doc.docNumber).toBe('浙教基〔2025〕3号');
    expect(quoted(text, doc, 'docNumber')).toBe('浙教基〔2025〕3号');
    expect(doc.indexNumber).toBe('000014349/2025-00087');
    expect(doc.issuer).toBe('浙江省教育厅');
    expect(doc.date).toBe('2025-02-20');
  });

  it('should read a Markdown pipe table whose every row holds label and value pairs', () => {
    const md = [
      '| 索引号 | 11330100002489123X/2025-00077 | 发布机构 | 宁波市住房和城乡建设局 |',
      '| --- | --- | --- | --- |',
      '| 成文日期 | 2025-04-01 | 文号 | 甬建发〔2025〕20号 |',
      '| 发布日期 | 2025-04-03 | 主题分类 | 城乡建设 |',
    ].join('\n');
    const text = `${md}\n\n# 宁波市2025年城市有机更新工作要点\n\n${BODY}\n`;
    const [doc] = parseDocument(text, { file: 'case.md' }).documents;
    expect(doc).toMatchObject({ docNumber: '甬建发〔2025〕20号', indexNumber: '11330100002489123X/2025-00077', date: '2025-04-01', issuer: '宁波市住房和城乡建设局' });
  });

  it('should still read a header row of labels over a row of values', () => {
    const text = `| 索引号 | 发布机构 | 成文日期 | 文号 |\n| --- | --- | --- | --- |\n| 11330100002489123X/2025-00077 | 宁波市住房和城乡建设局 | 2025-04-01 | 甬建发〔2025〕20号 |\n\n# 宁波市2025年城市有机更新工作要点\n\n${BODY}\n`;
    const [doc] = parseDocument(text, { file: 'case.md' }).documents;
    expect(doc).toMatchObject({ docNumber: '甬建发〔2025〕20号', date: '2025-04-01', issuer: '宁波市住房和城乡建设局' });
  });

  it('should read fields set apart by full-width bars or semicolons', () => {
    for (const bar of ['｜', '；']) {
      const line = ['索引号：11340100003245678K/2025-00056', '发文机关：蚌埠市人民政府办公室', '成文日期：2025年05月08日', '文号：蚌政办〔2025〕9号'].join(bar);
      const doc = only(`${line}\n\n蚌埠市低空经济高质量发展行动方案（2025—2027年）\n\n${BODY}\n`);
      expect(doc, bar).toMatchObject({ docNumber: '蚌政办〔2025〕9号', indexNumber: '11340100003245678K/2025-00056', date: '2025-05-08', issuer: '蚌埠市人民政府办公室' });
    }
  });

  it('should read nothing from a table of figures whose first cell is no label', () => {
    const figures = ['指标\t2024年\t2025年\t2027年', '普惠性幼儿园覆盖率\t90%\t91%\t92%'].join('\n');
    const doc = only(`浙江省学前教育普及普惠质量提升行动方案（2025—2027年）\n\n${figures}\n\n${BODY}\n`);
    expect(doc.docNumber).toBeNull();
    expect(doc.date).toBeNull();
  });
});

describe('a plan that counts its years in its title and names them in its opening', () => {
  it('should take the first span of that many years from the opening as the period', () => {
    const text = outdent`
      宁乡市推进全域旅游三年行动方案

      　　为加快推进全域旅游发展，制定本方案。行动期限为2025年至2027年。
      ${BODY}
    `;
    const doc = only(text);
    expect(doc.period).toEqual({ start: 2025, end: 2027 });
    expect(quoted(text, doc, 'period')).toBe('2025年至2027年');
  });

  it('should take no span of another length, and nothing for a title that counts no years', () => {
    const other = `宁乡市推进全域旅游三年行动方案\n\n　　对标2021—2025年发展成效，制定本方案。\n${BODY}\n`;
    expect(only(other).period).toBeNull();
    const uncounted = `宁乡市推进全域旅游行动方案\n\n　　行动期限为2025年至2027年。\n${BODY}\n`;
    expect(only(uncounted).period).toBeNull();
    // A year's last digit is no count: 二〇二五年计划 counts no five years.
    const yearly = `宁乡市二〇二五年计划\n\n　　对标2021—2025年发展成效，制定本计划。\n${BODY}\n`;
    expect(only(yearly).period).not.toEqual({ start: 2021, end: 2025 });
  });
});

describe('a document number with the signer on its line', () => {
  it('should read the number when 签发人 stands to its right', () => {
    const text = `某市人民政府文件\n\n宜政发[2025]6号　　　　　　签发人：王某某\n\n宜昌市人民政府关于加快建设汽车产业强市的实施意见\n\n${BODY}\n`;
    const doc = only(text);
    expect(doc.docNumber).toBe('宜政发[2025]6号');
    expect(quoted(text, doc, 'docNumber')).toBe('宜政发[2025]6号');
  });

  it('should read a number set in full-width digits, citing it in ASCII digits', () => {
    const text = `恩施州2025年重点工作要点\n\n恩施州办发〔２０２５〕１２号\n\n${BODY}\n`;
    const doc = only(text);
    expect(doc.docNumber).toBe('恩施州办发〔2025〕12号');
    expect(quoted(text, doc, 'docNumber')).toBe('恩施州办发〔２０２５〕１２号');
  });

  it('should read no number that a sentence goes on after', () => {
    expect(only(`宜昌市汽车产业强市实施方案\n\n宜政发[2025]6号　　签发人员要求另行通知。\n\n${BODY}\n`).docNumber).toBeNull();
  });
});

describe('a zone named by the short form of its county-level place', () => {
  it('should place the zone in the county-level place it is named by', () => {
    const doc = only(`昆山开发区2025年重点民生实事\n\n${BODY}\n`);
    expect(doc).toMatchObject({ region: '昆山市', parentRegion: '苏州市', province: '江苏省', level: 'county' });
    expect(only(`济源产城融合示范区2025年重点民生实事\n\n${BODY}\n`)).toMatchObject({ region: '济源市', province: '河南省' });
  });

  it('should read no county from its short form without a zone after it', () => {
    const doc = only(`昆山2025年重点民生实事\n\n${BODY}\n`);
    expect(doc.region).toBeNull();
  });
});

describe('an autonomous county or banner by the name it goes by', () => {
  it('should place 某某县 and 某某旗 in the autonomous county or banner of that place name', () => {
    expect(only(`彭水县2025年乡村振兴重点工作任务\n\n${BODY}\n`)).toMatchObject({ region: '彭水苗族土家族自治县', parentRegion: '重庆市', level: 'county' });
    expect(only(`莫力达瓦旗2025年生态环境保护工作要点\n\n${BODY}\n`)).toMatchObject({ region: '莫力达瓦达斡尔族自治旗', province: '内蒙古自治区' });
  });

  it("should not read a province's short form and 县 as a county", () => {
    expect(only(`河南县域经济高质量发展三年行动方案\n\n${BODY}\n`).region).toBe('河南省');
  });
});

describe('a title with spaces between Chinese and its numbers', () => {
  it('should give the title without them, its provenance quoting the source as it is', () => {
    const text = `北海市 2025 年城市更新工作要点\n\n${BODY}\n`;
    const doc = only(text);
    expect(doc.title).toBe('北海市2025年城市更新工作要点');
    expect(quoted(text, doc, 'title')).toBe('北海市 2025 年城市更新工作要点');
    expect(doc.period).toEqual({ start: 2025, end: 2025 });
  });

  it('should keep a space between two Latin words or two Chinese words', () => {
    expect(only(`北海市 AI Agent 应用推广工作方案\n\n${BODY}\n`).title).toBe('北海市 AI Agent 应用推广工作方案');
  });
});

describe('joint issuers signing on lines of their own', () => {
  it('should list every body of the signature block, quoting it from its first line to its last', () => {
    const text = outdent`
      长治市县域普通高中振兴行动计划（2025—2027年）

      ${BODY}

      长治市教育局　　　　长治市财政局
      长治市人力资源和社会保障局
      2025年4月2日
    `;
    const doc = only(text);
    expect(doc.issuer).toBe('长治市教育局、长治市财政局、长治市人力资源和社会保障局');
    expect(quoted(text, doc, 'issuer')).toBe('长治市教育局　　　　长治市财政局\n长治市人力资源和社会保障局');
  });

  it('should keep one body signing alone, and a body a blank line apart out of the block', () => {
    const one = `长治市县域普通高中振兴行动计划（2025—2027年）\n\n${BODY}\n\n长治市教育局\n2025年4月2日\n`;
    expect(only(one).issuer).toBe('长治市教育局');
    const apart = `长治市县域普通高中振兴行动计划（2025—2027年）\n\n${BODY}\n\n长治市财政局\n\n\n长治市教育局\n2025年4月2日\n`;
    expect(only(apart).issuer).toBe('长治市教育局');
  });
});

describe('a plan signed under its adoption note', () => {
  it('should date the plan by its signature, not by the meeting that adopted it', () => {
    const text = outdent`
      丽水市国土空间生态修复规划（2021—2035年）

      （2025年2月18日市政府第68次常务会议审议通过）

      丽水市人民政府
      2025年3月6日

      ${BODY}
    `;
    const doc = only(text);
    expect(doc.date).toBe('2025-03-06');
    expect(doc.issuer).toBe('丽水市人民政府');
  });

  it('should keep an adoption note whole in hard-wrapped text, so the plan is dated by it', () => {
    const para = '　　过去五年，全省经济社会发展取得显著成就，综合实力明显增强，人民生活水平不断提高，为今后发展奠定了基础';
    const wrapped = (text: string): string => text.match(/.{1,24}/g)?.join('\n') ?? text;
    const text = [
      '某省国民经济和社会发展第十个五年计划纲要',
      '(2001年2月16日某省第九届人民代表大会第四次会议通过)',
      '服务业',
      wrapped(`${para}。${para}，${para}，${para}。`),
      '一、发展目标',
      wrapped(`${para}，${para}。`),
      '二、主要任务',
      wrapped(`${para}，${para}。`),
      '',
    ].join('\n');
    expect(only(text).date).toBe('2001-02-16');
  });

  it('should date a plan by its adoption when nothing signs it', () => {
    const text = `丽水市国土空间生态修复规划（2021—2035年）\n\n（2025年2月18日市政府第68次常务会议审议通过）\n\n${BODY}\n`;
    expect(only(text).date).toBe('2025-02-18');
  });
});

describe('a title with an edition or batch after its kind word', () => {
  it('should name the kind of a title whose last bracket gives its edition, version or batch', () => {
    expect(titleKind('某市城市更新实施方案（修订版）')).toBe('implementation-plan');
    expect(titleKind('某市国土空间总体规划（2021—2035年）（公众版）')).toBe('plan');
    expect(titleKind('某市数字经济发展规划（简本）')).toBe('plan');
    expect(titleKind('某市生态环境保护规划（2025年修订）')).toBe('plan');
    expect(titleKind('某市2025年重点工作要点（第一批）')).toBe('work-points');
  });

  it('should read no title from a heading whose bracket names who does it or something else', () => {
    expect(titleKind('完善城乡规划（市规划局）')).toBeNull();
    expect(titleKind('编制专项规划（由市本级负责）')).toBeNull();
  });

  it('should keep a plan titled with its edition as the plan, with its period', () => {
    const text = `潍坊市国土空间总体规划（2021—2035年）（公众版）\n\n${BODY}\n`;
    expect(only(text)).toMatchObject({ title: '潍坊市国土空间总体规划（2021—2035年）（公众版）', kind: 'plan', period: { start: 2021, end: 2035 } });
  });
});

describe("a year's work under the names offices give it", () => {
  it('should read a year\'s opinions, lists and target books under a place or a year as work points', () => {
    expect(titleKind('2025年全市教育工作意见')).toBe('work-points');
    expect(titleKind('中共某市委 某市人民政府关于2025年重点工作的安排意见')).toBe('work-points');
    expect(titleKind('某市2025年为民办实事项目清单')).toBe('work-points');
    expect(titleKind('某市2025年重点工作推进清单')).toBe('work-points');
    expect(titleKind('某市2025年目标任务书')).toBe('work-points');
    expect(titleKind('2025年某市政府工作报告重点任务分解')).toBe('implementation-plan');
  });

  it('should read no title from the same words without a place or a year', () => {
    for (const heading of ['工作意见', '重点工作推进清单', '签订目标任务书', '任务分解']) expect(titleKind(heading), heading).toBeNull();
  });
});

describe('a download link under a web page\'s article', () => {
  it('should take a file name alone on its line as page debris, and no sentence or labelled line', () => {
    expect(isDebris('常德市2025年优化营商环境工作要点.docx')).toBe(true);
    expect(isDebris('1.重点任务分工表.xlsx（23.5KB）')).toBe(true);
    expect(isDebris('附件：重点任务分工表.xlsx')).toBe(false);
    expect(isDebris('具体内容详见附件1.docx。')).toBe(false);
  });

  it('should keep the attachment list out of the last task', () => {
    const text = `衡阳市2025年优化营商环境工作要点\n\n${BODY}\n\n相关附件：\n衡阳市2025年优化营商环境工作要点.docx\n【打印本页】【关闭窗口】\n`;
    const result = parse(text);
    expect(result.documents[0]?.tasks.at(-1)?.body).not.toContain('docx');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });
});

describe('a title with a subtitle after a dash, or its period unbracketed', () => {
  it('should name the kind the title before the dash names, and read the unbracketed period', () => {
    expect(titleKind('珠海市“十五五”产业发展规划——打造澳门经济适度多元发展新平台')).toBe('plan');
    expect(titleKind('宁波市推进县域普通高中振兴行动计划2025—2027年')).toBe('action-plan');
    const doc = only(`宁波市推进县域普通高中振兴行动计划2025—2027年\n\n${BODY}\n`);
    expect(doc.period).toEqual({ start: 2025, end: 2027 });
  });

  it('should read a bracketed period without 年 in a title', () => {
    expect(only(`宁波市推进县域普通高中振兴行动计划（2025—2027）\n\n${BODY}\n`).period).toEqual({ start: 2025, end: 2027 });
    expect(only(`宁波市推进县域普通高中振兴行动计划(2025-2027)\n\n${BODY}\n`).period).toEqual({ start: 2025, end: 2027 });
  });

  it('should read no title from a heading with a dash or a line ending in a year', () => {
    expect(titleKind('加强规划——引领发展')).toBeNull();
    expect(titleKind('计划于2026—2027年')).toBeNull();
  });
});

describe('a district name several cities share', () => {
  const plan = (opening: string): string => `西湖区2025年城市更新工作要点\n\n　　${opening}\n${BODY}\n\n西湖区人民政府办公室\n2025年2月10日\n`;

  it('should be placed in the city the text names around it', () => {
    expect(only(plan('为推动杭州市城市更新行动在我区落地见效，制定本要点。'))).toMatchObject({ region: '西湖区', parentRegion: '杭州市', province: '浙江省' });
    expect(only(plan('为推动南昌市城市更新行动在我区落地见效，制定本要点。'))).toMatchObject({ region: '西湖区', parentRegion: '南昌市', province: '江西省' });
  });

  it('should stay unplaced when the text names no city, or both', () => {
    expect(only(plan('为推动城市更新行动在我区落地见效，制定本要点。')).parentRegion).toBeNull();
    expect(only(plan('学习杭州市、南昌市城市更新经验，制定本要点。')).parentRegion).toBeNull();
  });
});

describe('the name an issuing notice gives an untitled plan', () => {
  const notice = (name: string): string => outdent`
    上饶市人民政府办公室关于印发${name}的通知

    饶府办发〔2025〕6号

    各县（市、区）人民政府，市政府各部门：
    　　经市政府同意，现将该方案印发给你们，请认真贯彻执行。

    上饶市人民政府办公室
    2025年3月3日

    ${BODY}
  `;

  it('should name the plan when a 和 in the name joins words, not documents', () => {
    expect(only(notice('上饶市推进产业和人才融合发展实施方案')).title).toBe('上饶市推进产业和人才融合发展实施方案');
  });

  it('should name the plan from a notice title wrapped inside the name, quoting the source with its line break', () => {
    const text = outdent`
      上饶市人民政府办公室关于印发《上饶市数字乡村建设三年行动方案
      （2025—2027年）》的通知

      各县（市、区）人民政府，市政府各部门：
      　　现将该行动方案印发给你们，请认真贯彻落实。

      上饶市人民政府办公室
      2025年3月20日

      ${BODY}
    `;
    const doc = only(text);
    expect(doc.title).toBe('上饶市数字乡村建设三年行动方案（2025—2027年）');
    expect(quoted(text, doc, 'title')).toBe('上饶市数字乡村建设三年行动方案\n（2025—2027年）');
    expect(doc.period).toEqual({ start: 2025, end: 2027 });
  });

  it('should name no plan when the notice issues two documents', () => {
    const result = parse(notice('上饶市数字经济发展若干政策和上饶市数字经济三年行动方案'));
    expect(result.documents[0]?.title).toBeNull();
  });
});

describe('a year in Chinese numerals in a title', () => {
  it("should give a year's work points their year and period", () => {
    const doc = only(`二〇二五年全县教育工作要点\n\n${BODY}\n`);
    expect(doc.year).toBe(2025);
    expect(doc.period).toEqual({ start: 2025, end: 2025 });
  });

  it('should read no year from Chinese numerals that are no year', () => {
    expect(only(`全县教育工作要点\n\n　　一二三四年级学生近视率下降。\n${BODY}\n`).period).toBeNull();
  });
});

describe("a page's fields under the article", () => {
  it('should give an unsigned plan the issuer and date set under its text', () => {
    const text = `汕头市2025年数字经济发展工作要点\n\n${BODY}\n\n信息来源：汕头市工业和信息化局　　发布日期：2025-03-05\n`;
    const result = parse(text);
    const doc = result.documents[0] as PlanDocument;
    expect(doc).toMatchObject({ issuer: '汕头市工业和信息化局', date: '2025-03-05' });
    expect(quoted(text, doc, 'issuer')).toBe('汕头市工业和信息化局');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
    expect(doc.tasks.at(-1)?.body).not.toContain('来源');
    expect(only(`汕头市2025年数字经济发展工作要点\n\n${BODY}\n\n（来源：汕头市工业和信息化局）\n`).issuer).toBe('汕头市工业和信息化局');
  });

  it('should let a signature win, and read no field from a sentence that opens with a label', () => {
    const signed = `汕头市2025年数字经济发展工作要点\n\n${BODY}\n\n汕头市人民政府办公室\n2025年3月1日\n\n信息来源：汕头市工业和信息化局　　发布日期：2025-03-05\n`;
    expect(only(signed)).toMatchObject({ issuer: '汕头市人民政府办公室', date: '2025-03-01' });
    const sentence = `汕头市2025年数字经济发展工作要点\n\n${BODY}\n　　来源：汕头市工业和信息化局统计，全市软件业收入增长12%。\n`;
    expect(only(sentence).issuer).toBeNull();
  });
});

describe("a people's organisation as issuer", () => {
  it('should read a federation, trade union, association or customs signing a plan as its issuer', () => {
    for (const body of ['承德市妇女联合会', '承德市总工会', '承德市科学技术协会', '石家庄海关']) {
      expect(only(`承德市2025年工作要点\n\n${BODY}\n\n${body}\n2025年2月20日\n`).issuer, body).toBe(body);
    }
  });

  it('should take no meeting or fair for an issuer', () => {
    expect(only(`承德市2025年工作要点\n\n${BODY}\n\n全市工作推进会\n2025年2月20日\n`).issuer).toBeNull();
  });
});

describe('the papers that explain a plan', () => {
  it('should start a part of their own at a drafting explanation or an interpretation that names the plan', () => {
    expect(titleKind('关于《某市2025年数字经济发展实施方案》的起草说明')).toBe('other');
    expect(titleKind('某市国土空间总体规划编制说明')).toBe('other');
    expect(titleKind('《某市数字经济发展实施方案》政策解读')).toBe('other');
    const text = outdent`
      三明市2025年数字经济发展实施方案

      ${BODY}

      三明市人民政府办公室
      2025年3月10日

      关于《三明市2025年数字经济发展实施方案》的起草说明

      　　一、起草背景
      　　为贯彻落实省委、省政府部署，市数字办牵头起草了本方案。
      　　二、主要内容
      　　方案共分两个部分，明确了发展目标和重点任务。
    `;
    const doc = only(text);
    expect(doc).toMatchObject({ issuer: '三明市人民政府办公室', date: '2025-03-10' });
    expect(doc.tasks.map((t) => t.title)).toEqual(['建设乡村新基建', '发展智慧农业']);
  });

  it('should keep a bare 编制说明 heading inside a plan', () => {
    expect(titleKind('编制说明')).toBeNull();
    expect(titleKind('关于有关情况的说明')).toBeNull();
  });
});
