import { METADATA_FIELDS, type MetadataField, type PlanDocument, type Provenance } from '@plankb/core';
import type { Messages } from '../i18n.js';
import { displayPath } from './diagnostics.js';
import { linesLabel, yearLabel } from './labels.js';
import { escapeInline, renderMarkdownTable } from './markdown.js';
import { buildOutline, renderOutlineMarkdown, renderOutlineText } from './outline.js';
import { renderTable } from './table.js';
import { truncate } from '@plankb/terminal-text';

export interface DocumentView {
  t: Messages;
  /** The columns text may use; `undefined` for no limit. */
  width: number | undefined;
  /** The corpus folder the document's file is relative to, if any. */
  base: string | undefined;
  /** The heading; the document's title by default. */
  heading?: string;
}

const MISSING = '-';

function fieldValue(doc: PlanDocument, field: MetadataField, t: Messages): string {
  switch (field) {
    case 'kind':
      return t.kinds[doc.kind];
    case 'status':
      return t.statuses[doc.status];
    case 'level':
      return t.levels[doc.level];
    case 'year':
      return doc.year === null ? MISSING : String(doc.year);
    case 'period':
      return doc.period === null ? MISSING : yearLabel({ year: null, period: doc.period });
    default:
      return doc[field] ?? MISSING;
  }
}

/** Where a value came from: `text 1:3`, `manifest 76:3 「上海市数据局办公室」` (what the text said, when it differs). */
function provenanceLabel(provenance: Provenance | undefined, value: string, t: Messages): string {
  if (provenance === undefined) return '';
  const at = provenance.position ? ` ${provenance.position.start.line}:${provenance.position.start.column}` : '';
  const quote = provenance.quote !== null && provenance.quote !== value ? ` 「${truncate(provenance.quote, 40)}」` : '';
  return `${t.sources[provenance.from]}${at}${quote}`;
}

function metadataRows(doc: PlanDocument, t: Messages): string[][] {
  return METADATA_FIELDS.map((field) => {
    const value = fieldValue(doc, field, t);
    return [t.fields[field], value, provenanceLabel(doc.provenance[field], value, t)];
  });
}

function relatedRows(doc: PlanDocument, t: Messages): string[][] {
  return doc.related.map((r) => [t.relations[r.relation], t.kinds[r.kind], r.title ?? MISSING, linesLabel(r.position)]);
}

/**
 * What a document is, for a caption: its title (or the view's heading), its id and source, and its counts.
 *
 * @param doc The document.
 * @param view Language, corpus folder and heading.
 * @returns The lines.
 */
export function documentCaption(doc: PlanDocument, view: DocumentView): string[] {
  return [view.heading ?? doc.title ?? view.t.untitled, ...summaryLines(doc, view)];
}

function summaryLines(doc: PlanDocument, view: DocumentView): string[] {
  const { t } = view;
  const chapters = doc.sections.filter((s) => s.parentId === null).length;
  const source = t.sourceLine(displayPath(doc.source.file, view.base), doc.source.part, linesLabel(doc.source.position));
  const counts = t.counts({ chapters, sections: doc.sections.length, tasks: doc.tasks.length, goals: doc.goals.length, assignments: doc.assignments.length });
  return [`${doc.id} · ${source}`, counts];
}

function indent(text: string, by: number): string[] {
  return text.trimEnd().split('\n').map((line) => ' '.repeat(by) + line);
}

/**
 * Render a document as text: metadata with where each value came from,
 * related parts, and the outline tree. The caption (title, source and
 * counts) is `documentCaption`'s, which commands print on stderr.
 *
 * @param doc The document.
 * @param view Language, width and corpus folder.
 * @returns The lines.
 */
export function renderDocumentText(doc: PlanDocument, view: DocumentView): string[] {
  const { t, width } = view;
  const inner = width === undefined ? undefined : width - 2;
  const fields = renderTable([{ header: t.colField }, { header: t.colValue, flex: 1, min: 16 }, { header: t.colFrom, flex: 2, min: 12 }], metadataRows(doc, t), { width: inner });
  const related = renderTable(
    [{ header: t.colRelation }, { header: t.colKind }, { header: t.colTitle, flex: 1, min: 12 }, { header: t.colLines, align: 'right' }],
    relatedRows(doc, t),
    { width: inner },
  );
  const outline = renderOutlineText(buildOutline(doc), t, { indent: 2, width });
  return [
    t.headingMetadata,
    ...indent(fields.text, 2),
    '',
    t.headingRelated,
    ...(doc.related.length === 0 ? [`  ${t.noRelated}`] : indent(related.text, 2)),
    '',
    t.headingOutline,
    ...(outline.length === 0 ? [`  ${t.emptyOutline}`] : outline),
  ];
}

/**
 * Render a document as Markdown: headings, a metadata table and lists.
 *
 * @param doc The document.
 * @param view Language, corpus folder and heading level.
 * @param level The level of the document's heading (`#` = 1).
 * @returns The lines.
 */
export function renderDocumentMarkdown(doc: PlanDocument, view: DocumentView, level = 1): string[] {
  const { t } = view;
  const h = (n: number): string => '#'.repeat(level + n);
  const related = doc.related.map((r) => `- ${escapeInline(`${t.relations[r.relation]} · ${t.kinds[r.kind]} · ${r.title ?? MISSING} (${linesLabel(r.position)})`)}`);
  const outline = renderOutlineMarkdown(buildOutline(doc), t);
  return [
    `${h(0)} ${escapeInline(view.heading ?? doc.title ?? t.untitled)}`,
    '',
    ...summaryLines(doc, view).map((line) => `- ${escapeInline(line)}`),
    '',
    `${h(1)} ${t.headingMetadata}`,
    '',
    renderMarkdownTable([t.colField, t.colValue, t.colFrom], metadataRows(doc, t)).trimEnd(),
    '',
    `${h(1)} ${t.headingRelated}`,
    '',
    ...(related.length === 0 ? [t.noRelated] : related),
    '',
    `${h(1)} ${t.headingOutline}`,
    '',
    ...(outline.length === 0 ? [escapeInline(t.emptyOutline)] : outline),
  ];
}
