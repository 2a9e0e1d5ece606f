import { createHash } from 'node:crypto';
import { SCHEMA_VERSION } from '../model/version.js';
import type { Assignment, DocumentKind, PlanDocument, PlanIssue, Position, RelatedPart } from '../model/types.js';
import { addOutsideMentions, extractFigures } from '../targets/extract-figures.js';
import { dateByItemDue } from '../targets/item-due.js';
import { applyMetadata, type MetadataOverride } from '../parse/apply-metadata.js';
import { type AllocationTable, findAllocationTables, withCellEdges, withoutTables } from '../parse/allocation-table.js';
import { withoutIndicatorRows } from '../targets/indicator-table.js';
import { buildAssignments } from '../parse/build-assignments.js';
import { readInlineDuties } from '../parse/inline-duties.js';
import { outlineItems } from '../parse/build-outline-items.js';
import { readCountedPeriod, readDocumentMetadata, readTitlePeriod } from '../parse/document-metadata.js';
import { linesFromMarkdown, looksLikeMarkdown } from '../parse/from-markdown.js';
import { createLocator, type Locator } from '../text/locator.js';
import { kindFromSelfReference, kindFromTitle, PLAN_KINDS } from '../parse/metadata.js';
import { recogniseLabel } from '../text/numbering.js';
import { buildOutline } from '../parse/outline.js';
import { contentEnd, readMetaLines, type FoundMeta } from '../parse/part-metadata.js';
import { lineSpan, quoteSpans } from '../text/quote.js';
import { dropPageFurniture } from '../parse/page-furniture.js';
import { isDutyLine } from '../parse/find-duty-clauses.js';
import { fieldTitle, leadingTitle } from '../parse/leading-title.js';
import { titleFromNotice, titleHandedOver } from '../parse/notice-title.js';
import { splitRunOnHeads } from '../parse/run-on-heads.js';
import { splitRunOnRows } from '../parse/run-on-rows.js';
import { splitRunOnLines } from '../parse/run-on-lines.js';
import { splitRunOnBullets } from '../parse/run-on-bullets.js';
import { joinLabelLines } from '../parse/label-lines.js';
import { onlyPointToTables, tablesOfOtherTasks, tasksFromTable, withListedTasks } from '../parse/table-tasks.js';
import { attachedTaskLists } from '../parse/attached-lists.js';
import { ISSUING_VERBS } from '../parse/issuer.js';
import { countItems, isBlank, segmentLines, type Part, type TitleInfo } from '../parse/segment.js';
import { findGarbledYears } from '../parse/garbled-years.js';
import { joinHardWraps } from '../parse/hard-wrap.js';
import { hideRanges, invisibleRanges, linesFromText, spanOf, type SourceLine } from '../text/source-lines.js';
import { readCompatibilityForms } from '../text/compatibility-forms.js';
import { findLetterDigits, readLetterDigits, type LetterDigits } from '../text/letter-digits.js';
import { readOtherLineEnds } from '../text/line-ends.js';
import { restoreSourceQuotes } from './source-quotes.js';

/** Options of `parseDocument`: where the text came from, the ids and metadata of the plans it holds, and how to read it. */
export interface ParseOptions {
  /** The file's path, reported in `source.file` and in diagnostics. */
  file?: string;
  /** Ids for the plans the file holds, in order; missing ones are made from `file` (or `document`). */
  ids?: ReadonlyArray<string | undefined>;
  /** `auto` (the default) reads `.md` files, and text that looks like Markdown, as Markdown. */
  format?: 'auto' | 'text' | 'markdown';
  /** Metadata for the plans the file holds, in order (from a manifest); it wins over the text. */
  metadata?: ReadonlyArray<MetadataOverride | undefined>;
  /** SHA-256 of the file's bytes; computed from the text when not given. */
  sha256?: string;
  /** The file was cut off in the middle of a character and `text` is what came before the cut: a `truncated` warning says so. */
  truncated?: boolean;
}

/** A part of the source file: a plan, or the paperwork around one. */
export interface PartSummary {
  kind: DocumentKind;
  title: string | null;
  isPlan: boolean;
  position: Position;
}

/** What `parseDocument` returns: the plans as documents, every part of the file, and the diagnostics. */
export interface ParseResult {
  /** The plans the file holds, one document each. */
  documents: PlanDocument[];
  /** Every part of the file in order, plans included. */
  parts: PartSummary[];
  issues: PlanIssue[];
}

// Note: what a notice that issues, forwards or publishes another document says of it (关于印发《…》的通知).
const ISSUES_ANOTHER = new RegExp(`${ISSUING_VERBS}|《`);

const emptyOptions: ParseOptions = {};

function baseId(file: string | undefined): string {
  if (!file) return 'document';
  const stem = file.replace(/\\/g, '/').split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'document';
  return stem.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'document';
}

function partPosition(lines: readonly SourceLine[], locator: Locator, part: Part, end: number): Position {
  let first = part.startLine;
  while (first < end && isBlank(lines[first])) first++;
  let last = end - 1;
  while (last > first && isBlank(lines[last])) last--;
  if (first > last) return locator.positionOf(lines[part.startLine]?.start ?? 0, lines[part.startLine]?.start ?? 0);
  return quoteSpans(lines, locator, [lineSpan(lines, first), lineSpan(lines, last)]).position;
}

/** Whether a part's items are numbered in sequence somewhere (1. then 2., 一、 then 二、), as a plan's are. */
function numbersInSequence(lines: readonly SourceLine[], part: Part): boolean {
  const last = new Map<string, number>();
  for (let i = part.contentStart; i < part.endLine; i++) {
    const label = recogniseLabel(lines[i]?.text ?? '');
    if (!label) continue;
    if (label.number >= 2 && last.get(label.style) === label.number - 1) return true;
    last.set(label.style, label.number);
  }
  return false;
}

/**
 * Of several titled plans in one file, the ones whose items are numbered in sequence; the others are headers,
 * references or noise that happens to end in 规划 or 方案. When none is numbered, the longest is the one plan.
 */
function keepNumberedPlans(lines: readonly SourceLine[], parts: readonly Part[], candidates: number[]): number[] {
  if (candidates.length <= 1) return candidates;
  const numbered = candidates.filter((k) => numbersInSequence(lines, parts[k] as Part));
  if (numbered.length > 0) return numbered;
  const size = (k: number): number => (parts[k]?.endLine ?? 0) - (parts[k]?.contentStart ?? 0);
  return [candidates.reduce((a, b) => (size(b) > size(a) ? b : a))];
}

function relationOf(kind: DocumentKind): { relation: RelatedPart['relation']; prefer: 'next' | 'previous' } {
  if (kind === 'preface') return { relation: 'preface', prefer: 'next' };
  if (kind === 'notice' || kind === 'announcement') return { relation: 'issued-by', prefer: 'next' };
  if (kind === 'task-allocation') return { relation: 'attachment', prefer: 'previous' };
  return { relation: 'process-report', prefer: 'previous' };
}

/** The warning for a file cut off in the middle of a character, placed at the end of the text that was read. */
function cutOffIssue(file: string | null, text: string): PlanIssue {
  const locator = createLocator(text);
  const end = locator.positionOf(text.length, text.length);
  return {
    code: 'truncated',
    severity: 'warning',
    message: `The file ends in the middle of a character: it was cut off, and is read up to the cut (line ${end.end.line}, column ${end.end.column}).`,
    file,
    docId: null,
    position: end,
    source: 'core:read',
  };
}

/** A warning for each year OCR or a conversion damaged: the reader should check the source there. */
function garbledYearIssues(lines: readonly SourceLine[], locator: Locator, file: string | null): PlanIssue[] {
  return findGarbledYears(lines).map((g) => {
    const span = spanOf(lines[g.line] as SourceLine, g.from, g.to);
    return {
      code: 'garbled-text',
      severity: 'warning',
      message: `「${g.text}」 looks like a year damaged by OCR or a conversion; it is not read as a date.`,
      file,
      docId: null,
      position: locator.positionOf(span.start, span.end),
      source: 'core:parse',
    };
  });
}

/** A warning at each run of letters read as digits (2O25 read as 2025): the reader should check the source there. */
function letterDigitIssues(runs: readonly LetterDigits[], source: string, locator: Locator, file: string | null): PlanIssue[] {
  return runs
    .filter((r) => r.kind === 'digits')
    .map((r) => ({
      code: 'garbled-text',
      severity: 'warning',
      message: `「${source.slice(r.start, r.end)}」 holds letters that OCR or a conversion read for digits (O for 0, l for 1); it is read as ${r.read}.`,
      file,
      docId: null,
      position: locator.positionOf(r.start, r.end),
      source: 'core:parse',
    }));
}

/** The kind an untitled plan names in its opening paragraphs (…，制定本行动方案。). */
function selfNamedKind(lines: readonly SourceLine[], preamble: readonly number[]): DocumentKind | null {
  for (const i of preamble.slice(0, 3)) {
    const kind = kindFromSelfReference(lines[i]?.text ?? '');
    if (kind) return kind;
  }
  return null;
}

const ATTACHMENT_LIST = /^\s*附\s*件\s*\d*\s*[：:．.、]/;

const ENDS_SENTENCE = /[。！？!?；;”"』」）)》.…]$/;

/** A plain text's lines, its invisible characters (zero-width spaces a page's editor left) hidden. */
function textLines(text: string): SourceLine[] {
  const invisible = invisibleRanges(text);
  return invisible.length === 0 ? linesFromText(text) : hideRanges(linesFromText(text), invisible);
}

/**
 * Parse a plan document (plain text copied from a web page, or Markdown) into
 * the plankb model. A file may hold several documents (a draft, its task
 * table, process reports, the issuing notice and the final version): each
 * plan becomes a document, and the other parts are listed and related to it.
 * Content problems are returned as `issues`; this function does not throw on
 * any text. Compatibility characters (Kangxi radicals, radical forms) are read as the ideographs they stand for: the
 * values derived from the text (title, issuer, dates) hold the ideographs, the quotes the source's own characters.
 *
 * @param source The file's text.
 * @param options Where the text came from and how to read it.
 * @returns The documents, the file's parts and diagnostics.
 */
/**
 * The inline duties of a plan that also has task tables in its body: those outside the tables' lines, of items no row
 * already assigns, numbered after the rows' assignments. With no table assignments, all of them.
 */
function besideTables(inline: { assignments: Assignment[]; issues: PlanIssue[] }, fromTables: readonly Assignment[], tables: readonly AllocationTable[], lines: readonly SourceLine[]): { assignments: Assignment[]; issues: PlanIssue[] } {
  if (fromTables.length === 0) return inline;
  const spans = tables.map((t) => [lines[t.startLine]?.index ?? -1, lines[t.endLine - 1]?.index ?? -1] as const);
  const inTable = (at: Position | null): boolean => at !== null && spans.some(([a, b]) => at.start.line - 1 >= a && at.start.line - 1 <= b);
  const taken = new Set(fromTables.map((a) => a.taskId).filter((t) => t !== null));
  const kept = inline.assignments.filter((a) => !inTable(a.position) && (a.taskId === null || !taken.has(a.taskId)));
  return {
    assignments: kept.map((a, k) => ({ ...a, id: `${a.docId}:a${fromTables.length + k + 1}`, row: k + 1 })),
    issues: inline.issues.filter((i) => !inTable(i.position)),
  };
}

export function parseDocument(source: string, options: ParseOptions = emptyOptions): ParseResult {
  // Note: the text as read, compatibility characters (⼀⼆⽅, a PDF's fonts) as their ideographs; every offset into it is
  // the same offset into the source, so positions point into both, and the quotes are given back the source's own.
  // Note: so are its other line ends (U+000B, U+2028, U+2029) as \n, which every rule that reads a line's end sees.
  const readForms = readOtherLineEnds(readCompatibilityForms(source));
  // Note: and so are the digits OCR read as letters (2O25年, 1OO%) and the dash it read for 一 (-、), one for one too.
  const letterDigits = findLetterDigits(readForms);
  const text = readLetterDigits(readForms, letterDigits);
  const file = options.file ?? null;
  const issues: PlanIssue[] = options.truncated ? [cutOffIssue(file, source)] : [];
  if (text.trim() === '') {
    issues.push({ code: 'empty-input', severity: 'error', message: 'The file is empty: there is no text to parse.', file, docId: null, position: null, source: 'core:parse' });
    return { documents: [], parts: [], issues };
  }
  const markdown = options.format === 'markdown' || (options.format !== 'text' && (/\.(md|markdown)$/i.test(file ?? '') || looksLikeMarkdown(text)));
  const lines = splitRunOnBullets(splitRunOnLines(splitRunOnHeads(splitRunOnRows(joinHardWraps(joinLabelLines(dropPageFurniture(markdown ? linesFromMarkdown(text) : textLines(text))))))));
  const locator = createLocator(text, source);
  issues.push(...garbledYearIssues(lines, locator, file), ...letterDigitIssues(letterDigits, source, locator, file));
  const sha256 = options.sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex');
  const parts = segmentLines(lines);
  let planIndexes = keepNumberedPlans(lines, parts, parts.flatMap((p, k) => (PLAN_KINDS.has(p.kind) ? [k] : [])));
  if (planIndexes.length === 0) {
    // No titled plan: the untitled text with the most numbered items is the plan (a page with no title line).
    const scored = parts.map((p, k) => ({ k, n: p.title === null ? countItems(lines, p).items : 0 })).sort((a, b) => b.n - a.n);
    if (scored[0] && scored[0].n >= 2) planIndexes = [scored[0].k];
  }
  if (planIndexes.length === 0) {
    // Note: a 通知 that does not issue another document assigns the work itself (关于做好2024年…工作的通知, 关于进一步
    // 加强…的通知): the 公文 genre serves both purposes, and one that sets out numbered tasks is the plan of its file.
    // Note: its items may be numbered (一、) or paragraphs opened by 一是, 二是 or by their heading (outline.ts reads them);
    // its signature is none of them, and counted among its paragraphs it outweighed three led ones.
    const directive = parts.findIndex(
      (p) => p.kind === 'notice' && p.title !== null && !ISSUES_ANOTHER.test(p.title.text) && (countItems(lines, p).items >= 2 || buildOutline(lines, p.contentStart, contentEnd(lines, p.contentStart, p.endLine)).nodes.length >= 2),
    );
    if (directive >= 0) planIndexes = [directive];
  }
  if (planIndexes.length === 0) {
    // Note: an untitled text with no numbered items whose paragraphs open with their headings (a body copied without
    // its title: 为…，制定以下措施。 then 全面推行清单管理。编制…): led paragraphs are items as numbered ones are (outline.ts),
    // but weaker evidence than numbers, so it takes three of them, and they must make up most of its paragraphs.
    const led = parts.findIndex((p) => p.title === null && buildOutline(lines, p.contentStart, contentEnd(lines, p.contentStart, p.endLine)).nodes.length >= 3);
    if (led >= 0) planIndexes = [led];
  }
  if (planIndexes.length === 0) {
    // Note: a task list published on its own (重点任务清单, 任务分工表, often a spreadsheet) is the plan it lists.
    const table = parts.findIndex((p) => p.kind === 'task-allocation' && findAllocationTables(lines, p.contentStart, p.endLine).length > 0);
    if (table >= 0) planIndexes = [table];
  }
  // Note: a task list attached to the plan before it as numbered items is that plan's, as its table would be.
  const lists = attachedTaskLists(lines, parts, planIndexes);
  if (lists.size > 0) planIndexes = planIndexes.filter((k) => !lists.has(k));
  const kindOf = (k: number): DocumentKind => (lists.has(k) ? 'task-allocation' : (parts[k] as Part).kind);
  const isPlanPart = new Set(planIndexes);
  const summaries: PartSummary[] = parts.map((p, k) => ({
    kind: p.kind === 'preface' && isPlanPart.has(k) ? 'other' : kindOf(k),
    title: p.title?.text ?? null,
    isPlan: isPlanPart.has(k),
    position: partPosition(lines, locator, p, p.endLine),
  }));
  if (planIndexes.length === 0) {
    issues.push({
      code: 'no-structure',
      severity: 'error',
      message: 'No plan found: the text has no plan title (…工作要点, …规划, …方案) and no numbered items (一、 (一) 1.).',
      file,
      docId: null,
      position: locator.positionOf(0, text.length),
      source: 'core:parse',
    });
    return { documents: [], parts: summaries, issues };
  }
  const base = baseId(options.file);
  const documents = planIndexes.map((k, p) => {
    const part = parts[k] as Part;
    const id = options.ids?.[p] ?? (p === 0 ? base : `${base}-${p + 1}`);
    const end = contentEnd(lines, part.contentStart, part.endLine);
    // Note: a task table inside the plan's body (its only statement of duties, or of some tasks) is read as a table; its rows are no items of the outline.
    const bodyTables = findAllocationTables(lines, part.contentStart, end);
    const outline = buildOutline(withoutIndicatorRows(bodyTables.length > 0 ? withoutTables(lines, bodyTables) : lines, part.contentStart, end), part.contentStart, end);
    const items = outlineItems(id, file, lines, locator, outline);
    issues.push(...items.issues);
    // Note: an item that only points to the task table (重点任务分工见附表。) is none of the plan's tasks when the table is there.
    const pointers = onlyPointToTables(items.tasks);
    if (pointers && bodyTables.length > 0) items.tasks.length = 0;
    // Note: a plan that states its tasks only in its task table (a 清单 on its own, work points set out as a table).
    if (items.tasks.length === 0) items.tasks.push(...bodyTables.flatMap((t) => tasksFromTable(id, t, lines, locator, items.tasks.length + 1)));
    const previousPlan = planIndexes[p - 1] ?? -1;
    const nextPlan = planIndexes[p + 1] ?? parts.length;
    const related: RelatedPart[] = [];
    let issuing: FoundMeta = {};
    let noticeTitle: TitleInfo | null = null;
    let issuingTitle: TitleInfo | null = null;
    const tables = [...bodyTables];
    // Note: only the parts between the neighbouring plans can belong to this one; scanning them all made many-plan files quadratic.
    for (let j = previousPlan + 1; j < nextPlan; j++) {
      if (isPlanPart.has(j)) continue;
      const other = parts[j] as Part;
      const { relation, prefer } = relationOf(kindOf(j));
      const before = j < k && j > previousPlan;
      const after = j > k && j < nextPlan;
      const belongs = prefer === 'next' ? before || (after && nextPlan === parts.length && !planIndexes.some((q) => q > j)) : after || (before && previousPlan < 0 && !planIndexes.some((q) => q < j));
      if (!belongs) continue;
      related.push({ relation, kind: kindOf(j), title: other.title?.text ?? null, position: summaries[j]?.position ?? partPosition(lines, locator, other, other.endLine) });
      if (relation === 'issued-by') {
        issuing = readMetaLines(lines, other.contentStart, other.endLine);
        noticeTitle = other.kind === 'notice' ? other.title : null;
        issuingTitle = other.title;
      }
      if (other.table) tables.push(other.table);
    }
    if (pointers && tables.length > bodyTables.length) items.tasks.length = 0;
    // Note: a plan whose text only introduces its list (为…，制定本清单。附件：…分工表) states its tasks in the attached table.
    const tasksFromAttached = items.tasks.length === 0 ? tables.slice(bodyTables.length) : [];
    if (items.tasks.length === 0) items.tasks.push(...tasksFromAttached.flatMap((t) => tasksFromTable(id, t, lines, locator, items.tasks.length + 1)));
    // Note: a plan whose outline gives its chapters and whose table its tasks (二、重点任务分工 over the table, or 附件：…分工表).
    const listing = tablesOfOtherTasks(tables, items.tasks);
    const attachedLists = [...lists].flatMap(([list, owner]) => (owner === k ? [parts[list] as Part] : []));
    if (listing.length > 0 || attachedLists.length > 0) {
      const listed = withListedTasks(id, file, items, { listing, bodyTables, attachedLists }, lines, locator, (hosts) => outlineItems(id, file, lines, locator, outline, hosts));
      items.sections.splice(0, items.sections.length, ...listed.sections);
      items.tasks.splice(0, items.tasks.length, ...listed.tasks);
    }
    // Note: so are the figures of its tasks (企业开办时间压缩至1个工作日以内 in a row): the figures are read to the table's end.
    const figuresEnd = items.tasks.length > 0 ? Math.max(end, ...[...tasksFromAttached, ...listing, ...attachedLists].map((t) => t.endLine)) : end;
    const own = readMetaLines(lines, end, part.endLine);
    // Note: a plan issued by a notice is named by it; one that opens the file may be named by its first line.
    const leading = part.title ?? (noticeTitle ? null : leadingTitle(lines, part));
    // Note: a plan with no title line, the first titled text of its file, may be named by a field of the file's head
    // (title: …, 标题：…); a notice's title there names it as the notice itself would.
    const field = leading || noticeTitle || parts.slice(0, k).some((q) => q.title) ? null : fieldTitle(lines, part);
    if (field && kindFromTitle(field.text) === 'notice') noticeTitle = field;
    const title = leading ?? (field === noticeTitle ? null : field);
    const meta = readDocumentMetadata(lines, locator, title, own, issuing, issuingTitle);
    // A plan with no title line is named by the notice that issues it (关于印发《…》的通知).
    // Note: or, when the copy lost the notice's title, by the sentence after its addressees that hands the plan over.
    const untitled = !title && !noticeTitle && part.title === null;
    const untitledNotice = untitled && part.kind === 'notice';
    const named = !title && noticeTitle ? titleFromNotice(noticeTitle, locator) : untitled ? titleHandedOver(lines, part.startLine, end, locator) : null;
    if (named) {
      meta.title = named.text;
      meta.provenance.title = { from: 'derived', position: named.position, quote: named.quote };
      // Note: the name the notice gives states the plan's period or year as a title line would (…2024年…工作要点).
      if (meta.period === null) readTitlePeriod(meta, named.text, { text: named.quote, position: named.position });
    }
    // Note: a title that counts its years (三年行动方案) and names none leaves them to the plan's opening.
    readCountedPeriod(meta, lines, locator, part.contentStart, end);
    if (!title) {
      const message = named ? 'The plan has no title line; its title is taken from the notice that issues it.' : 'The plan has no title line; give one in the manifest.';
      issues.push({ code: 'no-title', severity: 'info', message, file, docId: id, position: null, source: 'core:parse' });
    }
    let lastLine = end - 1;
    // Note: the list of attachments under a document's text (附件：…指标) names them; it is no sentence to end.
    while (lastLine > part.contentStart && isBlank(lines[lastLine])) lastLine--;
    // Note: the list may wrap (附件：…机具种类范 / 围): look a few lines up for its first line.
    for (let k = lastLine; k > Math.max(part.contentStart, lastLine - 4); k--) {
      if (!ATTACHMENT_LIST.test(lines[k]?.text ?? '')) continue;
      lastLine = k - 1;
      while (lastLine > part.contentStart && isBlank(lines[lastLine])) lastLine--;
      break;
    }
    const lastText = lines[lastLine]?.text.trim() ?? '';
    // Note: a plan that ends with its task table ends with a row (… | 6月底), not a sentence.
    const endsInTable = bodyTables.some((t) => lastLine >= t.startLine && lastLine < t.endLine);
    // Note: nor does a plan whose items end with their duty on a line of its own (完成时限：2024年12月底前).
    if (lastText !== '' && !ENDS_SENTENCE.test(lastText) && !endsInTable && !isDutyLine(lastText)) {
      issues.push({
        code: 'truncated',
        severity: 'warning',
        message: `The plan ends mid-sentence (…${lastText.slice(-12)}); the source may be cut off.`,
        file,
        docId: id,
        position: quoteSpans(lines, locator, [lineSpan(lines, lastLine)]).position,
        source: 'core:parse',
      });
    }
    const year = meta.period?.end ?? meta.year ?? null;
    const assignments = tables.flatMap((table) => {
      const built = buildAssignments(id, file, table, items.tasks, year ?? (meta.date ? Number(meta.date.slice(0, 4)) : null), lines, locator);
      issues.push(...built.issues);
      return built.assignments;
    });
    // Note: a plan without a task table states its duties inline: （牵头单位：…）, （…牵头，…负责）. So does a plan whose
    // table is in its body, for the items outside it: a project plan lists its projects in a table (项目名称 | … |
    // 牵头单位) and sets its requirements under it with their own brackets (（责任单位：区发改局，完成时限：…）).
    if (assignments.length === 0 || (bodyTables.length > 0 && tables.every((t) => bodyTables.includes(t)))) {
      const inline = readInlineDuties({ docId: id, file, lines, locator, from: part.contentStart, to: Math.max(end, ...attachedLists.map((l) => l.endLine)), tasks: items.tasks, sections: items.sections, year: year ?? (meta.date ? Number(meta.date.slice(0, 4)) : null) });
      const beside = besideTables(inline, assignments, bodyTables, lines);
      assignments.push(...beside.assignments);
      issues.push(...beside.issues);
    }
    // Note: an untitled plan named by a notice or a field is of the kind its name says, though its text opens with the
    // notice's addressees (a page that prints the notice's text and the plan's under the notice's title).
    // Note: so is a plan named by a news release's headline (某市印发《…实施方案》) over its text.
    const headlined = title !== null && title === leading && part.title === null ? kindFromTitle(title.text) : null;
    const namedKind =
      part.title === null ? ((named ? kindFromTitle(named.text) : null) ?? (title && title === field ? kindFromTitle(title.text) : null) ?? (headlined && PLAN_KINDS.has(headlined) ? headlined : null)) : null;
    const parsed: PlanDocument = {
      schemaVersion: SCHEMA_VERSION,
      type: 'document',
      id,
      title: meta.title,
      // Note: an untitled text opened by addressees that hands nothing over (各县（区）人民政府…： / 为…，制定本方案。) is the
      // plan it names itself, addressed to units directly, as a titled plan's text may be.
      kind:
        namedKind ??
        (untitledNotice ? selfNamedKind(lines, outline.preamble) : null) ??
        (PLAN_KINDS.has(part.kind) || part.kind === 'notice' || part.kind === 'task-allocation' ? part.kind : (selfNamedKind(lines, outline.preamble) ?? 'other')),
      status: meta.status,
      region: meta.region,
      parentRegion: meta.parentRegion,
      province: meta.province,
      level: meta.level,
      year: meta.year,
      period: meta.period,
      issuer: meta.issuer,
      docNumber: meta.docNumber,
      indexNumber: meta.indexNumber,
      date: meta.date,
      source: { file: file ?? '', sha256, part: p + 1, position: partPosition(lines, locator, part, end) },
      provenance: meta.provenance,
      sections: items.sections,
      goals: items.goals,
      tasks: items.tasks,
      assignments,
      targets: [],
      indicators: [],
      related,
    };
    const override = options.metadata?.[p];
    const document = override ? applyMetadata(parsed, override) : parsed;
    const figures = extractFigures({
      docId: id,
      lines: withCellEdges(lines, tables),
      locator,
      from: part.contentStart,
      to: figuresEnd,
      tasks: document.tasks,
      sections: document.sections,
      goals: document.goals,
      defaultYear: document.period?.end ?? document.year ?? null,
      firstYear: document.period?.start ?? document.year ?? null,
    });
    addOutsideMentions(figures.targets, locator, related.map((r) => r.position));
    dateByItemDue(figures.targets, document.assignments);
    // Note: the rows of a 主要指标 table under a goals heading are the table's, read as targets; they are no goal statements.
    const inTable = (offset: number): boolean => figures.tableSpans.some((s) => s.start <= offset && offset <= s.end);
    const goals = document.goals.some((g) => inTable(g.position.start.offset))
      ? document.goals.filter((g) => !inTable(g.position.start.offset)).map((g, i) => ({ ...g, id: `${id}:g${i + 1}` }))
      : document.goals;
    return { ...document, goals, targets: figures.targets, indicators: figures.indicators };
  });
  // Note: the quotes are the source's own text, compatibility characters and all; the parser read them as ideographs.
  if (text !== source) for (const d of documents) restoreSourceQuotes(d, source, text);
  return { documents, parts: summaries, issues };
}
