import { IMPLIED_YUAN } from '../src/targets/quantity.js';
import { expect } from 'vitest';
import type { PlanDocument, Position } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { invisibleRanges } from '../src/text/source-lines.js';

/** The source text at a position. */
export function sliceAt(text: string, position: Position): string {
  return text.slice(position.start.offset, position.end.offset);
}

/** A point's line and column must agree with its offset. */
function expectPointConsistent(text: string, position: Position): void {
  for (const point of [position.start, position.end]) {
    const before = text.slice(0, point.offset).split(/\r\n|\n|\r/);
    expect(point.line).toBe(before.length);
    // Note: on line 1, columns count from after a byte-order mark, as an editor shows them.
    const mark = before.length === 1 && text.charCodeAt(0) === 0xfeff && point.offset > 0 ? 1 : 0;
    expect(point.column).toBe((before[before.length - 1]?.length ?? 0) + 1 - mark);
  }
}

/** A line break and the blanks around it: what a title wrapped over two lines reads without. */
const LINE_BREAK = /\s*(?:\r\n|\n|\r|\u000b|\u2028|\u2029)\s*/g;

/** A text without the characters the parser hides (zero-width spaces, format characters, emoji: `invisibleRanges`). */
function visible(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of invisibleRanges(text)) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** Markdown's inline markup: emphasis marks, code ticks and escapes, which a Markdown title reads without. */
const INLINE_MARKUP = /\\(?=[\p{P}\p{S}])|[*_`]/gu;

/**
 * Check provenance: every item's reported text is exactly the source at its
 * position (a title wrapped over two lines reads without its line break, and a
 * title holding a character the parser hides, or in Markdown inline markup,
 * reads without it).
 */
export function expectExactQuotes(text: string, document: PlanDocument): void {
  const markdown = /\.(md|markdown)$/i.test(document.source.file);
  const same = (quote: string, position: Position | null): void => {
    expect(position).not.toBeNull();
    if (!position) return;
    expectPointConsistent(text, position);
    const source = sliceAt(text, position);
    if (source !== quote) expect(visible(source).replace(LINE_BREAK, '')).toBe(visible(quote));
  };
  const sameTitle = (quote: string, position: Position | null): void => {
    if (!markdown || !position) return same(quote, position);
    expectPointConsistent(text, position);
    expect(visible(sliceAt(text, position)).replace(LINE_BREAK, '').replace(INLINE_MARKUP, '')).toBe(visible(quote).replace(INLINE_MARKUP, ''));
  };
  for (const s of document.sections) sameTitle(s.title, s.titlePosition);
  for (const t of document.tasks) {
    sameTitle(t.title, t.titlePosition);
    if (t.body !== '') same(t.body, t.bodyPosition);
    const whole = sliceAt(text, t.position);
    const plain = (x: string): string => (markdown ? visible(x).replace(INLINE_MARKUP, '') : visible(x));
    expect(plain(whole).replace(LINE_BREAK, '')).toContain(plain(t.title).slice(0, 4));
    if (t.label) expect(whole.startsWith(t.label)).toBe(true);
  }
  for (const g of document.goals) {
    same(g.text, g.position);
    if (g.title !== null) sameTitle(g.title, g.titlePosition);
  }
  for (const a of document.assignments) {
    same(a.content, a.contentPosition);
    if (a.dueText !== null) same(a.dueText, a.duePosition);
    // Note: a unit may be wrapped over two lines of a hard-wrapped text; it reads without the line break, as a title does.
    if (a.leadPosition) expect(sliceAt(text, a.leadPosition).replace(LINE_BREAK, '').includes(a.leadUnits[0] ?? '')).toBe(true);
  }
  for (const t of [...document.targets, ...document.indicators]) {
    same(t.quote, t.position);
    // Note: a money grade (万亿级) implies its 元 without writing it; its gloss says so.
    if (t.unitGloss !== IMPLIED_YUAN) expect(t.quote).toContain(String(t.unit ?? ''));
  }
  for (const t of document.targets) for (const m of t.mentions) same(m.quote, m.position);
  for (const [field, p] of Object.entries(document.provenance)) {
    if (p.position && p.quote !== null) expect(sliceAt(text, p.position), field).toBe(p.quote);
  }
}

/** A compact, reviewable projection of a document: one line per item. */
export function outlineOf(doc: PlanDocument): unknown {
  const line = (p: { start: { line: number; column: number } }): string => `L${p.start.line}:${p.start.column}`;
  const sectionTitle = new Map(doc.sections.map((s) => [s.id, `${s.label ?? ''}${s.title}`]));
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    region: doc.region,
    parentRegion: doc.parentRegion,
    province: doc.province,
    level: doc.level,
    year: doc.year,
    period: doc.period,
    issuer: doc.issuer,
    docNumber: doc.docNumber,
    indexNumber: doc.indexNumber,
    date: doc.date,
    provenance: Object.fromEntries(Object.entries(doc.provenance).map(([k, v]) => [k, v.from])),
    related: doc.related.map((r) => `${r.relation} ${r.kind} ${r.title ?? '(untitled)'} ${line(r.position)}`),
    sections: doc.sections.map((s) => `${s.id.split(':')[1]} ${'  '.repeat(s.depth - 1)}${s.label ?? ''}${s.title} [${s.role}] ${line(s.titlePosition)}`),
    goals: doc.goals.map((g) => `${g.id.split(':')[1]} ${g.title ?? g.text.slice(0, 24) + '…'} ${line(g.position)}`),
    tasks: doc.tasks.map((t) => `${t.id.split(':')[1]} ${t.label ?? '·'} ${t.title} | ${t.sectionId ? sectionTitle.get(t.sectionId) : '-'} | ${line(t.titlePosition)} | ${t.body.length} chars`),
    targets: doc.targets.map(
      (t) => `${t.id.split(':')[1]} ${t.taskId?.split(':')[1] ?? t.sectionId?.split(':')[1] ?? '-'} | ${t.subject ? `(${t.subject}) ` : ''}${t.metric} ${t.comparator} ${t.value} ${t.unit ?? ''}${t.approx ? ' ~' : ''} | by ${t.deadline?.year ?? '-'}${t.deadline?.date ? ` ${t.deadline.date}` : ''} | ${t.mentions.length} mention(s) | ${line(t.position)}`,
    ),
    indicators: doc.indicators.map(
      (t) => `${t.id.split(':')[1]} ${t.sectionId?.split(':')[1] ?? '-'} | ${t.metric} ${t.comparator ?? ''}${t.comparator ? ' ' : ''}${t.value} ${t.unit ?? ''}${t.approx ? ' ~' : ''} | as of ${t.asOf ?? '-'} | ${line(t.position)}`,
    ),
    assignments: doc.assignments.map(
      (a) => `${a.id.split(':')[1]} ${a.number ?? '↳'} → ${a.taskId?.split(':')[1] ?? 'NONE'} | ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText} = ${a.due}`,
    ),
  };
}


/**
 * The source text a metadata field's provenance points at.
 *
 * @param text The parsed text.
 * @param doc The document.
 * @param field A metadata field (title, date, docNumber …).
 * @returns The quoted source, or `null` when the field has no provenance.
 */
export function quoted(text: string, doc: PlanDocument, field: string): string | null {
  const p = doc.provenance[field]?.position;
  return p ? sliceAt(text, p) : null;
}

/**
 * The one plan a crafted text holds, its quotes checked against the text.
 *
 * @param text The text, parsed as `case.txt`.
 * @returns The plan; the test fails when the text holds none or more than one.
 */
export function onlyPlan(text: string): PlanDocument {
  const result = parseDocument(text, { file: 'case.txt' });
  for (const doc of result.documents) expectExactQuotes(text, doc);
  const [doc, more] = result.documents;
  expect(more).toBeUndefined();
  if (!doc) throw new Error('no document');
  return doc;
}
