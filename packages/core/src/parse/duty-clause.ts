// Reads one duty clause of a plan, the text inside （…） at the end of an item
// or a labelled line: who leads, who supports, by when, and any convention the
// clause states for reading lists without a lead marker. Offsets are into the
// clause's own text; the caller maps them to the source.
import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { DUE_LABELS, LEAD_LABELS, labelAlternation, PERSON_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS } from './duty-labels.js';
import { readInlineDeadline } from './inline-deadline.js';
import { splitUnitNames, type UnitName } from './unit-names.js';

/** A stretch of the clause's text. */
export interface ClauseSpan {
  from: number;
  to: number;
}

/** A list of units in a clause and the stretch it covers. */
export interface UnitList {
  units: UnitName[];
  span: ClauseSpan;
}

/** What a duty clause says. */
export interface DutyClause {
  /** Units the clause marks as leading (…牵头, 牵头单位：…). */
  lead: UnitList[];
  /** Units the clause marks as supporting (…配合, 配合单位：…, the rest after …牵头). */
  supporting: UnitList[];
  /**
   * Units named responsible with no lead marker in the clause (责任单位：…, …负责). Who of them leads depends on
   * the convention the plan states, and without one on the form of the list (see `inline-duties.ts`).
   */
  responsible: UnitList | null;
  /** Whether `responsible` came from a 责任单位/责任部门 label (rather than …负责). */
  responsibleLabelled: boolean;
  /** The deadline as written, and its resolvable head (6月底 of 6月底完成). */
  due: { span: ClauseSpan; head: string } | null;
  /** The clause states that the first-named unit leads (列第一位者为牵头部门). */
  firstLeads: boolean;
  /** The clause says its convention holds for the following clauses too (下同). */
  carriesOver: boolean;
  /** The clause is stated once for the items after it (以下任务均由市发展改革委牵头). */
  forFollowing: boolean;
}

// Note: the labels of duty clauses in task-division plans (duty-labels.ts); 牵头考核单位 is the lead unit of an assessment item.
// Note: a bracketed note may stand between a label and its colon (牵头部门（单位）：…).
// Note: in prose the label is joined to its value by 为 (牵头单位为市发展改革委，配合单位为…) where a list has a colon.
const LABEL = new RegExp(`(${labelAlternation(LEAD_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS, DUE_LABELS, PERSON_LABELS)})(?:[（(][^（）()：:]{1,6}[）)])?\\s*(?:[：:]|为(?=[^\\s，,；;。]))`, 'g');

const LEAD_LABEL = new RegExp(`^(?:${labelAlternation(LEAD_LABELS)})$`);
const SUPPORT_LABEL = new RegExp(`^(?:${labelAlternation(SUPPORT_LABELS)})$`);
const DUE_LABEL = new RegExp(`^(?:${labelAlternation(DUE_LABELS)})$`);
// Note: some plans name the official in charge beside the units (责任领导：…；责任单位：…); a person is no unit.
const PERSON_LABEL = new RegExp(`^(?:${labelAlternation(PERSON_LABELS)})$`);

/** The convention some plans state in their first clause: the first-named unit leads. */
// Note: 排名第一的为牵头单位 says the same with 排名 (rank).
export const FIRST_LEADS = /(?:排在|排名|排|列|居)(?:第一位|第一|首位)的?(?:者|单位|部门)?(?:为|是)牵头(?:单位|部门)|第一个(?:单位|部门)?(?:为|是)牵头(?:单位|部门)|首位(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/;
const CARRIES_OVER = /^下同$|^以下同$/;
// Note: a note that the units of the clause's last part do the items after it too and are not named again (…按职责分工负责，
// 地方各级人民政府负责落实。以下均需地方各级人民政府负责落实，不再列出), as the State Council's opinions and the provinces'
// after them write their first duty; it names no duty of its own.
const LISTED_ONCE = /^以下.{0,30}(?:不再列出|不再一一列出|不再重复列出|不再单独列出|不再逐一列出)$/;
// Note: a duty stated once for the items after it: 以下任务均由…牵头, 下列各项工作由…负责, 以下事项牵头单位：….
const FOR_FOLLOWING = /^(?:以下|下列)(?:各项|所列)?(?:任务|工作|事项|措施)?(?:均|都|皆)?由?/;

// Note: a list of units ends with the verb that says its part: …牵头 leads, …配合 supports, …负责 is responsible.
// Note: 统筹 (统筹协调, 统筹推进) is how a clause names the body that steers the work, its lead (市发展改革委统筹，各区负责); 指导 the
// body that guides those who do it, beside them (各区人民政府负责落实，市民政局指导).
// Note: how the units share the work may stand before the verb: an adverb (A、B共同牵头, A、B分别负责, 联合牵头) or the
// duties they do it by (…按职责分工负责, 按照职责分工落实, 根据职责分工负责, 按职能职责配合, 按职责推进); neither is part of the
// last unit's name. 参加 is how the State Council's task divisions name those who take part (…参加).
const MANNER = '(?:(?:按照?|根据|依据|依照)(?:各自)?(?:职能)?职责(?:分工)?|分工|共同|分别|联合|具体|分头)';
// Note: a clause may name the role as a label does, with 为 (区应急管理局为牵头单位，区安委会各成员单位为配合单位), and the
// lead as the one with overall charge (负总责); 负责指导 guides, as 指导 does.
const AS_ROLE = (labels: string): string => `为(?:${labels})`;
const LEAD_VERB = new RegExp(`(?:(?:${MANNER}){0,2}(?:牵头负责|牵头)|负责牵头|统筹协调|统筹推进|统筹|负总责|${AS_ROLE('牵头单位|牵头部门|主责单位|主责部门')})$`);
const SUPPORT_VERB = new RegExp(`(?:(?:${MANNER}){0,2}(?:配合|协助|协同推进|协同|参与|参加|共同推进|负责指导|指导)|${AS_ROLE('配合单位|配合部门|协同单位|协同部门|协办单位|参与单位')})$`);
const RESPONSIBLE_VERB = new RegExp(`(?:(?:${MANNER}){0,2}(?:负责落实|负责实施|负责|抓好落实|落实|组织落实|组织实施|实施)|(?:${MANNER}){1,2}推进|${AS_ROLE('责任单位|责任部门|责任主体')})$`);

// Note: what names of government units end with (局, 厅, 委, 办, 部, 政府, 中心, 集团…), and the collective
// names (各地区, 各有关部门, 国务院相关部门, a town's 各村（社区）) that stand for units. A word that ends otherwise is not a unit, so
// a parenthesis of prose that happens to end with 负责 is not a duty.
const UNIT_END = /(?:局|厅|委|办|部|署|院|会|府|中心|公司|集团|行|单位|部门|机构|企业|组|室|处|科|股|所|馆|站|团|队|校|学|社|台|联|园|区|县|市|旗|镇|乡|街道|镇街|关|军|司|监|协|办公室|机制|基金|专班|总队|支队|各地|地方|村|社区|团中央)$/;
// Note: 经 opens a condition (经批准), but 经济 and 经信 open a unit's name (经济发展科, 经信局), and so does 经开区.
// Note: nor do the verbs that open a measure (加强部门统筹, 推进部门协同), which no body's name starts with.
// Note: nor does a bracket: a sentence read from inside a bracket it does not close (（市司法局牵头，…；完成日期：…）) names
// no unit （市司法局.
const NOT_UNIT_START = /^(?:[向对为在与给被把从按将其（(【〔]|经(?![济信]|开区)|加强|强化|推进|推动|建立|健全|完善|做好|加快|促进|深化|坚持)/;

function looksLikeUnit(name: string): boolean {
  // Note: a name may end with its other name in brackets: 市水务局（海洋局）, 市委网信办〔市互联网信息办公室〕.
  const bare = name.replace(/^由/, '').replace(/[（(〔][^（）()〔〕]*[）)〕]$/, '');
  // Note: 由 inside a name (技工院校内由人力资源社会保障行政部门) is prose about who does what, not a unit; 自由 is a word.
  return bare.length >= 2 && bare.length <= 40 && UNIT_END.test(bare) && !NOT_UNIT_START.test(bare) && !/[。！？；;：:]|(?<!自)由/.test(bare);
}

/**
 * A name that is several units set apart by spaces (责任单位：省水利厅 省财政厅, as tables and PDF text leave lists):
 * the units, when every piece reads as a unit's name; else the name as it is (广州市黄埔区 广州开发区 is one body).
 */
function spaceSeparated(u: UnitName): UnitName[] {
  if (!/[\s　]/.test(u.text)) return [u];
  const pieces = [...u.text.matchAll(/[^\s　]+/g)].map((m) => ({ text: m[0], from: u.from + (m.index ?? 0), to: u.from + (m.index ?? 0) + m[0].length }));
  // Note: a place joined to a body (广州市黄埔区 广州开发区, 某县 人民政府) ends in a place word, not a body's.
  const bodies = pieces.every((p) => looksLikeUnit(p.text) && !/[区县市旗镇乡]$/.test(p.text));
  return pieces.length > 1 && bodies ? pieces : [u];
}

function unitList(text: string, from: number, to: number): UnitList | null {
  let a = from;
  // Note: 具体由, 主要由 (具体由市公安局负责) say who does the work as 由 does.
  const by = /^(?:具体|主要|统一)?由/.exec(text.slice(a, a + 3));
  if (by) a += by[0].length;
  const units = splitUnitNames(text.slice(a, to))
    .map((u) => ({ text: u.text, from: u.from + a, to: u.to + a }))
    .flatMap(spaceSeparated);
  if (units.length === 0 || !units.every((u) => looksLikeUnit(u.text))) return null;
  return { units, span: { from: (units[0] as UnitName).from, to: (units[units.length - 1] as UnitName).to } };
}

// Note: task-division lists often mark the lead unit in the list itself (责任单位：市发展改革委（牵头）、市财政局),
// the other common convention beside 列第一位者为牵头单位; the mark is no part of the unit's name.
// Note: two units that lead together are marked once, after the second (市农业农村局、市蔬菜产业发展中心（双牵头）), and
// units that all lead after the last (A、B、C（共同牵头）).
const LEAD_MARK = /[（(](双|共同)?牵头(?:单位)?[）)]$/;

/** Split a list at its units marked （牵头）: those lead, the others support; `null` when none is marked. */
function leadMarked(list: UnitList): { lead: UnitList; rest: UnitList | null } | null {
  const lead: UnitName[] = [];
  const rest: UnitName[] = [];
  for (const u of list.units) {
    const mark = LEAD_MARK.exec(u.text);
    if (!mark) {
      rest.push(u);
      continue;
    }
    // 双牵头: the unit before leads too; 共同牵头: every unmarked unit before it.
    const together = mark[1] === '双' ? rest.splice(-1, 1) : mark[1] === '共同' ? rest.splice(0) : [];
    lead.push(...together, { text: u.text.slice(0, mark.index), from: u.from, to: u.to - mark[0].length });
  }
  if (lead.length === 0) return null;
  const asList = (units: UnitName[]): UnitList => ({ units, span: { from: (units[0] as UnitName).from, to: (units[units.length - 1] as UnitName).to } });
  return { lead: asList(lead), rest: rest.length > 0 ? asList(rest) : null };
}

function emptyClause(): DutyClause {
  return { lead: [], supporting: [], responsible: null, responsibleLabelled: false, due: null, firstLeads: false, carriesOver: false, forFollowing: false };
}

/** A clause whose offsets count from another point of its text. */
export function shifted(clause: DutyClause, by: number): DutyClause {
  const move = (l: UnitList): UnitList => ({ units: l.units.map((u) => ({ ...u, from: u.from + by, to: u.to + by })), span: { from: l.span.from + by, to: l.span.to + by } });
  const due = clause.due ? { span: { from: clause.due.span.from + by, to: clause.due.span.to + by }, head: clause.due.head } : null;
  return { ...clause, lead: clause.lead.map(move), supporting: clause.supporting.map(move), responsible: clause.responsible ? move(clause.responsible) : null, due };
}

/** Top-level stretches of the text between the given separators (brackets inside a name do not split). */
function topLevelParts(text: string, separators: RegExp, from = 0, to = text.length): ClauseSpan[] {
  const parts: ClauseSpan[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && separators.test(c)) {
      parts.push({ from: start, to: i });
      start = i + 1;
    }
  }
  parts.push({ from: start, to });
  return parts.map((p) => trimSpan(text, p)).filter((p) => p.to > p.from);
}

function trimSpan(text: string, span: ClauseSpan): ClauseSpan {
  let { from, to } = span;
  while (from < to && /[\s　，,；;。]/.test(text[from] as string)) from++;
  while (to > from && /[\s　，,；;。]/.test(text[to - 1] as string)) to--;
  return { from, to };
}

/** A part that is a convention note (列第一位者为牵头部门, 下同): returns whether it was one. */
function readConvention(text: string, span: ClauseSpan, clause: DutyClause): boolean {
  const part = text.slice(span.from, span.to);
  const first = FIRST_LEADS.exec(part);
  // Note: a note in a bracket after names (市人社局、市财政局（排名第一的为牵头单位）) closes a list of units: the list is read, its
  // note with it (listNoteAt), not the whole part taken for the note.
  if (first && part.length <= 24 && !/[（(]/.test(part.slice(0, first.index).replace(/^[（(]/, ''))) {
    clause.firstLeads = true;
    if (/下同$/.test(part)) clause.carriesOver = true;
    return true;
  }
  if (CARRIES_OVER.test(part)) {
    clause.carriesOver = true;
    return true;
  }
  return LISTED_ONCE.test(part);
}

function readDue(text: string, span: ClauseSpan, clause: DutyClause): boolean {
  const found = readInlineDeadline(text.slice(span.from, span.to));
  if (!found || clause.due) return false;
  clause.due = { span: { from: span.from + found.from, to: span.from + found.to }, head: found.head };
  return true;
}

// Note: a bracket after a labelled list that says how its units share the work (责任单位：区发改委、区科委（按职责分工负责）,
// （分别负责）, （按职责分工落实）) is a note on the whole list, as the same words after …牵头 are, not the last unit's other name.
export const MANNER_NOTE = new RegExp(`[（(](?:${MANNER}){1,2}(?:负责落实|负责|落实|推进|实施)?[）)]$`);

// A bracket closing a list that states a convention (…、市人力资源社会保障局（排名第一的为牵头单位，下同）).
const CONVENTION_NOTE = /[（(]([^（）()]{2,30})[）)]$/;

/**
 * Where a list ends before the note that closes it: how its units share the work (…（按职责分工负责）) or the convention
 * it follows (…（排名第一的为牵头单位，下同）), which the clause takes; `to` when no note closes it.
 */
function listNoteAt(text: string, from: number, to: number, clause: DutyClause): number {
  const end = trimSpan(text, { from, to }).to;
  const note = MANNER_NOTE.exec(text.slice(from, end));
  if (note) return from + note.index;
  const convention = CONVENTION_NOTE.exec(text.slice(from, end));
  if (!convention || !FIRST_LEADS.test(convention[1] ?? '')) return to;
  const inner = from + convention.index + 1;
  for (const piece of topLevelParts(text, /[，,]/, inner, end - 1)) readConvention(text, piece, clause);
  return from + convention.index;
}

/**
 * A list whose convention note follows a unit inside it (省工业和信息化厅（排名第一的为牵头单位，下同）、省生态环境厅), as the
 * note is set after the first unit as often as after the last: the clause takes the note, the unit keeps its name alone.
 */
function withoutInnerNotes(text: string, list: UnitList, clause: DutyClause): UnitList {
  let changed = false;
  const units = list.units.map((u) => {
    const note = CONVENTION_NOTE.exec(u.text);
    if (!note || note.index < 2 || !FIRST_LEADS.test(note[1] ?? '')) return u;
    const inner = u.from + note.index + 1;
    for (const piece of topLevelParts(text, /[，,]/, inner, u.to - 1)) readConvention(text, piece, clause);
    changed = true;
    return { text: u.text.slice(0, note.index), from: u.from, to: u.from + note.index };
  });
  if (!changed) return list;
  return { units, span: { from: (units[0] as UnitName).from, to: (units[units.length - 1] as UnitName).to } };
}

/** Clauses with labels: 牵头单位：A；责任单位：B、C；完成时限：2024年6月底前. */
function readLabelled(text: string, labels: RegExpExecArray[]): DutyClause | null {
  const clause = emptyClause();
  const before = trimSpan(text, { from: 0, to: labels[0]?.index ?? 0 });
  // Note: what precedes the first label is a deadline (6月底完成，牵头考核单位：…), a convention, or a clause of verbs
  // (市商务局牵头；完成时限：2024年12月: the units by their verb, the deadline by its label), or it is not a duty clause.
  if (before.to > before.from && !readDue(text, before, clause) && !readConvention(text, before, clause)) {
    // Note: or bare names before a labelled time (（区民政局；完成时间：2025年9月）): the units the item is assigned to.
    const verbs = readVerbs(text.slice(before.from, before.to)) ?? readBareUnits(text.slice(before.from, before.to).replace(/[；;，,\s]+$/, ''));
    if (!verbs) return null;
    const moved = shifted(verbs, before.from);
    clause.lead.push(...moved.lead);
    clause.supporting.push(...moved.supporting);
    clause.responsible = moved.responsible;
    clause.due = moved.due;
  }
  for (let k = 0; k < labels.length; k++) {
    const m = labels[k] as RegExpExecArray;
    const label = m[1] as string;
    const value = trimSpan(text, { from: m.index + m[0].length, to: labels[k + 1]?.index ?? text.length });
    if (PERSON_LABEL.test(label)) continue;
    if (DUE_LABEL.test(label)) {
      const due = readInlineDeadline(text.slice(value.from, value.to));
      clause.due = { span: value, head: due?.head ?? text.slice(value.from, value.to) };
      continue;
    }
    // Note: a convention (责任单位：A、B，排在第一位的为牵头单位) or a deadline without its label (责任单位：A，2025年底前)
    // may follow a list: split it off before reading units.
    const parts = topLevelParts(text, /[；;]/, value.from, value.to);
    let listEnd = value.to;
    for (const p of parts) {
      const pieces = topLevelParts(text, /[，,]/, p.from, p.to);
      const notes = pieces.filter((q, i) => readConvention(text, q, clause) || (i > 0 && readDue(text, q, clause)));
      if (notes.length > 0) listEnd = Math.min(listEnd, (notes[0] as ClauseSpan).from);
    }
    const listed = unitList(text, value.from, trimSpan(text, { from: value.from, to: listNoteAt(text, value.from, listEnd, clause) }).to);
    const list = listed && withoutInnerNotes(text, listed, clause);
    if (!list) {
      // Note: a label may head a clause of verbs (【责任单位】市应急管理局牵头，市住房城乡建设局配合): its verbs say who leads.
      const verbs = readVerbs(text.slice(value.from, value.to));
      if (!verbs) return null;
      const moved = shifted(verbs, value.from);
      clause.lead.push(...moved.lead);
      clause.supporting.push(...moved.supporting);
      // Note: units the verbs give no lead role (牵头单位：市发展改革委，各有关单位按职责分工负责: the first group, those the
      // label names, before the others said to do the work by their duties) take the label's role.
      if (moved.responsible) {
        if (LEAD_LABEL.test(label)) clause.lead.push(moved.responsible);
        else if (SUPPORT_LABEL.test(label) || clause.responsible || clause.lead.length > 0) clause.supporting.push(moved.responsible);
        else {
          clause.responsible = moved.responsible;
          clause.responsibleLabelled = true;
        }
      }
      clause.due ??= moved.due;
      continue;
    }
    const marked = leadMarked(list);
    if (marked) {
      clause.lead.push(marked.lead);
      if (marked.rest) clause.supporting.push(marked.rest);
      continue;
    }
    if (LEAD_LABEL.test(label)) clause.lead.push(list);
    else if (SUPPORT_LABEL.test(label)) clause.supporting.push(list);
    else if (clause.responsible) clause.supporting.push(list);
    else {
      clause.responsible = list;
      clause.responsibleLabelled = true;
    }
  }
  return clause;
}

// Note: the lead's verb may be followed by the enumeration comma, not a comma (由市发展改革委牵头、市财政局配合; 区农业农村局牵头、
// 区水利局和区财政局配合): 、 after 牵头 parts two roles, as no unit's name ends with 牵头.
const LEAD_THEN_LIST = /(?:牵头负责|牵头)、/g;

/** A part of a clause cut after each 牵头、 (see `LEAD_THEN_LIST`); the part itself when there is none. */
function afterLeadVerb(text: string, part: ClauseSpan): ClauseSpan[] {
  const s = text.slice(part.from, part.to);
  if (!s.includes('牵头、')) return [part];
  const out: ClauseSpan[] = [];
  let start = part.from;
  for (const m of s.matchAll(LEAD_THEN_LIST)) {
    const cut = part.from + (m.index ?? 0) + m[0].length - 1;
    out.push({ from: start, to: cut });
    start = cut + 1;
  }
  out.push({ from: start, to: part.to });
  return out.filter((p) => p.to > p.from);
}

/** Clauses of verbs: A、B牵头，C配合 · A牵头，国务院相关部门按职责分工负责 · A、B负责 · A会同B负责. */
function readVerbs(text: string): DutyClause | null {
  const clause = emptyClause();
  const lists: Array<{ role: 'lead' | 'support' | 'responsible'; list: UnitList }> = [];
  // Note: groups of units before the verb, separated by commas (A、B，C按职责分工负责), share the verb that ends them.
  let waiting: UnitList[] = [];
  // Note: a note after the units' sentence (。以下均需…落实，不再列出) is a part of its own, read as a convention.
  const listedOnce = /。\s*(以下[^。]*)$/.exec(text);
  // Note: a full stop may part the units' sentence from the deadline's inside one bracket (（区规划资源局牵头，各镇人民政府配合。
  // 2025年第四季度完成）), as a clause of two sentences is typed; each part is still read as a unit list, a verb or a deadline.
  const parts = listedOnce && LISTED_ONCE.test((listedOnce[1] ?? '').replace(/[，,]/g, '')) ? [...topLevelParts(text, /[，,；;]/, 0, listedOnce.index), { from: listedOnce.index + listedOnce[0].length - (listedOnce[1] ?? '').length, to: text.length }] : topLevelParts(text, /[，,；;。]/);
  for (const part of parts.flatMap((p) => afterLeadVerb(text, p))) {
    const s = text.slice(part.from, part.to);
    if (readConvention(text, part, clause)) continue;
    const verb = LEAD_VERB.exec(s) ?? SUPPORT_VERB.exec(s) ?? RESPONSIBLE_VERB.exec(s);
    if (!verb) {
      if (readDue(text, part, clause)) continue;
      // Note: so may units set off by a semicolon before those the verb names (（市应急管理局；各区、各有关部门按职责分工落实）).
      const group = /[，,；;]$/.test(text.slice(part.to, part.to + 1)) ? unitList(text, part.from, part.to) : null;
      if (!group) return null;
      // Note: a unit marked as leading before the verb of the others (市科技局（牵头），市工业和信息化局、市财政局配合)
      // leads; only the units left wait for the verb.
      const marked = leadMarked(group);
      if (marked) lists.push({ role: 'lead', list: marked.lead });
      if (!marked || marked.rest) waiting.push(marked?.rest ?? group);
      continue;
    }
    const role = LEAD_VERB.test(s) ? 'lead' : SUPPORT_VERB.test(s) ? 'support' : 'responsible';
    // Note: units set off before those who support (区应急管理局，区住建局配合; 牵头单位：区应急管理局，区市场监管局协助) are
    // the ones supported, not supporters too: support presumes someone to support. They are responsible (the label, when
    // there is one, says more).
    for (const list of waiting) lists.push({ role: role === 'support' ? 'responsible' : role, list });
    waiting = [];
    const end = part.from + verb.index;
    // Note: A会同B负责 — A leads, B joins (会同 is "together with, A leading").
    const together = s.indexOf('会同');
    if (together > 0 && together < verb.index) {
      const a = unitList(text, part.from, part.from + together);
      const b = unitList(text, part.from + together + 2, end);
      if (!a || !b) return null;
      lists.push({ role: 'lead', list: a }, { role: 'support', list: b });
      continue;
    }
    const list = unitList(text, part.from, end);
    if (!list) return null;
    lists.push({ role, list: withoutInnerNotes(text, list, clause) });
  }
  if (lists.length === 0 || waiting.length > 0) return null;
  const hasLead = lists.some((l) => l.role === 'lead');
  for (const { role, list } of lists) {
    if (role === 'lead') clause.lead.push(list);
    // Note: beside a 牵头 list, those 负责 "by their duties" are the ones who carry it out with the lead: supporting.
    else if (role === 'support' || hasLead || clause.responsible) clause.supporting.push(list);
    else clause.responsible = list;
  }
  return clause;
}

/**
 * Read a duty clause: the text inside a parenthesis at the end of an item
 * (省发展改革委牵头，省工业和信息化厅等按职责分工负责), or a labelled one
 * (牵头单位：市发展改革委；责任单位：市财政局、各区政府；完成时限：2024年6月底前).
 * Text that names no unit in a duty's form (a score, 以下简称…, prose) is not a duty.
 *
 * @param text The clause's text, without its brackets.
 * @returns What it says, with offsets into `text`; `null` when it is not a duty clause.
 */
export function readDutyClause(source: string): DutyClause | null {
  if (source.trim() === '' || source.length > 240) return null;
  // Note: the lead-in is blanked, not cut, so that offsets still count from the clause's own text.
  const following = FOR_FOLLOWING.exec(source);
  const text = following ? '　'.repeat(following[0].length) + source.slice(following[0].length) : source;
  const labels = [...text.matchAll(LABEL)] as RegExpExecArray[];
  const clause = labels.length > 0 ? readLabelled(text, labels) : readVerbs(text);
  if (clause && following) clause.forFollowing = true;
  if (!clause) return null;
  // Note: a labelled deadline alone (完成时限：2024年6月底前) is the item's duty without units; an unlabelled time alone
  // (（2021—2023年）, （2022年）) is not read as one.
  const labelledDue = labels.some((m) => DUE_LABEL.test(m[1] as string));
  if (clause.lead.length === 0 && clause.supporting.length === 0 && !clause.responsible && !(labelledDue && clause.due)) return null;
  return clause;
}

// Note: 会同 ("together with, leading") makes its subject the lead of the sentence's work: 省经济和信息化厅会同省财政厅等单位
// 制定…, 环境保护部要会同有关部门定期…, 科技部会同有关部门…; a modal may stand between the subject and 会同.
const TOGETHER_SUBJECT_END = /(?:要|将|应|应当|须|需|负责|牵头)$/;
// The units joined, when they run on into the sentence's verb: …等单位制定, 有关部门定期.
const JOINED_HEAD = /^.{0,40}?(?:等|有关|相关|各)(?:单位|部门)/;

/**
 * A sentence of prose whose subject is a unit working together with others (A会同B…): A leads, B supports.
 * The subject starts a sentence or a clause (after 。；， or at `from`) of the item's first two sentences and must
 * read as a unit's name.
 *
 * @param text A line's text.
 * @param from Where the line's own text starts (after an item's label).
 * @returns The clause with offsets into `text` (`from` is where the subject starts), or null.
 */
export function readTogetherSentence(text: string, from = 0): { from: number; to: number; clause: DutyClause } | null {
  const at = text.indexOf('会同', from);
  if (at < 0) return null;
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    if (/[。；;，,：:！？]/.test(text[i] as string)) {
      start = i + 1;
      break;
    }
  }
  while (start < at && /[\s　]/.test(text[start] as string)) start++;
  // Note: the sentence must open the item (its first, or the first after its title sentence): 会同 deep in a long body
  // says who does one measure of the item, not who leads it.
  if ((text.slice(from, start).match(/[。！？]/g)?.length ?? 0) > 1) return null;
  const subjectEnd = start + text.slice(start, at).replace(TOGETHER_SUBJECT_END, '').length;
  if (text.startsWith('我', start)) return null;
  const lead = unitList(text, start, subjectEnd);
  if (lead?.units.length !== 1) return null;
  const rest = text.slice(at + 2);
  const stop = rest.search(/[，,。；;：:]/);
  const segment = stop < 0 ? rest : rest.slice(0, stop);
  // Note: 等单位 after the names closes the list; it names no unit of its own.
  const listOf = (words: string): UnitList | null => {
    const named = words.replace(/(?<=.{2})等(?:有关|相关)?(?:单位|部门)$/, '');
    return unitList(text, at + 2, at + 2 + named.length);
  };
  const joined = listOf(segment) ?? listOf(JOINED_HEAD.exec(segment)?.[0] ?? '');
  const clause = emptyClause();
  clause.lead.push(lead);
  if (joined) clause.supporting.push(joined);
  return { from: lead.span.from, to: joined ? joined.span.to : at + 2, clause };
}

// Note: a bracket that closes an item with nothing but bodies' names in it (…。（区发展改革委、区财政局）) says who does the
// item, as 责任单位：… does; only names that end as a government body's do, so （含独角兽企业） or （区、市） is no duty.
// Note: so do the people's organisations that plans name beside the departments (市总工会, 团市委, 市妇联, 市残联, 市科协, 市工商联,
// 市红十字会), the central bank's and the regulators' branches (人民银行某市分行, 某中心支行), and the public bodies of culture
// and the press (市图书馆, 市广播电视台, 某日报社), and a street office (各街道办事处). A development zone stands for its administrative committee (高新区, 经开区,
// 综保区), as cities assign work to their districts and zones alike. The State Council's task divisions name the securities
// regulator (中国证监会), the Youth League (共青团中央) and the supply cooperatives (中华全国供销合作总社) beside the ministries.
export const BODY_END = /(?:局|委|办|厅|部|署|院|中心|政府|办公室|办事处|管委会|委员会|街道|镇|乡|公司|集团|银行|分行|支行|法院|检察院|海关|支队|大队|总队|工会|妇联|残联|科协|工商联|侨联|文联|社科联|联合会|红十字会|贸促会|协会|商会|供销社|大学|学校|馆|电视台|报社|高新区|经开区|开发区|综保区|保税区|新区|证监会|银保监会|团中央|总社)$/;
// Note: a collective that stands for bodies (各区县, 各县（市、区）, 各有关部门, 相关单位, 各地, 各园区): no name of its own, as
// short as two characters.
const COLLECTIVE_BODIES = /^(?:各有关|各相关|各|有关|相关)(?:[区县市旗镇乡州盟]{1,4}|部门|单位|地区|地|街道|镇街|园区|开发区)$/;
const NOT_A_BODY_START = /^(?:含|包括|包含|即|如|以|其中|主要|重点|特别是|尤其是|涉及|不含|除|简称|以下简称|下同)/;
// Note: a department's work points assign its own divisions and stations (（厅运输处、厅科技处）, （局种植业股、局农技站）):
// the division is named after its department (厅, 局, 委) or, for a 处, by its field alone (综合规划处). A 处 that counts or
// places (多处, 不足之处) is none.
const DIVISION = /^(?:[厅局委][\u4e00-\u9fff]{1,8}(?:处|科|股|室|站|所)|[\u4e00-\u9fff]{2,8}(?<![一二三四五六七八九十两几多各数此之到深难好用去住出长短共相])处)$/;

/**
 * A bracket of bare unit names that closes an item (（区发展改革委、区财政局）): read as a 责任单位 list (its first unit
 * leads, by the same custom).
 *
 * @param source The bracket's text, without the brackets.
 * @returns The clause, or null when a name does not read as a government body's.
 */
export function readBareUnits(source: string, staged = false): DutyClause | null {
  // Note: the names may be followed by the deadline after a comma or a semicolon (（区民政局，2025年12月）, （市公安局；
  // 2024年10月底前）), as a duty with labels is.
  const comma = Math.max(source.lastIndexOf('，'), source.lastIndexOf(','), source.lastIndexOf('；'), source.lastIndexOf(';'));
  const due = comma > 0 ? readDeadlineBracket(source.slice(comma + 1))?.due : null;
  if (due) {
    const units = readBareUnits(source.slice(0, comma), true);
    if (!units) return null;
    units.due = { span: { from: due.span.from + comma + 1, to: due.span.to + comma + 1 }, head: due.head };
    return units;
  }
  // Note: before the deadline of completion a stage may have its own (（县农业农村局、县财政局，2025年上半年开工，年底前完工）):
  // the item is due when its last stage is, so the earlier time is passed over.
  const stage = staged && comma > 0 ? readInlineDeadline(source.slice(comma + 1)) : null;
  if (stage && /\d|[年月季]/.test(stage.head)) return readBareUnits(source.slice(0, comma), true);
  // Note: groups of names may be set apart by commas (省教育厅、省人力资源社会保障厅，各市、县政府), as in a labelled list.
  if (source.length > 120 || /[：:。；;]/.test(source)) return null;
  const list = unitList(source, 0, source.length);
  const isBody = (name: string): boolean => {
    const bare = name.replace(/[（(〔][^（）()〔〕]*[）)〕]$/, '');
    return (name.length >= 3 && (BODY_END.test(bare) || DIVISION.test(bare)) && !NOT_A_BODY_START.test(name)) || COLLECTIVE_BODIES.test(bare);
  };
  if (!list?.units.every((u) => isBody(u.text))) return null;
  const clause = emptyClause();
  // Note: a bare list marks its lead as a labelled one does (（县商务局、县文旅局（共同牵头），各乡镇人民政府）).
  const marked = leadMarked(list);
  if (marked) {
    clause.lead.push(marked.lead);
    if (marked.rest) clause.supporting.push(marked.rest);
    return clause;
  }
  clause.responsible = list;
  clause.responsibleLabelled = true;
  return clause;
}

// Note: what may follow a bracketed deadline: the word that it is done by then (（2025年10月底前完成）).
const DONE_TAIL = /^(?:完成|完工|到位|落实到位|全面完成|基本完成|建成)?$/;
// Note: after a time with 前 ("before": 2024年底前, 6月底前) a short verb says what is due then (开工, 出台, 建成投用,
// 上线运行, 印发实施): the time is still the deadline.
const BEFORE_TAIL = /^(?!的)[\u4e00-\u9fff]{1,6}$/;
// Note: a year alone or a span of years in brackets names a period (（2021—2023年）, （2022年）), as titles and phases do;
// a month, a quarter, a half, an end (底, 前) or the year's own span (2025年内: within it) names a deadline.
const DATED_HEAD = /月|季度|半年|底|末|前|年内/;

/**
 * A bracket holding only a deadline (（2025年12月底前）, （6月底前完成）, （长期坚持）): the item's deadline, on its own or
 * beside the units of the bracket before it (（责任单位：市民政局）（2025年10月底前完成）).
 *
 * @param source The bracket's text, without its brackets.
 * @returns A clause of the deadline alone, or `null` when the text is not one deadline (a period, a span, prose).
 */
export function readDeadlineBracket(source: string): DutyClause | null {
  const found = readInlineDeadline(source);
  if (!found) return null;
  const rest = source.slice(found.from + found.head.length, found.to).trim();
  // Note: a span of months alone in brackets (（2025年4月至10月）) names a phase's period, as a span of years does.
  if (/\d\s*月?份?\s*[—–\-~～至到]\s*(?:\d{4}年)?\d{1,2}月/.test(toHalfWidthDigits(found.head))) return null;
  const open = found.head === source.trim() && !/\d/.test(found.head);
  if (!open && (!DATED_HEAD.test(found.head) || !(DONE_TAIL.test(rest) || (found.head.endsWith('前') && BEFORE_TAIL.test(rest))))) return null;
  const clause = emptyClause();
  clause.due = { span: { from: found.from, to: found.to }, head: found.head };
  return clause;
}
