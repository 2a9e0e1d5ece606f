// Finds the duty clauses of a plan's lines: parenthesised ones anywhere in a
// line (full-width or, from OCR, half-width brackets) and labelled lines
// without brackets (牵头单位：市发展改革委). Each is read by `readDutyClause`;
// parentheses that are not duties (scores, 以下简称, sub-numbering) are left.
import { readDutyClause, type DutyClause } from './duty-clause.js';
import type { SourceLine } from './source-lines.js';

/** A duty clause where it stands in the lines. */
export interface FoundClause {
  /** Index of the line. */
  line: number;
  /** The clause with its brackets (or the labelled line), in the line's text. */
  outerFrom: number;
  outerTo: number;
  /** The clause's own text, which the clause's offsets are relative to. */
  innerFrom: number;
  clause: DutyClause;
  /** The clause is the whole line (it stands on its own line, before or after its item). */
  ownLine: boolean;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
// Note: a labelled duty may stand on its own line without brackets, as it does in a table flattened to text.
const LABELLED_LINE = /^(?:牵头考核单位|牵头单位|牵头部门|主责单位|主责部门|责任单位|责任部门|配合单位|配合部门)\s*[：:]/;

/** Top-level bracket pairs of a line: [open, close] indexes. An unclosed bracket ends nothing. */
function bracketPairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (OPEN.has(c)) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSE.has(c) && depth > 0) {
      depth--;
      if (depth === 0) pairs.push([open, i]);
    }
  }
  return pairs;
}

/** Give a deadline-only clause to the clause of units just before it on the line; whether it was. */
function mergeDeadline(previous: FoundClause, clause: DutyClause, text: string, open: number, close: number): boolean {
  const unitless = clause.lead.length === 0 && clause.supporting.length === 0 && !clause.responsible;
  if (!unitless || !clause.due || previous.clause.due || !/^[\s　。；;，,]*$/.test(text.slice(previous.outerTo, open))) return false;
  // Note: the clause's offsets count from the previous clause's text, which the merged clause now spans.
  const shift = open + 1 - previous.innerFrom;
  previous.clause.due = { span: { from: clause.due.span.from + shift, to: clause.due.span.to + shift }, head: clause.due.head };
  previous.outerTo = close + 1;
  return true;
}

/**
 * The duty clauses of lines `[from, to)`, in document order.
 *
 * @param lines The file's lines.
 * @param from First line of the plan's content.
 * @param to Line after its last.
 * @returns Each clause read, with where it stands.
 */
export function findDutyClauses(lines: readonly SourceLine[], from: number, to: number): FoundClause[] {
  const found: FoundClause[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    if (!/[（(：:]/.test(text)) continue;
    const first = text.length - text.trimStart().length;
    const last = text.trimEnd().length;
    const labelled = LABELLED_LINE.exec(text.slice(first));
    if (labelled) {
      const end = /[。.；;]$/.test(text.slice(first, last)) ? last - 1 : last;
      const clause = readDutyClause(text.slice(first, end));
      if (clause) {
        found.push({ line: i, outerFrom: first, outerTo: end, innerFrom: first, clause, ownLine: true });
        continue;
      }
    }
    for (const [open, close] of bracketPairs(text)) {
      const clause = readDutyClause(text.slice(open + 1, close));
      if (!clause) continue;
      const previous = found[found.length - 1];
      // Note: （责任单位：市大数据局）（完成时限：2024年底前）: a deadline in its own bracket right after the units is theirs.
      if (previous && previous.line === i && mergeDeadline(previous, clause, text, open, close)) continue;
      const rest = text.slice(close + 1, last);
      const ownLine = open === first && /^[。.；;]?$/.test(rest);
      found.push({ line: i, outerFrom: open, outerTo: close + 1, innerFrom: open + 1, clause, ownLine });
    }
  }
  return found;
}
