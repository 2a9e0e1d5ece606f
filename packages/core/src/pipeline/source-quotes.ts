import type { PlanDocument, Position } from '../model/types.js';

/**
 * A string read from `read` at a position, in the source's own characters: `read` is the source with some characters
 * replaced one for one (`readCompatibilityForms`), and the string is the read text there, perhaps without the line
 * breaks and blanks of a wrapped line. Each of its characters is found in turn in the read text and the source's
 * character at that offset taken.
 */
function inSource(source: string, read: string, quote: string, position: Position | null | undefined): string {
  if (!position) return quote;
  const { offset: start } = position.start;
  const { offset: end } = position.end;
  let out = '';
  let j = start;
  for (let k = 0; k < quote.length; k++) {
    const c = quote[k] as string;
    let at = j;
    while (at < end && read[at] !== c) at++;
    // Note: a character the read text does not hold there (a value the parser made) stays as it is.
    if (at >= end) {
      out += c;
      continue;
    }
    out += source[at];
    j = at + 1;
  }
  return out;
}

/**
 * Put the source's own characters back into every quote of a document parsed from a read form of its source, so
 * that each quote is exactly the source at its position; the values the parser derived (the title, the issuer, the
 * region) keep the read characters.
 *
 * @param doc The document, changed in place.
 * @param source The source text.
 * @param read The text it was parsed from: the source with some characters replaced one for one.
 */
export function restoreSourceQuotes(doc: PlanDocument, source: string, read: string): void {
  const quote = (s: string, p: Position | null | undefined): string => inSource(source, read, s, p);
  for (const s of doc.sections) {
    s.title = quote(s.title, s.titlePosition);
    if (s.label !== null) s.label = quote(s.label, s.position);
  }
  for (const t of doc.tasks) {
    t.title = quote(t.title, t.titlePosition);
    if (t.label !== null) t.label = quote(t.label, t.position);
    t.body = quote(t.body, t.bodyPosition);
  }
  for (const g of doc.goals) {
    g.text = quote(g.text, g.position);
    if (g.title !== null) g.title = quote(g.title, g.titlePosition);
  }
  for (const a of doc.assignments) {
    a.content = quote(a.content, a.contentPosition);
    if (a.dueText !== null) a.dueText = quote(a.dueText, a.duePosition);
    a.leadUnits = a.leadUnits.map((u) => quote(u, a.leadPosition));
    a.supportingUnits = a.supportingUnits.map((u) => quote(u, a.supportingPosition));
  }
  for (const t of [...doc.targets, ...doc.indicators]) {
    const read = t.quote;
    t.quote = quote(t.quote, t.position);
    if (t.unit !== null && read.includes(t.unit)) {
      const from = read.indexOf(t.unit);
      t.unit = t.quote.slice(from, from + t.unit.length);
    }
  }
  for (const t of doc.targets) for (const m of t.mentions) m.quote = quote(m.quote, m.position);
  for (const p of Object.values(doc.provenance)) if (p.position && p.quote !== null) p.quote = quote(p.quote, p.position);
}
