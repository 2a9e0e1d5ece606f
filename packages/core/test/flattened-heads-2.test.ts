// Heads flattened with a space for each line break, or with none: a title broken over lines (as red-headed documents
// and covers centre it), and a government site's information table over the article, its rows run together.
import { describe, expect, it } from 'vitest';
import { closeLetterSpacing } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { onlyPlan, quoted } from './helpers.js';
import { oneLine, PLAN_BODY, spaceJoined } from './crafted-heads.js';



describe('a title broken over lines, flattened with a space for each break', () => {
  it('should read the title without the spaces, quoting them', () => {
    const lines = ['某市人民政府', '关于加快建设全国一体化算力网络', '节点城市的实施意见', '某政发〔2024〕8号', '各县（市、区）人民政府，市政府各部门：', '　　为加快建设全国一体化算力网络节点城市，结合我市实际，提出如下实施意见。', ...PLAN_BODY, '某市人民政府', '2024年3月5日'];
    const text = spaceJoined(lines);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某市人民政府关于加快建设全国一体化算力网络节点城市的实施意见', issuer: '某市人民政府', docNumber: '某政发〔2024〕8号', date: '2024-03-05' });
    expect(quoted(text, doc, 'title')).toBe('某市人民政府 关于加快建设全国一体化算力网络 节点城市的实施意见');
  });

  it('should read a plan’s title broken after its place and before its period', () => {
    const lines = ['某某县', '数字乡村建设三年行动计划', '（2024—2026年）', '　　为加快数字乡村建设，制定本计划。', ...PLAN_BODY];
    expect(onlyPlan(spaceJoined(lines)).title).toBe('某某县数字乡村建设三年行动计划（2024—2026年）');
  });

  it('should keep the space between joint issuers side by side', () => {
    expect(closeLetterSpacing('中共中央　国务院关于做好2025年全面推进乡村振兴重点工作的意见')).toBe('中共中央　国务院关于做好2025年全面推进乡村振兴重点工作的意见');
    expect(closeLetterSpacing('中共某某县委办公室 某某县人民政府办公室印发《某某县数字乡村建设实施方案》的通知')).toBe(
      '中共某某县委办公室 某某县人民政府办公室印发《某某县数字乡村建设实施方案》的通知',
    );
    expect(closeLetterSpacing('某市发展和改革委员会 某市财政局 关于印发某市新型储能发展实施方案的通知')).toBe('某市发展和改革委员会 某市财政局关于印发某市新型储能发展实施方案的通知');
    expect(closeLetterSpacing('某市人民政府 关于印发 某市2024年数字经济工作要点 的通知')).toBe('某市人民政府关于印发某市2024年数字经济工作要点的通知');
  });
});

describe('a site’s information table over the article, flattened', () => {
  const fields = [
    '标  题：某市某区人民政府办公室关于印发某区2025年数字经济工作要点的通知',
    '发文机关：某市某区人民政府办公室\t发文字号：某政办发〔2025〕11号',
    '成文日期：2025-03-05\t发布日期：2025-03-10',
    '生成日期：2025-03-10',
  ];

  it('should read the article’s title after the last date field, and each field run into the next row’s label', () => {
    const text = oneLine([...fields, '某区2025年数字经济工作要点', ...PLAN_BODY]);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某区2025年数字经济工作要点', issuer: '某市某区人民政府办公室', docNumber: '某政办发〔2025〕11号', date: '2025-03-05', year: 2025 });
    expect(quoted(text, doc, 'issuer')).toBe('某市某区人民政府办公室');
  });

  it('should read a plan whose preamble follows its title, after a publication time', () => {
    const text = oneLine(['发布时间：2024年3月12日 16:30', '某县2024年优化营商环境工作要点', '为持续优化营商环境，制定本要点。', ...PLAN_BODY]);
    expect(onlyPlan(text)).toMatchObject({ title: '某县2024年优化营商环境工作要点', year: 2024 });
  });

  it('should not cut a labelled date that a sentence goes on from', () => {
    const text = oneLine(['某县2024年优化营商环境工作要点', '为持续优化营商环境，制定本要点。', ...PLAN_BODY, '本要点印发日期：2024年3月12日起施行，由县发展改革局负责解释。']);
    const doc = onlyPlan(text);
    expect(doc.title).toBe('某县2024年优化营商环境工作要点');
    expect(doc.tasks.at(-1)?.body).toContain('印发日期：2024年3月12日起施行');
  });
});

describe('a plan signed by year and month, and an index number, flattened', () => {
  it('should read the signers and the year of a signature dated by its month that closes the text', () => {
    const lines = ['【征求意见稿】', '平湖市推进新型工业化三年行动方案（2024—2026年）', ...PLAN_BODY, '平湖市经济和信息化局', '2024年6月'];
    for (const text of [oneLine(lines), spaceJoined(lines)]) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ issuer: '平湖市经济和信息化局', year: 2024 });
      expect(quoted(text, doc, 'issuer')).toBe('平湖市经济和信息化局');
    }
  });

  it('should not read a sentence’s month closing the text as a signature', () => {
    const doc = onlyPlan(oneLine(['某县推进新型工业化三年行动方案（2024—2026年）', ...PLAN_BODY, '（三）强化考核评估。完成时限：2026年6月']));
    expect(doc.issuer).toBeNull();
  });

  it('should read an index number that runs into a label the reader does not use', () => {
    const lines = [
      '索引号：\t11370200MB1234567X/2024-00123',
      '主题分类：\t国民经济管理',
      '发文机关：\t某县人民政府办公室',
      '成文日期：\t2024年04月12日',
      '某县数字经济高质量发展三年行动计划（2024—2026年）',
      ...PLAN_BODY,
    ];
    for (const text of [oneLine(lines), spaceJoined(lines)]) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ indexNumber: '11370200MB1234567X/2024-00123', issuer: '某县人民政府办公室', date: '2024-04-12' });
    }
  });
});

describe('a plan of a division of the Xinjiang Production and Construction Corps', () => {
  it('should read the city the division governs as the region, the corps named before it', () => {
    const doc = onlyPlan(['新疆生产建设兵团第八师石河子市“十四五”数字经济发展规划', ...PLAN_BODY].join('\n'));
    expect(doc).toMatchObject({ region: '石河子市', level: 'county', province: '新疆维吾尔自治区' });
  });

  it('should keep the region a plan about a city of the region further on names', () => {
    const doc = onlyPlan(['新疆维吾尔自治区支持石河子市数字经济发展实施方案', ...PLAN_BODY].join('\n'));
    expect(doc).toMatchObject({ region: '新疆维吾尔自治区', level: 'province' });
  });
});

describe('a notice issuing two plans, flattened, the first closing on a duty bracket', () => {
  // A notice that prints two attachments (若干措施 and 行动方案) under one signature: each measure of the first closes on its
  // duty's bracket, and flattened, the second plan's title follows that bracket (…（责任单位：市商务局）株洲市…行动方案…);
  // it was read into the first plan's last item (crafted probe d03 of hB's eleventh round; real 01 prints two so).
  const LINES = [
    '某市人民政府办公室关于印发《某市促进消费扩容提质若干措施》和《某市县域商业体系建设行动方案（2024—2026年）》的通知',
    '各县市区人民政府，市政府各局委办：',
    '《某市促进消费扩容提质若干措施》《某市县域商业体系建设行动方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真贯彻执行。',
    '某市人民政府办公室',
    '2024年4月12日',
    '某市促进消费扩容提质若干措施',
    '为进一步释放消费潜力，制定以下措施。',
    '一、促进大宗消费',
    '（一）稳定汽车消费。全年发放汽车消费券1000万元。（责任单位：市商务局、市财政局）',
    '（二）发展夜间经济。打造夜间消费集聚区5个。（责任单位：市商务局）',
    '某市县域商业体系建设行动方案（2024—2026年）',
    '为加强县域商业体系建设，制定本方案。',
    '一、重点任务',
    '（一）完善县域商业网络。改造提升县城综合商贸服务中心5个。（责任单位：市商务局）',
    '（二）发展农村寄递物流。推进“快递进村”，建设村级寄递物流综合服务站100个。（责任单位：市邮政管理局）',
  ];

  it.each([
    ['one line', LINES.join('')],
    ['a space for each break', LINES.join(' ')],
  ])('should read both plans, each with its own items (%s)', (_, text) => {
    const { documents } = parseDocument(text, { file: 'two.txt' });
    expect(documents.map((d) => [d.title, d.tasks.map((t) => t.title)])).toEqual([
      ['某市促进消费扩容提质若干措施', ['稳定汽车消费', '发展夜间经济']],
      ['某市县域商业体系建设行动方案（2024—2026年）', ['完善县域商业网络', '发展农村寄递物流']],
    ]);
  });
});
