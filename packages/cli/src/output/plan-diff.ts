import type { PlanDocument, Target } from '@plankb/core';
import type { ChangeKind, DiffPair, DiffSegment, PlanDiff, TargetChange, TaskRef } from '@plankb/core/align';
import { figureText } from './figures.js';
import type { CompareMessages } from '../i18n-compare.js';
import type { Messages } from '../i18n.js';
import { escapeInline } from './markdown.js';
import { ELLIPSIS, graphemesOf, oneLine, truncate, widthOf } from '@plankb/terminal-text';
import { paint, sideBySide, wrapSpans, type Span, type Style } from './wrap.js';

export type DiffDisplay = 'side-by-side' | 'inline';

/** The marker of each kind of change, and its colour. */
export const CHANGE_MARKERS: Record<ChangeKind, { mark: string; style: Style }> = {
  unchanged: { mark: '=', style: 'dim' },
  modified: { mark: '~', style: 'yellow' },
  retitled: { mark: 'T', style: 'yellow' },
  moved: { mark: '→', style: 'cyan' },
  merged: { mark: '⋈', style: 'magenta' },
  split: { mark: '⋔', style: 'magenta' },
  added: { mark: '+', style: 'green' },
  removed: { mark: '-', style: 'red' },
};

/** The order kinds are counted in the summary. */
const KIND_ORDER: readonly ChangeKind[] = ['unchanged', 'retitled', 'modified', 'moved', 'merged', 'split', 'removed', 'added'];

/** Characters of unchanged text kept on each side of a change; longer unchanged runs are cut with `…`. */
const CONTEXT = 24;
const INDENT = '  ';
const SEPARATOR = ' │ ';

export interface DiffRenderOptions {
  a: PlanDocument;
  b: PlanDocument;
  /** The terminal width (side-by-side needs one: 80 when the output is not a terminal). */
  width: number;
  color: boolean;
  display: DiffDisplay;
  onlyChanged: boolean;
  t: CompareMessages;
  m: Messages;
}

/** A task as a reader names it: `1. 推进…`, `（一）推进…`. */
export function labelled(ref: { label: string | null; title: string }): string {
  const label = ref.label ?? '';
  return `${label}${/[\x21-\x7e]$/.test(label) ? ' ' : ''}${oneLine(ref.title)}`;
}

/** Whether a diff shows any difference at all (what `--exit-code` tests). */
export function differs(diff: PlanDiff): boolean {
  return diff.onlyA.length > 0 || diff.onlyB.length > 0 || diff.pairs.some((p) => p.change !== 'unchanged');
}

/** Punctuation a context cut may snap to, so that it starts or ends at a clause. */
const CLAUSE_END = new Set([...'，。；：！？、,;:!?']);
/** The least context kept when snapping to a clause. */
const MIN_CONTEXT = 8;

/** The last `n` characters before a change, starting after a clause mark when one is near. */
function leading(g: readonly string[], n: number): string {
  const window = g.slice(-n);
  const p = window.findIndex((c, k) => CLAUSE_END.has(c) && window.length - k - 1 >= MIN_CONTEXT);
  return window.slice(p + 1).join('');
}

/** The first `n` characters after a change, ending at a clause mark when one is near. */
function trailing(g: readonly string[], n: number): string {
  const window = g.slice(0, n);
  for (let k = window.length - 1; k + 1 >= MIN_CONTEXT; k--) if (CLAUSE_END.has(window[k] ?? '')) return window.slice(0, k + 1).join('');
  return window.join('');
}

/** One stretch of a character diff, with unchanged text around it. */
interface Hunk {
  left: Span[];
  right: Span[];
  inline: Span[];
}

/**
 * Cut a character diff into hunks: the changes with up to `CONTEXT`
 * characters of unchanged text around them. Deleted text goes to the left
 * (old) side, inserted text to the right; without colour they are marked
 * `[-…-]` and `{+…+}`.
 */
function hunksOf(segments: readonly DiffSegment[], color: boolean, context = CONTEXT): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk = { left: [], right: [], inline: [] };
  const equal = (text: string): void => {
    for (const list of [hunk.left, hunk.right, hunk.inline]) list.push({ text });
  };
  const cut = (): void => {
    for (const list of [hunk.left, hunk.right, hunk.inline]) list.push({ text: ELLIPSIS, style: 'dim' });
  };
  const last = segments.length - 1;
  segments.forEach((segment, i) => {
    const text = oneLine(segment.text);
    if (segment.op === 'delete') {
      const span: Span = color ? { text, style: 'del' } : { text: `[-${text}-]` };
      hunk.left.push(span);
      hunk.inline.push(span);
      return;
    }
    if (segment.op === 'insert') {
      const span: Span = color ? { text, style: 'ins' } : { text: `{+${text}+}` };
      hunk.right.push(span);
      hunk.inline.push(span);
      return;
    }
    const g = graphemesOf(text);
    if (i === 0 && i !== last && g.length > context) {
      cut();
      equal(leading(g, context));
    } else if (i === last && i !== 0 && g.length > context) {
      equal(trailing(g, context));
      cut();
    } else if (i !== 0 && i !== last && g.length > 2 * context + 8) {
      equal(trailing(g, context));
      cut();
      hunks.push(hunk);
      hunk = { left: [], right: [], inline: [] };
      cut();
      equal(leading(g, context));
    } else equal(text);
  });
  hunks.push(hunk);
  return hunks;
}

/** The spans of a title diff, label first, for one side (or both, for inline). */
function titleSpans(pair: DiffPair, color: boolean): { left: Span[]; right: Span[]; inline: Span[] } {
  const prefix = (ref: TaskRef): Span => ({ text: labelled({ label: ref.label, title: '' }), style: 'bold' });
  const [hunk] = hunksOf(pair.titleDiff ?? [], color, Number.MAX_SAFE_INTEGER);
  const bold = (spans: Span[]): Span[] => spans.map((s) => (s.style === undefined ? { text: s.text, style: 'bold' } : s));
  const left = [prefix(pair.a), ...bold(hunk?.left ?? [])];
  const right = [prefix(pair.b), ...bold(hunk?.right ?? [])];
  const inline = pair.a.label === pair.b.label ? [prefix(pair.a), ...bold(hunk?.inline ?? [])] : [prefix(pair.a), { text: '→ ' }, prefix(pair.b), ...bold(hunk?.inline ?? [])];
  return { left, right, inline };
}

function indented(spans: readonly Span[], width: number, color: boolean, indent = INDENT): string[] {
  return wrapSpans(spans, width - widthOf(indent)).map((line) => `${indent}${paint(line.spans, color)}`.trimEnd());
}

/** The first line of a pair: marker, the tasks, the kind and the score; the titles cut to fit. */
function pairHeader(pair: DiffPair, o: DiffRenderOptions): string {
  const { mark, style } = CHANGE_MARKERS[pair.change];
  const meta = ` · ${o.t.kinds[pair.change]}${pair.moved && pair.change !== 'moved' ? `${o.m.listSeparator}${o.t.kinds.moved}` : ''} · ${pair.score.toFixed(2)}`;
  const room = o.width - 2 - widthOf(meta);
  const a = labelled(pair.a);
  const b = labelled(pair.b);
  let tasks: string;
  if (a === b) tasks = truncate(a, room);
  else {
    const arrow = ' → ';
    const half = Math.floor((room - widthOf(arrow)) / 2);
    const aw = Math.min(widthOf(a), Math.max(half, room - widthOf(arrow) - widthOf(b)));
    tasks = `${truncate(a, aw)}${arrow}${truncate(b, room - widthOf(arrow) - widthOf(truncate(a, aw)))}`;
  }
  return paint([{ text: mark, style }, { text: ' ' }, { text: tasks, style: 'bold' }, { text: meta, style: 'dim' }], o.color);
}

function evidenceLine(pair: DiffPair, o: DiffRenderOptions): string[] {
  if (pair.evidence.length === 0) return [];
  // Note: a full-width colon carries its own space.
  const label = o.t.shared.endsWith('：') ? o.t.shared : `${o.t.shared} `;
  const room = o.width - widthOf(INDENT) - widthOf(label);
  const phrases = pair.evidence.map((phrase) => `「${truncate(oneLine(phrase), Math.max(8, room - 2) - 2)}」`);
  return packed(phrases, room, ' ').map((line, i) =>
    paint([{ text: INDENT }, { text: i === 0 ? label : ' '.repeat(widthOf(label)), style: 'dim' }, { text: line, style: 'cyan' }], o.color).trimEnd(),
  );
}

/** The clauses of each side that match, a ↔ b, and which signals made the link. */
function clauseLines(pair: DiffPair, o: DiffRenderOptions): string[] {
  const lines: string[] = [];
  const label = (text: string): string => (text.endsWith('：') ? text : `${text} `);
  const clauses = label(o.t.clauses);
  // Note: one line a pair, each side cut to half the room: the reader sees which clauses, the diff below shows them whole.
  const side = Math.max(8, Math.floor((o.width - widthOf(INDENT) - widthOf(clauses) - widthOf(' ↔ ')) / 2) - 4);
  for (const [k, c] of pair.clauses.entries()) {
    const head = k === 0 ? clauses : ' '.repeat(widthOf(clauses));
    const text = `「${truncate(oneLine(c.a), side)}」 ↔ 「${truncate(oneLine(c.b), side)}」`;
    lines.push(paint([{ text: INDENT }, { text: head, style: 'dim' }, { text, style: 'cyan' }], o.color).trimEnd());
  }
  if (pair.signals.length > 0) {
    lines.push(...indented([{ text: label(o.t.signals), style: 'dim' }, { text: pair.signals.map((s) => o.t.signalNames[s]).join(o.m.listSeparator), style: 'dim' }], o.width, o.color));
  }
  return lines;
}

/** Put items on lines no wider than `width`, as many on a line as fit, never splitting one. */
function packed(items: readonly string[], width: number, gap: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}${gap}${item}`;
    if (line !== '' && widthOf(next) > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function pairBlock(pair: DiffPair, o: DiffRenderOptions): string[] {
  const lines = [pairHeader(pair, o)];
  if (pair.change === 'unchanged') return lines;
  lines.push(...evidenceLine(pair, o));
  // Note: between versions of one plan the character diff shows what matches; the clauses help where wording differs.
  if (pair.change !== 'modified' || pair.evidence.length === 0) lines.push(...clauseLines(pair, o));
  if (pair.moved && pair.a.section !== null && pair.b.section !== null && pair.a.section !== pair.b.section) {
    lines.push(...indented([{ text: o.t.movedFrom(pair.a.section ?? '—', pair.b.section ?? '—'), style: 'dim' }], o.width, o.color));
  }
  const parts: Hunk[] = [];
  if (pair.titleDiff) parts.push(titleSpans(pair, o.color));
  if (pair.bodyDiff) parts.push(...hunksOf(pair.bodyDiff, o.color));
  if (o.display === 'inline') {
    for (const part of parts) lines.push(...indented(part.inline, o.width, o.color));
  } else {
    const { leftWidth, rightWidth } = columnWidths(o.width);
    for (const part of parts) lines.push(...sideBySide(part.left, part.right, { indent: INDENT, leftWidth, rightWidth, separator: SEPARATOR, color: o.color }));
  }
  return lines;
}

/** The widths of the two columns of side-by-side output in a terminal `width` columns wide. */
export function columnWidths(width: number): { leftWidth: number; rightWidth: number } {
  const room = Math.max(8, width - widthOf(INDENT) - widthOf(SEPARATOR));
  const leftWidth = Math.floor(room / 2);
  return { leftWidth, rightWidth: room - leftWidth };
}

function docLine(side: 'a' | 'b', doc: PlanDocument, idWidth: number, o: DiffRenderOptions): string {
  const id = doc.id.padEnd(idWidth);
  const text = `${side}  ${id}  ${oneLine(doc.title ?? o.m.untitled)} (${o.m.statuses[doc.status]})`;
  return paint([{ text: truncate(text, o.width), style: 'bold' }], o.color);
}

function summaryLine(diff: PlanDiff, o: DiffRenderOptions): string[] {
  const items: Array<{ text: string; spans: Span[] }> = [];
  for (const kind of KIND_ORDER) {
    const n = diff.summary[kind];
    if (n === 0 && kind !== 'added' && kind !== 'removed') continue;
    const { mark, style } = CHANGE_MARKERS[kind];
    const text = ` ${n} ${o.t.kinds[kind]}`;
    items.push({ text: `${mark}${text}`, spans: [{ text: mark, style }, { text }] });
  }
  const head = o.t.pairCount(diff.pairs.length);
  const lines: Span[][] = [[{ text: head }]];
  let used = widthOf(head);
  for (const item of items) {
    const w = widthOf(item.text) + 2;
    const line = lines[lines.length - 1] as Span[];
    if (used + w > o.width) {
      lines.push([{ text: INDENT.slice(0, 1) }, ...item.spans]);
      used = 1 + widthOf(item.text);
    } else {
      line.push({ text: '  ' }, ...item.spans);
      used += w;
    }
  }
  return lines.map((spans) => paint(spans, o.color));
}

/**
 * A target's figure as written: value, unit, comparator and deadline.
 *
 * @param target A target, or none.
 * @returns `>= 5,000 架 (2026)`, or `?`.
 */
export function targetText(target: Target | undefined): string {
  if (!target) return '?';
  const due = target.deadline ? ` (${target.deadline.date ?? target.deadline.year})` : '';
  return `${figureText(target.value, target.unit, target.comparator, target.approx)}${due}`;
}

/** Target changes worth a line: all but the unchanged ones, with the pair they belong to. */
function targetChanges(pairs: readonly DiffPair[]): Array<{ pair: DiffPair; change: TargetChange }> {
  return pairs.flatMap((pair) => pair.targets.filter((c) => c.change !== 'unchanged').map((change) => ({ pair, change })));
}

function targetLine(pair: DiffPair, change: TargetChange, o: DiffRenderOptions): { mark: string; style: Style; text: string; verdict: string; note: string } {
  const a = o.a.targets.find((t) => t.id === change.a);
  const b = o.b.targets.find((t) => t.id === change.b);
  const note = `${o.t.inTask} ${labelled(pair.b)}`;
  switch (change.change) {
    case 'added':
      return { mark: '+', style: 'green', text: `${change.metric}: ${targetText(b)}`, verdict: o.t.targetKinds.added, note };
    case 'removed':
      return { mark: '-', style: 'red', text: `${change.metric}: ${targetText(a)}`, verdict: o.t.targetKinds.removed, note };
    default: {
      const fields = change.fields.map((f) => o.t.fields[f]).join(o.m.listSeparator);
      const style: Style = change.direction === 'more-ambitious' ? 'green' : change.direction === 'less-ambitious' ? 'red' : 'yellow';
      const share = change.share !== null && change.share !== 1 ? ` · ${o.t.shareOf(`${Number((change.share * 100).toFixed(1))}%`)}` : '';
      return { mark: '~', style, text: `${change.metric}: ${targetText(a)} → ${targetText(b)}`, verdict: change.direction ? o.t.directions[change.direction] : '', note: `${fields}${share} · ${note}` };
    }
  }
}

function onlyList(refs: readonly TaskRef[], kind: 'added' | 'removed', docId: string, o: DiffRenderOptions): string[] {
  if (refs.length === 0) return [];
  const { mark, style } = CHANGE_MARKERS[kind];
  const lines = ['', paint([{ text: o.t.onlyIn(docId, o.t.kinds[kind], refs.length), style: 'bold' }], o.color)];
  for (const ref of refs) {
    const title = labelled(ref);
    const section = ref.section ? `  · ${oneLine(ref.section)}` : '';
    const room = o.width - 2;
    const shown = truncate(title, room);
    const rest = room - widthOf(shown);
    lines.push(paint([{ text: mark, style }, { text: ' ' }, { text: shown }, { text: rest > 8 ? truncate(section, rest) : '', style: 'dim' }], o.color));
  }
  return lines;
}

/** A plan diff as text: the caption for people (the two plans and the counts) and the data (the pairs). */
export interface RenderedDiff {
  /** The two plans and the counts of each kind of change: written to stderr, before the data. */
  caption: string[];
  /** The pairs, the target changes and the tasks only in one plan, ending with a newline; empty when there is nothing to list. */
  text: string;
  /** Notes for people (no differences; unchanged pairs hidden): written to stderr, after the data. */
  notes: string[];
}

/**
 * Render a plan diff for a terminal or a pager: a caption with both plans
 * and the counts; each pair with its marker, tasks, kind, score, shared
 * phrases and, when the text changed, the character diff (side by side or
 * inline); the target changes; the tasks only in one plan. No line is wider
 * than `width`, and in side-by-side output the column separator sits on the
 * same column on every line.
 *
 * @param diff The diff (from `diffPlans`).
 * @param o The two documents, width, colour, display and strings.
 * @returns The caption, the data and the notes.
 */
export function renderDiffText(diff: PlanDiff, o: DiffRenderOptions): RenderedDiff {
  const idWidth = Math.max(widthOf(o.a.id), widthOf(o.b.id));
  const caption = [docLine('a', o.a, idWidth, o), docLine('b', o.b, idWidth, o), ...summaryLine(diff, o)];
  const notes: string[] = [];
  if (!differs(diff)) notes.push(o.t.noDifferences);
  const lines: string[] = [];
  const shown = o.onlyChanged ? diff.pairs.filter((p) => p.change !== 'unchanged') : diff.pairs;
  if (shown.length > 0) {
    if (o.display === 'side-by-side' && shown.some((p) => p.change !== 'unchanged')) {
      const { leftWidth, rightWidth } = columnWidths(o.width);
      lines.push(...sideBySide([{ text: o.a.id, style: 'bold' }], [{ text: o.b.id, style: 'bold' }], { indent: INDENT, leftWidth, rightWidth, separator: SEPARATOR, color: o.color }));
      lines.push(paint([{ text: `${INDENT}${'─'.repeat(leftWidth)}─┼─${'─'.repeat(rightWidth)}`, style: 'dim' }], o.color));
    }
    let previous = 1;
    for (const pair of shown) {
      const block = pairBlock(pair, o);
      // A blank line around every block longer than its header, so the eye finds the pairs.
      if ((block.length > 1 || previous > 1) && lines[lines.length - 1] !== '') lines.push('');
      lines.push(...block);
      previous = block.length;
    }
  }
  if (o.onlyChanged && shown.length < diff.pairs.length) notes.push(paint([{ text: o.t.unchangedHidden(diff.pairs.length - shown.length), style: 'dim' }], o.color));
  const targets = targetChanges(diff.pairs);
  if (targets.length > 0) {
    lines.push('', paint([{ text: o.t.targetChanges, style: 'bold' }], o.color));
    for (const { pair, change } of targets) {
      const line = targetLine(pair, change, o);
      const verdict: Span[] = line.verdict === '' ? [] : [{ text: '  ' }, { text: line.verdict, style: line.style }];
      lines.push(...indented([{ text: line.mark, style: line.style }, { text: ` ${line.text}` }, ...verdict], o.width, o.color, ''));
      lines.push(...indented([{ text: line.note, style: 'dim' }], o.width, o.color, '    '));
    }
  }
  lines.push(...onlyList(diff.onlyA, 'removed', o.a.id, o), ...onlyList(diff.onlyB, 'added', o.b.id, o));
  // Note: a list that starts with a section's blank line starts with its heading in a file.
  while (lines[0] === '') lines.shift();
  return { caption, text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, notes };
}

const EDGE = /^[\p{P}\p{S}]|[\p{P}\p{S}]$/u;

/**
 * Mark deleted or inserted text in Markdown: `~~…~~` and `**…**`, or
 * `<del>`/`<ins>` when the text starts or ends with punctuation, where
 * CommonMark would not take the delimiters as such next to Chinese text.
 */
function mdMark(text: string, op: 'delete' | 'insert'): string {
  const inner = escapeInline(text).trim();
  if (inner === '') return '';
  if (EDGE.test(text.trim())) return op === 'delete' ? `<del>${inner}</del>` : `<ins>${inner}</ins>`;
  return op === 'delete' ? `~~${inner}~~` : `**${inner}**`;
}

function mdSegments(segments: readonly DiffSegment[]): string {
  return segments.map((s) => (s.op === 'equal' ? escapeInline(s.text) : mdMark(s.text, s.op))).join('');
}

function mdHunks(segments: readonly DiffSegment[]): string {
  return hunksOf(segments, true)
    .map((h) => h.inline.map((s) => (s.style === 'del' ? mdMark(s.text, 'delete') : s.style === 'ins' ? mdMark(s.text, 'insert') : escapeInline(s.text))).join(''))
    .join(' ');
}

/**
 * Render a plan diff as a Markdown report: a heading per changed pair with
 * ~~deleted~~ and **inserted** text, the unchanged pairs as a list, the
 * target changes, and the tasks only in one plan.
 *
 * @param diff The diff.
 * @param o The documents and strings (width, colour and display are ignored).
 * @returns The Markdown, ending with a newline.
 */
export function renderDiffMarkdown(diff: PlanDiff, o: Omit<DiffRenderOptions, 'width' | 'color' | 'display'>): string {
  const { t, m } = o;
  const out: string[] = [`# ${escapeInline(`${o.a.id} → ${o.b.id}`)}`, ''];
  out.push(`- **a**: ${escapeInline(`${o.a.id} · ${o.a.title} (${m.statuses[o.a.status]})`)}`);
  out.push(`- **b**: ${escapeInline(`${o.b.id} · ${o.b.title} (${m.statuses[o.b.status]})`)}`);
  const counts = KIND_ORDER.filter((k) => diff.summary[k] > 0 || k === 'added' || k === 'removed').map((k) => `${diff.summary[k]} ${t.kinds[k]}`);
  out.push(`- ${escapeInline(`${t.pairCount(diff.pairs.length)} ${counts.join(m.listSeparator)}`)}`, '');
  const changed = diff.pairs.filter((p) => p.change !== 'unchanged');
  const unchanged = diff.pairs.filter((p) => p.change === 'unchanged');
  if (changed.length > 0) out.push(`## ${escapeInline(t.headingPairs)}`, '');
  for (const pair of changed) {
    const { mark } = CHANGE_MARKERS[pair.change];
    const a = labelled(pair.a);
    const b = labelled(pair.b);
    const kinds = `${t.kinds[pair.change]}${pair.moved && pair.change !== 'moved' ? `${m.listSeparator}${t.kinds.moved}` : ''}`;
    out.push(`### ${escapeInline(`${mark} ${a === b ? a : `${a} → ${b}`}`)} (${escapeInline(kinds)}, ${pair.score.toFixed(2)})`, '');
    if (pair.evidence.length > 0) out.push(`${escapeInline(t.shared)} ${pair.evidence.map((e) => `「${escapeInline(e)}」`).join(' ')}`, '');
    for (const c of pair.clauses) out.push(`${escapeInline(t.clauses)} 「${escapeInline(c.a)}」 ↔ 「${escapeInline(c.b)}」`, '');
    if (pair.signals.length > 0) out.push(`${escapeInline(t.signals)} ${escapeInline(pair.signals.map((s) => t.signalNames[s]).join(o.m.listSeparator))}`, '');
    if (pair.moved && pair.a.section !== null && pair.b.section !== null && pair.a.section !== pair.b.section) out.push(escapeInline(t.movedFrom(pair.a.section ?? '—', pair.b.section ?? '—')), '');
    if (pair.titleDiff) out.push(`**${escapeInline(t.mdTitle)}:** ${mdSegments(pair.titleDiff)}`, '');
    if (pair.bodyDiff) out.push(`**${escapeInline(t.mdText)}:** ${mdHunks(pair.bodyDiff)}`, '');
  }
  if (unchanged.length > 0 && !o.onlyChanged) {
    out.push(`## ${escapeInline(t.headingUnchanged(unchanged.length))}`, '');
    for (const pair of unchanged) out.push(`- ${escapeInline(labelled(pair.a))} (${pair.score.toFixed(2)})`);
    out.push('');
  }
  const targets = targetChanges(diff.pairs);
  if (targets.length > 0) {
    out.push(`## ${escapeInline(t.targetChanges)}`, '');
    for (const { pair, change } of targets) {
      const line = targetLine(pair, change, { ...o, width: 0, color: false, display: 'inline' });
      out.push(`- ${escapeInline(`${line.mark} ${line.text}${line.verdict === '' ? '' : ` · ${line.verdict}`} · ${line.note}`)}`);
    }
    out.push('');
  }
  for (const [refs, kind, id] of [
    [diff.onlyA, 'removed', o.a.id],
    [diff.onlyB, 'added', o.b.id],
  ] as const) {
    if (refs.length === 0) continue;
    out.push(`## ${escapeInline(t.onlyIn(id, t.kinds[kind], refs.length))}`, '');
    for (const ref of refs) out.push(`- ${escapeInline(labelled(ref))}${ref.section ? ` — ${escapeInline(ref.section)}` : ''}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
