// A notice whose line breaks were lost (a spreadsheet cell's or a web page's copy): its title, number, addressee,
// signature and date, and the title of the plan it issues, run into the text around them. GB/T 9704 sets each on a
// line of its own, so each is cut back onto one.
import { describe, expect, it } from 'vitest';
import { splitRunOnHeads } from '../src/parse/run-on-heads.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnHeads(linesFromText(text)).map((l) => l.text);

const NOTICE =
  '某市人民政府办公室关于印发某市2025年智慧城市建设工作要点的通知某政办发〔2025〕12号各区人民政府，市政府各委、办、局：' +
  '《某市2025年智慧城市建设工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。某市人民政府办公室2025年3月6日（此件公开发布）';
const PLAN =
  '某市2025年智慧城市建设工作要点为深入推进智慧城市建设，结合我市实际，制定本要点。一、夯实数字底座（一）建设城市感知网络。' +
  '新建物联感知设备5000个以上。（市大数据局牵头，各区政府配合）（二）完善政务云平台。政务云资源利用率达到70%以上。（市大数据局负责）' +
  '二、深化数字应用（三）推进一网通办。政务服务事项网上可办率保持100%。（市政务服务局牵头）';

describe('a flattened notice', () => {
  it('should cut its title, number, addressee, signer, date and note onto lines of their own', () => {
    expect(pieces(NOTICE)).toEqual([
      '某市人民政府办公室关于印发某市2025年智慧城市建设工作要点的通知',
      '某政办发〔2025〕12号',
      '各区人民政府，市政府各委、办、局：',
      '《某市2025年智慧城市建设工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。',
      '某市人民政府办公室',
      '2025年3月6日',
      '（此件公开发布）',
    ]);
  });

  it('should cut the plan the notice names off the text after the signature', () => {
    const lines = pieces(NOTICE + PLAN);
    expect(lines.slice(6, 8)).toEqual(['（此件公开发布）', '某市2025年智慧城市建设工作要点']);
    expect(lines[8]?.startsWith('为深入推进智慧城市建设')).toBe(true);
  });

  it('should find each plan a notice issues at its start, a period or status after its kind word', () => {
    const text = [
      '各市人民政府，省政府各部门：《某省支持低空经济发展若干政策》《某省低空经济高质量发展行动计划（2025-2027年）》已经省政府同意，现印发给你们，请认真贯彻执行。',
      '某省人民政府办公厅2025年5月8日某省支持低空经济发展若干政策',
      '一、支持场景开放。对新开通的低空航线给予补贴，每条航线最高50万元。',
      '本政策自印发之日起施行，由省发展改革委负责解释。某省低空经济高质量发展行动计划（2025-2027年）',
      '为加快发展低空经济，制定本行动计划。',
    ].join('\n');
    expect(pieces(text)).toEqual([
      '各市人民政府，省政府各部门：《某省支持低空经济发展若干政策》《某省低空经济高质量发展行动计划（2025-2027年）》已经省政府同意，现印发给你们，请认真贯彻执行。',
      '某省人民政府办公厅2025年5月8日',
      '某省支持低空经济发展若干政策',
      '一、支持场景开放。对新开通的低空航线给予补贴，每条航线最高50万元。',
      '本政策自印发之日起施行，由省发展改革委负责解释。',
      '某省低空经济高质量发展行动计划（2025-2027年）',
      '为加快发展低空经济，制定本行动计划。',
    ]);
    // Without a notice that issues it, a title after a sentence stays in its line.
    expect(pieces('本政策自印发之日起施行，由省发展改革委负责解释。某省低空经济高质量发展行动计划（2025-2027年）')).toHaveLength(1);
  });

  it('should read a signature dated in full-width digits', () => {
    expect(pieces('现将《某市２０２５年智慧城市建设工作要点》印发给你们，请认真贯彻落实。某市人民政府办公室２０２５年３月６日（此件公开发布）').slice(1)).toEqual([
      '某市人民政府办公室',
      '２０２５年３月６日',
      '（此件公开发布）',
    ]);
  });

  it('should cut the record at a notice foot: the copies line and the print line', () => {
    expect(pieces('（三）强化宣传引导。营造良好社会氛围（省大数据局牵头，各有关部门配合）。抄送：省委各部门，省人大常委会办公厅，省政协办公厅。某省人民政府办公厅2019年3月15日印发')).toEqual([
      '（三）强化宣传引导。营造良好社会氛围（省大数据局牵头，各有关部门配合）。',
      '抄送：省委各部门，省人大常委会办公厅，省政协办公厅。',
      '某省人民政府办公厅2019年3月15日印发',
    ]);
    // A print date inside a sentence is no print line.
    const prose = '会议强调，要认真落实某省人民政府办公厅2019年3月15日印发的实施方案，确保各项任务按期完成，并于每季度末报送工作进展。';
    expect(pieces(prose)).toEqual([prose]);
  });

  it('should cut a plan title opening the text off the preamble, subtitle or contents run into it', () => {
    expect(pieces('某市加快数字化发展推进方案为深入贯彻落实中央关于加快数字化发展的部署要求，抢抓数字化发展机遇，结合我市实际，制定本方案。').slice(0, 2)).toEqual([
      '某市加快数字化发展推进方案',
      '为深入贯彻落实中央关于加快数字化发展的部署要求，抢抓数字化发展机遇，结合我市实际，制定本方案。',
    ]);
    expect(pieces('某省“十四五”教育事业发展规划“十四五”时期是开启现代化强省建设新征程的关键时期，教育是国之大计、党之大计，必须优先发展。')[0]).toBe('某省“十四五”教育事业发展规划');
    expect(pieces('某县文化旅游融合发展三年行动计划（2025—2027年）根据《某省文化旅游发展规划》和县委县政府部署要求，结合本县实际，制定本计划。')[0]).toBe('某县文化旅游融合发展三年行动计划（2025—2027年）');
    expect(pieces('某市“十五五”数字经济发展规划目　录一、发展基础（一）发展成效（二）面临形势二、总体要求三、重点任务四、保障措施五、规划实施')[0]).toBe('某市“十五五”数字经济发展规划');
  });

  it('should leave a first sentence that only names a plan whole', () => {
    for (const line of [
      '全市数字政府建设实施方案为期三年，自2025年起分年度推进，各区各部门要按照职责分工抓好落实，确保各项任务如期完成，取得实效。',
      '为深入贯彻落实中央关于加快数字化发展的部署要求，结合我市实际，制定本方案。各区各部门要认真组织实施，确保各项任务落到实处。',
    ]) {
      expect(pieces(line)).toEqual([line]);
    }
  });

  it('should cut a work report subtitle, speaker and greeting off each other', () => {
    expect(pieces('政府工作报告——2025年1月15日在某市第十七届人民代表大会第四次会议上某市人民政府市长　张某各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。')).toEqual([
      '政府工作报告',
      '——2025年1月15日在某市第十七届人民代表大会第四次会议上',
      '某市人民政府市长　张某',
      '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。',
    ]);
  });

  it('should cut Chinese text off a web address it was glued to', () => {
    expect(pieces('【法宝引证码】 CLI.12.5115678原文链接：https://www.pkulaw.com/lar/ea5258e5.html某市人民政府关于印发某市数字政府建设方案的通知某政发〔2024〕3号各县区人民政府：现将方案印发给你们。')).toEqual([
      '【法宝引证码】 CLI.12.5115678原文链接：https://www.pkulaw.com/lar/ea5258e5.html',
      '某市人民政府关于印发某市数字政府建设方案的通知',
      '某政发〔2024〕3号',
      '各县区人民政府：',
      '现将方案印发给你们。',
    ]);
  });

  it('should leave dates, citations and short lines of prose where they are', () => {
    const prose = [
      '根据《某省人民政府关于加快数字经济发展的意见》（某政发〔2023〕5号）要求，全面推进各项工作，本办法自2025年1月1日起施行，有效期五年。',
      '会议认为，数字经济发展势头良好，各项工作有序推进。2024年12月20日，市政府常务会议审议通过了实施方案，要求各部门抓好落实并按季度报送进展。',
      '按照《关于进一步加强数据资源管理的通知》要求，各区各部门要切实加强统筹，完善数据资源目录，2025年6月30日前完成全部数据资源的编目和挂接工作。',
    ];
    for (const line of prose) expect(pieces(line)).toEqual([line]);
    expect(pieces('某市人民政府\n2025年3月6日')).toEqual(['某市人民政府', '2025年3月6日']);
  });
});

describe('a notice and its plan flattened to one line', () => {
  it('should read the plan with its title, date, number, chapters, tasks and duties, quoting the source exactly', () => {
    const text = NOTICE + PLAN;
    const doc = parseDocument(text, { file: 'flat.txt' }).documents.find((d) => d.tasks.length > 0);
    expect(doc?.title).toBe('某市2025年智慧城市建设工作要点');
    expect(doc?.date).toBe('2025-03-06');
    expect(doc?.docNumber).toBe('某政办发〔2025〕12号');
    expect(doc?.sections.map((s) => s.title)).toEqual(['夯实数字底座', '深化数字应用']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设城市感知网络', '完善政务云平台', '推进一网通办']);
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市大数据局', '市大数据局', '市政务服务局']);
    expect(doc?.targets.map((t) => t.value)).toEqual([5000, 70, 100]);
    if (doc) expectExactQuotes(text, doc);
  });
});
