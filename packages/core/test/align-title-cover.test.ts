import { describe, expect, it } from 'vitest';
import { titleCover, titleTerms } from '../src/align/title-cover.js';
import { termScale, wordId } from '../src/align/terms.js';

// Note: words of full corpus-wide weight (none is among the common plan words), so that shares are easy to read.
const [a, b, c, d] = ['甲乙丙', '丁戊己', '庚辛壬', '癸子丑'].map(wordId) as [number, number, number, number];

describe('titleCover', () => {
  it('should give the share of a title of the first plan named by each task of the second, one way only', () => {
    expect([a, b, c, d].map(termScale)).toEqual([1, 1, 1, 1]);
    // The upper plan: task 0 titled a b, task 1 titled c.
    const upper = titleTerms([
      { words: [a, b, a], title: [a, b] },
      { words: [c], title: [c] },
    ]);
    // The lower plan: task 0 names a and b in its text under another title; task 1 names a only; task 2 neither.
    const lower = titleTerms([
      { words: [d, a, b], title: [d] },
      { words: [a, c], title: [a] },
      { words: [d], title: [d] },
    ]);
    const cover = titleCover(upper, lower);
    expect(cover).toHaveLength(6);
    // The whole title found scores most; half of it (its two words weigh the same in the pair) less than half as much,
    // as what is found weighs less; none of it, 0.
    expect(cover[0]).toBeGreaterThan(0);
    expect(cover[1]).toBeGreaterThan(0);
    expect(cover[1]).toBeLessThan((cover[0] as number) / 2);
    expect(cover[2]).toBe(0);
    // One way: the lower plan's title d is named by no upper task, and its title a in upper task 0 does not count.
    expect(cover[4]).toBeGreaterThan(0);
    expect(cover[3]).toBe(0);
    expect(cover[5]).toBe(0);
  });

  it('should leave shares below the least asked at 0', () => {
    const upper = titleTerms([{ words: [a, b], title: [a, b] }]);
    const lower = titleTerms([{ words: [a], title: [a] }, { words: [a, b], title: [b] }]);
    const all = titleCover(upper, lower);
    expect(all[0]).toBeGreaterThan(0);
    expect(all[1]).toBeGreaterThan(all[0] as number);
    const least = titleCover(upper, lower, ((all[0] as number) + (all[1] as number)) / 2);
    expect(least[0]).toBe(0);
    expect(least[1]).toBe(all[1]);
  });
});
