import { ansiCodesToString, styledCharsFromTokens, styledCharsToString, tokenize } from '#ink/@alcalzone/ansi-tokenize';
import InkOutput from '#ink/./output.js';
import inkSanitizeAnsi from '#ink/./sanitize-ansi.js';
import { describe, expect, it } from 'vitest';
import sliceAnsi from '#ink/slice-ansi';
import stringWidth from '#ink/string-width';
import Output, { charToken, charsToString, sliceWhole, styledCharsOf } from '../build/ink-output.js';
import sanitizeAnsi from '../build/ink-sanitize-ansi.js';

// The build's replacements for Ink's output assembly and escape sanitizing (build/ink-output.js,
// build/ink-sanitize-ansi.js) must give what Ink's give, character for character: checked on lines made at random
// (seeded) from the text the app draws and from what takes the slow way (emoji, marks, links, other escapes).

const PIECES = [
  'abc', 'Library', ' ', '  ', '12.5%', '|', '~', '中文', '规划', '，。、；：', '“数字上海”', '《方案》', '（一）', '·', '…', '─', '│', '↑↓', '■',
  '。”', '〇', '　', 'é', 'e\u0301', '\u00ad', '①', '👍', '👍🏽', '❤️', '👨‍👩‍👧', '🇨🇳', '한국어', 'ｱｲ', '\t', 'x\u200dy', '〽', '〪',
  '\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[m', '\u001B[4m', '\u001B[24m',
  '\u001B[38;5;208m', '\u001B[48;2;1;2;3m', '\u001B[1;31m', '\u001B[49m', '\u001B[44m', '\u001B[90m',
  '\u001B]8;;https://example.org\u0007', '\u001B]8;;\u0007', '\u001B[2K', '\u001B[1;2:3m', '\u001B', '\u009B31m', '\u001B[31', '\u001B[?25l',
];
// Note: what the app writes nearly always: plain text and colour codes; drawn more often.
const COMMON = PIECES.slice(0, 19).concat(PIECES.slice(37, 52));
const PLAIN = PIECES.slice(0, 19);

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lineOf(next: () => number, pieces: readonly string[]): string {
  const count = Math.floor(next() * 12);
  let text = '';
  for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

function linesOf(seed: number, n: number): string[] {
  const next = random(seed);
  return Array.from({ length: n }, () => lineOf(next, next() < 0.7 ? COMMON : PIECES));
}

describe('the Ink output shim', () => {
  it('should cut lines into the styled characters ansi-tokenize gives', () => {
    for (const line of linesOf(1, 3000)) expect(styledCharsOf(line), JSON.stringify(line)).toEqual(styledCharsFromTokens(tokenize(line)));
  });

  it('should call ASCII narrow and every CJK ideograph wide, as tokenize does, in either width mode', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0x3400, 0x4dbf], [0x4e00, 0x9fff]];
    for (const wide of [false, true]) {
      (globalThis as { __plankbAmbiguousWide?: boolean }).__plankbAmbiguousWide = wide;
      for (const [from, to] of ranges) {
        for (let code = from; code <= to; code++) {
          const character = String.fromCharCode(code);
          const token = tokenize(character)[0];
          if (charToken(character).fullWidth !== token.fullWidth || token.type !== 'char' || token.value !== character) expect.fail(`U+${code.toString(16)}`);
        }
      }
    }
    delete (globalThis as { __plankbAmbiguousWide?: boolean }).__plankbAmbiguousWide;
  });

  it('should write rows of styled characters as ansi-tokenize does', () => {
    const lines = linesOf(2, 1500);
    for (let i = 0; i + 1 < lines.length; i += 2) {
      // Note: characters of two lines side by side, as a row of the frame holds pieces of several writes.
      const chars = [...styledCharsFromTokens(tokenize(lines[i] as string)), ...styledCharsFromTokens(tokenize(lines[i + 1] as string))];
      expect(charsToString(chars), JSON.stringify(lines.slice(i, i + 2))).toBe(styledCharsToString(chars));
    }
    expect(charsToString([])).toBe('');
    expect(ansiCodesToString([])).toBe('');
  });

  it('should take a plain line whole only where slice-ansi gives it whole', () => {
    const next = random(5);
    const plain = PIECES.filter((piece) => !/[\u001B\u009B]/.test(piece));
    let whole = 0;
    for (let i = 0; i < 3000; i++) {
      const line = lineOf(next, next() < 0.7 ? plain.slice(0, 19) : plain);
      const width = stringWidth(line);
      const from = next() < 0.8 ? 0 : Math.floor(next() * 4);
      const to = next() < 0.7 ? width : Math.floor(next() * (width + 3));
      const ours = sliceWhole(line, from, to);
      if (ours !== undefined) whole += 1;
      expect(ours ?? sliceAnsi(line, from, to), JSON.stringify([line, from, to])).toBe(sliceAnsi(line, from, to));
    }
    // Note: the check must have taken the fast way often, or it checked nothing.
    expect(whole).toBeGreaterThan(500);
  });

  it('should assemble the same frames as Ink from writes, clips and transformers', () => {
    const next = random(3);
    const red = (line: string) => `\u001B[31m${line}\u001B[39m`;
    const numbered = (line: string, index: number) => `${index}${line}`;
    for (let frame = 0; frame < 300; frame++) {
      const width = 1 + Math.floor(next() * 40);
      const height = 1 + Math.floor(next() * 8);
      const ours = new Output({ width, height });
      const inks = new InkOutput({ width, height });
      for (let op = 0; op < 12; op++) {
        const kind = next();
        if (kind < 0.15) {
          const clip = next() < 0.5 ? { x1: Math.floor(next() * width), x2: Math.floor(next() * width) + 1, y1: undefined, y2: undefined } : { x1: Math.floor(next() * 5), x2: width - Math.floor(next() * 5), y1: Math.floor(next() * 3), y2: height - Math.floor(next() * 3) };
          ours.clip(clip);
          inks.clip(clip);
        } else if (kind < 0.25) {
          ours.unclip();
          inks.unclip();
        } else {
          // Note: plain lines too, as the app's boxes write them (their colours come as transformers).
          const pieces = next() < 0.3 ? PLAIN : next() < 0.7 ? COMMON : PIECES;
          const text = Array.from({ length: 1 + Math.floor(next() * 3) }, () => lineOf(next, pieces)).join('\n');
          const x = Math.floor(next() * (width + 4)) - 2;
          const y = Math.floor(next() * (height + 2)) - 1;
          const transformers = next() < 0.2 ? [red] : next() < 0.1 ? [numbered, red] : [];
          ours.write(x, y, text, { transformers });
          inks.write(x, y, text, { transformers });
        }
      }
      expect(ours.get(), `frame ${frame}`).toEqual(inks.get());
    }
  });

  it('should draw a wide character cut at the edge as Ink does', () => {
    for (const text of ['中文中文中', '\u001B[7m中文\u001B[27m中', 'ab中', '“引号”']) {
      const ours = new Output({ width: 5, height: 1 });
      const inks = new InkOutput({ width: 5, height: 1 });
      for (const output of [ours, inks]) {
        output.clip({ x1: 1, x2: 4, y1: undefined, y2: undefined });
        output.write(0, 0, text, { transformers: [] });
      }
      expect(ours.get()).toEqual(inks.get());
    }
  });
});

describe('the Ink sanitize shim', () => {
  it('should keep and strip the escapes Ink keeps and strips', () => {
    for (const text of linesOf(4, 3000)) expect(sanitizeAnsi(text), JSON.stringify(text)).toBe(inkSanitizeAnsi(text));
  });

  it('should return styled text as it is and strip cursor movement', () => {
    expect(sanitizeAnsi('\u001B[31m中文\u001B[39m')).toBe('\u001B[31m中文\u001B[39m');
    expect(sanitizeAnsi('a\u001B[2Kb')).toBe('ab');
  });
});
