import type { PlanDocument } from '@plankb/core';
import type { Cascade, CascadeCell, CascadeTarget } from '@plankb/core/align';
import type { CompareMessages } from '../i18n-compare.js';
import type { Messages } from '../i18n.js';
import { escapeInline, renderMarkdownTable } from './markdown.js';
import { labelled, targetText } from './plan-diff.js';
import { renderTable, type Column, type RenderedTable } from './table.js';
import { oneLine, truncate, widthOf } from '@plankb/terminal-text';

/** The strength bands of a cascade cell, strongest first. */
const BANDS: ReadonlyArray<{ least: number; bar: string }> = [
  { least: 0.3, bar: '●●●' },
  { least: 0.2, bar: '●●○' },
];

/**
 * How strongly a lower plan takes up a task, at a glance.
 *
 * @param score The best link's score; 0 when the task is not taken up.
 * @returns `●●●` (≥ 0.3), `●●○` (≥ 0.2), `●○○` (linked), or `·`.
 */
export function strengthBar(score: number): string {
  if (score <= 0) return '·';
  return BANDS.find((b) => score >= b.least)?.bar ?? '●○○';
}

export interface CascadeRenderOptions {
  upper: PlanDocument;
  lowers: readonly PlanDocument[];
  /** The least score of a link, for the legend. */
  threshold: number;
  width: number | undefined;
  t: CompareMessages;
  m: Messages;
}

/** Column keys for lower plans when their ids do not fit: A, B, … Z, AA, AB … */
function key(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${key(Math.floor(i / 26) - 1)}${key(i % 26)}`;
}

function labelsOf(cell: CascadeCell, lower: PlanDocument | undefined): string {
  return cell.taskIds.map((id) => lower?.tasks.find((t) => t.id === id)?.label ?? id.slice(id.lastIndexOf(':') + 1)).join('+');
}

function cellText(cell: CascadeCell | undefined, lower: PlanDocument | undefined): string {
  if (!cell || cell.score <= 0) return '·';
  return `${strengthBar(cell.score)} ${labelsOf(cell, lower)}`;
}

/** `  · 二、…`: the chapter a lower plan's task sits in, when it has one. */
function sectionOf(doc: PlanDocument | undefined, taskId: string): string {
  const sectionId = doc?.tasks.find((t) => t.id === taskId)?.sectionId;
  const section = sectionId ? doc?.sections.find((s) => s.id === sectionId) : undefined;
  return section ? `  · ${oneLine(`${section.label ?? ''}${section.title}`)}` : '';
}

/** How many tasks of the upper plan each lower plan takes up. */
function coverage(cascade: Cascade): number[] {
  return cascade.lowers.map((_, k) => cascade.rows.filter((r) => (r.cells[k]?.score ?? 0) > 0).length);
}

function matrix(cascade: Cascade, o: CascadeRenderOptions, headers: readonly string[]): RenderedTable {
  const columns: Column[] = [{ header: o.t.colTask, flex: 1, min: 12 }, ...headers.map((header) => ({ header }))];
  const rows = cascade.rows.map((row) => [labelled(row), ...cascade.lowers.map((l, k) => cellText(row.cells[k], o.lowers.find((d) => d.id === l.id)))]);
  return renderTable(columns, rows, { width: o.width });
}

/** The title width under which lower plans are keyed (A, B …) rather than named in the header. */
const TITLE_ROOM = 28;
const naturalTitle = (cascade: Cascade): number => Math.max(0, ...cascade.rows.map((r) => widthOf(labelled(r))));
/** How wide the task column came out: the width of its rule. */
const titleRoom = (table: RenderedTable): number => table.text.split('\n')[1]?.indexOf(' ') ?? 0;

const fits = (text: string, width: number | undefined): boolean => width === undefined || text.split('\n').every((line) => widthOf(line) <= width);

/**
 * Render a cascade as a coverage matrix for a terminal: one row per task of
 * the higher-level plan, one column per lower-level plan with a strength bar
 * and the matching task's number, then each lower plan's tasks with no
 * counterpart above. Lower plans are named by id in the header, or by a key
 * (A, B …) listed above the matrix when their ids do not fit the width.
 *
 * @param cascade The cascade (from `cascadePlan`).
 * @param o The documents, the width and the strings.
 * @returns The caption, the text and the columns left out.
 */
export function renderCascadeText(cascade: Cascade, o: CascadeRenderOptions): RenderedCascade {
  const { t } = o;
  const covered = coverage(cascade);
  const total = cascade.rows.length;
  let table = matrix(cascade, o, cascade.lowers.map((l) => l.id));
  // Note: name the lower plans by id in the header only when that leaves the task titles room to be read.
  const keyed = !fits(table.text, o.width) || titleRoom(table) < Math.min(TITLE_ROOM, naturalTitle(cascade));
  if (keyed) table = matrix(cascade, o, cascade.lowers.map((_, k) => key(k)));
  const fit = (line: string): string => (o.width === undefined ? line : truncate(line, o.width));
  const upperLine = `${cascade.upper.id} · ${oneLine(cascade.upper.title ?? '')}${cascade.upper.region ? ` (${cascade.upper.region})` : ''}`;
  const caption = [fit(upperLine), fit(t.lowerPlans(cascade.lowers.length))];
  const idWidth = Math.max(0, ...cascade.lowers.map((l) => widthOf(l.id)));
  // Note: the keys (A, B …) are part of the data, for a file to be read without the caption.
  const lines: string[] = [];
  cascade.lowers.forEach((lower, k) => {
    const prefix = `${keyed ? `${key(k)}  ` : ''}${lower.id.padEnd(idWidth)}`;
    const taken = t.takesUp(covered[k] ?? 0, total);
    const room = o.width === undefined ? Infinity : o.width - 2 - widthOf(prefix) - widthOf(taken) - 4;
    const title = room >= 8 ? `  ${truncate(oneLine(lower.title ?? ''), room)}` : '';
    caption.push(fit(`  ${prefix}${title}  ${taken}`));
    if (keyed) lines.push(fit(`  ${prefix}${title}`).trimEnd());
  });
  if (keyed) lines.push('');
  lines.push(table.text.trimEnd(), '', ...wrapLegend(t.strength(String(o.threshold)), o.width));
  const orphans = cascade.orphans;
  if (orphans.length > 0) lines.push('', t.headingOrphans);
  for (const entry of orphans) {
    lines.push(fit(entry.tasks.length === 0 ? t.noOrphans(entry.docId) : t.orphans(entry.docId, cascade.upper.id, entry.tasks.length)));
    const lower = o.lowers.find((d) => d.id === entry.docId);
    for (const task of entry.tasks) lines.push(fit(`  ${labelled(task)}${sectionOf(lower, task.id)}`));
  }
  const targets = targetLines(cascade, o);
  if (targets.length > 0) lines.push('', t.headingTargets);
  for (const block of targets) lines.push(fit(block.head), ...block.lines.map((line) => fit(`  ${line}`)));
  return { caption, text: `${lines.join('\n')}\n`, hidden: table.hidden };
}

/** A cascade as text: the caption for people (the upper plan, its lower plans and how much each takes up) and the data. */
export interface RenderedCascade extends RenderedTable {
  /** The upper plan, the number of lower plans and each with the share of tasks it takes up: written to stderr, before the data. */
  caption: string[];
}

/** `qingpu-2025: 800架 · a share · 16% of the upper figure` */
function relationText(docId: string, relation: CascadeTarget, lower: PlanDocument | undefined, t: CompareMessages): string {
  const figure = relation.lower ? `${targetText(lower?.targets.find((x) => x.id === relation.lower))} · ` : '';
  const share = relation.share !== null && relation.share !== 1 && relation.relation !== 'missing' ? ` · ${t.shareOfUpper(`${Number((relation.share * 100).toFixed(1))}%`)}` : '';
  return `${docId}: ${figure}${t.relations[relation.relation]}${share}`;
}

/**
 * The targets of the upper plan's tasks and how each lower plan's figure
 * relates to them: one block per upper target, one line per lower plan.
 */
function targetLines(cascade: Cascade, o: Omit<CascadeRenderOptions, 'width'>): Array<{ head: string; lines: string[] }> {
  const blocks: Array<{ head: string; lines: string[] }> = [];
  for (const row of cascade.rows) {
    const ids = [...new Set(row.cells.flatMap((c) => c.targets.map((x) => x.upper)))];
    for (const id of ids) {
      const target = o.upper.targets.find((x) => x.id === id);
      const lines = row.cells.flatMap((cell) => {
        const relation = cell.targets.find((x) => x.upper === id);
        return relation ? [relationText(cell.docId, relation, o.lowers.find((d) => d.id === cell.docId), o.t)] : [];
      });
      blocks.push({ head: `${labelled(row)} · ${target?.metric ?? id} ${targetText(target)}`, lines });
    }
  }
  return blocks;
}

/** Break a legend at its wide gaps so that no line is wider than the terminal. */
function wrapLegend(legend: string, width: number | undefined): string[] {
  if (width === undefined || widthOf(legend) <= width) return [legend];
  const parts = legend.split(/\s{2,}|;\s*/);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}  ${part}`;
    if (widthOf(next) > width && line !== '') {
      lines.push(line);
      line = part;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => truncate(l, width));
}

/**
 * Render a cascade as a Markdown report: the lower plans with their
 * coverage, the matrix as a table (bars, task numbers and scores), and the
 * tasks with no counterpart above.
 *
 * @param cascade The cascade.
 * @param o The documents and strings (the width is ignored).
 * @returns The Markdown.
 */
export function renderCascadeMarkdown(cascade: Cascade, o: Omit<CascadeRenderOptions, 'width'>): string {
  const { t } = o;
  const covered = coverage(cascade);
  const out = [`# ${escapeInline(`${cascade.upper.id} · ${cascade.upper.title ?? ''}`)}`, '', `## ${escapeInline(t.headingCoverage)}`, ''];
  cascade.lowers.forEach((lower, k) => out.push(`- ${escapeInline(`${lower.id} · ${lower.title ?? ''}: ${t.takesUp(covered[k] ?? 0, cascade.rows.length)}`)}`));
  out.push('');
  const rows = cascade.rows.map((row) => [
    labelled(row),
    ...cascade.lowers.map((l, k) => {
      const cell = row.cells[k];
      return cell && cell.score > 0 ? `${cellText(cell, o.lowers.find((d) => d.id === l.id))} (${cell.score.toFixed(2)})` : '·';
    }),
  ]);
  out.push(renderMarkdownTable([t.colTask, ...cascade.lowers.map((l) => l.id)], rows), escapeInline(t.strength(String(o.threshold))), '');
  if (cascade.orphans.length > 0) out.push(`## ${escapeInline(t.headingOrphans)}`, '');
  for (const entry of cascade.orphans) {
    out.push(escapeInline(entry.tasks.length === 0 ? t.noOrphans(entry.docId) : t.orphans(entry.docId, cascade.upper.id, entry.tasks.length)), '');
    for (const task of entry.tasks) out.push(`- ${escapeInline(labelled(task))}`);
    if (entry.tasks.length > 0) out.push('');
  }
  const targets = targetLines(cascade, o);
  if (targets.length > 0) out.push(`## ${escapeInline(t.headingTargets)}`, '');
  for (const block of targets) out.push(`- ${escapeInline(block.head)}`, ...block.lines.map((line) => `  - ${escapeInline(line)}`));
  if (targets.length > 0) out.push('');
  return `${out.join('\n').trimEnd()}\n`;
}
