import { describe, expect, it } from 'vitest';
import { renderMarkdownTable, escapeCell } from '../src/output/markdown.js';
import { renderTable, type Column } from '../src/output/table.js';
import { ELLIPSIS, pad, truncate, widthOf } from '@plankb/terminal-text';

describe('truncate', () => {
  const text = '数据工作要点'; // six wide characters: 12 columns

  it('should count Chinese characters as two columns', () => {
    expect(widthOf(text)).toBe(12);
    expect(widthOf('ab数据')).toBe(6);
  });

  it('should cut at an odd width to exactly that width', () => {
    expect(truncate(text, 5)).toBe('数据…');
    expect(widthOf(truncate(text, 5))).toBe(5);
    expect(truncate(text, 7)).toBe('数据工…');
    expect(widthOf(truncate(text, 7))).toBe(7);
  });

  it('should cut at an even width one column short rather than one over (the cli-truncate bug)', () => {
    // Note: 数据工 + … is 7 columns; at width 6 the third character cannot fit beside the ellipsis.
    expect(truncate(text, 6)).toBe('数据…');
    expect(widthOf(truncate(text, 6))).toBe(5);
    expect(truncate(text, 8)).toBe('数据工…');
    expect(widthOf(truncate(text, 8))).toBe(7);
  });

  it('should never return a string wider than asked, at any width', () => {
    for (const sample of [text, 'ab数据cd要点', '“数字黄浦”建设“十五五”规划', 'plain ascii text']) {
      for (let width = 0; width <= widthOf(sample) + 2; width++) {
        const cut = truncate(sample, width);
        expect(widthOf(cut), `${sample} at ${width}`).toBeLessThanOrEqual(width);
        if (widthOf(sample) > width && width > 0) expect(cut.endsWith(ELLIPSIS)).toBe(true);
      }
    }
  });

  it('should keep text that fits and give nothing at width 0', () => {
    expect(truncate(text, 12)).toBe(text);
    expect(truncate(text, 0)).toBe('');
    expect(truncate(text, 1)).toBe(ELLIPSIS);
    expect(truncate('work points', 6)).toBe('work…');
  });

  it('should pad by display width', () => {
    expect(pad('数据', 6)).toBe('数据  ');
    expect(pad('7', 3, 'right')).toBe('  7');
  });
});

describe('renderTable', () => {
  const columns: Column[] = [{ header: 'ID' }, { header: 'Title', flex: 1, min: 6 }, { header: 'N', align: 'right', hide: 1 }];
  const rows = [
    ['a', '青浦区数据发展管理工作要点', '14'],
    ['bb', 'short', '7'],
  ];

  /** The display column where each line's second cell starts. */
  const secondColumnStart = (line: string): number => widthOf(line.slice(0, line.search(/ {2}\S/) + 2));

  it('should align columns by display width, Chinese included', () => {
    const lines = renderTable(columns, rows).text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const widths = lines.map((line) => widthOf(line));
    expect(new Set(lines.filter((l) => !l.startsWith('-')).map(secondColumnStart)).size).toBe(1);
    expect(widths[2]).toBe(widths[3]); // both rows end in a right-aligned number at the same column
    expect(lines[2]).toContain('青浦区数据发展管理工作要点');
  });

  it('should not cut anything without a width (output to a pipe or a file)', () => {
    const text = renderTable(columns, rows).text;
    expect(text).not.toContain(ELLIPSIS);
  });

  it('should cut flexible cells so no line is wider than the terminal, odd and even widths alike', () => {
    for (const width of [20, 21, 24, 25]) {
      const table = renderTable(columns, rows, { width });
      for (const line of table.text.trimEnd().split('\n')) expect(widthOf(line), `width ${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(table.text).toContain(ELLIPSIS);
    }
  });

  it('should hide optional columns when cutting is not enough, and say which', () => {
    const table = renderTable(columns, rows, { width: 12 });
    expect(table.hidden).toEqual(['N']);
    expect(table.text).not.toContain('14');
  });

  it('should try a cell\'s short form before cutting it', () => {
    const table = renderTable([{ header: 'Region', flex: 1, min: 6, short: (c) => c.replace(/（.*）$/, '') }], [['青浦区（上海市）']], { width: 8 });
    expect(table.text).toContain('青浦区\n');
  });
});

describe('markdown', () => {
  it('should escape pipes and keep each row on one line', () => {
    expect(escapeCell('a|b\nc')).toBe('a\\|b c');
    const md = renderMarkdownTable(['A', 'N'], [['x|y', '3']], [undefined, 'right']);
    expect(md).toBe('| A | N |\n| --- | --: |\n| x\\|y | 3 |\n');
  });
});

describe('renderTable of many rows', () => {
  it('should size columns of 200,000 rows (Math.max(...rows) overflowed the call stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, k) => [`id-${k}`, '数据']);
    const table = renderTable([{ header: 'ID' }, { header: 'Text' }], rows);
    const lines = table.text.trimEnd().split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines.at(-1)).toBe('id-199999  数据');
  });
});
