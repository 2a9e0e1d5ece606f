import { describe, expect, it } from 'vitest';
import { layoutColumns, rowSpans } from '../src/_utils/columns.js';
import { fitSpans, spansWidth, truncateSpans, wrapSpans, wrapText } from '../src/_utils/spans.js';
import { ELLIPSIS, graphemesOf, oneLine, widthOf } from '@plankb/terminal-text';

const body = '依托本市区块链基础能力建设，应用隐私保护计算等新技术，打造分布式互联、跨域互通、安全可信的数据流通利用基础设施。';

describe('wrapText', () => {
  it.each([5, 6, 11, 12, 39, 40])('should wrap Chinese to lines of at most %i columns and lose nothing', (width) => {
    const lines = wrapText(body, width);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(width);
    expect(lines.join('')).toBe(body);
  });

  it('should not start a line with closing punctuation', () => {
    const lines = wrapText('一二三四，五六', 8);
    expect(lines).toEqual(['一二三', '四，五六']);
  });

  it('should keep Latin words whole and break at spaces, keeping a number with its unit', () => {
    expect(wrapText('力争 100 MW需求响应 DeepSeek', 10)).toEqual(['力争', '100 MW需求', '响应', 'DeepSeek']);
  });

  it.each([
    ['全市数据中心标准机架总数达到32,321 架以上', 24, ['全市数据中心标准机架总数', '达到32,321 架以上']],
    ['全市数据中心标准机架总数达到32,321 架以上', 30, ['全市数据中心标准机架总数达到', '32,321 架以上']],
    ['机架总数超6.5万架，算力', 14, ['机架总数超', '6.5万架，算力']],
    ['Latest: 63,000 架 on 2025-07-01', 20, ['Latest: 63,000 架 on', '2025-07-01']],
    ['Latest: 63,000 架 on 2025-07-01', 14, ['Latest:', '63,000 架 on', '2025-07-01']],
  ])('should not split a number, nor a number from its unit: %s at %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it('should not end a line with opening punctuation, nor start one with closing punctuation after a closing quote', () => {
    // 《 would end the first line at 10 columns: it goes down with the title.
    expect(wrapText('结合国家《长三角规划》', 10)).toEqual(['结合国家', '《长三角规', '划》']);
    // 。” would start a line: the character before takes both down.
    expect(wrapText('建设“数字上海”。”推进', 16)).toEqual(['建设“数字上', '海”。”推进']);
  });

  it('should keep line breaks of the text', () => {
    expect(wrapText('第一段\n第二段', 20)).toEqual(['第一段', '第二段']);
  });

  it('should mark a wide character that cannot fit in one column', () => {
    expect(wrapText('算力', 1)).toEqual(['…', '…']);
  });
});

describe('spans', () => {
  it('should keep styles across a wrap', () => {
    const lines = wrapSpans([{ text: '统筹推进' }, { text: '算力', color: 'red' }, { text: '建设和调度' }], 6);
    expect(lines).toEqual([[{ text: '统筹推' }], [{ text: '进' }, { text: '算力', color: 'red' }], [{ text: '建设和' }], [{ text: '调度' }]]);
  });

  it.each([9, 10])('should cut styled spans to %i columns with an ellipsis in the cut style', (width) => {
    const cut = truncateSpans([{ text: '数据中心' }, { text: '标准机架总数', bold: true }], width);
    expect(spansWidth(cut)).toBeLessThanOrEqual(width);
    expect(cut.at(-1)).toEqual({ text: expect.stringMatching(/…$/) as string, bold: true });
    expect(spansWidth(fitSpans(cut, width))).toBe(width);
  });
});

describe('columns', () => {
  it('should hide columns by rank until the flexible one has its minimum', () => {
    const specs = [
      { key: 'id', width: 17 },
      { key: 'kind', width: 12, hide: 2 },
      { key: 'count', width: 5, hide: 1 },
      { key: 'title', min: 20 },
    ];
    expect(layoutColumns(specs, 80).map((c) => [c.key, c.width])).toEqual([['id', 17], ['kind', 12], ['count', 5], ['title', 43]]);
    expect(layoutColumns(specs, 50).map((c) => c.key)).toEqual(['id', 'count', 'title']);
    expect(layoutColumns(specs, 40).map((c) => c.key)).toEqual(['id', 'title']);
  });

  it('should lay a row out to exactly the table width, right-aligning numbers', () => {
    const columns = layoutColumns([{ key: 'title', min: 10 }, { key: 'n', width: 4, align: 'right' }], 21);
    const row = rowSpans(columns, { title: '虚拟电厂需求响应和自动响应', n: '26' });
    expect(row.map((s) => s.text).join('')).toBe('虚拟电厂需求响… ' + ' ' + '  26');
    expect(spansWidth(row)).toBe(21);
  });
});

describe('truncateSpans on text of simple characters', () => {
  // Note: the cut as it was before text that simpleWidthOf measures was walked by code unit: grapheme by grapheme.
  function byGraphemes(spans: readonly { text: string; bold?: boolean }[], width: number): string[] {
    const out: string[] = [];
    let used = 0;
    for (const span of spans) {
      for (const g of graphemesOf(oneLine(span.text))) {
        const w = widthOf(g);
        if (used + w > width - 1) return [...out, `${ELLIPSIS}${span.bold ? '*' : ''}`];
        out.push(`${g}${span.bold ? '*' : ''}`);
        used += w;
      }
    }
    return out;
  }
  const flat = (spans: readonly { text: string; bold?: boolean | undefined }[]): string[] => spans.flatMap((s) => graphemesOf(s.text).map((g) => `${g}${s.bold ? '*' : ''}`));

  it.each([
    ['plain Chinese and ASCII', ['关于加快建设数字政府的实施意见（2025—2027年）', ' ABC 123']],
    ['a combining mark and an emoji beside simple text', ['数字e\u0301政府👨‍👩‍👧建设', '中文']],
    ['a flag and a variation selector', ['🇨🇳规划❤️方案', '一二三四五六七八九十']],
  ])('should cut %s where the grapheme walk cut it', (_, texts) => {
    const spans = texts.map((text, k) => ({ text, bold: k % 2 === 1 }));
    const total = spansWidth(spans);
    for (let width = 1; width < total; width++) {
      const cut = truncateSpans(spans, width);
      expect(flat(cut), `width ${width}`).toEqual(byGraphemes(spans, width));
      expect(spansWidth(cut)).toBeLessThanOrEqual(width);
    }
  });
});
