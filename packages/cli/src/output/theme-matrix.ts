import type { PlanDocument, Task } from '@plankb/core';
import type { Theme, ThemeRow } from '@plankb/core/align';
import type { CompareMessages } from '../i18n-compare.js';
import { renderMarkdownTable } from './markdown.js';
import { labelled } from './plan-diff.js';
import { renderTable, type Column, type RenderedTable } from './table.js';
import { pad, widthOf } from '@plankb/terminal-text';

/** Short column headers for the curated themes (at most four characters); others use their name up to the first `/`. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'trusted-data-space': '数据空间',
  'open-data': '数据开放',
  'data-elements': '数据要素',
  'ai-models': '大模型',
  'low-altitude': '低空',
  'digital-infrastructure': '数字基建',
  'planning-rules': '规划制度',
};

/**
 * A theme's short Chinese name, for a column header.
 *
 * @param theme A theme.
 * @returns 算力, 数据空间, 一网通办 …
 */
export function shortName(theme: Theme): string {
  return SHORT_NAMES[theme.id] ?? theme.name.split('/')[0] ?? theme.name;
}

/** A document's year or period as a reader writes it: 2025, 2026–2030. */
export function yearOf(row: Pick<ThemeRow, 'year' | 'period'>): string {
  if (row.period && row.period.start !== row.period.end) return `${row.period.start}–${row.period.end}`;
  return row.period ? String(row.period.start) : row.year === null ? '' : String(row.year);
}

export interface MatrixRenderOptions {
  themes: readonly Theme[];
  documents: readonly PlanDocument[];
  width: number | undefined;
  t: CompareMessages;
}

const count = (ids: readonly string[] | undefined): string => ((ids?.length ?? 0) === 0 ? '·' : String(ids?.length));
const taskCount = (rows: ThemeRow, docs: readonly PlanDocument[]): string => String(docs.find((d) => d.id === rows.docId)?.tasks.length ?? '');
const fits = (text: string, width: number | undefined): boolean => width === undefined || text.split('\n').every((line) => widthOf(line) <= width);

/** Column keys for documents when the matrix is turned: A, B, … */
function key(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${key(Math.floor(i / 26) - 1)}${key(i % 26)}`;
}

/**
 * Render the document × theme matrix for a terminal. Documents are rows
 * and themes columns (short names, counts right-aligned, `·` for none) when
 * that fits the width; otherwise the matrix is turned, themes as rows and
 * documents as keyed columns (A, B …) listed above it, so it stays whole and
 * readable at 80 columns.
 *
 * @param rows The matrix (from `themeMatrix`).
 * @param o The themes, the documents (for task counts), the width and the strings.
 * @returns The text and the columns left out (none: the matrix turns instead).
 */
export function renderThemeMatrixText(rows: readonly ThemeRow[], o: MatrixRenderOptions): RenderedTable {
  const { t } = o;
  // Note: the theme columns are set one space apart (their Chinese headers read as separate words), the
  // document columns two; the two halves are rendered apart and joined line by line.
  const label = renderTable(
    [{ header: t.colRegion }, { header: t.colYear }, { header: t.colDocument }, { header: t.colTasks, align: 'right' }],
    rows.map((r) => [r.region ?? '', yearOf(r), r.docId, taskCount(r, o.documents)]),
  );
  const counts = renderTable(
    o.themes.map((theme): Column => ({ header: shortName(theme), align: 'right' })),
    rows.map((r) => o.themes.map((theme) => count(r.cells[theme.id]))),
    { gap: 1 },
  );
  const labelLines = label.text.trimEnd().split('\n');
  const labelWidth = Math.max(...labelLines.map(widthOf));
  const countLines = counts.text.trimEnd().split('\n');
  const wide = labelLines.map((line, i) => `${pad(line, labelWidth)}  ${countLines[i] ?? ''}`.trimEnd()).join('\n') + '\n';
  if (fits(wide, o.width)) return { text: wide, hidden: [] };
  const legend = renderTable(
    [{ header: t.colKey }, { header: t.colRegion }, { header: t.colYear }, { header: t.colDocument, flex: 1, min: 10 }, { header: t.colTasks, align: 'right' }],
    rows.map((r, i) => [key(i), r.region ?? '', yearOf(r), r.docId, taskCount(r, o.documents)]),
    { width: o.width },
  );
  const turned = renderTable(
    [{ header: t.colTheme, flex: 1, min: 8 }, ...rows.map((_, i): Column => ({ header: key(i), align: 'right' }))],
    o.themes.map((theme) => [theme.name, ...rows.map((r) => count(r.cells[theme.id]))]),
    { width: o.width },
  );
  return { text: `${legend.text}\n${turned.text}`, hidden: [...legend.hidden, ...turned.hidden] };
}

/**
 * Render the document × theme matrix as a Markdown table (full theme names).
 *
 * @param rows The matrix.
 * @param o The themes, documents and strings.
 * @returns The table.
 */
export function renderThemeMatrixMarkdown(rows: readonly ThemeRow[], o: Omit<MatrixRenderOptions, 'width'>): string {
  const { t } = o;
  return renderMarkdownTable(
    [t.colRegion, t.colYear, t.colDocument, t.colTasks, ...o.themes.map((theme) => theme.name)],
    rows.map((r) => [r.region ?? '', yearOf(r), r.docId, taskCount(r, o.documents), ...o.themes.map((theme) => String(r.cells[theme.id]?.length ?? 0))]),
    ['left', 'left', 'left', 'right', ...o.themes.map(() => 'right' as const)],
  );
}

/** One task behind a cell of the matrix, with the theme's words found in it. */
export interface ThemeTask {
  docId: string;
  task: Task;
  matched: string[];
}

/**
 * The tasks behind one theme column, with the keywords that put each there.
 *
 * @param rows The matrix.
 * @param theme The theme.
 * @param documents The documents of the rows.
 * @returns The tasks, by document then task order.
 */
export function themeTasks(rows: readonly ThemeRow[], theme: Theme, documents: readonly PlanDocument[]): ThemeTask[] {
  return rows.flatMap((row) => {
    const doc = documents.find((d) => d.id === row.docId);
    const ids = new Set(row.cells[theme.id] ?? []);
    return (doc?.tasks ?? [])
      .filter((task) => ids.has(task.id))
      .map((task) => ({ docId: row.docId, task, matched: theme.keywords.filter((k) => `${task.title}\n${task.body}`.includes(k)) }));
  });
}

/**
 * The tasks behind a theme as a text table.
 *
 * @param tasks The tasks (from `themeTasks`).
 * @param width The terminal width.
 * @param t The strings.
 * @returns The table.
 */
export function renderThemeTasksText(tasks: readonly ThemeTask[], width: number | undefined, t: CompareMessages): RenderedTable {
  // Note: the task column shows the id within its document (t3); the document column names the rest.
  const local = (id: string): string => id.slice(id.lastIndexOf(':') + 1);
  return renderTable(
    [{ header: t.colDocument }, { header: t.colTask }, { header: t.colTitle, flex: 1, min: 16 }, { header: t.colMatched, flex: 2, min: 8, hide: 1 }],
    tasks.map((x) => [x.docId, local(x.task.id), labelled(x.task), x.matched.join(' ')]),
    { width },
  );
}

/**
 * The tasks behind a theme as a Markdown table.
 *
 * @param tasks The tasks.
 * @param t The strings.
 * @returns The table.
 */
export function renderThemeTasksMarkdown(tasks: readonly ThemeTask[], t: CompareMessages): string {
  return renderMarkdownTable(
    [t.colDocument, t.colTask, t.colLabel, t.colTitle, t.colMatched],
    tasks.map((x) => [x.docId, x.task.id, x.task.label ?? '', x.task.title, x.matched.join(' ')]),
  );
}
