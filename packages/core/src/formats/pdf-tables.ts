// Tables of a PDF page read as the grid their rules draw: rows between horizontal rules, columns between vertical
// ones (or, in a table ruled only across, as three-line tables are, between the gaps the text leaves), cells merged
// where a rule is missing. Each row becomes a line of ` | `-separated cells, as the web-page and Word readers give.

import { dropCjkSpacing, joinWrapped, linesOfPage, type PdfItem, type PdfLine } from './pdf-lines.js';
import type { Rule } from './pdf-rules.js';
import { normaliseCompatibility } from './normalize.js';

/** A row of a table, as a line of the page: `text` is `| a | b |`. */
export interface PdfRow extends PdfLine {
  /** `caption`: a row of one cell across the table (a title, a group heading), given as a line of its own. */
  row: { table: number; columns: number; caption: boolean };
}

/** Two rules within this distance touch; two positions within it are the same. */
const NEAR = 2.5;

function groupPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - (out[out.length - 1] ?? 0) > NEAR) out.push(v);
  return out;
}

function touches(a: Rule, b: Rule): boolean {
  return a.x0 - NEAR <= b.x1 && b.x0 - NEAR <= a.x1 && a.y0 - NEAR <= b.y1 && b.y0 - NEAR <= a.y1;
}

/** Two rules across of the same extent, one under the other: the top, middle and bottom rules of a table ruled only across. */
function stacked(a: Rule, b: Rule): boolean {
  return isHorizontal(a) && isHorizontal(b) && Math.abs(a.x0 - b.x0) <= 2 * NEAR && Math.abs(a.x1 - b.x1) <= 2 * NEAR && Math.abs(a.y0 - b.y0) < 400;
}

/** Rules that touch one another, transitively: the borders of one table. */
function connected(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] ?? k] ?? k;
    return k;
  };
  for (let a = 0; a < rules.length; a++) {
    for (let b = a + 1; b < rules.length; b++) {
      const ra = rules[a];
      const rb = rules[b];
      if (ra && rb && (touches(ra, rb) || stacked(ra, rb))) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}

const isHorizontal = (r: Rule): boolean => r.y1 - r.y0 <= r.x1 - r.x0;
/** Where a glyph's middle is: pdf.js gives the baseline, and CJK glyphs stand about a third of their size above it. */
const middleY = (item: PdfItem): number => item.y - 0.35 * item.size;
const middleX = (item: PdfItem): number => item.x + item.width / 2;

/** Column edges from the text alone: the gaps, wider than a character, that no item of the table crosses. */
function gutterColumns(items: readonly PdfItem[], x0: number, x1: number): number[] {
  const spans = items.filter((i) => i.str.trim() !== '').map((i) => [i.x, i.x + i.width] as const).sort((a, b) => a[0] - b[0]);
  const size = [...items.map((i) => i.size)].sort((a, b) => a - b)[Math.floor(items.length / 2)] ?? 10;
  const edges = [x0];
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (end !== -Infinity && start - end > size) edges.push((start + end) / 2);
    end = Math.max(end, stop);
  }
  edges.push(x1);
  return edges;
}

const HAN = '\\u3400-\\u9fff\\uff08\\uff09\\uff0c\\u3001\\u3002\\u300a\\u300b\\u201c\\u201d';
/** Spaces between Chinese characters, which a cell's text justified to its width leaves between items. */
const SPREAD = new RegExp(`(?<=[${HAN}]) +(?=[${HAN}])`, 'g');

function cellText(items: readonly PdfItem[]): string {
  const lines = linesOfPage(items).map((l) => dropCjkSpacing(normaliseCompatibility(l.text)).replace(SPREAD, '').trim());
  return lines.reduce((text, line) => (text === '' ? line : joinWrapped(text, line)), '').replace(/[|｜]/g, '¦');
}

/**
 * Find a page's ruled tables and read them as rows of cells.
 *
 * @param items The page's text items.
 * @param rules The segments the page draws (`rulesOfPage`).
 * @param firstTable The number to give the page's first table (tables are numbered across the document).
 * @returns The rows, one line each (top to bottom), and the items that are in no table.
 */
export function tablesOfPage(items: readonly PdfItem[], rules: readonly Rule[], firstTable = 1): { rows: PdfRow[]; rest: PdfItem[] } {
  const used = new Set<PdfItem>();
  const rows: PdfRow[] = [];
  let table = firstTable;
  for (const group of connected(rules)) {
    const across = group.filter(isHorizontal);
    const down = group.filter((r) => !isHorizontal(r));
    const x0 = Math.min(...group.map((r) => r.x0));
    const x1 = Math.max(...group.map((r) => r.x1));
    const ys = groupPositions(across.map((r) => (r.y0 + r.y1) / 2));
    const top = ys[0] ?? 0;
    const bottom = ys[ys.length - 1] ?? 0;
    // Note: a table has at least two rows between three rules across, and is wider than a word.
    if (ys.length < 3 || x1 - x0 < 100) continue;
    const inside = items.filter((i) => !used.has(i) && middleX(i) > x0 && middleX(i) < x1 && middleY(i) > top && middleY(i) < bottom);
    if (inside.filter((i) => i.str.trim() !== '').length === 0) continue;
    const ruledColumns = groupPositions(down.map((r) => (r.x0 + r.x1) / 2));
    const ruled = ruledColumns.length >= 3;
    const xs = ruled ? ruledColumns : gutterColumns(inside, x0, x1);
    // Note: one column is a box around text (a 专栏, a note), read as the text it holds.
    if (xs.length < 3) continue;
    // Note: text that runs across the column rules is not in cells: a grid drawn over the page, not a table.
    const inner = xs.slice(1, -1);
    const crossing = inside.filter((i) => i.str.trim() !== '' && inner.some((x) => i.x < x - 0.5 * i.size && i.x + i.width > x + 0.5 * i.size)).length;
    if (crossing > 0.1 * inside.filter((i) => i.str.trim() !== '').length) continue;
    if (!ruled) {
      // Note: a table ruled only across rules off its header and its end, not each row: its rows are the text's lines.
      const baselines = groupPositions(inside.filter((i) => i.str.trim() !== '').map((i) => middleY(i)));
      const inner = ys.slice(1, -1);
      const cuts = baselines.slice(1).map((y, k) => (y + (baselines[k] ?? y)) / 2).filter((y) => !inner.some((r) => Math.abs(r - y) < 10));
      ys.splice(0, ys.length, ...groupPositions([...ys, ...cuts]));
    }
    const nRows = ys.length - 1;
    const nCols = xs.length - 1;
    const cells: PdfItem[][] = Array.from({ length: nRows * nCols }, () => []);
    const band = (edges: number[], v: number): number => {
      for (let k = 0; k < edges.length - 1; k++) if (v < (edges[k + 1] ?? Infinity)) return k;
      return edges.length - 2;
    };
    for (const item of inside) {
      if (item.str.trim() === '') continue;
      cells[band(ys, middleY(item)) * nCols + band(xs, middleX(item))]?.push(item);
      used.add(item);
    }
    for (const item of inside) used.add(item);
    // Merged cells: where no rule separates two neighbours, they are one cell.
    const parent = cells.map((_, k) => k);
    const find = (k: number): number => {
      while (parent[k] !== k) k = parent[k] = parent[parent[k] ?? k] ?? k;
      return k;
    };
    const midY = (r: number): number => ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    const midX = (c: number): number => ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
    for (let r = 0; r < nRows; r++) {
      for (let c = 0; c < nCols; c++) {
        if (ruled && c + 1 < nCols && !down.some((v) => Math.abs((v.x0 + v.x1) / 2 - (xs[c + 1] ?? 0)) <= NEAR && v.y0 - NEAR <= midY(r) && v.y1 + NEAR >= midY(r))) parent[find(r * nCols + c)] = find(r * nCols + c + 1);
        if (ruled && r + 1 < nRows && !across.some((h) => Math.abs((h.y0 + h.y1) / 2 - (ys[r + 1] ?? 0)) <= NEAR && h.x0 - NEAR <= midX(c) && h.x1 + NEAR >= midX(c))) parent[find(r * nCols + c)] = find((r + 1) * nCols + c);
      }
    }
    const texts = new Map<number, PdfItem[]>();
    cells.forEach((list, k) => texts.set(find(k), [...(texts.get(find(k)) ?? []), ...list]));
    const size = Math.max(...inside.map((i) => i.size));
    for (let r = 0; r < nRows; r++) {
      const row: string[] = [];
      for (let c = 0; c < nCols; c++) {
        const k = find(r * nCols + c);
        // Note: a cell spanning columns gives its text to its first column; one spanning rows repeats it in each (as a lead unit named once for several tasks is theirs all).
        row.push(c > 0 && find(r * nCols + c - 1) === k ? '' : cellText(texts.get(k) ?? []));
      }
      if (row.every((cell) => cell === '')) continue;
      const caption = nCols > 1 && find(r * nCols) === find(r * nCols + nCols - 1);
      rows.push({ text: caption ? (row[0] ?? '') : `| ${row.join(' | ')} |`, x: x0, end: x1, y: (ys[r] ?? 0) + size, size, row: { table, columns: nCols, caption } });
    }
    table++;
  }
  return { rows: rows.sort((a, b) => a.y - b.y), rest: items.filter((i) => !used.has(i)) };
}

/**
 * Whether a page's text may hold a table: on at least three lines, text starts at the same place (within a few
 * points) after a gap wider than two characters, as cells of one column do. Running text, a signature block or a
 * date set flush right do not.
 *
 * @param items The page's text items.
 * @returns `true` when the page is worth reading the rules of.
 */
export function looksTabular(items: readonly PdfItem[]): boolean {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const starts: Array<{ x: number; line: number }> = [];
  let line = 0;
  let baseline = -Infinity;
  let end = -Infinity;
  for (const item of sorted) {
    if (Math.abs(item.y - baseline) >= Math.max(2, 0.5 * item.size)) {
      line++;
      baseline = item.y;
      end = item.x + item.width;
      continue;
    }
    if (item.x - end > 2 * item.size) starts.push({ x: item.x, line });
    end = Math.max(end, item.x + item.width);
  }
  starts.sort((a, b) => a.x - b.x);
  for (let k = 0; k < starts.length; k++) {
    const lines = new Set<number>();
    for (let j = k; j < starts.length && (starts[j]?.x ?? Infinity) - (starts[k]?.x ?? 0) <= 4; j++) lines.add(starts[j]?.line ?? 0);
    if (lines.size >= 3) return true;
  }
  return false;
}
