// A time that opens a sentence inside a paragraph (…。到2027年，A；B；C。), after a resolve (力争到2027年), after a report of
// what a plan says (《方案》明确，到2027年，) or after a goal's heading word (总体目标：到2027年，) holds for every clause of
// the sentence up to its full stop, as one opening the paragraph does: plans set a goal's parallel parts off by semicolons.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'sentence-leads.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const GOALS = '全市数字经济核心产业增加值达到1000亿元；规上工业企业数字化改造覆盖率达到95%；建成5G基站2.5万个。';
const dated = (doc: PlanDocument) => doc.targets.map((t) => `${t.metric} ${t.value} ${t.deadline?.year ?? '-'}`);
const ALL_2027 = ['数字经济核心产业增加值 100000000000 2027', '规上工业企业数字化改造覆盖率 95 2027', '5G基站 25000 2027'];

describe('a time that opens a sentence holds for its clauses after a semicolon', () => {
  it.each([
    ['力争到2027年，', 'a resolve before the year'],
    ['争取到2027年，', 'a resolve before the year'],
    ['《行动计划》明确，到2027年，', 'a report of what the plan says'],
    ['方案提出，到2027年，', 'a report of what the plan says'],
    ['总体目标：到2027年，', 'a goal heading word before the year'],
  ])('should read every clause after %s as a target due that year (%s)', (opening) => {
    expect(dated(parse(`某市数字经济高质量发展行动计划\n${opening}${GOALS}\n`))).toEqual(ALL_2027);
  });

  it('should date the clauses of a sentence that follows another in a task', () => {
    const doc = parse(outdent`
      某市数字经济高质量发展行动计划
      二、重点任务
      （一）发展数字产业。加快培育数字产业集群。到2027年，${GOALS}
      （二）推进产业数字化。加快推进制造业数字化转型，到2027年，${GOALS}
    `);
    expect(dated(doc)).toEqual([...ALL_2027, ...ALL_2027]);
  });

  it('should let a later time in the sentence take over from an earlier one', () => {
    const doc = parse(outdent`
      某市数字经济高质量发展行动计划
      二、重点任务
      （一）建设数字基础设施。到2025年，建成5G基站1万个；到2027年，全市数字经济核心产业增加值达到1000亿元；规上工业企业数字化改造覆盖率达到95%。
    `);
    expect(dated(doc)).toEqual(['5G基站 10000 2025', '数字经济核心产业增加值 100000000000 2027', '规上工业企业数字化改造覆盖率 95 2027']);
  });

  it('should leave a forecast and a year that reports results as they were', () => {
    const forecast = parse(`某市数字经济高质量发展行动计划\n预计到2027年，${GOALS}\n`);
    expect(dated(forecast)).toEqual(['数字经济核心产业增加值 100000000000 2027']);
    expect(forecast.indicators.map((i) => i.metric)).toEqual(['规上工业企业数字化改造覆盖率', '5G基站']);
    const review = parse(`某市数字经济高质量发展行动计划\n2023年，${GOALS}\n`);
    expect(review.targets).toEqual([]);
    expect(review.indicators).toHaveLength(3);
  });
});
