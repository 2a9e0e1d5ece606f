import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { graphemesOf, widthOf } from '../src/width.js';

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));

// Note: widthOf measures ASCII and Chinese itself and leaves everything else
// to string-width; these tests check that both give the same widths.
describe('widthOf', () => {
  it('should give string-width’s width for every character of the Basic Multilingual Plane, alone and between letters', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      // Note: between letters and doubled, so a character that joins a neighbour into one grapheme shows up too.
      for (const text of [c, `a${c}a`, `中${c}${c}中`]) {
        if (widthOf(text) !== stringWidth(text)) wrong.push(`U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Note: 190,000 measures; minutes when the whole suite shares two cores.
  }, 300_000);

  it('should give string-width’s width for every line of the seeds', () => {
    for (const name of readdirSync(seeds)) {
      for (const line of readFileSync(join(seeds, name), 'utf8').split(/\r?\n/)) expect(widthOf(line), line).toBe(stringWidth(line));
    }
  });

  it('should measure emoji, combining marks and escapes as string-width does', () => {
    for (const text of ['数据👍', 'é', 'e\u0301', '\u001b[31m红\u001b[0m', '👨‍👩‍👧', 'か\u3099', '🇨🇳', '\u200b']) {
      expect(widthOf(text), text).toBe(stringWidth(text));
    }
    expect(widthOf('数据👍')).toBe(6);
  });
});

describe('graphemesOf', () => {
  it('should keep a character and its combining marks, and an emoji sequence, together', () => {
    expect(graphemesOf('数e\u0301👨‍👩‍👧a')).toEqual(['数', 'e\u0301', '👨‍👩‍👧', 'a']);
  });
});
