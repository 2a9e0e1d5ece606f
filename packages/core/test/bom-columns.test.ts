import { describe, expect, it } from 'vitest';
import { createLocator } from '../src/text/locator.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

describe('a byte-order mark', () => {
  it('should not count in line 1 columns, while offsets still index the text', () => {
    const locator = createLocator('\ufeff一、任务\n二、任务');
    expect(locator.pointAt(1)).toEqual({ line: 1, column: 1, offset: 1 });
    expect(locator.pointAt(3)).toEqual({ line: 1, column: 3, offset: 3 });
    expect(locator.pointAt(6)).toEqual({ line: 2, column: 1, offset: 6 });
    expect(locator.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('should give the same lines and columns with and without the mark', () => {
    const text = '某区2026年数据工作要点\r\n\r\n一、重点任务\r\n（一）推进共享。建设平台。\r\n';
    const plain = parseDocument(text).documents[0];
    const marked = parseDocument(`\ufeff${text}`).documents[0];
    const points = (d: typeof plain) => d?.tasks.flatMap((t) => [t.titlePosition.start, t.titlePosition.end]).map((p) => [p.line, p.column]);
    expect(points(marked)).toEqual(points(plain));
    expect(marked?.source.position.start).toEqual({ line: 1, column: 1, offset: 1 });
    if (marked) expectExactQuotes(`\ufeff${text}`, marked);
    expect(marked && sliceAt(`\ufeff${text}`, marked.source.position).startsWith('某区')).toBe(true);
  });
});
