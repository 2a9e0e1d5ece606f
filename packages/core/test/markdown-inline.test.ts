import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { classifyCodePoint, hideInline, type Range } from '../src/parse/markdown-inline.js';

/** remark-cjk-friendly's own character classifier, found through the packages that depend on it. */
function realClassifier(): (code: number) => number {
  let resolve = createRequire(import.meta.url).resolve;
  for (const name of ['remark-cjk-friendly', 'micromark-extension-cjk-friendly', 'micromark-extension-cjk-friendly-util']) {
    const path = resolve(name);
    resolve = createRequire(path).resolve;
    if (name.endsWith('-util')) return (createRequire(import.meta.url)(path) as { classifyCharacter: (code: number) => number }).classifyCharacter;
  }
  throw new Error('micromark-extension-cjk-friendly-util not found');
}

// The code points classifyCodePoint claims to know; it returns null for the rest.
const KNOWN: ReadonlyArray<[number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x206f],
  [0x2100, 0x22ff],
  [0x2460, 0x25fc],
  [0x3000, 0x303e],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];

function hidden(text: string): string {
  const ranges: Range[] = [];
  if (!hideInline(text, 0, text.length, ranges)) return 'unsupported';
  const kept = [...text].map((c, i) => (ranges.some(([a, b]) => a <= i && i < b) ? '' : c));
  return kept.join('');
}

describe('the line-based reader, inline', () => {
  it('should classify every code point it knows as remark-cjk-friendly does', () => {
    const classify = realClassifier();
    const wrong: string[] = [];
    for (const [from, to] of KNOWN) {
      for (let cp = from; cp <= to; cp++) {
        // Note: surrogate halves never stand alone next to a marker; the reader reads whole code points.
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        if (classifyCodePoint(cp) !== classify(cp)) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should know nothing of characters whose width it does not carry', () => {
    expect([0x1100, 0xac00, 0x3040 + 2, 0x1f600, 0xfe0f].map((cp) => classifyCodePoint(cp))).toEqual([null, null, null, null, null]);
  });

  it.each([
    ['**“数字上海”**建设', '“数字上海”建设'],
    ['推动*算力*调度', '推动算力调度'],
    ['***强调***', '强调'],
    ['_**数据****数据*_', '数据*数据'],
    ['a**b', 'a**b'],
    ['[链接](https://example.cn)。', '链接。'],
    ['[a [b](c) d](e)', '[a b d](e)'],
    ['\\*不\\*变', '\\*不\\*变'],
    ['甲  \n乙', '甲乙'],
    ['甲\\\n乙', '甲乙'],
  ])('should hide the markup of %j', (text, expected) => {
    expect(hidden(text).replace(/\n/g, '')).toBe(expected);
  });

  it.each([['**한국**어'], ['[a](b c)'], ['[a\nb](c)'], ['甲\t\n乙'], ['![图](a.png)']])('should leave %j to remark', (text) => {
    expect(hidden(text)).toBe('unsupported');
  });
});
