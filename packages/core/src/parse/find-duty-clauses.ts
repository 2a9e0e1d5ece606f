// Finds the duty clauses of a plan's lines: parenthesised ones anywhere in a
// line (full-width or, from OCR, half-width brackets) and labelled lines
// without brackets (牵头单位：市发展改革委). Each is read by `readDutyClause`;
// parentheses that are not duties (scores, 以下简称, sub-numbering) are left.
import { readBareUnits, readDeadlineBracket, readDutyClause, readTogetherSentence, shifted, type DutyClause } from './duty-clause.js';
import { DUE_LABELS, LEAD_LABELS, labelAlternation, PERSON_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS, UNIT_LABELS } from './duty-labels.js';
import { offsetAt, type SourceLine } from '../text/source-lines.js';

/** A duty clause where it stands in the lines. */
export interface FoundClause {
  /** Index of the line the clause starts on. */
  line: number;
  /** Index of the line it ends on: the next one when a hard-wrapped line breaks the clause. */
  endLine: number;
  /** Where the clause opens (its bracket, or the label) in `line`'s text, and where it closes in `endLine`'s. */
  outerFrom: number;
  outerTo: number;
  /** Where the clause's own text starts in `line`; the clause's offsets count from here (across the break). */
  innerFrom: number;
  clause: DutyClause;
  /** The clause is the whole line (it stands on its own line, before or after its item). */
  ownLine: boolean;
}

// Note: brackets are told by their code units, not by one-character strings looked up in a set: this runs on every
// character of every line that holds a bracket or a colon.
// Note: a duty clause may be set in any bracket of Chinese text (GB/T 15834 names （）, 〔〕 and 【】): 【责任单位：…】 and
// 〔牵头单位：…〕 close items as （责任单位：…） does. ASCII square brackets are left alone (Markdown's links use them).
const isOpen = (c: number): boolean => c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x3014; // （ ( 【 〔
const isClose = (c: number): boolean => c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x3015; // ） ) 】 〕
// Note: a labelled duty may stand on its own line without brackets, as it does in a table flattened to text.
// Note: a deadline may stand on a line of its own under the units (完成时限：2024年8月底前); see duty-lines.ts.
// Note: so may one that names the official in charge first (责任领导：李四　责任科室：医政医管股; 牵头县领导：…；责任单位：…), as
// supervision sheets and county task divisions set their columns, when a unit's label follows on the line.
const LABELLED_LINE = new RegExp(`^(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})\\s*[：:]|^(?:${labelAlternation(PERSON_LABELS)})\\s*[：:][^。]*?(?:${UNIT_LABELS})\\s*[：:]`);
// Note: the same label after the item's last sentence, on its line and without brackets (…。责任单位：区大数据中心。), as
// a page flattened to text joins a duty line to its item; the label and its colon mark a duty whatever surrounds them.
const LABELLED_TAIL = new RegExp(`[。；;]\\s*((?:${UNIT_LABELS})\\s*[：:])`);

// Labels in square brackets, then the units, to the end of the line: …。【牵头单位】区数据局【配合单位】区财政局.
const BRACKET_LABEL_WORDS = labelAlternation(LEAD_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS, DUE_LABELS);
const BRACKET_LABEL = new RegExp(`【(?:${BRACKET_LABEL_WORDS})】`);
const BRACKET_LABELS = new RegExp(`【(${BRACKET_LABEL_WORDS})】`, 'g');

// A list of units broken after a separator: its rest is on the next line.
const LIST_RUNS_ON = /[、，,]$/;

/** Whether a line is a labelled duty of its own (责任单位：…, 完成时限：…, 【牵头单位】…): a line that need not end a sentence. */
export function isDutyLine(text: string): boolean {
  const t = text.trimStart();
  return LABELLED_LINE.test(t) || BRACKET_LABEL.exec(t)?.index === 0;
}

/**
 * The source span of the clause's text `[from, to)` (offsets into its own text, which may run on into the next line).
 *
 * @param lines The file's lines.
 * @param c The clause.
 * @param from First offset into the clause's text.
 * @param to Offset after the last.
 * @returns Source offsets `[start, end)`.
 */
export function clauseSpan(lines: readonly SourceLine[], c: FoundClause, from: number, to: number): { start: number; end: number } {
  const first = lines[c.line] as SourceLine;
  const firstLength = c.endLine === c.line ? Infinity : first.text.length - c.innerFrom;
  const at = (k: number): number => (k < firstLength ? offsetAt(first, c.innerFrom + k) : offsetAt(lines[c.endLine] as SourceLine, k - firstLength));
  if (to <= from) return { start: at(from), end: at(from) };
  return { start: at(from), end: at(to - 1) + 1 };
}

/** Where a bracket left open at the end of a line closes early in the next line (a hard-wrapped clause), or -1; `within` characters. */
function closesEarly(next: string, within = 80): number {
  let depth = 1;
  for (let i = 0; i < Math.min(next.length, within); i++) {
    const c = next.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * Top-level bracket pairs of a line from `start` ([open, close] indexes, counted from `start`), and the top-level
 * bracket left open at its end (or -1).
 */
function bracketPairs(text: string, start: number): { pairs: Array<[number, number]>; unclosed: number } {
  const pairs: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) {
      if (depth === 0) open = i - start;
      depth++;
    } else if (isClose(c) && depth > 0) {
      depth--;
      if (depth === 0) pairs.push([open, i - start]);
    }
  }
  return { pairs, unclosed: depth > 0 ? open : -1 };
}

/** Whether the rest of a line is one bracket holding a deadline alone (（2025年12月底前）), perhaps with a full stop. */
function deadlineBracketCloses(rest: string): boolean {
  const m = /^\s*[（(]([^（）()]{2,20})[）)][。.；;\s]*$/.exec(rest);
  return m !== null && readDeadlineBracket(m[1] as string) !== null;
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

/** An unbracketed labelled clause that ends a line after the item's last sentence, outside every bracket pair. */
function labelledTail(text: string, pairs: ReadonlyArray<[number, number]>, last: number): { from: number; to: number; clause: DutyClause } | null {
  const m = LABELLED_TAIL.exec(text);
  if (!m) return null;
  const from = m.index + m[0].length - (m[1] as string).length;
  if (pairs.some(([o, c]) => o < from && from < c)) return null;
  const to = /[。.；;]$/.test(text.slice(from, last)) ? last - 1 : last;
  const clause = readDutyClause(text.slice(from, to));
  return clause ? { from, to, clause } : null;
}

// A labelled deadline right after the units' bracket, outside it (（责任单位：区金融办）时间节点：2025年10月底前), as a page sets
// the 时限 column of a task list after the bracketed units: the units' deadline, as a second bracket of it is.
const DUE_AFTER_BRACKET = new RegExp(`^[\\s　。；;，,]*((?:${labelAlternation(DUE_LABELS)})\\s*[：:])`);

/** Give the units' bracket that ends before a labelled deadline closing the line that deadline. */
function dueAfterBracket(text: string, line: number, last: number, previous: FoundClause | undefined): void {
  if (!previous || previous.line !== line || previous.endLine !== line || previous.clause.due) return;
  const m = DUE_AFTER_BRACKET.exec(text.slice(previous.outerTo, last));
  if (!m) return;
  const from = previous.outerTo + m[0].length - (m[1] as string).length;
  const to = /[。.；;]$/.test(text.slice(from, last)) ? last - 1 : last;
  const clause = readDutyClause(text.slice(from, to));
  if (clause) mergeDeadline(previous, clause, text, from - 1, to - 1);
}

// A sentence that names who does the item, in prose: 由市数据局牵头，市直各部门配合，2025年底前完成。 / 市数据局负责。
const PROSE_DUTY = /(?:牵头|负责|配合|单位为)/;

/**
 * The last sentence of an item's line when it is a duty written as prose (…。由市数据局牵头，市直各部门配合，2025年底前完成。):
 * it must read whole as a duty clause (units, their verbs, a deadline) and name who leads or is responsible.
 */
function proseTail(text: string): { from: number; to: number; clause: DutyClause } | null {
  if (!PROSE_DUTY.test(text)) return null;
  const last = text.trimEnd().length;
  const to = /[。.；;]$/.test(text.slice(0, last)) ? last - 1 : last;
  const from = Math.max(text.lastIndexOf('。', to - 1), text.lastIndexOf('；', to - 1)) + 1;
  // Note: the sentence ends a line after another sentence (the item's title and body come first).
  if (from <= 0 || to - from < 4) return null;
  const clause = readDutyClause(text.slice(from, to));
  if (clause && (clause.lead.length > 0 || clause.responsible !== null)) return { from, to, clause };
  // Note: the deadline may be set off from the units by a semicolon (…。区文旅局牵头，区发改局配合；2025年12月底前完成。 /
  // …。区文旅局、区商务局负责；全年推进。), as it is inside a bracket: the sentence then starts at the full stop before.
  // The part after the semicolon must be the sentence's deadline, read as such in the whole.
  if (text[from - 1] !== '；' || clause) return null;
  const start = text.lastIndexOf('。', from - 2) + 1;
  if (start <= 0 || from - 1 - start < 4) return null;
  const whole = readDutyClause(text.slice(start, to));
  const dueAfter = whole?.due !== null && whole?.due !== undefined && whole.due.span.from >= from - start;
  return whole && dueAfter && (whole.lead.length > 0 || whole.responsible !== null) ? { from: start, to, clause: whole } : null;
}

/**
 * A duty written as prose on a line of its own, under its item as a labelled one stands (区人才办牵头，区房管局、区人社局配合。
 * / 区司法局负责，各相关部门配合，6月底前完成。): one sentence that reads whole as a duty clause and names who leads or is
 * responsible.
 */
function proseLine(text: string): { from: number; to: number; clause: DutyClause } | null {
  if (!PROSE_DUTY.test(text)) return null;
  const from = text.length - text.trimStart().length;
  const last = text.trimEnd().length;
  const to = /[。.；;]$/.test(text.slice(0, last)) ? last - 1 : last;
  if (to - from < 4 || to - from > 80 || /[。；;！？]/.test(text.slice(from, to))) return null;
  const clause = readDutyClause(text.slice(from, to));
  return clause && (clause.lead.length > 0 || clause.responsible !== null) ? { from, to, clause } : null;
}

// The heading sentence that opens an item, its label included: short, ended by 。 (（二）推进老旧街区有机更新。).
const HEADING_SENTENCE = /^[^。；;！？]{2,48}。/;

/**
 * The sentence right after an item's heading sentence when it says who does the item (（四）增加公共服务设施供给。区教体局、
 * 区卫健局负责。围绕…), or the duty that opens it (（三）完善城市基础设施。由区住建局牵头，区综合执法局配合，加快…): the
 * other place besides the item's end where a plan names the units of an item in prose. The opening duty must start
 * with 由 and name its lead (由…牵头), so that a measure's own subject (市民政局要会同…) is no duty here.
 */
function proseHead(text: string): { from: number; to: number; clause: DutyClause } | null {
  // Note: cheap tests first, on the sentence itself; this runs on every line that names no duty otherwise.
  const stop = text.indexOf('。');
  if (stop < 0 || stop > 60) return null;
  // Note: the heading sentence is read with its label (（三）完善城市基础设施。), which holds no 。.
  const at = text.length - text.trimStart().length;
  const heading = HEADING_SENTENCE.exec(text.slice(at));
  if (!heading) return null;
  const from = at + heading[0].length;
  const rest = text.slice(from);
  const end = rest.search(/[。；;]/);
  const sentence = end < 0 ? rest.trimEnd() : rest.slice(0, end);
  if (sentence.length < 4 || !PROSE_DUTY.test(sentence)) return null;
  const whole = readDutyClause(sentence);
  if (whole && (whole.lead.length > 0 || whole.responsible !== null)) return { from, to: from + sentence.length, clause: whole };
  if (!sentence.startsWith('由') || !sentence.includes('牵头')) return null;
  // Note: the longest run of its first clauses that reads as a duty naming a lead, and leaves some of the sentence after it.
  const commas = [...sentence.matchAll(/[，,]/g)].map((m) => m.index);
  for (let k = Math.min(commas.length, 3) - 1; k >= 0; k--) {
    const cut = commas[k] as number;
    const clause = readDutyClause(sentence.slice(0, cut));
    if (clause && clause.lead.length > 0) return { from, to: from + cut, clause };
  }
  return null;
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
  // Note: where a line's reading starts: after the close of a clause the previous line opened.
  let resume = 0;
  for (let i = from; i < to; i++) {
    const start = resume;
    resume = 0;
    const text = lines[i]?.text ?? '';
    const before = found.length;
    if (!/[（(：:【〔]/.test(text)) {
      const prose = start === 0 ? (proseTail(text) ?? proseHead(text)) : null;
      if (prose) found.push({ line: i, endLine: i, outerFrom: prose.from, outerTo: prose.to, innerFrom: prose.from, clause: prose.clause, ownLine: false });
      const own = start === 0 && !prose ? proseLine(text) : null;
      if (own) found.push({ line: i, endLine: i, outerFrom: own.from, outerTo: own.to, innerFrom: own.from, clause: own.clause, ownLine: true });
      continue;
    }
    const first = text.length - text.trimStart().length;
    const last = text.trimEnd().length;
    const marked = start === 0 ? BRACKET_LABEL.exec(text) : null;
    if (marked) {
      const end = /[。.；;]$/.test(text.slice(marked.index, last)) ? last - 1 : last;
      // Note: 【牵头单位】 becomes 　牵头单位： (the same length), so offsets into the clause stay those of the line.
      const clause = readDutyClause(text.slice(marked.index, end).replace(BRACKET_LABELS, (_m, label: string) => `　${label}：`));
      if (clause) {
        found.push({ line: i, endLine: i, outerFrom: marked.index, outerTo: end, innerFrom: marked.index, clause, ownLine: marked.index === first });
        continue;
      }
    }
    const labelled = start === 0 ? LABELLED_LINE.exec(text.slice(first)) : null;
    // Note: a label alone on its line (责任单位：) has its units on the next (a page's bold label over its value, a PDF line
    // broken after the colon, which ends no paragraph there). So does a list whose line ends on its separator (责任单位：
    // 区发展改革委、区市场监管局、 / 区司法局、区人民法院), broken as a narrow cell or column breaks it: the rest of the list.
    if (labelled && (labelled[0].length === last - first || LIST_RUNS_ON.test(text.slice(0, last))) && i + 1 < to) {
      const next = lines[i + 1]?.text ?? '';
      const end = next.trimEnd().length - (/[。.；;]$/.test(next.trimEnd()) ? 1 : 0);
      const clause = next.trim() !== '' && !LABELLED_LINE.test(next.trimStart()) ? readDutyClause(text.slice(first) + next.slice(0, end)) : null;
      if (clause) {
        found.push({ line: i, endLine: i + 1, outerFrom: first, outerTo: end, innerFrom: first, clause, ownLine: true });
        resume = next.length;
        continue;
      }
    }
    if (labelled) {
      const end = /[。.；;]$/.test(text.slice(first, last)) ? last - 1 : last;
      const clause = readDutyClause(text.slice(first, end));
      if (clause) {
        found.push({ line: i, endLine: i, outerFrom: first, outerTo: end, innerFrom: first, clause, ownLine: true });
        continue;
      }
    }
    const { pairs, unclosed } = bracketPairs(text, start);
    const tail = start === 0 ? labelledTail(text, pairs, last) : null;
    for (const [o, c] of pairs) {
      const open = o + start;
      const close = c + start;
      // Note: brackets inside an unbracketed tail clause (区大数据中心（牵头）) belong to it.
      if (tail && open > tail.from) continue;
      // Note: a bracket of bare names counts only where it closes the line, as duties close their items.
      // Note: so does one that only a deadline's bracket follows (（市商务局、市投资促进局）（2025年12月底前）), which is its deadline.
      const closesLine = /^[。.；;\s]*$/.test(text.slice(close + 1)) || deadlineBracketCloses(text.slice(close + 1));
      const previous = found[found.length - 1];
      // Note: a bracket of a deadline alone counts right after the units' bracket (…（责任单位：…）（10月底前完成）) or where
      // it closes the item; elsewhere (a phase's 动员部署阶段（2025年3月）) it is read by no rule.
      const afterUnits = previous !== undefined && previous.line === i && previous.endLine === i && /^[\s　。；;，,]*$/.test(text.slice(previous.outerTo, open));
      const clause =
        readDutyClause(text.slice(open + 1, close)) ??
        (closesLine && open > first ? readBareUnits(text.slice(open + 1, close)) : null) ??
        ((closesLine && open > first) || afterUnits ? readDeadlineBracket(text.slice(open + 1, close)) : null);
      if (!clause) continue;
      // Note: （责任单位：市大数据局）（完成时限：2024年底前）: a deadline in its own bracket right after the units is theirs.
      if (previous && previous.line === i && previous.endLine === i && mergeDeadline(previous, clause, text, open, close)) continue;
      const ownLine = open === first && /^[。.；;]?$/.test(text.slice(close + 1, last));
      found.push({ line: i, endLine: i, outerFrom: open, outerTo: close + 1, innerFrom: open + 1, clause, ownLine });
    }
    if (tail) found.push({ line: i, endLine: i, outerFrom: tail.from, outerTo: tail.to, innerFrom: tail.from, clause: tail.clause, ownLine: false });
    else dueAfterBracket(text, i, last, found[found.length - 1]);
    // Note: a numbered item's line holds brackets of its own (its label （三）, a name 各县（市、区）), and its duty may still be
    // a prose sentence closing it (（三）推动…。由市商务局牵头，市农业农村局配合。), when no clause in brackets or labels says it.
    if (start === 0 && found.length === before && unclosed < 0) {
      const prose = proseTail(text) ?? proseHead(text);
      if (prose && !pairs.some(([o, c]) => o < prose.from && prose.from <= c)) found.push({ line: i, endLine: i, outerFrom: prose.from, outerTo: prose.to, innerFrom: prose.from, clause: prose.clause, ownLine: false });
      // Note: a duty line of its own may hold a name's brackets (各县（市）人民政府负责落实，州住房城乡建设局指导。).
      const own = prose ? null : proseLine(text);
      if (own) found.push({ line: i, endLine: i, outerFrom: own.from, outerTo: own.to, innerFrom: own.from, clause: own.clause, ownLine: true });
    }
    if (unclosed < 0) continue;
    const open = unclosed + start;
    const next = i + 1 < to ? (lines[i + 1]?.text ?? '') : '';
    const close = closesEarly(next);
    // Note: a bracket typed without its close at the end of an item (…下降20%左右（区司法局牵头，区各执法部门按职责分工负责), which
    // no later line closes, still holds the item's duty: read to the line's end, as if closed there.
    if (close < 0 && closesEarly(next, next.length) < 0) {
      const end = /[。.；;]$/.test(text.slice(0, last)) ? last - 1 : last;
      const clause = open > first ? readDutyClause(text.slice(open + 1, end)) : null;
      if (clause && (clause.lead.length > 0 || clause.responsible !== null)) found.push({ line: i, endLine: i, outerFrom: open, outerTo: end, innerFrom: open + 1, clause, ownLine: false });
      continue;
    }
    // Note: PDF text is hard-wrapped, so a clause may open at the end of one line and close early in the next.
    if (close < 0) continue;
    const clause = readDutyClause(text.slice(open + 1) + next.slice(0, close));
    if (!clause) continue;
    const ownLine = open === first && /^[。.；;]?$/.test(next.slice(close + 1).trimEnd());
    found.push({ line: i, endLine: i + 1, outerFrom: open, outerTo: close + 1, innerFrom: open + 1, clause, ownLine });
    resume = close + 1;
  }
  return withTogetherSentences(lines, from, to, found);
}

/**
 * Add the duties stated as the subject of a sentence (环境保护部要会同有关部门…) on lines with no clause of another form:
 * a clause in brackets or labels says who does the item more plainly than its prose does.
 */
function withTogetherSentences(lines: readonly SourceLine[], from: number, to: number, found: FoundClause[]): FoundClause[] {
  const stated = new Set(found.flatMap((c) => [c.line, c.endLine]));
  const added: FoundClause[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    if (stated.has(i) || !text.includes('会同')) continue;
    const together = readTogetherSentence(text, text.length - text.trimStart().length);
    if (together) added.push({ line: i, endLine: i, outerFrom: together.from, outerTo: together.to, innerFrom: together.from, clause: shifted(together.clause, -together.from), ownLine: false });
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.line - b.line || a.outerFrom - b.outerFrom);
}
