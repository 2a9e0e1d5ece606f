import { describe, expect, it } from 'vitest';
import { fit, graphemesOf, pad, truncate, widthOf } from '../src/width.js';

const chinese = '夯实算力基础设施建设数据中心标准机架总数超6.5万架';
const mixed = 'AI大模型 DeepSeek 智能体 100 MW需求响应';

describe('truncate', () => {
  it.each(Array.from({ length: 30 }, (_, k) => k + 1))('should never be wider than %i columns', (width) => {
    for (const text of [chinese, mixed, '“数字上海”', 'abc']) {
      const cut = truncate(text, width);
      expect(widthOf(cut)).toBeLessThanOrEqual(width);
      // As wide as it can be: at most one column short (a wide character that did not fit), or two when the cut
      // fell after a space, which is dropped.
      const spaceDropped = text.startsWith(`${cut.slice(0, -1)} `);
      if (widthOf(text) > width) expect(widthOf(cut)).toBeGreaterThanOrEqual(width - (spaceDropped ? 2 : 1));
      else expect(cut).toBe(text);
    }
  });

  it('should cut Chinese at an even width without overflowing (where cli-truncate gives one column too many)', () => {
    // 10 columns: 4 characters (8) and the ellipsis (1) = 9; a fifth character would make 11.
    expect(truncate('夯实算力基础设施', 10)).toBe('夯实算力…');
    expect(widthOf(truncate('夯实算力基础设施', 10))).toBe(9);
  });

  it('should cut Chinese at an odd width to the full width', () => {
    expect(truncate('夯实算力基础设施', 9)).toBe('夯实算力…');
    expect(truncate('夯实算力基础设施', 11)).toBe('夯实算力基…');
    expect(widthOf(truncate('夯实算力基础设施', 11))).toBe(11);
  });

  it('should keep text that fits, and give an ellipsis alone at width 1 and nothing at 0', () => {
    expect(truncate('算力', 4)).toBe('算力');
    expect(truncate('算力', 1)).toBe('…');
    expect(truncate('算力', 0)).toBe('');
  });

  it('should not split a character made of several code points', () => {
    const flag = '🇨🇳';
    expect(graphemesOf(`${flag}算力`)).toEqual([flag, '算', '力']);
  });
});

describe('fit and pad', () => {
  it.each([7, 8, 9, 10, 21, 22])('should make every line exactly %i columns', (width) => {
    for (const text of [chinese, mixed, '', '短']) expect(widthOf(fit(text, width))).toBe(width);
  });

  it('should pad on either side by display width', () => {
    expect(pad('算力', 6)).toBe('算力  ');
    expect(pad('算力', 6, 'right')).toBe('  算力');
  });

  it('should put line breaks and tabs on one line', () => {
    expect(fit('第一行\n第二行\t完', 20)).toBe('第一行 第二行 完    ');
  });
});
