import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { evaluate, FIELDS, precisionRecall } from './quality/evaluate.js';

const corpus = loadCorpus();
const doc = (id: string) => {
  const found = corpus.documents.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('targets and indicators of the seeds', () => {
  it('should give qingdao-2025 (十七) its three 2025 targets', () => {
    const targets = doc('qingdao-2025').targets.filter((t) => t.taskId === 'qingdao-2025:t17');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline?.year])).toEqual([
      ['数据中心标准机架总数', '>', 65000, '架', 2025],
      ['算力总规模', '>', 10000, 'P', 2025],
      ['智能算力占比', '>', 35, '%', 2025],
    ]);
    expect(targets[0]).toMatchObject({ unitFamily: 'racks', unitGloss: 'racks' });
  });

  it('should give the virtual power plant three 2030 targets in MW sharing their subject, each mentioned twice', () => {
    const vpp = doc('huangpu-2026-2030').targets.filter((t) => t.unit === 'MW');
    expect(vpp.map((t) => [t.subject, t.metric, t.value, t.deadline?.year])).toEqual([
      ['虚拟电厂', '虚拟电厂需求响应', 100, 2030],
      ['虚拟电厂', '虚拟电厂自动响应', 50, 2030],
      ['虚拟电厂', '虚拟电厂二次调频能力', 20, 2030],
    ]);
    // Once in the plan, once in the news paragraph that opens the page.
    expect(vpp[0]?.mentions.map((m) => m.position.start.line)).toEqual([84, 1]);
  });

  it('should read the 发展基础 figures as indicators as of the end of 十四五', () => {
    const base = doc('huangpu-2026-2030').indicators.find((i) => i.metric === '5G室外基站');
    expect(base).toMatchObject({ value: 2500, unit: '个', approx: true, asOf: '2025-12-31' });
    expect(doc('huangpu-2026-2030').indicators.length).toBeGreaterThanOrEqual(30);
    expect(doc('huangpu-2026-2030').targets.every((t) => t.taskId !== null)).toBe(true);
  });

  it('should take no figure from years, versions, hotlines, addresses or document numbers', () => {
    expect(doc('shanghai-2025').targets).toEqual([]);
    expect(doc('qingpu-2025').targets).toEqual([]);
    const all = corpus.documents.flatMap((d) => [...d.targets, ...d.indicators]);
    const notFigures = new Set([2023, 2025, 2026, 2030, 12345, 200001, 357, 33]);
    expect(all.filter((f) => notFigures.has(f.value))).toEqual([]);
  });

  it('should score at least 95% precision and recall on every field against the hand annotation', () => {
    const result = evaluate(corpus.documents);
    for (const [name, score] of Object.entries(result)) {
      for (const field of FIELDS) {
        const { precision, recall } = precisionRecall(score, field);
        expect(precision, `${name} ${field} precision`).toBeGreaterThanOrEqual(0.95);
        expect(recall, `${name} ${field} recall`).toBeGreaterThanOrEqual(0.95);
      }
    }
  });
});

describe('targets in text written for the test', () => {
  it('should keep the same words in two tasks as two targets, one for each task', () => {
    const text = '某市场景创新行动计划（2025—2027年）\n\n一、重点任务\n（一）东区引领区。每年举办场景对接活动不少于2场。\n（二）西区引领区。每年举办场景对接活动不少于2场。\n';
    const targets = parseDocument(text).documents[0]?.targets ?? [];
    expect(targets.map((t) => [t.value, t.taskId?.split(':')[1]])).toEqual([
      [2, 't1'],
      [2, 't2'],
    ]);
  });

  it('should merge a target stated twice into one with two mentions', () => {
    const text = '某区2026年工作要点\n\n一、重点任务\n（一）建设算力。到2026年底算力总规模超500P。推进算力调度。再次强调:到2026年底算力总规模超500P。\n';
    const { documents } = parseDocument(text);
    expect(documents[0]?.targets).toHaveLength(1);
    expect(documents[0]?.targets[0]).toMatchObject({ metric: '算力总规模', comparator: '>', value: 500, deadline: { year: 2026, date: '2026-12-31' } });
    expect(documents[0]?.targets[0]?.mentions).toHaveLength(2);
  });

  it('should take a five-year plan\'s last year as the default deadline and read a stated month', () => {
    const text = '某市数字经济“十五五”规划\n\n一、主要任务\n（一）建设网络。新增5G基站不少于3000个。\n（二）建设算力。到2027年6月底智能算力占比达到40%。\n';
    const targets = parseDocument(text).documents[0]?.targets ?? [];
    expect(targets.map((t) => [t.metric, t.deadline])).toEqual([
      ['5G基站', { year: 2030, date: null }],
      ['智能算力占比', { year: 2027, date: '2027-06-30' }],
    ]);
  });

  it('should read a deadline written in Chinese numerals', () => {
    const text = '某区数据工作“十五五”规划\n\n一、主要任务\n（一）建设算力。力争到二〇二八年智能算力占比达到50%。\n';
    expect(parseDocument(text).documents[0]?.targets[0]?.deadline).toEqual({ year: 2028, date: null });
  });

  it('should read 截至 figures in a task section as indicators', () => {
    const text = '某区2026年工作要点\n\n1.推进开放。截至2025年6月,已开放数据集1200个。力争新增开放数据集300个。\n';
    const d = parseDocument(text).documents[0];
    expect(d?.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([['开放数据集', 1200, '2025-06-30']]);
    expect(d?.targets.map((t) => [t.metric, t.value])).toEqual([['开放数据集', 300]]);
  });

  it('should read a goals paragraph and the paragraphs of its item as targets, and a review as indicators', () => {
    const text = [
      '某省数字经济发展规划（2026—2030年）',
      '',
      '一、现状与形势',
      '近年来，全省数字经济规模超过3000亿元，建成5G基站8万个。',
      '二、发展目标',
      '到2030年，数字经济发展水平显著提升：',
      '——基础设施更加完善。新建5G基站不少于2万个。',
      '——产业规模持续壮大。核心产业营收超过5000亿元。',
      '三、重点任务',
      '（一）建设网络。每年推广应用工业机器人8000台以上。',
      '',
    ].join('\n');
    const d = parseDocument(text).documents[0];
    expect(d?.indicators.map((i) => i.value)).toEqual([300000000000, 80000]);
    expect(d?.targets.map((t) => [t.value, t.comparator, t.deadline?.year])).toEqual([
      [20000, '>=', 2030],
      [500000000000, '>', 2030],
      [8000, '>=', 2030],
    ]);
  });

  it('should give each row of a 主要指标 table one cell per line its baseline and target', () => {
    const text = [
      '某区城市更新“十五五”规划',
      '',
      '一、发展目标',
      '主要指标表',
      '序号', '指标', '单位', '属性', '“十四五”', '完成值', '“十五五”', '目标值', '',
      '1', '老旧小区整治改造面积', '万平方米', '预期性', '240', '300', '',
      '2', '人均公园绿地面积', '平方米', '约束性', '11.1', '≥11.5', '',
      '二、重点任务',
      '（一）推进更新。完成老旧小区整治改造。',
      '',
    ].join('\n');
    const d = parseDocument(text).documents[0];
    // The quote runs from the row's metric cell to its value cell, so it holds the unit.
    expect(d?.targets.map((t) => [t.metric, t.value, t.unit, t.comparator, t.deadline?.year, t.quote])).toEqual([
      ['老旧小区整治改造面积', 3000000, '平方米', '=', 2030, '老旧小区整治改造面积\n万平方米\n预期性\n240\n300'],
      ['人均公园绿地面积', 11.5, '平方米', '>=', 2030, '人均公园绿地面积\n平方米\n约束性\n11.1\n≥11.5'],
    ]);
    expect(d?.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['老旧小区整治改造面积', 2400000, '2025-12-31'],
      ['人均公园绿地面积', 11.1, '2025-12-31'],
    ]);
  });

  it('should take no figure from a table\'s notes', () => {
    const text = [
      '某市生态环境保护规划（2026—2030年）',
      '',
      '一、主要目标',
      '到2030年，空气质量优良天数比率达到85%。注：1.空气质量评价覆盖全市16个区。',
      '',
      '2.断面数量由“十四五”期间的72个增加到94个。',
      '二、重点任务',
      '（一）治理大气。新建空气监测站12个。',
      '',
    ].join('\n');
    expect(parseDocument(text).documents[0]?.targets.map((t) => t.value)).toEqual([85, 12]);
  });

  it('should read a deadline written as 2025年底前 or 2021年6月底前', () => {
    const text = '某省数字政府建设方案（2023—2027年）\n\n一、重点任务\n（一）建设社区。2025年底前建成不少于5000个智慧社区。\n（二）推进通办。2024年6月底前实现58项事项异地办理。\n';
    const targets = parseDocument(text).documents[0]?.targets ?? [];
    expect(targets.map((t) => [t.value, t.deadline])).toEqual([
      [5000, { year: 2025, date: '2025-12-31' }],
      [58, { year: 2024, date: '2024-06-30' }],
    ]);
  });
});

describe('deadlines of several years in one sentence', () => {
  it('should give each target the deadline stated nearest before it', () => {
    const text = '某区数字经济发展规划（2026—2030年）\n一、主要任务\n1.发展数字经济。到2028年核心产业增加值占比达到10%，到2030年达到12%以上。\n2.建成基站。2027年底前建成3000个5G基站。\n';
    const doc = parseDocument(text, { file: 'years.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.value, t.deadline?.year])).toEqual([
      [10, 2028],
      [12, 2030],
      [3000, 2027],
    ]);
  });
});
