// Tasks read from a task table when the plan states its tasks only there: a
// 重点任务清单 or 任务分工表 published on its own (often a spreadsheet), or a
// year's work points set out as a table under their title. Each row that names
// a task of its own (not one carried down from a merged cell above) is a task.
import type { Position, Section, Task } from '../model/types.js';
import { type AllocationTable, type Cell, cellSpans, quotableCell } from './allocation-table.js';
import type { Locator } from '../text/locator.js';
import { matchRowsToTasks, rowTexts } from './match-rows.js';
import { lineSpan, quoteSpans } from '../text/quote.js';
import type { SourceLine } from '../text/source-lines.js';
import { POINTS_TO_ATTACHED } from './attached-lists.js';
import { outlineItems, type OutlineItems } from './build-outline-items.js';
import { buildOutline } from './outline.js';
import type { Part } from './segment.js';

// Note: a cell that only says what to do names its task by its first sentence (优化开办企业。企业开办时间…).
const FIRST_SENTENCE = /^[^。；;！!？?]+/;

/** The quote of `[skip, skip + length)` of a cell's text, which starts where the cell does in its line. */
function cellQuote(lines: readonly SourceLine[], locator: Locator, cell: Cell, skip = 0, length = cell.text.length - skip): { text: string; position: Position } {
  // Note: a cell that holds line breaks reads as its parts joined, and points from its first part to its last.
  if (cell.rest) return { text: cell.text.slice(skip, skip + length), position: quoteSpans(lines, locator, cellSpans(lines, cell, skip, length)).position };
  const line = lineSpan(lines, cell.line as number);
  const from = (cell.from ?? line.from) + skip;
  return quoteSpans(lines, locator, [{ line: cell.line as number, from, to: from + length }]);
}

/** The row from its first cell to its last, without the table's own marks (the | around a pipe row). */
function rowSpan(lines: readonly SourceLine[], locator: Locator, cells: ReadonlyArray<Cell | undefined>, number?: Cell): Position {
  const spans = cells.flatMap((c) => {
    if (!c || c.line === null || c.text === '') return [];
    if (c.rest) return cellSpans(lines, c);
    const from = c.from ?? lineSpan(lines, c.line).from;
    return [{ line: c.line, from, to: c.to ?? from + c.text.length }];
  });
  spans.sort((a, b) => a.line - b.line || a.from - b.from);
  const last = spans.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.to > a.to) ? b : a));
  // Note: a row opens at its 序号, which is its label, even where its cells are centred and start on the lines above.
  const opening = number && number.line !== null && number.text !== '' && number.line > (spans[0]?.line ?? 0) ? cellSpans(lines, number)[0] : undefined;
  const first = opening ?? spans[0];
  return quoteSpans(lines, locator, [first as (typeof spans)[number], last]).position;
}

// A pointer to the attached table (重点任务分工见附表。, 具体任务详见附件1): the text says where the tasks are, it states none.
const POINTER = /^[^。；;]{0,24}(?:详见|参见|见)(?:附件|附表)[0-9０-９一二三四五六七八九十]*[^。；;]{0,20}[。.]?$/;

/**
 * Whether a plan's tasks only point to its task table (一、重点任务 / 重点任务分工见附表。): a short plan that states its
 * tasks in the table it attaches says so in place of them, and such an item is no task of its own.
 *
 * @param tasks The tasks read from the plan's outline.
 * @returns `true` when there are some and each one's text is such a pointer.
 */
export function onlyPointToTables(tasks: readonly Task[]): boolean {
  return tasks.length > 0 && tasks.every((t) => POINTER.test(t.body.trim() || t.title.trim()));
}

/**
 * The task tables whose rows are tasks the plan's outline does not hold: a plan whose text gives its chapters (一、工作目标
 * 二、重点任务分工 三、保障措施) and sets out its tasks in a table, inside it or attached (附件：重点任务分工表), while its
 * outline has items of its own (保障措施's). A table of which no row matches one of the outline's tasks lists others.
 *
 * @param tables The plan's task tables.
 * @param tasks The tasks read from the plan's outline.
 * @returns The tables that list tasks of their own.
 */
export function tablesOfOtherTasks(tables: readonly AllocationTable[], tasks: readonly Task[]): AllocationTable[] {
  if (tasks.length === 0) return [];
  return tables.filter((t) => t.rows.length >= 2 && matchRowsToTasks(rowTexts(t), tasks).every((m) => m.task === null));
}

// An item's text that leads into the table right under it: none, a colon, or words saying the table follows.
const LEADS_INTO_TABLE = /^$|[：:]$|下表|如下/;

/**
 * The item that heads each task table of the plan, if one does: the item right above a table inside the text whose
 * own text only leads into it (二、重点任务 over the table's rows, 二、任务分工：), or the one item whose text points to
 * the attached table (二、重点任务 / 实施重点任务25项（详见附件）。). Such an item is the table's heading, as a reader takes
 * it: a section whose items are the rows, and no task of its own.
 *
 * @param listing The tables whose rows are tasks the outline does not hold.
 * @param bodyTables The tables inside the plan's text.
 * @param tasks The tasks read from the plan's outline.
 * @param lines The file's lines.
 * @param text The file's text.
 * @returns Each table that an item heads, with the item.
 */
function tableHosts(listing: readonly AllocationTable[], bodyTables: readonly AllocationTable[], tasks: readonly Task[], lines: readonly SourceLine[], text: string): Map<AllocationTable, Task> {
  const hosts = new Map<AllocationTable, Task>();
  const pointing = pointingTask(tasks);
  for (const table of listing) {
    if (!bodyTables.includes(table)) {
      if (pointing) hosts.set(table, pointing);
      continue;
    }
    const at = lines[table.startLine]?.start ?? 0;
    const above = tasks.filter((t) => t.position.start.offset < at).pop();
    // Note: right above: nothing but blank lines between (a heading between would be the table's, though it heads items after it).
    if (above && LEADS_INTO_TABLE.test(above.body.trim()) && text.slice(above.position.end.offset, at).trim() === '') hosts.set(table, above);
  }
  return hosts;
}

/** The one task whose text points to an attachment, or `null` when none or several do. */
function pointingTask(tasks: readonly Task[]): Task | null {
  const pointing = tasks.filter((t) => POINTS_TO_ATTACHED.test(t.title) || POINTS_TO_ATTACHED.test(t.body));
  return pointing.length === 1 ? (pointing[0] ?? null) : null;
}

/** What lists a plan's tasks outside its outline: tables whose rows its outline does not hold, attached numbered lists. */
export interface Listings {
  listing: readonly AllocationTable[];
  bodyTables: readonly AllocationTable[];
  attachedLists: readonly Part[];
}

/**
 * A plan's sections and tasks with the tasks its tables and attached lists set out, each under the item that heads
 * it (which becomes a section), in document order.
 *
 * @param docId The plan's id.
 * @param file The source file, for diagnostics.
 * @param items What the plan's outline gives.
 * @param listings The tables and attached lists.
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param rebuild The outline's items again, with the items at the given title offsets read as sections.
 * @returns The sections and tasks.
 */
export function withListedTasks(docId: string, file: string | null, items: OutlineItems, listings: Listings, lines: readonly SourceLine[], locator: Locator, rebuild: (hosts: ReadonlySet<number>) => OutlineItems): { sections: Section[]; tasks: Task[] } {
  const { listing, bodyTables, attachedLists } = listings;
  const hosts = tableHosts(listing, bodyTables, items.tasks, lines, locator.text);
  const listHost = attachedLists.length > 0 ? pointingTask(items.tasks) : null;
  const offsets = new Set([...hosts.values(), ...(listHost ? [listHost] : [])].map((t) => t.titlePosition.start.offset));
  const hosted = offsets.size > 0 ? rebuild(offsets) : items;
  const sectionAt = new Map(hosted.sections.map((s) => [s.titlePosition.start.offset, s]));
  // Note: a row's own 领域 stays under the section, after it.
  const place = (host: Task | null | undefined, tasks: readonly Task[]): readonly Task[] => {
    const section = host ? sectionAt.get(host.titlePosition.start.offset) : undefined;
    return host && section ? tasks.map((t) => ({ ...t, sectionId: section.id, sectionPath: [...host.sectionPath, host.title, ...t.sectionPath] })) : tasks;
  };
  const rows = listing.flatMap((t) => place(hosts.get(t), tasksFromTable(docId, t, lines, locator)));
  const listed = attachedLists.flatMap((part) => place(listHost, outlineItems(docId, file, lines, locator, buildOutline(lines, part.contentStart, part.endLine)).tasks));
  return { sections: hosted.sections, tasks: inDocumentOrder(docId, [...hosted.tasks, ...rows, ...listed]) };
}

/**
 * Tasks from the outline and from tables put in document order, their ordinals and ids counted again.
 *
 * @param docId The plan's id.
 * @param tasks The tasks.
 * @returns The same tasks, ordered and numbered.
 */
export function inDocumentOrder(docId: string, tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => a.position.start.offset - b.position.start.offset).map((t, k) => ({ ...t, ordinal: k + 1, id: `${docId}:t${k + 1}` }));
}

/**
 * The tasks a task table states, one per row with a task (or, in a table without a task column, a content) cell of
 * its own, in row order; the row's 序号 is the label and its 领域 the section.
 *
 * @param docId The plan's id.
 * @param table The table.
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param first Ordinal of the first task (after the tasks the plan's outline already has).
 * @returns The tasks.
 */
export function tasksFromTable(docId: string, table: AllocationTable, lines: readonly SourceLine[], locator: Locator, first = 1): Task[] {
  const titled = table.columns.includes('task');
  // Note: a task cell merged over several rows (重点工作 | 具体任务, a rowspan the page repeats in each row) names a group:
  // each row's own content is its task, and the group is where it stands.
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const t = row.cells.task?.text.trim();
    if (t) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const grouped = (row: AllocationTable['rows'][number]): boolean => titled && (seen.get(row.cells.task?.text.trim() ?? '') ?? 0) > 1 && !!row.cells.content?.text.trim();
  const tasks: Task[] = [];
  for (const row of table.rows) {
    const group = grouped(row) ? (row.cells.task?.text.trim() ?? null) : null;
    if (group !== null) {
      tasks.push(groupedTask(docId, row, lines, locator, first + tasks.length, group));
      continue;
    }
    const taskCell = titled ? row.cells.task : row.cells.content;
    if (!taskCell || taskCell.line === null || taskCell.text.trim() === '') continue;
    // Note: what a task quotes is exactly its source; a cell wrapped inside its column gives its first part.
    const named = quotableCell(lines, taskCell);
    const content = titled && row.cells.content ? quotableCell(lines, row.cells.content) : undefined;
    const headLength = titled ? named.text.length : (FIRST_SENTENCE.exec(named.text)?.[0].length ?? named.text.length);
    const title = cellQuote(lines, locator, named, 0, headLength);
    // Note: the rest of a content cell after its first sentence is the body of a task it names.
    const restAt = headLength + (/^[。；;！!？?]/.test(named.text.slice(headLength)) ? 1 : 0);
    const body = content && content.line !== null && content.text !== '' ? cellQuote(lines, locator, content) : !titled && restAt < named.text.length ? cellQuote(lines, locator, named, restAt) : null;
    const numberText = row.cells.number?.text ?? null;
    const number = numberText && /^\d+/.test(numberText) ? Number.parseInt(numberText, 10) : null;
    const field = row.cells.field?.text || row.inherited.field?.text || null;
    const ordinal = first + tasks.length;
    tasks.push({
      type: 'task',
      id: `${docId}:t${ordinal}`,
      docId,
      ordinal,
      label: numberText,
      number,
      title: title.text,
      body: body?.text ?? '',
      sectionId: null,
      sectionPath: field ? [field] : [],
      position: rowSpan(lines, locator, Object.values(row.cells), row.cells.number),
      titlePosition: title.position,
      bodyPosition: body?.position ?? null,
    });
  }
  return tasks;
}

/** A row whose task cell names its group: the content's first sentence is the task, the rest its body. */
function groupedTask(docId: string, row: AllocationTable['rows'][number], lines: readonly SourceLine[], locator: Locator, ordinal: number, group: string): Task {
  const content = quotableCell(lines, row.cells.content as Cell);
  const headLength = FIRST_SENTENCE.exec(content.text)?.[0].length ?? content.text.length;
  const title = cellQuote(lines, locator, content, 0, headLength);
  const restAt = headLength + (/^[。；;！!？?]/.test(content.text.slice(headLength)) ? 1 : 0);
  const body = restAt < content.text.length ? cellQuote(lines, locator, content, restAt) : null;
  const numberText = row.cells.number?.text ?? null;
  return {
    type: 'task',
    id: `${docId}:t${ordinal}`,
    docId,
    ordinal,
    label: numberText,
    number: numberText && /^\d+/.test(numberText) ? Number.parseInt(numberText, 10) : null,
    title: title.text,
    body: body?.text ?? '',
    sectionId: null,
    sectionPath: [group],
    position: rowSpan(lines, locator, Object.values(row.cells), row.cells.number),
    titlePosition: title.position,
    bodyPosition: body?.position ?? null,
  };
}
