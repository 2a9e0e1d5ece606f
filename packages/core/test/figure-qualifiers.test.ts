// Figures a careful reader reads whole: an age that names a group (30—70岁人群) is no target of its own; names listed before
// a shared area (茶叶、中药材、蔬菜种植面积) each take it; a label or an ordinal opening the clause is no part of the quote;
// a round number in words with its scale word is a figure in any unit; a change against a base alone (较2020年翻一番)
// measures what the clause before it names.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const targets = (text: string): string[] =>
  (parseDocument(text, { file: 'figure-qualifiers.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} | ${t.quote}`);

describe('an age that names a group', () => {
  it('should read the rate the group is measured by, not the age', () => {
    const text = outdent`
      某省“十四五”国民健康规划

      一、主要目标
      到2025年，30—70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率较2015年降低20%。65岁及以上老年人城乡社区规范健康管理服务率达到65%以上。人均预期寿命达到79岁左右。
    `;
    expect(targets(text)).toEqual([
      '30—70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率较2015年降低 = 20% | 30—70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率较2015年降低20%',
      '65岁及以上老年人城乡社区规范健康管理服务率 >= 65% | 65岁及以上老年人城乡社区规范健康管理服务率达到65%以上',
      '人均预期寿命 = 79岁 | 人均预期寿命达到79岁左右',
    ]);
  });
});

describe('names listed before a shared area', () => {
  it('should give each name the area, and keep a name that is a measure of its own', () => {
    const text = outdent`
      某州2024年农业农村工作要点

      一、主要目标
      茶叶、中药材、蔬菜种植面积分别达到85万亩、40万亩、60万亩。森林覆盖率、湿地面积分别达到65%、3万公顷。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['茶叶种植面积 = 850000亩', '中药材种植面积 = 400000亩', '蔬菜种植面积 = 600000亩', '森林覆盖率 = 65%', '湿地面积 = 30000公顷']);
  });
});

describe('a label or an ordinal opening a figure\'s clause', () => {
  it('should quote the clause without it', () => {
    const text = outdent`
      某市2024年城市更新工作要点

      一、主要目标
      （1）建设改造城市燃气管道200公里；
      2.新开工改造城镇老旧小区120个。
      一是新建口袋公园20个；二是改造提升街道15条。
      1.5万亩高标准农田全部建成。
    `;
    expect(targets(text).map((t) => t.split(' | ')[1])).toEqual(['建设改造城市燃气管道200公里', '新开工改造城镇老旧小区120个', '新建口袋公园20个', '改造提升街道15条', '1.5万亩高标准农田全部建成']);
  });
});

describe('a round number in words, and a change against a base alone', () => {
  it('should read 五亿立方米 and name 翻一番 by the clause before it', () => {
    const text = outdent`
      某市2024年能源工作要点

      一、主要目标
      天然气消费量突破五亿立方米，较2020年翻一番。新增光伏装机十万千瓦。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['天然气消费量 > 500000000立方米', '天然气消费量较2020年 = 1番', '光伏装机 = 100000千瓦']);
  });

  it('should still pass over a small numeral in words with a unit of no count', () => {
    expect(targets('某市2024年工作要点\n\n一、主要目标\n拓宽道路三米，建成二级公路。')).toEqual([]);
  });
});

describe('a change from one figure to another with 从', () => {
  it('should read the level to reach, named by the words before 从, and not the old value', () => {
    const text = outdent`
      某市“十四五”教育事业发展规划

      第二章 发展目标
      到2025年，普惠性幼儿园覆盖率从80%提高到85%，全市教育从业人员达到5万人。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['普惠性幼儿园覆盖率 = 85%', '教育从业人员 = 50000人']);
  });
});

describe('覆盖面', () => {
  it('should read 覆盖面 as a noun of the metric, not as the verb 覆盖', () => {
    const text = outdent`
      某镇2024年人居环境整治工作方案

      一、工作目标
      村庄保洁覆盖面达到100%，新增覆盖农村人口3000人。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['村庄保洁覆盖面 = 100%', '农村人口 = 3000人']);
  });
});

describe('城乡 before 分别', () => {
  it('should give the towns the first figure and the countryside the second', () => {
    const text = outdent`
      某县2025年国民经济和社会发展计划

      一、主要预期目标
      城乡居民人均可支配收入分别增长5.5%和7%；城乡居民基本医疗保险参保率稳定在95%以上。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['城镇居民人均可支配收入增长 = 5.5%', '农村居民人均可支配收入增长 = 7%', '城乡居民基本医疗保险参保率 >= 95%']);
  });
});

describe('each of a kind of unit before the figure', () => {
  it('should count the noun after the figure, not name the metric by the unit', () => {
    const text = outdent`
      某区2025年街道社区治理工作要点

      一、重点任务
      1.加强网格化管理。每个网格不少于1名专职网格员，每年促进不少于200项新技术新产品首用首试。每万人口医疗机构床位数不少于60张。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['专职网格员 >= 1名', '新技术新产品首用首试 >= 200项', '每万人口医疗机构床位数 >= 60张']);
  });
});

describe('a figure to ensure and one to strive for', () => {
  it('should name both by the measure, without the resolve words', () => {
    const text = outdent`
      某市2025年国民经济和社会发展计划

      一、主要预期目标
      一般公共预算收入确保增长5%、力争增长6%；规上工业增加值增长7%以上、力争8%；外贸进出口总额力争突破800亿元。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual([
      '一般公共预算收入增长 = 5%',
      '一般公共预算收入增长 = 6%',
      '规上工业增加值增长 >= 7%',
      '规上工业增加值增长 = 8%',
      '外贸进出口总额 > 80000000000元',
    ]);
  });
});

describe('a rate per head written without 每', () => {
  it('should name the rate with its denominator, and read no count of people in 千人均', () => {
    const text = outdent`
      某市“十四五”公共服务规划

      二、主要目标
      到2025年，万人拥有律师数达到3.5人，千人均拥有托位数达到3.5个，百户居民拥有社区综合服务设施面积不低于30平方米，开展职业技能培训千人以上。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['万人拥有律师数 = 3.5人', '千人均拥有托位数 = 3.5个', '百户居民拥有社区综合服务设施面积 >= 30平方米', '职业技能培训 >= 1000人']);
  });
});

describe('全年 before a metric', () => {
  it('should leave the plan\'s year out of the metric', () => {
    const text = outdent`
      某区2024年“一网统管”建设工作要点

      一、工作目标
      全年处置各类城市运行事件15万件以上，全年矛盾纠纷调解成功率达到98%以上。
    `;
    expect(targets(text).map((t) => t.split(' |')[0])).toEqual(['处置各类城市运行事件 >= 150000件', '矛盾纠纷调解成功率 >= 98%']);
  });
});
