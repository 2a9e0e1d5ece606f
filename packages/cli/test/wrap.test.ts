import { describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';
import { colorEnabled, paint, sideBySide, wrap, wrapSpans } from '../src/output/wrap.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ANSI = /\u001b\[[0-9;]*m/g;

describe('wrap', () => {
  const sample = '推进区级算力中心建设，到2026年底建成𠀀𠀁两个“算力枢纽”😀，提升 public data quality 水平。';

  it('should keep every line within the width, counting Chinese as two columns, at every width', () => {
    for (let width = 2; width <= 40; width++) {
      const lines = wrap(sample, width);
      for (const line of lines) expect(widthOf(line), `${line} at ${width}`).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/ /g, ''), `at ${width}`).toBe(sample.replace(/ /g, ''));
    }
  });

  it('should never split a surrogate pair (CJK Extension B, emoji)', () => {
    for (let width = 2; width <= 30; width++) {
      for (const line of wrap(sample, width)) expect(LONE_SURROGATE.test(line), `${line} at ${width}`).toBe(false);
    }
    expect(wrap('𠀀𠀁𠀂', 4)).toEqual(['𠀀𠀁', '𠀂']);
  });

  it('should fill a line of Chinese to the width exactly, and not start a line with closing punctuation', () => {
    expect(wrap('一二三四五六七八', 8)).toEqual(['一二三四', '五六七八']);
    // Note: 。 would start the second line; the character before it goes down with it.
    expect(wrap('一二三四。五六', 8)).toEqual(['一二三', '四。五六']);
    for (let width = 4; width <= 30; width++) {
      for (const line of wrap(sample, width).slice(1)) expect('，。、”）'.includes(line[0] ?? ''), `${line} at ${width}`).toBe(false);
    }
  });

  it('should keep a Latin word or a number whole', () => {
    expect(wrap('open public data', 12)).toEqual(['open public', 'data']);
    // Note: a number after Chinese text goes down whole rather than as 202 / 5.
    expect(wrap('动态更新2025年度清单', 10)).toEqual(['动态更新', '2025年度清', '单']);
  });

  it('should keep styles across lines and paint them only when asked', () => {
    const lines = wrapSpans([{ text: '前文' }, { text: '删除的文字很长', style: 'del' }], 8);
    expect(lines.map((l) => l.width)).toEqual([8, 8, 2]);
    expect(lines[0]?.spans).toEqual([{ text: '前文' }, { text: '删除', style: 'del' }]);
    expect(lines[1]?.spans).toEqual([{ text: '的文字很', style: 'del' }]);
    expect(paint(lines[0]?.spans ?? [], false)).toBe('前文删除');
    expect(paint(lines[0]?.spans ?? [], true)).toBe('前文\u001b[97;41m删除\u001b[0m');
  });
});

describe('sideBySide', () => {
  it('should put the separator on the same column on every line, whatever the mix of widths', () => {
    const left = [{ text: 'ab数据cd要点，Latin words and 中文混排的一段较长文字𠀀' }];
    const right = [{ text: '完全不同长度的右侧文字' }, { text: 'inserted', style: 'ins' as const }];
    for (const width of [17, 20, 33]) {
      const lines = sideBySide(left, right, { indent: '  ', leftWidth: width, rightWidth: width, separator: ' │ ', color: true });
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        const plain = line.replace(ANSI, '');
        expect(widthOf(plain.slice(0, plain.indexOf('│')))).toBe(2 + width + 1);
        expect(widthOf(plain)).toBeLessThanOrEqual(2 + width * 2 + 3);
      }
    }
  });
});

describe('colorEnabled', () => {
  it('should colour a terminal only, and never with NO_COLOR set', () => {
    expect(colorEnabled({ columns: 80, env: {} })).toBe(true);
    expect(colorEnabled({ columns: undefined, env: {} })).toBe(false);
    expect(colorEnabled({ columns: 80, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorEnabled({ columns: 80, env: { NO_COLOR: '' } })).toBe(true);
    expect(colorEnabled({ columns: 80, env: {} }, true)).toBe(false);
  });
});
