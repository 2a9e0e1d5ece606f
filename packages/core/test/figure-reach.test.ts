// Figures in forms found by writing whole plans of many provinces and sectors (parser reach, round two): what a
// section reports, how a paragraph dates its reports, grades, reaching verbs, per-population names, ratios,
// shares in words and tables written one cell per line with a category column.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'reach.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
const indicatorsOf = (doc: PlanDocument) => doc.indicators.map((t) => [t.metric, t.value, t.unit, t.asOf]);

describe('a section that states how things are', () => {
  it('should read the figures under 基本情况 as indicators, not as targets of the plan', () => {
    const doc = parse(outdent`
      某区某街道城市更新三年行动计划（2024—2026年）
      一、基本情况
      街道辖区面积1.58平方公里，下辖12个社区，户籍人口5.6万人。
      二、行动目标
      通过三年努力，完成老旧小区微改造项目43个，加装电梯200台以上。
      三、重点任务
      1.实施三线整治，完成架空线缆下地改造12公里。
    `);
    expect(doc.targets.map((t) => t.value)).toEqual([43, 200, 12]);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.unit])).toEqual([
      ['街道辖区面积', 1.58, '平方公里'],
      ['社区', 12, '个'],
      ['户籍人口', 56000, '人'],
    ]);
  });

  it('should read a 计划执行情况 section as the year reported, each sentence of its paragraph as of that year', () => {
    const doc = parse(outdent`
      某省2024年国民经济和社会发展计划
      一、2023年计划执行情况
      2023年，全省地区生产总值达到20913亿元，增长4.9%；规模以上工业增加值增长5.8%；城镇调查失业率控制在5.5%以内。
      二、2024年主要预期目标
      地区生产总值增长5.5%左右，城镇新增就业60万人以上。
    `);
    expect(indicatorsOf(doc)).toEqual([
      ['地区生产总值', 2_091_300_000_000, '元', '2023-12-31'],
      ['地区生产总值增长', 4.9, '%', '2023-12-31'],
      ['规模以上工业增加值增长', 5.8, '%', '2023-12-31'],
      ['城镇调查失业率', 5.5, '%', '2023-12-31'],
    ]);
    expect(targetsOf(doc)).toEqual([
      ['地区生产总值增长', '=', 5.5, '%'],
      ['城镇新增就业', '>=', 600_000, '人'],
    ]);
  });

  it('should keep a 主要目标完成情况 heading a review and a 主要目标 heading a goal', () => {
    const doc = parse(outdent`
      某市2024年应急管理工作要点
      一、2023年主要目标完成情况
      全年生产安全事故死亡人数下降12.5%。
      二、2024年主要目标
      全年生产安全事故死亡人数下降5%以上。
    `);
    expect(doc.indicators.map((i) => i.value)).toEqual([12.5]);
    expect(doc.targets.map((t) => t.value)).toEqual([5]);
  });

  it('should date a paragraph opened by 截至 for the sentences after its semicolons, and let a sentence of its own year win', () => {
    const doc = parse(outdent`
      某县“十四五”供水规划
      一、发展基础
      截至2023年6月底，全县已建成集中供水工程316处；农村自来水普及率达到92.3%。2020年，农村自来水普及率为86%。
      二、发展目标
      到2025年，农村自来水普及率达到98%。
    `);
    expect(indicatorsOf(doc)).toEqual([
      ['集中供水工程', 316, '处', '2023-06-30'],
      ['农村自来水普及率', 92.3, '%', '2023-06-30'],
      ['农村自来水普及率', 86, '%', '2020-12-31'],
    ]);
  });
});

describe('a span of years', () => {
  it('should not read 2022年至2023年 as a deadline that makes a report a target', () => {
    const doc = parse(outdent`
      某市城乡供水一体化实施方案（2024—2025年）
      一、现状
      截至2023年底，全市农村自来水普及率92.3%，2022年至2023年累计投入资金6.8亿元，改造老旧管网1260公里。
      二、目标任务
      到2025年底，全市农村自来水普及率达到98%以上，改造老旧管网800公里。
    `);
    expect(doc.indicators.map((i) => [i.value, i.asOf])).toEqual([
      [92.3, '2023-12-31'],
      [680_000_000, '2023-12-31'],
      [1260, '2023-12-31'],
    ]);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year])).toEqual([
      [98, 2025],
      [800, 2025],
    ]);
  });

  it('should still read a span that runs into the plan as a target in a goals section', () => {
    const doc = parse(outdent`
      某市数字乡村建设三年行动方案（2024—2026年）
      一、主要目标
      2024年至2026年，每年新建5G基站1000个。
    `);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[1000, '个']]);
  });
});

describe('a 主要指标 table one cell per line with a category column', () => {
  const table = (rows: string) => outdent`
    某自治区“十四五”应急体系建设规划
    一、发展目标
    到2025年，应急管理体系和能力现代化建设取得重大进展。
    表1  “十四五”应急体系建设主要指标
    序号
    类别
    指标
    单位
    2020年基数
    2025年目标
    属性
    ${rows}
    二、主要任务
    （一）健全应急指挥体系
    1.组建地震灾害救援队伍22支。
  `;

  it('should read rows whose merged category cell is written only on the group\'s first row, and a change written in the cell', () => {
    const text = table(outdent`
      1
      安全生产
      生产安全事故死亡人数
      %
      -
      下降15
      约束性
      2
      亿元国内生产总值生产安全事故死亡率
      %
      -
      下降33
      约束性
      3
      应急救援
      受灾人员基本生活得到有效救助时间
      小时
      12
      10
      预期性
    `);
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.attribute, t.baseline?.value ?? null])).toEqual([
      ['生产安全事故死亡人数下降', '=', 15, '%', 'binding', null],
      ['亿元国内生产总值生产安全事故死亡率下降', '=', 33, '%', 'binding', null],
      ['受灾人员基本生活得到有效救助时间', '=', 10, '小时', 'expected', 12],
      ['组建地震灾害救援队伍', '=', 22, '支', null, null],
    ]);
    expect(doc.goals).toHaveLength(1);
  });

  it('should read a 领域 | 主要指标 | … | 指标属性 header', () => {
    const text = outdent`
      某州“十四五”卫生健康事业发展规划
      第一章　发展目标
      到2025年，全州居民健康水平进一步提高。
      专栏1　“十四五”卫生健康发展主要指标
      领域
      主要指标
      单位
      2020年
      2025年
      指标属性
      健康水平
      人均预期寿命
      岁
      75.3
      76.5
      预期性
      婴儿死亡率
      ‰
      5.2
      ＜5
      约束性
      第二章　主要任务
      一、推进县级医院提标扩能。新增三级医院5所。
    `;
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value ?? null])).toEqual([
      ['人均预期寿命', '=', 76.5, '岁', 75.3],
      ['婴儿死亡率', '<', 5, '‰', 5.2],
      ['三级医院', '=', 5, '所', null],
    ]);
  });

  it('should stop at a row that is neither whole nor short of its category only', () => {
    const text = table(outdent`
      1
      安全生产
      生产安全事故死亡人数
      %
      -
      下降15
      约束性
      说明：数据来源于统计年鉴
    `);
    const doc = parse(text);
    expect(doc.targets.map((t) => t.value)).toEqual([15, 22]);
  });
});

describe('a change written in a value cell of a TAB table', () => {
  it('should name the change in the metric, and leave a level cell as it was', () => {
    const doc = parse('某市“十四五”节能规划\n一、主要目标\n序号\t指标\t单位\t2020年\t2025年\t属性\n1\t单位地区生产总值能源消耗\t%\t-\t下降14\t约束性\n2\t非化石能源消费比重\t%\t7.5\t12\t约束性\n二、主要任务\n1.推进节能改造。\n');
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['单位地区生产总值能源消耗下降', 14, '%'],
      ['非化石能源消费比重', 12, '%'],
    ]);
  });
});

const goals = (sentence: string) => parse(`某市“十四五”发展规划\n一、发展目标\n到2025年，${sentence}\n二、主要任务\n1.推进重点工作。\n`);

describe('a grade written with a measure word', () => {
  it('should read 5万吨级以上泊位 and 30万吨级原油码头 as classes of the things counted, not as figures', () => {
    const doc = goals('新增5万吨级以上泊位6个，建设30万吨级原油码头1座、大型液体化工码头2座。');
    expect(targetsOf(doc)).toEqual([
      ['5万吨级以上泊位', '=', 6, '个'],
      ['30万吨级原油码头', '=', 1, '座'],
      ['大型液体化工码头', '=', 2, '座'],
    ]);
  });

  it('should keep a money scale graded alone as the level to reach', () => {
    expect(targetsOf(goals('数字经济产业规模达到7000亿级。'))).toEqual([['数字经济产业规模', '=', 700_000_000_000, null]]);
  });
});

describe('the verbs of reaching a level', () => {
  it.each([
    ['家庭农场发展到3000个。', '家庭农场', 3000, '个'],
    ['海洋牧场面积扩大到4万公顷。', '海洋牧场面积', 40_000, '公顷'],
    ['入境游客人数恢复至150万人次。', '入境游客人数', 1_500_000, '人次'],
    ['城镇化率上升到65%。', '城镇化率', 65, '%'],
  ])('should keep the verb out of the metric in %s', (sentence, metric, value, unit) => {
    expect(targetsOf(goals(sentence))).toEqual([[metric, '=', value, unit]]);
  });
});

describe('the names of per-head and coverage statistics', () => {
  it('should keep 每万人拥有, 人均拥有 and 每千人口拥有 in the metric, so that two statistics stay two', () => {
    const doc = goals('每万人拥有公共文化设施面积达到1200平方米，人均拥有公共文化设施面积达到0.2平方米/人，每千人口拥有3岁以下婴幼儿托位数达到4.5个，每个城市社区平均拥有社区社会组织不少于15个。');
    expect(doc.targets.map((t) => t.metric)).toEqual(['每万人拥有公共文化设施面积', '人均拥有公共文化设施面积', '每千人口拥有3岁以下婴幼儿托位数', '每个城市社区平均拥有社区社会组织']);
  });

  it('should keep 覆盖 in a coverage share, and still read a count after 拥有 or 覆盖 as the metric after a subject', () => {
    const doc = goals('规模化供水工程覆盖农村人口比例达到90%，全市拥有国家级专精特新企业50家，5G网络覆盖全部行政村。');
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['规模化供水工程覆盖农村人口比例', 90],
      ['国家级专精特新企业', 50],
    ]);
  });

  it('should still read 组织 before its object as a verb', () => {
    expect(targetsOf(goals('每年组织职业技能培训2000人次。'))).toEqual([['职业技能培训', '=', 2000, '人次']]);
  });
});

describe('the words around a figure after a change', () => {
  it('should name a share after a growth by the measure that grew, and a dated level by it too', () => {
    const doc = parse(outdent`
      某新区“十四五”海洋经济发展规划
      一、发展基础
      “十三五”期间，新区海洋生产总值年均增长12.5%，2020年达到1360亿元，占地区生产总值比重达到36.8%。
      二、发展目标
      到2025年，海洋生产总值年均增长10%左右，占地区生产总值比重提高到40%以上。
    `);
    expect(doc.indicators.map((i) => i.metric)).toEqual(['新区海洋生产总值年均增长', '新区海洋生产总值', '新区海洋生产总值占地区生产总值比重']);
    expect(doc.targets.map((t) => t.metric)).toEqual(['海洋生产总值年均增长', '海洋生产总值占地区生产总值比重']);
  });

  it('should not take a quoted five-year period for the subject its figures share', () => {
    const doc = parse(outdent`
      某市“十四五”生态环境保护规划
      一、“十三五”成效
      “十三五”期间，化学需氧量、氨氮排放总量分别下降18.2%和17.9%。
      二、主要目标
      到2025年，空气质量优良天数比率达到72%以上。
    `);
    expect(doc.indicators.map((i) => i.metric)).toEqual(['化学需氧量排放总量下降', '氨氮排放总量下降']);
  });
});

describe('the measure words of safety, inspection and airport plans', () => {
  it('should count incidents in 起, firm visits in 家次 and flights in 架次', () => {
    const doc = goals('较大生产安全事故控制在3起以内，执法检查企业不少于3000家次，机场起降架次达到20万架次。');
    expect(targetsOf(doc)).toEqual([
      ['较大生产安全事故', '<=', 3, '起'],
      ['执法检查企业', '>=', 3000, '家次'],
      ['机场起降架次', '=', 200_000, '架次'],
    ]);
    expect(doc.targets.map((t) => t.unitFamily)).toEqual(['count', 'count', 'count']);
  });

  it('should read no 起 in a start or a draft', () => {
    const doc = goals('自2024年1月1日起施行，新增起草地方标准5部，起步区面积达到30平方公里。');
    expect(doc.targets.map((t) => t.unit)).toEqual(['部', '平方公里']);
  });
});

describe('ratios, shares in words and round numbers in words', () => {
  it.each([
    ['生师比控制在13∶1以内', 13, '∶1', '<='],
    ['农产品加工业产值与农业总产值之比达到2.5:1', 2.5, ':1', '='],
    ['力争三成以上义务教育学校达到市级示范校标准', 0.3, '', '>='],
    ['绿色有机水稻认证面积占水稻种植面积的一半以上', 0.5, '', '>='],
    ['专业课教师中“双师型”教师占比超过半数', 0.5, '', '>'],
    ['年接待游客达到百万人次', 1_000_000, '人次', '='],
    ['新增耕地十万亩', 100_000, '亩', null],
  ])('should read %s', (text, value, unit, comparator) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit, q.comparator])).toEqual([[value, unit, comparator]]);
  });

  it.each(['会议时间8:10开始', '附件1：1.关于', '比例为1：10', '建成一成不变的机制', '统一成立工作专班', '千万不能放松', '百万吨以上智能化乙烯成套装备', '过半年后'])('should read no figure in %s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('should read a round number in words before a noun as a class, and count what it grades', () => {
    expect(findQuantities('努力建成10个百万亩、100个十万亩防沙治沙基地').map((q) => [q.value, q.unit])).toEqual([
      [10, '个'],
      [100, '个'],
    ]);
  });

  it('should name a growth in words after a yearly growth by the measure that grew, approximate after 近', () => {
    const doc = goals('农村居民人均可支配收入年均增长7%左右，较2020年增长近五成。');
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.approx])).toEqual([
      ['农村居民人均可支配收入年均增长', 7, '%', true],
      ['农村居民人均可支配收入较2020年增长', 0.5, null, true],
    ]);
  });
});

describe('addresses, review years, year lists and changes against a base', () => {
  it('should read no count in an address', () => {
    const doc = parse(outdent`
      某市2024年交通运输工作要点
      一、工作目标
      全年新改建农村公路200公里，改造危旧桥梁10座。
      联系单位：市交通运输局，地址：某市清江大道16号2栋3楼，电话：0717-4822222。
    `);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([
      [200, '公里'],
      [10, '座'],
    ]);
  });

  it('should date the reports under a review heading that names its year', () => {
    const doc = parse(outdent`
      某市2024年交通运输工作要点
      一、2023年工作成效
      全年完成交通固定资产投资18.6亿元，新改建农村公路210公里。
      二、2024年工作目标
      全年完成交通固定资产投资20亿元以上。
    `);
    expect(doc.indicators.map((i) => [i.value, i.asOf])).toEqual([
      [1_860_000_000, '2023-12-31'],
      [210, '2023-12-31'],
    ]);
  });

  it('should date each figure after 分别 by a list of years that opens the sentence', () => {
    const doc = parse('某区制造业高质量发展三年行动方案（2025—2027年）\n一、主要目标\n2025年、2026年、2027年，战略性新兴产业增加值占规上工业增加值比重分别达到32%、35%和38%。\n二、重点任务\n1.壮大优势产业集群。\n');
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year])).toEqual([
      ['战略性新兴产业增加值占规上工业增加值比重', 32, 2025],
      ['战略性新兴产业增加值占规上工业增加值比重', 35, 2026],
      ['战略性新兴产业增加值占规上工业增加值比重', 38, 2027],
    ]);
  });

  it('should leave the deadline alone when the list and the figures differ in number', () => {
    const doc = parse('某区制造业高质量发展三年行动方案（2025—2027年）\n一、主要目标\n2026年、2027年，规模以上工业企业研发投入强度分别达到2.1%、2.3%和2.5%。\n二、重点任务\n1.壮大优势产业集群。\n');
    expect(doc.targets.map((t) => t.deadline?.year)).toEqual([2026, 2026, 2026]);
  });

  it('should name a change against a base year by the measure before it', () => {
    const doc = goals('规模以上工业企业研发经费投入强度提高到2.5%，比2024年提高0.4个百分点。');
    expect(doc.targets.map((t) => t.metric)).toEqual(['规模以上工业企业研发经费投入强度', '规模以上工业企业研发经费投入强度比2024年提高']);
  });
});

describe('a space-set table whose header is written over two lines', () => {
  it('should read 2020 年 / 现状值 as one column and claim the second header line', () => {
    const text = [
      '某市“十四五”生态环境保护规划',
      '第二章  规划目标',
      '    到2025年，全市生态环境质量持续改善。',
      '  类别              指标                          单位          2020 年       2025 年      指标属性',
      '                                                                 现状值        目标值',
      '  环境质量   空气质量优良天数比率                    %             88.5          ≥90         约束性',
      '             细颗粒物（PM2.5）浓度                微克/立方米       21           20          约束性',
      '  生态保护   森林覆盖率                              %             27.3          28          约束性',
      '第三章  主要任务',
      '    一、优化产业结构。完成煤矿智能化改造50处。',
      '',
    ].join('\n');
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value ?? null])).toEqual([
      ['空气质量优良天数比率', '>=', 90, '%', 88.5],
      ['细颗粒物（PM2.5）浓度', '=', 20, '微克/立方米', 21],
      ['森林覆盖率', '=', 28, '%', 27.3],
      ['煤矿智能化改造', '=', 50, '处', null],
    ]);
    expect(doc.goals).toHaveLength(1);
  });
});

describe('rates per head, listed goals, yearly stages one cell per line and two-column goal tables', () => {
  it('should keep a rate\'s denominator per head of population in its unit', () => {
    const doc = goals('每千常住人口医疗卫生机构床位数达到6.5张/千人，每万人口全科医生数达到4人/万人，固定宽带家庭普及率达到90户/百户。');
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([
      [6.5, '张/千人'],
      [4, '人/万人'],
      [90, '户/百户'],
    ]);
  });

  it('should read the goals listed with dashes under 主要目标是： as targets, without the dash in the metric', () => {
    const doc = parse(outdent`
      某区2024年民政工作要点
      2024年全区民政工作的主要目标是：
      ——城乡低保标准提高到每人每月900元；
      ——婚姻登记合格率100%，殡葬公益性服务设施覆盖率达到90%。
      一、兜牢基本民生底线
      1.完成困难老年人家庭适老化改造200户。
    `);
    expect(targetsOf(doc)).toEqual([
      ['城乡低保标准', '=', 900, '元'],
      ['婚姻登记合格率', '=', 100, '%'],
      ['殡葬公益性服务设施覆盖率', '=', 90, '%'],
      ['困难老年人家庭适老化改造', '=', 200, '户'],
    ]);
    expect(doc.indicators).toEqual([]);
  });

  it('should end a colon lead-in at the next item', () => {
    const doc = parse(outdent`
      某区2024年民政工作要点
      一、发展基础
      2023年全区民政工作的主要成绩：
      全区养老床位达到3000张。
    `);
    expect(doc.targets).toEqual([]);
  });

  it('should read a middle year column of a table one cell per line as a stage due in its year', () => {
    const text = '某市城市更新行动实施方案（2023—2027年）\n一、主要目标\n到2027年，累计改造城镇老旧小区300个。\n序号\n指标\n单位\n2022年\n2025年\n2027年\n属性\n1\n城镇老旧小区改造累计完成数\n个\n120\n220\n300\n约束性\n二、重点任务\n1.推进老旧小区改造。\n';
    const doc = parse(text);
    expect(doc.targets.filter((t) => t.attribute !== null).map((t) => [t.value, t.deadline?.year, t.baseline?.value])).toEqual([
      [220, 2025, 120],
      [300, 2027, 120],
    ]);
  });

  it('should read a two-column goal table (指标名称 | 2025年目标值) with units in brackets', () => {
    const text = '某园区“十四五”科技创新规划\n一、发展目标\n专栏1　主要目标\n指标名称\t2025年目标值\n全社会研发投入占地区生产总值比重（%）\t4.5\n高新技术企业数（家）\t3000\n二、主要任务\n1.强化战略科技力量。\n';
    expect(targetsOf(parse(text))).toEqual([
      ['全社会研发投入占地区生产总值比重', '=', 4.5, '%'],
      ['高新技术企业数', '=', 3000, '家'],
    ]);
  });

  it('should leave a two-column line with no value under it to the text', () => {
    const text = '某园区“十四五”科技创新规划\n一、发展目标\n指标名称\t2025年目标\n研发投入强度\t持续提升\n二、主要任务\n1.强化战略科技力量。\n';
    const doc = parse(text);
    expect(doc.targets).toEqual([]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['强化战略科技力量']);
  });
});

describe('lists measured alike and growths after a clause without a figure', () => {
  it('should give each pollutant the measure written once after the last, with 较2015年 or 累计 after 分别', () => {
    const doc = goals('化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量分别达到1.6万吨、0.08万吨、1.2万吨和0.5万吨，化学需氧量、二氧化硫排放总量分别较2020年下降8%、10%。');
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['化学需氧量重点工程减排量', 16_000],
      ['氨氮重点工程减排量', 800],
      ['氮氧化物重点工程减排量', 12_000],
      ['挥发性有机物重点工程减排量', 5000],
      ['化学需氧量排放总量较2020年下降', 8],
      ['二氧化硫排放总量较2020年下降', 10],
    ]);
  });

  it('should keep a list of measures of their own apart', () => {
    const doc = goals('森林覆盖率、湿地保护率分别达到45%和60%。');
    expect(doc.targets.map((t) => t.metric)).toEqual(['森林覆盖率', '湿地保护率']);
  });

  it('should name a growth after a clause with no figure by that clause\'s subject, and after a figure by its measure', () => {
    const doc = goals('文化产业增加值占地区生产总值比重达到8%左右，入境游客人数恢复到疫情前水平，年均增长10%以上；旅游总收入超过5000亿元，年均增长12%。');
    expect(doc.targets.map((t) => t.metric)).toEqual(['文化产业增加值占地区生产总值比重', '入境游客人数年均增长', '旅游总收入', '旅游总收入年均增长']);
  });
});

describe('a web page\'s counters copied with the plan', () => {
  it('should read no figure in 浏览次数：1386次 or 访问量：25,436次', () => {
    const doc = parse(outdent`
      某区“十四五”养老服务体系建设规划
      发布时间：2022-03-15 10:30  来源：区民政局  浏览次数：1386次  【打印】
      一、发展目标
      到2025年，全区养老机构护理型床位占比达到60%。
      二、主要任务
      1.发展家庭养老床位500张。
      相关链接：区政府网  访问量：25,436次
    `);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([
      [60, '%'],
      [500, '张'],
    ]);
    expect(doc.indicators).toEqual([]);
  });
});

describe('reports and plans side by side in a work plan\'s item', () => {
  it('should read 已下达 as reported and 今年新建 as planned', () => {
    const doc = parse(outdent`
      某区2024年农业农村工作要点
      一、稳定粮食生产
      1.目前已建成高标准农田28万亩，今年新建高标准农田2万亩。
      2.落实耕地地力保护补贴，已下达资金4725万元。
      3.对已建成的老旧设施进行改造，新建灌溉泵站5座。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value])).toEqual([
      ['高标准农田', 280_000],
      ['下达资金', 47_250_000],
    ]);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['新建高标准农田', 20_000],
      ['新建灌溉泵站', 5],
    ]);
  });
});

describe('ranges with 至 and table cells with their percent sign', () => {
  it('should read 3至5家 as a range', () => {
    expect(findQuantities('培育营业收入超百亿元企业3至5家').filter((q) => q.unit === '家').map((q) => [q.value, q.upTo, q.comparator])).toEqual([[3, 5, '>=']]);
    expect(targetsOf(goals('培育营业收入超百亿元企业3至5家。'))).toEqual([['营业收入超百亿元企业', '>=', 3, '家']]);
  });

  it('should read a table row whose cells carry % and a unit of years in brackets', () => {
    const text = '某州“十四五”教育事业发展规划\n一、发展目标\n指标\t2020年\t2025年\t属性\n劳动年龄人口平均受教育年限（年）\t10.2\t10.8\t约束性\n普惠性幼儿园覆盖率\t85%\t≥90%\t预期性\n二、主要任务\n1.新建幼儿园50所。\n';
    expect(parse(text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value ?? null])).toEqual([
      ['劳动年龄人口平均受教育年限', '=', 10.8, '年', 10.2],
      ['普惠性幼儿园覆盖率', '>=', 90, '%', 85],
      ['新建幼儿园', '=', 50, '所', null],
    ]);
  });
});

describe('the 主要指标 table of a 规划纲要 and column orders', () => {
  it('should read a plain value of a 年均/累计 column as the target when the year column gives none, and no count in 专栏1', () => {
    const text = '某市国民经济和社会发展第十四个五年规划纲要\n第二章　主要目标\n“十四五”时期主要目标是：经济发展取得新成效。\n专栏1　天水市“十四五”时期主要指标\n类别\t指标\t2020年\t2025年\t年均/累计\t属性\n经济发展\t地区生产总值增长（%）\t3.9\t—\t6.5左右\t预期性\n\t全员劳动生产率增长（%）\t—\t—\t＞6.5\t预期性\n\t常住人口城镇化率（%）\t43.5\t50\t〔6.5〕\t预期性\n第三章　主要任务\n一、建设现代产业体系。\n';
    expect(parse(text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.approx])).toEqual([
      ['地区生产总值增长', '=', 6.5, '%', true],
      ['全员劳动生产率增长', '>', 6.5, '%', false],
      ['常住人口城镇化率', '=', 50, '%', false],
      ['常住人口城镇化率（累计）', '=', 6.5, '%', false],
    ]);
  });

  it('should read a table one cell per line whose 属性 column stands before the unit and the values', () => {
    const text = '某市“十四五”海洋经济发展规划\n一、主要指标\n序号\n指标\n属性\n单位\n2020年\n2025年\n1\n海洋生产总值\n预期性\n亿元\n1800\n2500\n2\n海洋经济增加值占地区生产总值比重\n预期性\n%\n25\n28\n\n二、重点任务\n（一）壮大海洋产业。新增万吨级以上泊位5个。\n';
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.baseline?.value ?? null, t.attribute])).toEqual([
      ['海洋生产总值', 250_000_000_000, '元', 180_000_000_000, 'expected'],
      ['海洋经济增加值占地区生产总值比重', 28, '%', 25, 'expected'],
      ['万吨级以上泊位', 5, '个', null, null],
    ]);
  });
});

describe('units in brackets one cell per line, matching ratios and spaced old values', () => {
  it('should take the unit from the brackets after the name when a table one cell per line has no 单位 column', () => {
    const text = '某省“十五五”水安全保障规划\n一、主要目标\n到2030年，防洪减灾能力明显提升。\n表1 “十五五”水安全保障主要指标\n类别\n指标\n2025年\n2030年\n属性\n防洪减灾\n重点垸堤防达标率（%）\n78\n100\n约束性\n水资源\n水利工程供水能力（亿立方米）\n352\n380\n预期性\n二、主要任务\n1.实施堤防加固。\n';
    expect(parse(text).targets.map((t) => [t.metric, t.value, t.unit, t.baseline?.value])).toEqual([
      ['重点垸堤防达标率', 100, '%', 78],
      ['水利工程供水能力', 38_000_000_000, '立方米', 35_200_000_000],
    ]);
  });

  it('should read no target in a 1:1 matching ratio', () => {
    expect(findQuantities('按照上级资助额度给予1:1配套支持')).toEqual([]);
  });

  it('should skip the old value of a change spaced from 由 in PDF text', () => {
    const doc = parse('某省“十五五”水安全保障规划\n一、发展基础\n“十四五”期间，城乡供水一体化覆盖率由 62%提高到 81%。\n二、主要目标\n到2030年，城乡供水一体化覆盖率达到92%。\n');
    expect(doc.indicators.map((i) => [i.metric, i.value])).toEqual([['城乡供水一体化覆盖率', 81]]);
  });
});

describe('time limits and courts', () => {
  it('should read a time limit with 内 as an upper bound named by what it limits', () => {
    const doc = goals('企业开办1个工作日内办结，不动产登记一般业务压缩至3个工作日内。');
    expect(targetsOf(doc)).toEqual([
      ['企业开办', '<=', 1, '个工作日'],
      ['不动产登记一般业务', '<=', 3, '个工作日'],
    ]);
  });

  it('should count courts in 片, and no 片 in 片区', () => {
    expect(findQuantities('新建笼式多功能运动场20片').map((q) => [q.value, q.unit])).toEqual([[20, '片']]);
    expect(findQuantities('划分3片区').filter((q) => q.unit === '片')).toEqual([]);
  });
});

describe('share words found without look-behinds', () => {
  it.each([
    ['超过半数的村', 0.5, '>'],
    ['村集体经济收入过半', 0.5, '>'],
    ['提高到七成', 0.7, '='],
  ])('should read %s', (text, value, comparator) => {
    expect(findQuantities(text).map((q) => [q.value, q.comparator])).toEqual([[value, comparator]]);
  });
});

describe('a background section', () => {
  it('should read the figures under 编制背景 or 背景和意义 as reports, with 已有 out of the metric', () => {
    const doc = parse(outdent`
      某县数字乡村建设实施方案（2024—2026年）
      一、编制背景
      全县辖12个乡镇、156个行政村，户籍人口42万人。
      二、发展背景和意义
      全县已有电商企业300家。
      三、工作目标
      到2026年，建成数字乡村示范村30个。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value])).toEqual([
      ['乡镇', 12],
      ['行政村', 156],
      ['户籍人口', 420_000],
      ['电商企业', 300],
    ]);
    expect(doc.targets.map((t) => t.value)).toEqual([30]);
  });
});

describe('a task table with a goal column', () => {
  it('should read each row\'s figure as a target due at the row\'s deadline cell', () => {
    const text = '某市2024年数字经济工作要点\n一、总体目标\n全年数字经济核心产业增加值增长10%以上。\n二、重点任务\n序号\t重点任务\t工作目标\t牵头单位\t完成时限\n1\t加快5G网络建设\t新建5G基站1000个\t市通信发展办\t2024年12月底\n2\t建设数据中心\t标准机架达到5000个\t市发改委\t2024年9月底\n';
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.date ?? null])).toEqual([
      ['数字经济核心产业增加值增长', 10, null],
      ['新建5G基站', 1000, '2024-12-31'],
      ['标准机架', 5000, '2024-09-30'],
    ]);
    expect(doc.indicators).toEqual([]);
  });
});
