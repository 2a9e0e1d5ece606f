// Figures in forms found by writing whole plans of many provinces and sectors (parser reach, round three): numbers with
// thousands groups inside a clause, deadlines to the day or the month, time words after a metric, shares in 两成,
// the rules of an assessment's scores and a bare efficiency ratio bound by 以下.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'reach3.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a number with thousands groups inside a clause', () => {
  it('should keep the clause whole after 1,236 so that the next figure is named by its own words', () => {
    const doc = parse(outdent`
      某市城市更新行动实施方案（2024—2026年）
      一、工作目标
      到2026年底，全市累计改造城镇老旧小区1,236个、惠及居民8.6万户，粮食播种面积稳定在7,100万亩以上、产量保持在600亿斤以上。
    `);
    expect(targetsOf(doc)).toEqual([
      ['改造城镇老旧小区', '=', 1236, '个'],
      ['惠及居民', '=', 86_000, '户'],
      ['粮食播种面积', '>=', 71_000_000, '亩'],
      ['产量', '>=', 60_000_000_000, '斤'],
    ]);
    expect(doc.targets[1]?.quote).toBe('全市累计改造城镇老旧小区1,236个、惠及居民8.6万户');
  });

  it('should read full-width digits grouped by a full-width comma as one number', () => {
    expect(findQuantities('“一网通办”事项达到１，２００项').map((q) => [q.value, q.unit])).toEqual([[1200, '项']]);
  });

  it('should still end the clause at a comma followed by a year, not read 85，202 as one number', () => {
    const doc = parse(outdent`
      某市2024年营商环境优化工作要点
      一、主要目标
      营商环境综合指数达到85，2025年综合指数提高到90。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['营商环境综合指数', 85],
      ['综合指数', 90],
    ]);
  });
});

describe('a deadline to the day, or to a month of the plan\'s year', () => {
  const deadlinesOf = (doc: PlanDocument) => doc.targets.map((t) => [t.value, t.deadline?.year, t.deadline?.date]);

  it('should date a target by the day a deadline names (2024年6月30日前, 至2024年12月31日, …，2024年10月31日前完成)', () => {
    const doc = parse(outdent`
      某市2024年生活垃圾分类工作方案
      一、工作任务
      1.2024年6月30日前，塑料制品使用量减少30%。
      2.至2024年12月31日，资源化利用率达到60%以上。
      3.新建高标准农田18.5万亩，2024年10月31日前完成年度建设任务。
    `);
    expect(deadlinesOf(doc)).toEqual([
      [30, 2024, '2024-06-30'],
      [60, 2024, '2024-12-31'],
      [185_000, 2024, '2024-10-31'],
    ]);
  });

  it('should date a target by a month of a work plan\'s year (6月底前, 11月30日前) and by 年内', () => {
    const doc = parse(outdent`
      某市水利局2025年工作要点
      一、水利工程建设
      1.6月底前开工建设重点水利工程5项。
      2.9月底前完成病险水库除险加固12座，年内完成海塘安澜工程30公里。
      3.11月30日前建成美丽河湖10条。
    `);
    expect(deadlinesOf(doc)).toEqual([
      [5, 2025, '2025-06-30'],
      [12, 2025, '2025-09-30'],
      [30, 2025, '2025-12-31'],
      [10, 2025, '2025-11-30'],
    ]);
  });

  it('should not date a figure by a month deadline that opens a later clause with its own figure, nor read 3年内 as this year', () => {
    const doc = parse(outdent`
      某市水利局2025年工作要点
      一、水利工程建设
      1.全年完成水利投资85亿元，6月底前开工建设重点水利工程5项。
      2.3年内建成美丽河湖30条。
    `);
    expect(deadlinesOf(doc)).toEqual([
      [8_500_000_000, 2025, null],
      [5, 2025, '2025-06-30'],
      [30, 2025, null],
    ]);
  });
});

describe('the time a work plan sets between a metric and its figure', () => {
  it('should leave 年内 and 年底前 out of the metric, also before 分别', () => {
    const doc = parse(outdent`
      某县2025年民政水利工作要点
      一、重点工作
      1.农村规模化供水工程覆盖人口比例年内提高到90%以上。
      2.城乡低保标准年底前分别提高到每人每月780元和每人每年6000元以上。
      3.年内完成海塘安澜工程30公里。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['农村规模化供水工程覆盖人口比例', '城镇低保标准', '农村低保标准', '海塘安澜工程']);
    expect(doc.targets.every((t) => t.deadline?.date === '2025-12-31')).toBe(true);
  });

  it('should keep 年内 that is part of a name', () => {
    const doc = parse(outdent`
      某县2025年医保工作要点
      一、重点工作
      1.参保人员年内住院费用报销比例达到70%。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['参保人员年内住院费用报销比例']);
  });
});

describe('a share in tenths said with 两', () => {
  it('should read 两成以上 as a share of 0.2, as 三成以上 is', () => {
    expect(findQuantities('肉羊良种化率提高到两成以上').map((q) => [q.value, q.unitFamily, q.comparator])).toEqual([[0.2, 'fraction', '>=']]);
  });

  it('should not read 两成 in 两成员 or a verb phrase without a bound', () => {
    expect(findQuantities('组建两成员单位联络组')).toEqual([]);
    expect(findQuantities('打造两成果转化平台')).toEqual([]);
  });
});

describe('the rules of an assessment\'s scores', () => {
  it('should read no target in a scale, a grade\'s band, an award, a deduction or the condition of a score', () => {
    const doc = parse(outdent`
      某省乡村振兴实绩考核评分细则
      一、考核方式
      考核采取百分制，总分100分，其中定量指标60分、定性指标40分。考核得分85分及以上的为优秀，70分至84分为合格，70分以下为不合格。
      二、定量指标
      （一）农村居民人均可支配收入增速。增速达到8%以上的得10分，每低0.5个百分点扣1分。
      （二）农村卫生厕所普及率。普及率达到90%以上得5分。
    `);
    expect(doc.targets).toEqual([]);
    expect(doc.indicators).toEqual([]);
  });

  it('should keep a score that is a level to reach, and a plan\'s own targets beside a 考核 rule', () => {
    const doc = parse(outdent`
      某市文化和旅游三年行动计划（2023—2025年）
      一、发展目标
      到2025年，游客满意度保持在90分以上，旅游投诉结案率达到100%，每年新增A级旅游景区不少于3家。
    `);
    expect(targetsOf(doc)).toEqual([
      ['游客满意度', '>=', 90, '分'],
      ['旅游投诉结案率', '=', 100, '%'],
      ['A级旅游景区', '>=', 3, '家'],
    ]);
  });
});

describe('a ratio listed with no verb, bound after it', () => {
  it('should read PUE值1.25以下 and 电能利用效率（PUE）1.2以下 as bare ratios', () => {
    const doc = parse(outdent`
      某市算力基础设施建设实施方案
      一、建设目标
      到2025年，新建数据中心电能利用效率（PUE）1.2以下，到2027年，数据中心PUE值1.15以下。
    `);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline?.year])).toEqual([
      ['新建数据中心电能利用效率（PUE）', '<=', 1.2, null],
      ['数据中心PUE值', '<=', 1.15, null],
    ].map((row, i) => [...row, i === 0 ? 2025 : 2027]));
  });

  it('should read no bare number after another name or without a bound after it', () => {
    expect(findQuantities('数据中心PUE值1.25')).toEqual([]);
    expect(findQuantities('建设项目15以下')).toEqual([]);
  });
});

describe('a task table\'s deadline cell to the day', () => {
  it('should date a row\'s figures by its 完成时间 cell when the cell names the day', () => {
    const text = [
      '某省2025年数字经济重点工作任务分工',
      '',
      '序号\t工作任务\t具体目标\t牵头单位\t完成时间',
      '1\t建设算力基础设施\t新增智能算力5000P\t省数据资源局\t2025年6月30日前',
      '2\t推进企业上云\t新增上云企业2万家\t省经济和信息化厅\t2025年9月30日',
      '3\t推进数字化转型\t关键工序数控化率达到58%\t省经济和信息化厅\t持续推进',
    ].join('\n');
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year, t.deadline?.date])).toEqual([
      [5000, 2025, '2025-06-30'],
      [20_000, 2025, '2025-09-30'],
      [58, 2025, null],
    ]);
  });
});

describe('a table set one cell per line with no 属性 column', () => {
  const rowsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value ?? null, t.deadline?.year]);

  it('should read its rows from the 单位 header and the dated value columns after it', () => {
    const doc = parse(outdent`
      某市“十四五”卫生健康发展规划
      第二章 发展目标
      主要指标
      序号
      指标名称
      单位
      2020年现状
      2025年目标
      1
      人均预期寿命
      岁
      81.2
      82
      2
      孕产妇死亡率
      /10万
      8.5
      ≤10

      第三章 主要任务
      第一节 优化资源配置。新增医疗卫生机构床位5000张。
    `);
    expect(rowsOf(doc)).toEqual([
      ['人均预期寿命', '=', 82, '岁', 81.2, 2025],
      ['孕产妇死亡率', '<=', 10, '/10万', 8.5, 2025],
      ['医疗卫生机构床位', '=', 5000, '张', null, 2025],
    ]);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['人均预期寿命', 81.2, '2020-12-31'],
      ['孕产妇死亡率', 8.5, '2020-12-31'],
    ]);
  });

  it('should read nothing where the lines after such a header are no rows (no unit, no value)', () => {
    const doc = parse(outdent`
      某市全民健身实施计划（2021—2025年）
      一、发展目标
      序号
      指标
      单位
      2020年
      2025年
      1
      体育设施建设
      按规划推进
      —
      持续推进
    `);
    expect(doc.targets).toEqual([]);
    expect(doc.indicators).toEqual([]);
  });
});

describe('a year a level is compared with, and a deadline between a metric and its figure', () => {
  const rowsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.value, t.unit, t.deadline?.year, t.deadline?.date]);

  it('should read 恢复到2019年的120% as a target due in the plan\'s year, named without the base year', () => {
    const doc = parse(outdent`
      某市促进文旅消费加快恢复行动方案（2023—2025年）
      一、主要目标
      全市接待游客人次恢复到2019年的120%，旅游总收入达到2019年的1.5倍，国际航班量到2025年恢复至2019年的100%以上。
    `);
    expect(rowsOf(doc)).toEqual([
      ['接待游客人次', 120, '%', 2025, null],
      ['旅游总收入', 1.5, '倍', 2025, null],
      ['国际航班量', 100, '%', 2025, null],
    ]);
    expect(doc.indicators).toEqual([]);
  });

  it('should leave a deadline written after the metric out of its name, and date 到2025年底 to the year\'s last day', () => {
    const doc = parse(outdent`
      某市新型城镇化实施方案（2023—2025年）
      一、主要目标
      常住人口城镇化率到2025年末达到55%，旅游业增加值占GDP比重到2025年达到15%，过夜游客人均停留天数2025年底前提高到4.5天。
    `);
    expect(rowsOf(doc)).toEqual([
      ['常住人口城镇化率', 55, '%', 2025, '2025-12-31'],
      ['旅游业增加值占GDP比重', 15, '%', 2025, null],
      ['过夜游客人均停留天数', 4.5, '天', 2025, '2025-12-31'],
    ]);
  });

  it('should keep a base year the metric names with 比 or 较, and still read 到2015年 in a later plan as a review', () => {
    const doc = parse(outdent`
      某省“十四五”节能减排综合工作方案
      一、主要目标
      到2030年，碳排放强度比2005年下降65%以上。
      二、发展基础
      到2015年，全省单位生产总值能耗累计下降18%。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year])).toEqual([['碳排放强度比2005年下降', 65, 2030]]);
    expect(doc.indicators.map((i) => i.value)).toEqual([18]);
  });
});

describe('a deadline after a figure', () => {
  it('should not date a figure by a deadline that opens a later clause with a figure of its own', () => {
    const doc = parse(outdent`
      某市夜间经济发展三年行动方案（2023—2025年）
      一、重点任务
      1.打造夜间经济集聚区10个，到2024年底建成5个。
      2.新建高标准农田18.5万亩，2024年10月31日前完成年度建设任务。
    `);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year, t.deadline?.date])).toEqual([
      [10, 2025, null],
      [5, 2024, '2024-12-31'],
      [185_000, 2024, '2024-10-31'],
    ]);
  });
});

describe('a table cell that writes its own percent sign', () => {
  it('should read 下降14% in a row in 吨标准煤/万元 as a change of 14 percent, without the level as its baseline', () => {
    const text = [
      '某市“十四五”节能减排综合工作方案',
      '一、主要目标',
      '序号\t指标\t单位\t2020年\t2025年\t属性',
      '1\t单位地区生产总值能耗\t吨标准煤/万元\t0.38\t下降14%\t约束性',
      '2\t化学需氧量重点工程减排量\t万吨\t—\t1.2\t约束性',
      '3\t非化石能源消费比重\t%\t18.6\t22%\t预期性',
    ].join('\n');
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.baseline?.value ?? null])).toEqual([
      ['单位地区生产总值能耗下降', 14, '%', null],
      ['化学需氧量重点工程减排量', 12_000, '吨', null],
      ['非化石能源消费比重', 22, '%', 18.6],
    ]);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.unit])).toEqual([
      ['单位地区生产总值能耗', 0.38, '吨标准煤/万元'],
      ['非化石能源消费比重', 18.6, '%'],
    ]);
  });
});

describe('a figure the text times before the plan\'s first year', () => {
  it('should read the base year\'s level before a target as an indicator of that year', () => {
    const doc = parse(outdent`
      某市“十四五”生态环境保护规划
      一、主要目标
      1.2020年全市细颗粒物（PM2.5）年均浓度为32微克/立方米，到2025年下降到30微克/立方米以下。
      2.全市森林覆盖率2020年达到71.5%，2025年保持在71.5%以上。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['细颗粒物（PM2.5）年均浓度', 32, '2020-12-31'],
      ['森林覆盖率', 71.5, '2020-12-31'],
    ]);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.deadline?.year])).toEqual([
      ['细颗粒物（PM2.5）年均浓度', '<=', 30, 2025],
      ['森林覆盖率', '>=', 71.5, 2025],
    ]);
  });

  it('should read last year\'s level in a year\'s work plan as an indicator, and 今年 as the plan\'s year', () => {
    const doc = parse(outdent`
      某县2024年农业农村工作要点
      一、稳定粮食生产
      2023年全县粮食产量为25.6万吨，2024年力争达到26万吨以上；2023年全县肉羊饲养量达到120万只，今年新增规模养殖场15个。
    `);
    expect(doc.indicators.map((i) => [i.value, i.asOf])).toEqual([
      [256_000, '2023-12-31'],
      [1_200_000, '2023-12-31'],
    ]);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year])).toEqual([
      [260_000, 2024],
      [15, 2024],
    ]);
  });

  it('should keep a stage within the plan\'s years a target, and a base named with 较 in the metric', () => {
    const doc = parse(outdent`
      某市城市更新三年行动方案（2024—2026年）
      一、工作目标
      2024年改造老旧小区420个，2026年改造406个；单位GDP能耗较2020年下降13.5%。
    `);
    expect(doc.indicators).toEqual([]);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year])).toEqual([
      ['改造老旧小区', 420, 2024],
      ['改造老旧小区', 406, 2026],
      ['单位GDP能耗较2020年下降', 13.5, 2026],
    ]);
  });
});

describe('the energy a store holds, in watt-hours', () => {
  it('should read MWh and GWh as energy, not as MW or GW with an h left over', () => {
    expect(findQuantities('配套建设分布式储能规模50MWh，新增光伏装机20MW').map((q) => [q.value, q.unit, q.unitFamily])).toEqual([
      [50, 'MWh', 'energy'],
      [20, 'MW', 'power'],
    ]);
    expect(findQuantities('动力电池产能达到100GWh').map((q) => [q.unit, q.unitFamily])).toEqual([['GWh', 'energy']]);
  });
});

describe('a count that sizes the noun a later count counts', () => {
  it('should read 年出栏500头以上 as the size of the farms, and the farms as the target', () => {
    const doc = parse(outdent`
      某市畜牧业高质量发展行动方案（2024—2028年）
      一、重点任务
      1.新建年出栏500头以上生猪规模养殖场20个，培育年产能10万辆以上整车企业3家。
      2.建设5G基站1000个以上，新增充电桩500个。
    `);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([
      [20, '个'],
      [3, '家'],
      [1000, '个'],
      [500, '个'],
    ]);
  });
});

describe('a table whose value columns are all targets', () => {
  it('should read 2027年目标 | 2030年目标 as two targets, with no base reported', () => {
    const text = [
      '某市新能源汽车产业发展规划（2025—2030年）',
      '一、发展目标',
      '指标名称\t单位\t2027年目标\t2030年目标',
      '新能源汽车产量\t万辆\t50\t100',
      '公共充电桩\t万个\t5\t10',
    ].join('\n');
    const doc = parse(text);
    expect(doc.indicators).toEqual([]);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year, t.baseline])).toEqual([
      ['新能源汽车产量', 500_000, 2027, null],
      ['新能源汽车产量', 1_000_000, 2030, null],
      ['公共充电桩', 50_000, 2027, null],
      ['公共充电桩', 100_000, 2030, null],
    ]);
  });

  it('should keep a 现状 or a bare base year\'s column the base', () => {
    const text = ['某市养老服务三年行动计划（2025—2027年）', '一、主要目标', '指标名称\t单位\t2024年\t2027年目标', '护理型床位占比\t%\t65\t72'].join('\n');
    const doc = parse(text);
    expect(doc.indicators.map((i) => [i.value, i.asOf])).toEqual([[65, '2024-12-31']]);
    expect(doc.targets.map((t) => [t.value, t.baseline?.value])).toEqual([[72, 65]]);
  });
});

describe('a PDF table whose name cell wraps inside its column', () => {
  it('should end the row\'s name with the line under it and read the rows after it', () => {
    const text = [
      '某市“十四五”城市建设规划',
      '    三、规划目标',
      ' 序号          指标名称                单位     2020年    2025年    属性',
      '  1     城市生活垃圾资源化利用          %        45        65       预期性',
      '        率',
      '  2     城市公共供水管网漏损率          %        12        ＜9      约束性',
    ].join('\n');
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.baseline?.value])).toEqual([
      ['城市生活垃圾资源化利用率', '=', 65, 45],
      ['城市公共供水管网漏损率', '<', 9, 12],
    ]);
  });

  it('should not take a line of text under the table, set elsewhere, as a name\'s end', () => {
    const text = [
      '某市“十四五”城市建设规划',
      '    三、规划目标',
      ' 序号          指标名称                单位     2020年    2025年    属性',
      '  1     城市建成区绿地率                %        38.5      40       预期性',
      '    四、主要任务',
    ].join('\n');
    const doc = parse(text);
    expect(doc.targets.map((t) => t.metric)).toEqual(['城市建成区绿地率']);
  });
});

describe('a reported figure in a clause opened by its year', () => {
  it('should date the figure by the year that opens its clause inside the sentence', () => {
    const doc = parse(outdent`
      某州茶产业高质量发展实施方案（2024—2026年）
      一、发展基础
      全市现有自然保护区15个，2023年茶叶产量达到4.2万吨。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['自然保护区', 15, null],
      ['茶叶产量', 42_000, '2023-12-31'],
    ]);
  });
});

describe('the whole of an autonomous prefecture, league or banner before a metric', () => {
  it('should leave 全州, 全盟 and 全旗 out of the metric, as 全市 and 全县 are', () => {
    const doc = parse(outdent`
      某自治州卫生健康事业发展实施方案（2023—2025年）
      一、主要目标
      到2025年，全州人均预期寿命达到76岁，全盟粮食产量稳定在28亿斤以上，全旗牛羊肉产量达到3万吨，州内县域就诊率达到90%。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['人均预期寿命', '粮食产量', '牛羊肉产量', '州内县域就诊率']);
  });
});

describe('a percent written in words', () => {
  it('should read 百分之九十五以上 and 千分之六以内 as a percent and a per mille, the unit as written', () => {
    const doc = parse(outdent`
      某州关于加快发展职业教育的实施意见
      一、目标任务
      到2025年，全州中等职业学校毕业生就业率保持在百分之九十五以上，“双师型”教师占专业课教师比例达到百分之五十，人口自然增长率控制在千分之六以内，合格率达到百分之九十九点五。
    `);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.unitFamily])).toEqual([
      ['中等职业学校毕业生就业率', '>=', 95, '百分之', 'percent'],
      ['“双师型”教师占专业课教师比例', '=', 50, '百分之', 'percent'],
      ['人口自然增长率', '<=', 6, '千分之', 'permille'],
      ['合格率', '=', 99.5, '百分之', 'percent'],
    ]);
  });

  it('should read no percent in 百分制 or in a fraction of tens (十分之一 stays a fraction)', () => {
    expect(findQuantities('考核实行百分制')).toEqual([]);
    expect(findQuantities('占比达到十分之一').map((q) => [q.value, q.unitFamily])).toEqual([[0.1, 'fraction']]);
  });
});

describe('a bound written with 得, as rules write it', () => {
  it('should read 不得低于 and 不得少于 as at least, 不得超过 as at most', () => {
    expect(findQuantities('住房比例不得低于70%').map((q) => q.comparator)).toEqual(['>=']);
    expect(findQuantities('配备专职人员不得少于3人').map((q) => q.comparator)).toEqual(['>=']);
    expect(findQuantities('每班学生不得超过45人').map((q) => q.comparator)).toEqual(['<=']);
    expect(findQuantities('事故起数低于5起').map((q) => q.comparator)).toEqual(['<']);
  });
});
