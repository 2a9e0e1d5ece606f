// A growth figure after a level (…达到600亿元，年均增长8%以上) grows what the level measures: seen in realdocs 05
// (信息业产值达到300亿元左右，年均增长20%以上) and 16 (国内生产总值超过126万亿元，增长5.2%).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('growth figures after a level', () => {
  it.each([
    ['全区数字经济核心产业增加值达到600亿元，年均增长8%以上。', '数字经济核心产业增加值年均增长'],
    ['全市软件业务收入突破500亿元，同比增长12%。', '软件业务收入同比增长'],
    ['力争信息业产值达到300亿元左右，年均递增15%。', '信息业产值年均递增'],
  ])('should name the growth in %s after the level it grows', (sentence, metric) => {
    const text = `某某区2025年数字经济工作要点\n一、发展目标\n到2026年，${sentence}\n二、重点任务\n（一）培育企业。\n`;
    const doc = parseDocument(text, { file: 'growth.txt' }).documents[0];
    expect(doc?.targets.map((t) => t.metric)).toContain(metric);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep a growth figure that names its own measure', () => {
    const text = '某某区2025年数字经济工作要点\n一、发展目标\n到2026年，地区生产总值年均增长6%左右。\n二、重点任务\n（一）培育企业。\n';
    expect(parseDocument(text, { file: 'own.txt' }).documents[0]?.targets.map((t) => t.metric)).toEqual(['地区生产总值年均增长']);
  });
});

describe('a share after a level', () => {
  it('should name 占…比重 after the level it is a share of', () => {
    const text = '某某市数字经济发展“十四五”规划\n第一章 发展基础\n“十三五”期间，全市数字经济规模达到3200亿元，占GDP比重达到38.5%。\n第二章 主要任务\n1.做强电子信息制造业。\n';
    const doc = parseDocument(text, { file: 'share.txt' }).documents[0];
    expect(doc?.indicators.map((t) => t.metric)).toEqual(['数字经济规模', '数字经济规模占GDP比重']);
  });
});

describe('figures of a ratio or an index, which have no unit', () => {
  it.each([
    ['新建数据中心PUE值控制在1.3以下', '新建数据中心PUE值', '<=', 1.3],
    ['城镇居民恩格尔系数降至0.28', '城镇居民恩格尔系数', '=', 0.28],
    ['营商环境便利度指数达到85以上', '营商环境便利度指数', '>=', 85],
  ])('should read %s', (sentence, metric, comparator, value) => {
    const text = `某某区2025年数字经济工作要点\n一、发展目标\n到2026年，${sentence}。\n二、重点任务\n（一）培育企业。\n`;
    const doc = parseDocument(text, { file: 'ratio.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([[metric, comparator, value, null]]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should leave a bare number that no ratio metric binds', () => {
    const text = '某某区2025年数字经济工作要点\n一、发展目标\n到2026年，建成1.3版平台，完成3期工程。\n二、重点任务\n（一）培育企业。\n';
    expect(parseDocument(text, { file: 'bare.txt' }).documents[0]?.targets.map((t) => t.value)).not.toContain(1.3);
  });
});

describe('the noun after a figure', () => {
  it.each([
    ['建成20个以上的分领域大脑', '分领域大脑'],
    ['建成2000个以上基础型及以上的智慧社区', '基础型及以上的智慧社区'],
    ['力争30%的县（市、区）通过国家认定', '的县'],
  ])('should read the metric of %s', (sentence, metric) => {
    const text = `某某省2025年数字经济工作要点\n一、重点任务\n（一）建设平台。到2025年，${sentence}。\n（二）培育企业。\n`;
    expect(parseDocument(text, { file: 'noun.txt' }).documents[0]?.targets.map((t) => t.metric)).toEqual([metric]);
  });
});

describe('a later stage of the same measure', () => {
  it('should give the stage after a semicolon and its year the measure of the stage before', () => {
    const text = '某某省2023年数字经济工作要点\n一、重点任务\n（一）建设算力设施。2023年底前，推动全省数据中心在用标准机架数达到35万个；2025年底前超过45万个。\n（二）培育企业。\n';
    const doc = parseDocument(text, { file: 'stages.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.metric, t.comparator, t.value, t.deadline?.year])).toEqual([
      ['数据中心在用标准机架数', '=', 350000, 2023],
      ['数据中心在用标准机架数', '>', 450000, 2025],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('resolve words and rack units', () => {
  it.each([
    ['全市数字经济核心产业增加值力争突破500亿元', '数字经济核心产业增加值', '元'],
    ['各类公园开放比例力争达到90%', '各类公园开放比例', '%'],
    ['数据中心机架规模达到3万标准机架', '数据中心机架规模', '标准机架'],
  ])('should read %s', (sentence, metric, unit) => {
    const text = `某某市数字经济发展行动计划（2024—2026年）\n一、发展目标\n到2026年，${sentence}。\n二、重点任务\n（一）建设平台。\n`;
    expect(parseDocument(text, { file: 'resolve.txt' }).documents[0]?.targets.map((t) => [t.metric, t.unit])).toEqual([[metric, unit]]);
  });
});
