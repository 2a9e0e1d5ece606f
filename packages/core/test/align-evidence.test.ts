import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonRuns, MAX_PHRASE, MIN_PHRASE, phrasesOfRuns, sharedPhrases, type Run } from '../src/align/evidence.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);

/**
 * The maximal shared runs as the dynamic-programming table finds them (the
 * implementation `commonRuns` replaced), in the order it found them.
 */
function runsByTable(a: string, b: string, min: number): Run[] {
  const runs: Run[] = [];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const length = (previous[j - 1] ?? 0) + 1;
      row[j] = length;
      if (length >= min && (i === a.length || j === b.length || a[i] !== b[j])) runs.push({ i: i - length, j: j - length, length });
    }
    previous = row;
  }
  return runs;
}

/** `sharedPhrases` as it was before `commonRuns`: the phrases of the table's runs. */
function sharedPhrasesByTable(a: string, b: string, max = 3): string[] {
  return phrasesOfRuns(a, runsByTable(a, b, MIN_PHRASE), max);
}

const byPlace = (x: Run, y: Run): number => x.i - y.i || x.j - y.j;

// Note: few distinct characters, so that long shared runs, repeats and overlaps are common.
const unit = fc.constantFrom('数', '据', '安', '全', '提', '升', '，', '。', '、', '\u0000', 'a', '\ud83d', '\ude00');
const text = fc.string({ unit, maxLength: 120 });
const repetitive = fc.array(fc.constantFrom('数据安全', '提升', '数据', '，', '安全数据', '\u0000', '数据安全管理'), { maxLength: 30 }).map((parts) => parts.join(''));

const crafted: Array<[string, string]> = [
  ['加强数据安全管理,提升数据质量水平', '着力提升数据质量水平,加强数据安全'],
  ['数据数据数据数据数据数据', '数据数据数据数据'],
  ['abcdeabcde', 'abcde'],
  ['abcde', 'abcdeabcdeabcde'],
  ['aaaaaaaaaa', 'aaaaaaa'],
  ['abcd', 'abcd'],
  ['', 'abcdef'],
  ['abcdef', ''],
  ['abcdefg', 'abcdefg'],
  ['xabcdefg', 'abcdefgy'],
  ['标题文字\u0000正文开头相同', '标题文字\u0000正文开头相同'],
  ['，，，，，数据安全，，，，，', '，，，，，数据安全，，，，，'],
  ['推进数据安全推进数据安全', '数据安全推进数据安全推进'],
  ['😀😀😀数据', '😀😀😀数据'],
  ['0123456789'.repeat(10), '0123456789'.repeat(7)],
  [`${'甲'.repeat(60)}乙`, `${'甲'.repeat(50)}乙`],
];

describe('commonRuns', () => {
  it('should find the maximal runs the dynamic-programming table finds, on crafted texts', () => {
    for (const [a, b] of crafted) {
      for (const min of [2, 3, MIN_PHRASE]) expect(commonRuns(a, b, min).sort(byPlace), `${a} | ${b} | ${min}`).toEqual(runsByTable(a, b, min).sort(byPlace));
    }
  });

  it('should find the maximal runs the dynamic-programming table finds, on random texts', () => {
    fc.assert(
      fc.property(fc.oneof(text, repetitive), fc.oneof(text, repetitive), fc.integer({ min: 2, max: 8 }), (a, b, min) => {
        expect(commonRuns(a, b, min).sort(byPlace)).toEqual(runsByTable(a, b, min).sort(byPlace));
      }),
      { numRuns: RUNS },
    );
  });

  it('should find a run that reaches the end of both texts', () => {
    expect(commonRuns('xx数据安全管理', 'y数据安全管理', 5)).toEqual([{ i: 2, j: 1, length: 6 }]);
  });
});

describe('sharedPhrases', () => {
  it('should return the phrases the dynamic-programming table gave, on crafted texts', () => {
    for (const [a, b] of crafted) {
      for (const max of [0, 1, 3, 10]) expect(sharedPhrases(a, b, max), `${a} | ${b} | ${max}`).toEqual(sharedPhrasesByTable(a, b, max));
    }
  });

  it('should return the phrases the dynamic-programming table gave, on random texts', () => {
    fc.assert(
      fc.property(fc.oneof(text, repetitive), fc.oneof(text, repetitive), fc.integer({ min: 1, max: 6 }), (a, b, max) => {
        expect(sharedPhrases(a, b, max)).toEqual(sharedPhrasesByTable(a, b, max));
      }),
      { numRuns: RUNS },
    );
  });

  it('should prefer, among runs as long, the earliest in the first text and then in the second', () => {
    // Both runs of 数据安全管理 in b overlap the same run in a; the first one in b wins.
    expect(sharedPhrases('数据安全管理', '数据安全管理，数据安全管理')).toEqual(['数据安全管理']);
    expect(sharedPhrases('开放数据安全管理规定', 'xx数据安全管理规定yy数据安全管理规定', 1)).toEqual(['数据安全管理规定']);
  });

  it('should cut a long phrase with an ellipsis and never show the title mark', () => {
    const long = '统筹推进全市数据基础制度建设和数据要素市场培育，加快构建数据产权、流通交易、收益分配、安全治理制度';
    expect(sharedPhrases(long, `前言${long}`)).toEqual([`${long.slice(0, MAX_PHRASE)}…`]);
    expect(sharedPhrases('强化数据安全管理\u0000工作', '数据安全管理\u0000要求')).toEqual(['数据安全管理']);
  });
});
