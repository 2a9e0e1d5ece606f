// Targets stated in prose in the forms sector plans write them: their measure words, ranges, thresholds inside a
// noun phrase, reported figures, lists with 分别.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'forms.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const workPlan = (items: string[]): string => `2025年某省农业农村工作要点\n一、重点工作\n${items.map((t, i) => `${i + 1}.${t}`).join('\n')}\n`;
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.valueMax, t.unit]);

describe('the measure words of sector plans', () => {
  it.each([
    ['能繁母猪存栏保持在380万头以上', 3_800_000, '头'],
    ['全年出栏生猪羊1200万头只', 12_000_000, '头只'],
    ['集装箱吞吐量达到120万标箱', 1_200_000, '标箱'],
    ['集装箱吞吐量达到300万TEU', 3_000_000, 'TEU'],
    ['新增变电容量500万千伏安', 5_000_000, '千伏安'],
    ['新能源装机达到12吉瓦', 12, '吉瓦'],
    ['审批时间压缩至60天以内', 60, '天'],
    ['组建专业应急救援队伍20支', 20, '支'],
    ['制修订地方标准30部', 30, '部'],
    ['供应工业用地50宗', 50, '宗'],
    ['开行中欧班列500列', 500, '列'],
    ['新增养老床位2000床', 2000, '床'],
    ['举办文化活动100场次以上', 100, '场次'],
    ['年发电量达到5亿度', 500_000_000, '度'],
    ['新增蓄水能力300万方', 3_000_000, '方'],
    ['单位GDP能耗降至0.45吨标准煤/万元', 0.45, '吨标准煤/万元'],
  ])('should read %s', (text, value, unit) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([[value, unit]]);
  });

  it.each(['天然气管网覆盖3个县', '只有2个', '昼间噪声55分贝', '支持10家企业', '13部门联合', '25度以上坡耕地', '3方面工作', '打造龙头企业5家'])('should read no new measure word in %s', (text) => {
    const units = findQuantities(text).map((q) => q.unit);
    expect(units.filter((u) => ['天', '只', '支', '部', '度', '方', '头', '分'].includes(u))).toEqual([]);
  });

  it('should read a table unit with a denominator (万立方米/日) scaled, and keep it whole', () => {
    const text = '某市“十四五”城乡供水保障规划\n一、规划目标\n序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t城市公共供水能力\t万立方米/日\t180\t240\t预期性\n二、主要任务\n1.推进水源建设。\n';
    const doc = parse(text);
    expect(targetsOf(doc)).toEqual([['城市公共供水能力', '=', 2_400_000, null, '立方米/日']]);
  });

  it('should keep the comparator and unit of a target in 万头', () => {
    const doc = parse(workPlan(['稳定生猪产能。能繁母猪存栏保持在380万头以上。']));
    expect(targetsOf(doc)).toEqual([['能繁母猪存栏', '>=', 3_800_000, null, '头']]);
  });
});

describe('a range with its unit written on both ends', () => {
  it.each([
    ['地区生产总值增长5%—6%', 5, 6, '%'],
    ['一般公共预算收入增长3%~5%', 3, 5, '%'],
    ['农村生活污水治理率达到40%—50%', 40, 50, '%'],
    ['城镇新增就业1.5万—2万人', 15_000, 20_000, '人'],
    ['居民人均可支配收入增长6-7%', 6, 7, '%'],
  ])('should read %s as one target with its lower and upper bound', (clause, value, valueMax, unit) => {
    const doc = parse(workPlan([`稳定经济增长。${clause}。`]));
    expect(doc.targets.map((t) => [t.comparator, t.value, t.valueMax, t.unit])).toEqual([['>=', value, valueMax, unit]]);
  });

  it('should keep two figures apart when their units differ or a word stands between them', () => {
    expect(findQuantities('增长5%—6个百分点').map((q) => [q.value, q.upTo])).toEqual([
      [5, null],
      [6, null],
    ]);
    expect(findQuantities('完成5%，新增6%').map((q) => q.upTo)).toEqual([null, null]);
  });
});

describe('a review of the last period that names 预期寿命', () => {
  const text = '某市“十四五”卫生健康事业发展规划\n一、发展基础\n“十三五”时期，全市卫生健康事业持续发展，人均预期寿命达到79.8岁，每千人口床位数达到6.6张。\n二、主要目标\n到2025年，每千人口床位数达到7.5张，人均预期寿命达到80.5岁。\n三、重点任务\n1.推进区域医疗中心建设。新增床位3000张。\n';

  it('should read the review\'s figures as indicators and only the goals as targets (预期寿命 is a name, not 预期)', () => {
    const doc = parse(text);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['人均预期寿命', 79.8, '2020-12-31'],
      ['每千人口床位数', 6.6, '2020-12-31'],
    ]);
    expect(doc.targets.map((t) => t.value)).toEqual([7.5, 80.5, 3000]);
  });

  it('should still read 预期 as a cue when it is one', () => {
    const doc = parse(text.replace('人均预期寿命达到79.8岁，', '预期全市床位总数达到5万张，'));
    expect(doc.targets.map((t) => t.value)).toContain(50_000);
  });
});

describe('a size bound inside a noun phrase', () => {
  it('should read one count target and no target of the bound', () => {
    const doc = parse(workPlan(['加强项目建设。引进5000万元以上产业项目50个，培育10亿元以上龙头企业5家，划定千人以上集中式饮用水水源保护区12处。', '实施健康服务。每千人口拥有3岁以下婴幼儿托位数达到4.5个。']));
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['5000万元以上产业项目', '=', 50, '个'],
      ['10亿元以上龙头企业', '=', 5, '家'],
      ['划定千人以上集中式饮用水水源保护区', '=', 12, '处'],
      // The statistic is named per head of population, with its 拥有 (figure-reach.test.ts).
      ['每千人口拥有3岁以下婴幼儿托位数', '=', 4.5, '个'],
    ]);
  });

  it('should keep a bound that is the commitment itself', () => {
    const doc = parse(workPlan(['扩大有效投资。全年完成投资500亿元以上，实施亿元以上项目200个。']));
    expect(doc.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['>=', 50_000_000_000, '元'],
      ['=', 200, '个'],
    ]);
  });
});

const goalsPlan = (sentence: string): string => `某省“十四五”发展规划\n一、主要目标\n到2025年，${sentence}\n二、重点任务\n1.加强统筹。统筹推进各项工作。\n`;
const metricsOf = (sentence: string) => parse(goalsPlan(sentence)).targets.map((t) => [t.metric, t.value]);

describe('the metric a figure names', () => {
  it('should keep 新增 in an increment\'s metric when the plan states the measure\'s level too, in a statistic\'s name (城镇新增就业), and drop 每年', () => {
    expect(metricsOf('铁路营业里程达到4500公里，新增铁路营业里程700公里，城镇新增就业每年45万人以上。')).toEqual([
      ['铁路营业里程', 4500],
      ['新增铁路营业里程', 700],
      ['城镇新增就业', 450_000],
    ]);
  });

  it('should read 建成区 and 建设用地 as nouns, not verbs (新增 before 建设用地 is the verb)', () => {
    expect(metricsOf('城市建成区绿化覆盖率达到43%，全市新增建设用地控制在500公顷以内。')).toEqual([
      ['城市建成区绿化覆盖率', 43],
      ['建设用地', 500],
    ]);
  });

  it('should name an increment by its measure alone when the plan states no level of it', () => {
    expect(metricsOf('新增5G基站不少于3000个。')).toEqual([['5G基站', 3000]]);
  });

  it('should give a level right after a change the measure that changed', () => {
    expect(metricsOf('非化石能源消费比重提高3个百分点以上，达到13%左右。')).toEqual([
      ['非化石能源消费比重提高', 3],
      ['非化石能源消费比重', 13],
    ]);
  });

  it('should give each figure after 分别 the name listed at its place', () => {
    expect(metricsOf('化学需氧量、氨氮、挥发性有机物重点工程减排量分别达到12.8万吨、0.6万吨和3.6万吨，森林覆盖率和湿地保护率分别达到36%、50%。')).toEqual([
      // The measure written once after the last pollutant is each one's (figure-reach.test.ts).
      ['化学需氧量重点工程减排量', 128_000],
      ['氨氮重点工程减排量', 6000],
      ['挥发性有机物重点工程减排量', 36_000],
      ['森林覆盖率', 36],
      ['湿地保护率', 50],
    ]);
    expect(metricsOf('城镇、农村居民人均可支配收入分别增长6%、8%。')).toEqual([
      ['城镇居民人均可支配收入增长', 6],
      ['农村居民人均可支配收入增长', 8],
    ]);
  });

  it('should keep a list whose length differs from the figures\' as one metric, without 分别', () => {
    expect(metricsOf('森林覆盖率、湿地保护率和草原综合植被盖度分别达到36%、50%。').map((m) => m[0])).toEqual(['森林覆盖率、湿地保护率和草原综合植被盖度', '森林覆盖率、湿地保护率和草原综合植被盖度']);
  });
});

describe('targets with no unit, and scores', () => {
  it.each([
    ['新建大型数据中心电能利用效率（PUE）不高于1.25', '<=', 1.25, null],
    ['城乡居民人均可支配收入比缩小到2.1以内', '<=', 2.1, null],
    ['每百万人口因灾死亡率低于1', '<', 1, null],
    ['数字政府建设评估得分达到90分以上', '>=', 90, '分'],
  ])('should read %s', (clause, comparator, value, unit) => {
    const doc = parse(workPlan([`完善指标体系。${clause}。`]));
    expect(doc.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });

  it('should read no score in a scale (实行百分制) or a duration (10分钟)', () => {
    expect(findQuantities('实行百分制，10分钟可达').map((q) => q.unit)).toEqual(['分钟']);
  });
});

describe('past dates in a work plan\'s body', () => {
  const plan = (item: string) => `2024年某市城市更新工作要点\n一、推进老旧小区改造\n1.${item}\n`;

  it('should take no deadline and no report cue from a date that describes a noun (2000年底前建成的)', () => {
    const doc = parse(plan('加快老旧小区改造。对2000年底前建成的城镇老旧小区应改尽改，全年开工改造老旧小区300个。'));
    expect(doc.targets.map((t) => [t.value, t.deadline?.year])).toEqual([[300, 2024]]);
    expect(doc.indicators).toEqual([]);
  });

  it('should read the base of 在2023年…的基础上 as a reported figure and the next clause as due in the plan\'s year', () => {
    const doc = parse(plan('推进城市道路建设。在2023年打通断头路30条的基础上，再打通断头路20条。'));
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([['打通断头路', 30, '2023-12-31']]);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year])).toEqual([[20, 2024]]);
  });

  it('should still read 2025年底前 before a verb as a deadline', () => {
    const doc = parse(plan('推进城中村改造。2025年底前完成城中村改造项目20个。'));
    expect(doc.targets.map((t) => [t.value, t.deadline])).toEqual([[20, { year: 2025, date: '2025-12-31' }]]);
  });

  it('should name a growth against last year after the figure it grows', () => {
    const doc = parse(plan('实施口袋公园建设。2024年新建口袋公园100个，较上年增长25%。'));
    expect(doc.targets.map((t) => t.metric)).toEqual(['新建口袋公园', '新建口袋公园较上年增长']);
  });
});

describe('the metric of figures in enumerations, joined verbs and bounds', () => {
  it.each([
    ['一是稳定粮食生产，二是新建高标准农田420万亩。', '新建高标准农田'],
    ['新增和恢复有效灌溉面积30万亩。', '有效灌溉面积'],
    ['全省粮食产量连续稳定在270亿斤以上。', '粮食产量'],
    ['每个镇（街道）至少建成1支综合性应急救援队伍。', '综合性应急救援队伍'],
    ['公交站点500米覆盖率实现100%。', '公交站点500米覆盖率'],
  ])('should name the figure of %s', (sentence, metric) => {
    expect(parse(workPlan([`推进重点工作。${sentence}`])).targets.map((t) => t.metric)).toEqual([metric]);
  });

  it('should keep a distance that is the commitment (新建绿道500米)', () => {
    expect(parse(workPlan(['推进重点工作。新建城市绿道500米。'])).targets.map((t) => [t.value, t.unit])).toEqual([[500, '米']]);
  });
});

describe('grades and rates inside a noun phrase', () => {
  it('should read a money grade joined to a counted noun as part of the noun, and a grade alone as the figure', () => {
    const doc = parse(workPlan(['壮大产业集群。新增千亿级集群2个，产业能级达到万亿级。']));
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['千亿级集群', 2, '个'],
      ['产业能级', 1e12, '元'],
    ]);
  });

  it('should keep the verb of a phrase a bare rate measures (标准化建设达标率)', () => {
    expect(parse(workPlan(['加强疾控体系。疾控机构标准化建设达标率100%。'])).targets.map((t) => t.metric)).toEqual(['疾控机构标准化建设达标率']);
  });
});

describe('a level per person, and 城镇新增就业 after a time word', () => {
  it('should bind 提高到每人每年 as 提高到 and read the statistic\'s name after 全年', () => {
    const doc = parse(workPlan(['促进就业增收。全年城镇新增就业4.5万人，城乡居民医保财政补助标准提高到每人每年670元。']));
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value])).toEqual([
      ['城镇新增就业', '=', 45_000],
      ['城乡居民医保财政补助标准', '=', 670],
    ]);
  });
});

describe('rates per population and counts after 至少有', () => {
  it('should read /10万 as the unit of a rate per population, in a table cell and in prose', () => {
    expect(findQuantities('孕产妇死亡率降至8.2/10万').map((q) => [q.value, q.unit])).toEqual([[8.2, '/10万']]);
    const text = '某市“十四五”卫生健康规划\n一、主要目标\n序号\t指标\t单位\t2020年\t2025年\t属性\n1\t孕产妇死亡率\t/10万\t8.2\t≤8\t预期性\n二、主要任务\n1.建设医疗中心。\n';
    expect(parse(text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([['孕产妇死亡率', '<=', 8, '/10万']]);
  });

  it('should name a count after 至少有 by the noun after it, up to 达到', () => {
    expect(parse(workPlan(['加强县级医院能力建设。每个县（市）至少有1家县级医院达到三级医院服务能力。'])).targets.map((t) => [t.metric, t.comparator, t.value])).toEqual([['县级医院', '>=', 1]]);
  });
});

describe('a plan that states its tasks only in an attached task table', () => {
  const text = [
    '某市2024年优化营商环境重点任务清单',
    '',
    '为持续优化营商环境，制定本清单。',
    '',
    '附件',
    '',
    '某市2024年优化营商环境重点任务分工表',
    '',
    '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限',
    '1\t提升企业开办便利度\t企业开办时间压缩至1个工作日以内\t市市场监管局\t市公安局、市税务局\t2024年6月底前',
    '2\t提升跨境贸易便利化水平\t进口整体通关时间压缩至30小时以内\t某海关\t市商务局\t2024年12月底前',
  ].join('\n');

  it('should read the figures of the table\'s tasks, each owned by its task', () => {
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.taskId, t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['forms:t1', '企业开办时间', '<=', 1, '个工作日'],
      ['forms:t2', '进口整体通关时间', '<=', 30, '小时'],
    ]);
  });
});

describe('a table or figure number before its caption', () => {
  it('should read no count in 表1　株洲市… or 图2 …, and still one in 代表3人', () => {
    expect(findQuantities('表1　株洲市“十四五”园林绿化主要指标')).toEqual([]);
    expect(findQuantities('图2 万人以上社区分布')).toEqual([]);
    expect(findQuantities('选出代表3人').map((q) => q.value)).toEqual([3]);
  });
});

describe('再 and 工程建设 in a metric', () => {
  it('should drop 再 before a metric and keep 工程建设 in it, but keep 再生', () => {
    expect(metricsOf('工程建设项目审批时间压缩至60天以内，再打通断头路20条，再生资源回收量达到50万吨。').map((m) => m[0])).toEqual(['工程建设项目审批时间', '打通断头路', '再生资源回收量']);
  });
});
