// Figures a plan counts by grade, naming the kind once (培育省级3至5个、市级10个左右示范园区; 培育国家级龙头企业3家、省级20家;
// …众创空间5个，其中国家级1个), values staged by years that do not follow each other (2025年、2027年…分别达到60%、80%), and a
// level after a change that a resolve or 累计 opens (年均增长5%左右，累计达到800亿元): each figure named and dated as a reader
// would. Crafted probes d01, d02 of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const targets = (text: string): string[] =>
  (parseDocument(text, { file: 'graded-and-staged-figures.txt' }).documents[0]?.targets ?? []).map(
    (t) => `${t.metric} ${t.comparator} ${t.value}${t.valueMax === null ? '' : `~${t.valueMax}`}${t.unit ?? ''} @${t.deadline?.year ?? '-'}`,
  );

describe('figures listed by grade', () => {
  it('should give each grade the kind written after the last figure', () => {
    const text = outdent`
      某区2025年工业经济工作要点

      一、重点任务
      （一）培育载体。培育省级3至5个、市级10个左右专精特新示范园区。创建国家级2个、省级5个、市级10个以上现代农业产业园。
    `;
    expect(targets(text)).toEqual([
      '省级专精特新示范园区 >= 3~5个 @2025',
      '市级专精特新示范园区 = 10个 @2025',
      '国家级现代农业产业园 = 2个 @2025',
      '省级现代农业产业园 = 5个 @2025',
      '市级现代农业产业园 >= 10个 @2025',
    ]);
  });

  it('should give each grade the kind written after the first grade, and a part the kind of its whole', () => {
    const text = outdent`
      某市2025年科技创新工作要点

      一、重点任务
      （一）培育企业。培育国家级农业产业化重点龙头企业3家、省级20家、市级50家左右。新建省级重点实验室3家，市级10家。
      （二）建设平台。认定市级以上众创空间5个，其中国家级1个、省级2个。新增专精特新中小企业50家，其中国家级“小巨人”企业3家。
    `;
    expect(targets(text)).toEqual([
      '国家级农业产业化重点龙头企业 = 3家 @2025',
      '省级农业产业化重点龙头企业 = 20家 @2025',
      '市级农业产业化重点龙头企业 = 50家 @2025',
      '新建省级重点实验室 = 3家 @2025',
      '市级重点实验室 = 10家 @2025',
      '认定市级以上众创空间 = 5个 @2025',
      '国家级众创空间 = 1个 @2025',
      '省级众创空间 = 2个 @2025',
      '专精特新中小企业 = 50家 @2025',
      '国家级“小巨人”企业 = 3家 @2025',
    ]);
  });
});

describe('a part by grade of a whole named without one', () => {
  it('should give the part the kind of the whole, and its grade in place of 各级', () => {
    const text = outdent`
      某省人口发展规划（2025—2030年）

      一、主要目标
      到2030年各级财政投入的计划生育事业经费人均达到10元，其中省级达2元。新增高新技术企业100家，其中省级10家。
    `;
    expect(targets(text)).toEqual([
      '各级财政投入的计划生育事业经费人均 = 10元 @2030',
      '省级财政投入的计划生育事业经费人均 = 2元 @2030',
      '高新技术企业 = 100家 @2030',
      '省级高新技术企业 = 10家 @2030',
    ]);
  });
});

describe('values staged by years', () => {
  it('should date each value by its year when the years do not follow each other', () => {
    const text = outdent`
      某市农业现代化行动方案（2025—2027年）

      一、主要目标
      2025年、2027年高标准农田占永久基本农田比重分别达到60%、80%。
      到2025年、2027年，农作物耕种收综合机械化率分别达到75%、80%。
    `;
    expect(targets(text)).toEqual([
      '高标准农田占永久基本农田比重 = 60% @2025',
      '高标准农田占永久基本农田比重 = 80% @2027',
      '农作物耕种收综合机械化率 = 75% @2025',
      '农作物耕种收综合机械化率 = 80% @2027',
    ]);
  });
});

describe('a level after a change', () => {
  it('should measure what changed after 累计 and after a resolve', () => {
    const text = outdent`
      某市农业现代化行动方案（2025—2027年）

      一、主要目标
      到2027年，农林牧渔业总产值年均增长5%左右，累计达到800亿元；涉农贷款余额年均增长10%以上，力争到2027年突破1000亿元。
    `;
    expect(targets(text)).toEqual([
      '农林牧渔业总产值年均增长 = 5% @2027',
      '农林牧渔业总产值 = 80000000000元 @2027',
      '涉农贷款余额年均增长 >= 10% @2027',
      '涉农贷款余额 > 100000000000元 @2027',
    ]);
  });
});
