// Metadata forms a third round of crafted documents (counties, districts and towns of every province, autonomous
// areas, portal pages, flattened and hard-wrapped copies) found misread. Each test is a layout or a naming rule of
// official documents in general, with a look-alike the rule must not take.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { isIssuerName } from '../src/parse/issuer.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findRegion } from '../src/region/find-region.js';
import { onlyPlan, quoted } from './helpers.js';

const only = onlyPlan;

const BODY = outdent`
  一、工作目标
  全年完成隐患整治任务100项。
  二、重点任务
  （一）压实安全责任。召开安委会全体会议4次。（责任单位：区应急管理局）
  （二）开展专项整治。完成燃气管道改造20公里。（责任单位：区住房城乡建设局）
`;

describe('districts with everyday names, after their city', () => {
  it('should read 城关区, 市中区 and 东区 after their city as that city’s district', () => {
    expect(findRegion('兰州市城关区人民政府办公室')).toMatchObject({ region: '城关区', parentRegion: '兰州市', province: '甘肃省', level: 'district' });
    expect(findRegion('拉萨市城关区应急管理局')).toMatchObject({ region: '城关区', parentRegion: '拉萨市', level: 'district' });
    expect(findRegion('济南市市中区人民政府')).toMatchObject({ region: '市中区', parentRegion: '济南市', level: 'district' });
    expect(findRegion('攀枝花市东区发展和改革局')).toMatchObject({ region: '东区', parentRegion: '攀枝花市' });
  });

  it('should read 城区 and 郊区 after their city as the district only as an organ’s name', () => {
    expect(findRegion('铜陵市郊区人民政府')).toMatchObject({ region: '郊区', parentRegion: '铜陵市', level: 'district' });
    // The city's urban area and suburbs, not its districts.
    expect(findRegion('晋城市城区集中供热专项规划')).toMatchObject({ region: '晋城市', level: 'city' });
    expect(findRegion('铜陵市郊区农村道路提升方案')).toMatchObject({ region: '铜陵市', level: 'city' });
  });

  it('should not read the name after another city, or alone, as a district', () => {
    // 兰州 has a 城关区, 银川 none: 银川市城关区 names no district.
    expect(findRegion('银川市城关区改造方案')).toMatchObject({ region: '银川市', level: 'city' });
    expect(findRegion('城关区2024年安全生产工作要点')).toBeNull();
  });

  it('should place a district’s plan by its issuer when the title names only the district', () => {
    const text = `城关区2024年安全生产工作要点\n${BODY}\n兰州市城关区人民政府办公室\n2024年3月8日\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ region: '城关区', parentRegion: '兰州市', province: '甘肃省', level: 'district' });
    expect(quoted(text, doc, 'region')).toBe('城关区');
  });
});

describe('document numbers without 号', () => {
  const notice = (number: string): string => outdent`
    湖南省水利厅关于印发湖南省小型水库运行管护方案的通知
    ${number}
    各市州水利（水务）局：
    　　现将《湖南省小型水库运行管护方案》印发给你们，请认真组织实施。
    湖南省水利厅
    2023年4月7日
    湖南省小型水库运行管护方案
    ${BODY}
  `;

  it('should read a number alone on its line whose 号 was dropped, and cite it with 号', () => {
    const text = notice('湘水发〔2023〕 15');
    const doc = only(text);
    expect(doc.docNumber).toBe('湘水发〔2023〕15号');
    expect(quoted(text, doc, 'docNumber')).toBe('湘水发〔2023〕 15');
  });

  it('should read a 发文字号 field whose 号 was dropped', () => {
    const text = `发文字号：苏政办发〔2023〕28\n成文日期：2023-05-12\n江苏省数字政府建设实施方案\n${BODY}\n`;
    const doc = only(text);
    expect(doc.docNumber).toBe('苏政办发〔2023〕28号');
    expect(quoted(text, doc, 'docNumber')).toBe('苏政办发〔2023〕28');
  });

  it('should not read a bracketed year and a count closing a sentence as a number', () => {
    // A line of text, not a number's own line: its words run longer than any issuer's abbreviation.
    const text = notice('').replace('全年完成隐患整治任务100项。', '全年完成隐患整治任务比上年度（2023）增加15');
    expect(only(text).docNumber).toBeNull();
    expect(only(notice('（2023）15')).docNumber).toBeNull();
  });
});

describe('a notice flattened with spaces for its line breaks', () => {
  it('should read the number set apart by spaces after the notice’s title', () => {
    const text =
      '长阳土家族自治县人民政府关于印发长阳县学前教育普及普惠发展提升行动计划（2024-2026年）的通知 长阳政发〔2024〕7号 各乡镇人民政府，县直各单位：现将《长阳县学前教育普及普惠发展提升行动计划（2024-2026年）》印发给你们，请认真贯彻落实。长阳土家族自治县人民政府2024年5月6日 长阳县学前教育普及普惠发展提升行动计划（2024-2026年） 一、发展目标 到2026年，全县学前三年毛入园率达到95%以上。二、主要任务 （一）扩大普惠性资源供给。新建改扩建公办幼儿园6所。（责任单位：县教育局）（二）提升保教质量。开展幼儿园保教质量评估。（责任单位：县教育局）三、保障措施 加大财政投入。\n';
    const doc = only(text);
    expect(doc).toMatchObject({ docNumber: '长阳政发〔2024〕7号', date: '2024-05-06', period: { start: 2024, end: 2026 } });
    expect(quoted(text, doc, 'docNumber')).toBe('长阳政发〔2024〕7号');
  });

  it('should not take a number cited in the notice’s sentence for its own', () => {
    const text =
      '某县人民政府关于印发某县学前教育行动计划的通知 各乡镇人民政府：根据《某市人民政府关于加快学前教育发展的意见》 某政发〔2023〕5号要求，现将《某县学前教育行动计划》印发给你们。某县人民政府2024年5月6日 某县学前教育行动计划 一、发展目标 到2026年，毛入园率达到95%以上。二、主要任务 （一）扩大普惠性资源供给。新建幼儿园6所。（二）提升保教质量。开展质量评估。\n';
    expect(parseDocument(text, { file: 'case.txt' }).documents.every((d) => d.docNumber === null)).toBe(true);
  });
});

describe('who issued a plan and when, in brackets under its title', () => {
  it('should read the issuer and the date set apart by spaces in brackets under the title', () => {
    const text = `巴彦托海镇2024年乡村振兴工作要点\n（鄂温克族自治旗巴彦托海镇人民政府　2024年3月1日）\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ date: '2024-03-01', issuer: '鄂温克族自治旗巴彦托海镇人民政府', region: '巴彦托海镇', level: 'town' });
    expect(quoted(text, doc, 'date')).toBe('2024年3月1日');
    expect(quoted(text, doc, 'issuer')).toBe('鄂温克族自治旗巴彦托海镇人民政府');
  });

  it('should read the date, the issuer and 印发 in brackets under the title', () => {
    const text = `某市基层治理能力提升工作方案\n（2024年3月1日中共南宁市委办公室印发）\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ date: '2024-03-01', issuer: '中共南宁市委办公室' });
    expect(quoted(text, doc, 'issuer')).toBe('中共南宁市委办公室');
  });

  it('should not read a duty in brackets, or a meeting that adopted the plan, as its issuer', () => {
    const duty = `某市基层治理能力提升工作方案\n（责任单位：市民政局　2024年12月31日）\n${BODY}\n`;
    expect(only(duty).issuer).toBeNull();
    const adopted = `某市基层治理能力提升工作方案\n（2024年3月1日市人民政府第20次常务会议审议通过）\n${BODY}\n`;
    expect(only(adopted)).toMatchObject({ issuer: null, date: '2024-03-01' });
  });
});

describe('periods in Chinese numerals', () => {
  it('should read a title’s span of years in Chinese numerals as its period, not its last year as its year', () => {
    const text = `南宁市基层治理三年行动方案（二〇二四—二〇二六年）\n${BODY}\n南宁市人民政府\n2024年3月1日\n`;
    expect(only(text)).toMatchObject({ period: { start: 2024, end: 2026 }, year: 2024 });
  });

  it('should still read a single year in Chinese numerals as the year, with no period', () => {
    const text = `南宁市二〇二四年基层治理工作方案\n${BODY}\n南宁市人民政府\n2024年3月1日\n`;
    expect(only(text)).toMatchObject({ period: null, year: 2024 });
  });
});

describe('a cover dated by year and month', () => {
  const cover = (title: string): string => `${title}\n泸州市交通运输局\n2026年5月\n一、工作目标\n全年完成农村公路提质改造1000公里。\n二、重点任务\n（一）建设航运枢纽。完善港口功能布局。\n（二）完善城乡交通网络。新建公交站亭200个。\n`;

  it('should not read the cover’s month and the first heading under it as a title', () => {
    const text = cover('泸州市“十五五”综合交通运输发展规划');
    const doc = only(text);
    expect(doc).toMatchObject({ title: '泸州市“十五五”综合交通运输发展规划', period: { start: 2026, end: 2030 }, issuer: '泸州市交通运输局', year: 2026 });
  });

  it('should still join a title broken over two lines above the cover', () => {
    const text = cover('泸州市综合交通运输\n三年行动方案');
    expect(only(text).title).toBe('泸州市综合交通运输三年行动方案');
  });

  const bare = (title: string, month: string): string => `${title}\n${month}\n一、发展基础\n全市公路总里程达到2万公里。\n二、主要任务\n（一）建设航运枢纽。完善港口功能布局。\n`;

  it('should read the year of a month set right under the title with no issuer, bare or in brackets', () => {
    for (const month of ['二〇二五年十二月', '2025年12月', '（2025年12月）']) {
      const text = bare('泸州市“十五五”综合交通运输发展规划', month);
      const doc = only(text);
      expect(doc).toMatchObject({ year: 2025, date: null, issuer: null, period: { start: 2026, end: 2030 } });
      expect(quoted(text, doc, 'year')).toBe(month.replace(/[（）]/g, ''));
    }
  });

  it('should not take a month under a line that is not a title, nor a month inside a sentence', () => {
    expect(only(bare('泸州市“十五五”综合交通运输发展规划\n全市上下要认真贯彻落实', '2025年12月')).year).toBeNull();
    expect(only(bare('泸州市“十五五”综合交通运输发展规划', '2025年12月召开推进会')).year).toBeNull();
  });
});

describe('a document number between the title and the first heading', () => {
  it('should not read a number spelt with 年 and 第 and the first heading as a title', () => {
    const text = `2024年全县党建引领基层治理工作要点\n通办发〔2024年〕第3号\n一、工作目标\n全年建成党群服务中心20个。\n二、重点任务\n（一）夯实基层组织。整顿软弱涣散村党组织10个。\n（二）提升治理效能。推行积分制管理。\n通山县人民政府办公室\n2024年2月1日\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ title: '2024年全县党建引领基层治理工作要点', docNumber: '通办发〔2024年〕第3号', region: '通山县' });
    expect(quoted(text, doc, 'docNumber')).toBe('通办发〔2024年〕第3号');
  });

  it('should still read a title line that cites a number inside it', () => {
    const text = `关于落实通政发〔2024〕3号文件的\n工作方案\n一、工作目标\n全年建成党群服务中心20个。\n二、重点任务\n（一）夯实基层组织。整顿软弱涣散村党组织10个。\n`;
    expect(only(text).title).toBe('关于落实通政发〔2024〕3号文件的工作方案');
  });
});

describe('autonomous prefectures by the names they sign with', () => {
  it('should read a prefecture’s short form and 州 as the prefecture, also where the short form alone is another place or a word', () => {
    expect(findRegion('海南州2024年生态畜牧业发展工作要点')).toMatchObject({ region: '海南藏族自治州', parentRegion: '青海省', level: 'city' });
    expect(findRegion('海西州人民政府办公室')).toMatchObject({ region: '海西蒙古族藏族自治州', level: 'city' });
    expect(findRegion('海北州文体旅游广电局')).toMatchObject({ region: '海北藏族自治州' });
    // The short form alone stays what it was: 海南 is the province, 海西 a word.
    expect(findRegion('海南自由贸易港建设工作要点')).toMatchObject({ region: '海南省', level: 'province' });
    expect(findRegion('海西经济区建设方案')).toBeNull();
  });

  it('should read the abbreviations Xinjiang’s prefectures go by', () => {
    expect(findRegion('巴州农业农村局')).toMatchObject({ region: '巴音郭楞蒙古自治州', parentRegion: '新疆维吾尔自治区' });
    expect(findRegion('博州发展和改革委员会')).toMatchObject({ region: '博尔塔拉蒙古自治州' });
    expect(findRegion('克州2024年农村人居环境整治工作要点')).toMatchObject({ region: '克孜勒苏柯尔克孜自治州' });
    // 巴中市's 巴州区 keeps its own name.
    expect(findRegion('巴中市巴州区人民政府')).toMatchObject({ region: '巴州区', parentRegion: '巴中市', level: 'district' });
  });
});

describe('a seal note after the signing body', () => {
  it('should read a body signing under another’s seal (（代章）) as the issuer, without the note', () => {
    const text = `五峰县2024年茶产业提质增效工作方案\n${BODY}\n五峰土家族自治县茶产业发展领导小组（代章）\n2024年3月8日\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ issuer: '五峰土家族自治县茶产业发展领导小组', date: '2024-03-08' });
    expect(quoted(text, doc, 'issuer')).toBe('五峰土家族自治县茶产业发展领导小组');
  });

  it('should read a one-line signature with （盖章） before the date', () => {
    const text = `潜江市2024年虾稻产业发展工作方案\n${BODY}\n潜江市农业农村局（盖章）　　　　2024年3月1日\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ issuer: '潜江市农业农村局', date: '2024-03-01' });
    expect(quoted(text, doc, 'issuer')).toBe('潜江市农业农村局');
  });

  it('should not take another bracket after a name for a seal note', () => {
    const text = `潜江市2024年虾稻产业发展工作方案\n${BODY}\n潜江市农业农村局（牵头）\n2024年3月1日\n`;
    expect(only(text).issuer).toBeNull();
  });
});

describe('a page’s info line that opens with its date unlabelled', () => {
  it('should read the date and the labelled source after it', () => {
    const text = `潜江市2024年虾稻产业高质量发展工作方案\n2024-03-05 10:21　来源：潜江市农业农村局　浏览次数：1386\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ date: '2024-03-05', issuer: '潜江市农业农村局' });
    expect(quoted(text, doc, 'date')).toBe('2024-03-05');
  });

  it('should read the fields when runs of spaces part them from the date', () => {
    const text = `2024年03月05日　　　来源：潜江市农业农村局\n潜江市2024年虾稻产业高质量发展工作方案\n${BODY}\n`;
    expect(only(text)).toMatchObject({ date: '2024-03-05', issuer: '潜江市农业农村局' });
  });

  it('should not read a date that opens a sentence as the page’s date', () => {
    const text = `潜江市2024年虾稻产业高质量发展工作方案\n2024年3月5日 市政府召开常务会议，研究部署虾稻产业发展工作。\n${BODY}\n`;
    expect(only(text)).toMatchObject({ date: null, issuer: null });
  });
});

describe('labels spaced out to the width of the longest', () => {
  it('should read 文　　号： as one label beside other fields on the line', () => {
    const text = `发布机构：湖北省人民政府办公厅　　发文日期：2024年03月05日\n文　　号：鄂政办发〔2024〕10号　　主 题 词：\n湖北省县域经济高质量发展行动方案\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ docNumber: '鄂政办发〔2024〕10号', issuer: '湖北省人民政府办公厅', date: '2024-03-05' });
    expect(quoted(text, doc, 'docNumber')).toBe('鄂政办发〔2024〕10号');
  });

  it('should not join a short cell of a table row to the label after it', () => {
    // 序号 cells and words are cells of their own; only a label's pieces before its colon are joined.
    const text = `湖北省县域经济高质量发展行动方案\n${BODY}\n湖北省人民政府办公厅　　2024年3月5日\n`;
    expect(only(text)).toMatchObject({ docNumber: null, issuer: '湖北省人民政府办公厅', date: '2024-03-05' });
  });
});

describe('fields of policy libraries and legal databases above a title', () => {
  it('should read fields labelled in square brackets, and none of them as the title', () => {
    const text = `[发文机构] 北京市人民政府办公厅\n[联合发文单位]\n[成文日期] 2024-03-05\n[发布日期] 2024-03-08\n[发文字号] 京政办发〔2024〕5号\n[有效性] 有效\n北京市2024年城市更新行动工作要点\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ title: '北京市2024年城市更新行动工作要点', issuer: '北京市人民政府办公厅', date: '2024-03-05', docNumber: '京政办发〔2024〕5号' });
    expect(quoted(text, doc, 'date')).toBe('[成文日期] 2024-03-05');
  });

  it('should read 【发布文号】, 发文时间, 日期 and 文章来源 as the fields they are', () => {
    const db = `【发布单位】上海市人民政府办公厅\n【发布文号】沪府办发〔2024〕5号\n【发文日期】2024-03-05\n上海市推进城市数字化转型2024年工作要点\n${BODY}\n`;
    expect(only(db)).toMatchObject({ title: '上海市推进城市数字化转型2024年工作要点', docNumber: '沪府办发〔2024〕5号', date: '2024-03-05' });
    const page = `浙江省2024年扩大有效投资工作要点\n日期：2024-03-05　文章来源：浙江省发展和改革委员会\n${BODY}\n`;
    expect(only(page)).toMatchObject({ date: '2024-03-05', issuer: '浙江省发展和改革委员会' });
    expect(only(`发文时间：2024-03-05\n浙江省2024年扩大有效投资工作要点\n${BODY}\n`).date).toBe('2024-03-05');
  });

  it('should not read a numbered note in square brackets as a field', () => {
    const text = `浙江省2024年扩大有效投资工作要点\n${BODY}\n[1] 数据来源：浙江省统计局。\n`;
    expect(only(text)).toMatchObject({ issuer: null, date: null });
  });
});

describe('a notice flattened with its attachment note', () => {
  const flattened = (note: string): string =>
    `宁德市人民政府办公室关于印发宁德市2024年海上养殖综合整治工作方案的通知宁政办〔2024〕12号各县（市、区）人民政府，市直有关单位：《宁德市2024年海上养殖综合整治工作方案》已经市政府研究同意，现印发给你们，请认真贯彻执行。${note}宁德市人民政府办公室2024年3月15日（此件主动公开）附件宁德市2024年海上养殖综合整治工作方案为持续巩固海上养殖综合整治成果，制定本方案。一、工作目标全市海上养殖设施全面完成升级改造。二、主要任务（一）推进设施升级改造。完成塑胶渔排改造10万口。（责任单位：市海洋与渔业局）（二）加强养殖用海管理。依法清理无证养殖。（责任单位：市自然资源局）\n`;

  it('should read the plan, its signature and its title when an attachment note stands before the signature', () => {
    const text = flattened('附件：宁德市2024年海上养殖综合整治工作方案');
    const doc = only(text);
    expect(doc).toMatchObject({ title: '宁德市2024年海上养殖综合整治工作方案', issuer: '宁德市人民政府办公室', date: '2024-03-15', docNumber: '宁政办〔2024〕12号' });
    expect(doc.tasks.some((t) => t.title.startsWith('推进设施升级改造'))).toBe(true);
  });

  it('should not cut at an attachment note that names another document', () => {
    const text = flattened('附件：宁德市海上养殖设施改造补助标准');
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.documents.every((d) => d.title !== '宁德市海上养殖设施改造补助标准')).toBe(true);
  });
});

describe('a plan flattened with spaces for its line breaks', () => {
  it('should read its title before the preamble or the first heading after a space', () => {
    const body = '一、工作目标 全市大黄鱼养殖产量稳定在20万吨。 二、主要任务 （一）推进养殖设施升级。新建深远海养殖平台5座。 （二）培育精深加工企业。新增规上加工企业5家。 宁德市海洋与渔业局办公室 2024年3月15日印发\n';
    const withPreamble = `宁德市2024年大黄鱼产业高质量发展工作方案 为推动大黄鱼全产业链高质量发展，制定本方案。 ${body}`;
    expect(only(withPreamble)).toMatchObject({ title: '宁德市2024年大黄鱼产业高质量发展工作方案', date: '2024-03-15' });
    expect(only(`宁德市2024年大黄鱼产业高质量发展工作方案 ${body}`).title).toBe('宁德市2024年大黄鱼产业高质量发展工作方案');
  });

  it('should not cut a sentence that opens the text before its first heading', () => {
    const text = '按照全市渔业工作会议部署，现就做好大黄鱼产业发展工作提出以下措施 一、工作目标 全市大黄鱼养殖产量稳定在20万吨。 二、主要任务 （一）推进养殖设施升级。新建深远海养殖平台5座。 （二）培育精深加工企业。新增规上加工企业5家。\n';
    const result = parseDocument(text, { file: 'case.txt' });
    expect(result.documents.every((d) => d.title === null)).toBe(true);
  });
});

describe('the line under a title before its first heading', () => {
  it('should not join a report’s subtitle and the first heading into a title', () => {
    const text = `2024年蒙城县人民政府工作报告\n——2024年1月10日在蒙城县第十八届人民代表大会第四次会议上\n${BODY}\n`;
    expect(only(text)).toMatchObject({ title: '2024年蒙城县人民政府工作报告', date: '2024-01-10', region: '蒙城县' });
  });

  it('should not join a speaker’s line and the first heading into a title', () => {
    const text = `政府工作报告\n——2024年1月8日在武汉市江汉区第十六届人民代表大会第四次会议上\n区长　某某\n${BODY}\n`;
    expect(only(text)).toMatchObject({ title: '政府工作报告', region: '江汉区', parentRegion: '武汉市' });
  });
});

describe('a site’s note that a page gives the whole text', () => {
  it('should leave （全文） out of the title and its quote', () => {
    const text = `2024年南阳市政府工作报告（全文）\n——2024年1月9日在南阳市第八届人民代表大会第三次会议上\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ title: '2024年南阳市政府工作报告', date: '2024-01-09', region: '南阳市' });
    expect(quoted(text, doc, 'title')).toBe('2024年南阳市政府工作报告');
  });

  it('should keep a bracket that is part of the title', () => {
    const text = `南阳市优化营商环境三年行动方案（2024—2026年）\n${BODY}\n南阳市人民政府办公室\n2024年3月1日\n`;
    expect(only(text).title).toBe('南阳市优化营商环境三年行动方案（2024—2026年）');
  });
});

describe('a ministry’s department as the issuer', () => {
  it('should read a national bureau’s 综合司 signing a notice as its issuer, and place the plan nationally', () => {
    const text = `国家林业和草原局综合司关于印发《2024年全国林草科技工作要点》的通知\n林科〔2024〕3号\n各省、自治区、直辖市林业和草原主管部门：\n　　现将《2024年全国林草科技工作要点》印发给你们，请认真抓好落实。\n国家林业和草原局综合司\n2024年3月1日\n2024年全国林草科技工作要点\n${BODY}\n`;
    const doc = only(text);
    expect(doc).toMatchObject({ issuer: '国家林业和草原局综合司', region: '全国', level: 'national' });
    expect(quoted(text, doc, 'issuer')).toBe('国家林业和草原局综合司');
  });

  it('should not read units named in general, or a name shorter than a body’s, as an issuer', () => {
    expect(isIssuerName('国家能源局综合司')).toBe(true);
    expect(isIssuerName('各司局')).toBe(false);
    expect(isIssuerName('相关业务司')).toBe(false);
    expect(isIssuerName('人事司')).toBe(false);
  });
});
