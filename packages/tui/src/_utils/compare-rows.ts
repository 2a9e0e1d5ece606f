import type { PlanDocument } from '@plankb/core';
import type { DiffPair, PlanDiff, TaskRef } from '@plankb/core/align';
import { diffSideSpans } from './diff-spans.js';
import type { Messages, RowKind } from './messages.js';
import { wrapSpans, type Span } from './spans.js';

/** A row of the comparison: an aligned pair, or a task with no counterpart on the other side. */
export interface CompareRow {
  kind: RowKind;
  pair: DiffPair | null;
  a: TaskRef | null;
  b: TaskRef | null;
  /** Where the row stands in a group of merged pairs (several tasks of A in one of B) or split ones (one of A in several of B); `null` outside one. */
  group: 'first' | 'middle' | 'last' | null;
}

/** The mark of each place in a group of merged or split pairs, drawn between the kind and the tasks. */
export const GROUP_MARK: Record<'first' | 'middle' | 'last', string> = { first: '┌', middle: '│', last: '└' };

/** A line of the comparison's detail: across the width, or one line of each side. */
export type DetailLine = { full: Span[] } | { left: Span[]; right: Span[] };

/** The colour of each row kind. */
export const KIND_COLOR: Record<RowKind, string | undefined> = {
  unchanged: undefined,
  retitled: 'yellow',
  modified: 'yellow',
  moved: 'blue',
  merged: 'magenta',
  split: 'magenta',
  'only-a': 'red',
  'only-b': 'green',
};

/**
 * The rows of a comparison: the aligned pairs in the order of A's tasks, then
 * the tasks only A has, then those only B has.
 *
 * @param diff The diff from `diffPlans`.
 * @param a Document A.
 * @param b Document B.
 * @returns The rows.
 */
export function compareRows(diff: PlanDiff, a: PlanDocument, b: PlanDocument): CompareRow[] {
  const ordA = new Map(a.tasks.map((t) => [t.id, t.ordinal]));
  const ordB = new Map(b.tasks.map((t) => [t.id, t.ordinal]));
  const sorted = [...diff.pairs].sort((x, y) => (ordA.get(x.a.id) ?? 0) - (ordA.get(y.a.id) ?? 0) || (ordB.get(x.b.id) ?? 0) - (ordB.get(y.b.id) ?? 0));
  // Note: the pairs of one merge (same task of B) or one split (same task of A) are listed together, at the place of the first,
  // so that t20 and t22 merged into one task are not read as two unrelated pairs with t21 between them.
  const keyOf = (pair: DiffPair): string | null => (pair.change === 'merged' ? `b:${pair.b.id}` : pair.change === 'split' ? `a:${pair.a.id}` : null);
  const groups = new Map<string, DiffPair[]>();
  for (const pair of sorted) {
    const key = keyOf(pair);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  const rows: CompareRow[] = [];
  const done = new Set<string>();
  for (const pair of sorted) {
    const key = keyOf(pair);
    const members = key === null ? [pair] : (groups.get(key) ?? [pair]);
    if (key !== null && done.has(key)) continue;
    if (key !== null) done.add(key);
    members.forEach((p, k) => {
      const group = members.length < 2 ? null : k === 0 ? 'first' : k === members.length - 1 ? 'last' : 'middle';
      rows.push({ kind: p.change, pair: p, a: p.a, b: p.b, group });
    });
  }
  return [
    ...rows,
    ...diff.onlyA.map((ref): CompareRow => ({ kind: 'only-a', pair: null, a: ref, b: null, group: null })),
    ...diff.onlyB.map((ref): CompareRow => ({ kind: 'only-b', pair: null, a: null, b: ref, group: null })),
  ];
}

/**
 * A task's title as a list cell: its label, then the title, with the
 * characters that differ from the other side marked.
 *
 * @param ref The task.
 * @param pair The pair it belongs to, if any.
 * @param side Which side it is.
 * @param color Whether colour is on.
 * @returns The spans.
 */
export function titleSpans(ref: TaskRef | null, pair: DiffPair | null, side: 'a' | 'b', color: boolean): Span[] {
  if (!ref) return [];
  const label: Span[] = ref.label ? [{ text: `${ref.label} `, dim: true }] : [];
  return [...label, ...(pair?.titleDiff ? diffSideSpans(pair.titleDiff, side, color) : [{ text: ref.title }])];
}

function side(document: PlanDocument, ref: TaskRef | null, pair: DiffPair | null, which: 'a' | 'b', t: Messages, width: number, color: boolean): Span[][] {
  if (!ref) return wrapSpans([{ text: t.compare.noCounterpart(document.id), dim: true, italic: true }], width);
  const task = document.tasks.find((x) => x.id === ref.id);
  const title = titleSpans(ref, pair, which, color).map((s) => ({ ...s, bold: true }));
  const body: Span[] = pair?.bodyDiff ? diffSideSpans(pair.bodyDiff, which, color) : [{ text: task?.body ?? '' }];
  return [
    ...wrapSpans(title, width),
    ...(ref.section ? wrapSpans([{ text: ref.section, dim: true }], width) : []),
    [],
    ...wrapSpans(body, width),
  ];
}

/**
 * The detail of a comparison row: the evidence for the match and the target
 * changes across the width, then both tasks side by side with the characters
 * that changed marked.
 *
 * @param row The row.
 * @param a Document A.
 * @param b Document B.
 * @param t The interface strings.
 * @param width The whole width (the sides get half each, less a separator).
 * @param color Whether colour is on.
 * @returns The lines.
 */
export function compareDetailLines(row: CompareRow, a: PlanDocument, b: PlanDocument, t: Messages, width: number, color: boolean): DetailLine[] {
  const half = Math.floor((width - 3) / 2);
  const lines: DetailLine[] = [];
  const full = (spans: Span[]): void => {
    for (const line of wrapSpans(spans, width)) lines.push({ full: line });
  };
  const pair = row.pair;
  if (pair) {
    full([
      { text: `${t.compare.evidence}: `, bold: true },
      ...pair.evidence.flatMap((e, k): Span[] => [{ text: k > 0 ? ' ' : '' }, { text: `「${e}」`, color: color ? 'cyan' : undefined }]),
    ]);
    for (const c of pair.targets.filter((x) => x.change !== 'unchanged')) {
      const fields = c.fields.map((f) => t.compare.fields[f]).join(', ');
      full([{ text: `${t.compare.targetChanges}: `, bold: true }, { text: t.compare.targetChange(c.metric, t.compare.targetKinds[c.change], fields, c.direction ? t.compare.direction[c.direction] : null) }]);
    }
    lines.push({ full: [] });
  }
  const left = side(a, row.a, pair, 'a', t, half, color);
  const right = side(b, row.b, pair, 'b', t, half, color);
  for (let k = 0; k < Math.max(left.length, right.length); k++) lines.push({ left: left[k] ?? [], right: right[k] ?? [] });
  return lines;
}
