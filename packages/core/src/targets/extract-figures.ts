import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { endOfMonth, isoDate } from '../model/dates.js';
import type { Comparator, Goal, Indicator, Target } from '../model/types.js';
import type { Locator } from '../text/locator.js';
import type { PlanContent } from '../text/plan-content.js';
import { recogniseLabel } from '../text/numbering.js';
import { spanOf, type SourceLine } from '../text/source-lines.js';
import { isDeadlineText, readDeadline, resolveDeadline } from '../text/deadline.js';
import { periodOfTitle } from '../text/period.js';
import { clauseAround, GENERIC_METRIC, nounAfter, readFraming, sentenceAround, type Span } from './figure-context.js';
import { DESCRIBES_NOUN, joinSpacedDigits, kindOf, leadOf, sentenceLeadOf, titleCue, type Lead } from './figure-kind.js';
import { scopeOf } from './figure-scope.js';
import { nameGradedList, nameGradedParts, nameListedFigures, WORKS_VERB } from './graded-lists.js';
import { ownerAt, type Owner } from './figure-owner.js';
import type { TableCell, TableRow } from './indicator-cells.js';
import { readIndicatorTables } from './indicator-table.js';
import { findQuantities, type Quantity } from './quantity.js';

export interface FigureInput extends PlanContent {
  goals: readonly Goal[];
  /** The year a target is due when its text names none: a work plan's year, a five-year plan's last year. */
  defaultYear: number | null;
  /** The plan's first year (a work plan's year, a five-year plan's first): a figure its text times before it was reached. */
  firstYear?: number | null;
}

export interface Figures {
  targets: Target[];
  indicators: Indicator[];
  /** The spans (offsets) of the lines the 主要指标 tables and their captions take up: rows, not statements. */
  tableSpans: Array<{ start: number; end: number }>;
}

// Each of a kind of unit (每个网格, 每所学校, 每个街道): a scope, no measure (每万人口床位数 is one).
const PER_UNIT_SCOPE = /^每(?:个|所|家|座|条|户)?[\u4e00-\u9fff]{1,8}(?<![数率量额比值积度])$/;

// A figure with a verb of works alone after a figure of the same measure (新建城市书房5家，改造提升3家; 新建旅游厕所15座，改建8座)
// works on the thing the figure before names.
const WORKS_ALONE = new RegExp(`^${WORKS_VERB}$`);
const WORKS_FIRST = new RegExp(`^${WORKS_VERB}`);

// A rank's unit, and the words of a rank to reach before its figure: the thing ranked, the resolve, the verb, the field, 前.
const RANK_UNIT = /^(?:位|名)$/;
const RANK_GOAL = /^(.*?)(?:力争|争取|确保|努力)?(?:(?:排名|排位|位次)(?:进入|保持在|保持|稳居|位居|位列|跻身|稳定在|居)?|进入|保持在|保持|稳居|位居|位列|跻身|稳定在)([^前，,。；;]{0,10})前$/;

// A figure a task only builds on (立足…三个算力项目) is no commitment.
const BUILDS_ON = /^(?:立足|依托|基于|结合|围绕|借助)/;

type Deadline = { year: number; date: string | null };

/** The date a deadline's month and day name: the day itself (6月30日), else the month's end (6月, 6月底); `null` for a year. */
function dateOf(year: number, month: string | undefined, day: string | undefined): string | null {
  if (!month) return null;
  return (day ? isoDate(year, Number(month), Number(day)) : null) ?? endOfMonth(year, Number(month));
}

// A deadline in the plan's own year, written without the year as a year's work plan writes it: 6月底前, 9月30日前, 11月
// 底, and 年内 or 年底前 for the whole year. Note: the month must not follow a year or a digit (2024年6月底前 is read
// whole), and 年内 not a count of years (3年内, 三年内: a span, not this year).
// Note: 今年 in a plan is the plan's year (目前已建成28万亩，今年新建2万亩), as figure-kind.ts reads it; it ends the time an
// earlier year set in the sentence (2023年全县肉羊饲养量达到120万只，今年新增…).
// Note: so is a quarter or a half of it, as work plans time their steps (第三季度前, 三季度末, 上半年完成).
const MONTH_DEADLINE = /(?<![年\d])(\d{1,2})月(?:(\d{1,2})日)?(?:(底|末)(?:前|以前)?|前|以前)|(?<![\d一二两三四五六七八九十])年(?:内|底前|底)|(今)年(?!以来|[内底])|(?<![年\d第])(?:第?[一二三四]季度|[上下]半年)(?:末|底)?(?:前|以前|之前)?/g;

/**
 * The deadlines a text states in the plan's year without naming it, each at its place.
 *
 * @param from Where the figure they may date starts: one after it dates it only when no other figure follows it (…18.5万亩，
 * 10月底前完成), for one followed by a figure (投资85亿元，6月底前开工…5项) dates that figure instead.
 */
function yearlessDeadlinesIn(text: string, year: number | null, from: number): Array<Deadline & { at: number }> {
  if (year === null || (!text.includes('月') && !text.includes('年') && !text.includes('季'))) return [];
  const found: Array<Deadline & { at: number }> = [];
  for (const m of text.matchAll(MONTH_DEADLINE)) {
    const at = m.index ?? 0;
    if ((m[1] !== undefined && Number(m[1]) > 12) || (at >= from && /\d/.test(text.slice(at + m[0].length)))) continue;
    const part = /季度|半年/.test(m[0]) ? resolveDeadline(m[0], year) : null;
    found.push({ year, date: part ?? (m[1] ? dateOf(year, m[1], m[2]) : m[4] ? null : `${year}-12-31`), at });
  }
  return found;
}

// A clause that ends on 的基础上: what it dates is the base the figure builds on.
const BASE_CLAUSE = /^[^，,；;。]*的?基础上/;

// An item's label run on to a year: 1.2020年, （一）2024年.
const LABEL_BEFORE_YEAR = /^\s*(?:\d{1,2}[.．]|[（(][一二三四五六七八九十]{1,3}[）)])(?=(?:力争|争取|确保)?(?:在|于)?\d{4}年)/;

/** Every deadline a text states, in order: 到2030年, 到二〇三〇年, 到2023年11月底, 2025年底前, 2021年6月底前. */
function deadlinesIn(text: string): Array<Deadline & { at: number }> {
  const found: Array<Deadline & { at: number }> = [];
  // Note: a deadline may name its day (到2024年12月31日, 2024年6月30日前), as task-allocation tables write them.
  // Note: 到2025年底 (末) is the year's last day, as 2025年底前 is; 恢复到2019年的120% compares with a year (figure-kind.ts).
  for (const by of text.matchAll(/(?<![截止])[到至](\d{4}|[零〇○一二三四五六七八九]{4})年(?:(\d{1,2})月(?:(\d{1,2})日|底|末)?|(底|末))?(?!的|水平|同期)/g)) {
    const year = /^\d+$/.test(by[1] ?? '') ? Number(by[1]) : (parseChineseInteger(by[1] ?? '') ?? 0);
    found.push({ year, date: dateOf(year, by[2], by[3]) ?? (by[4] ? `${year}-12-31` : null), at: by.index ?? 0 });
  }
  // A year that opens a sentence or clause sets the time of what follows (2024年新建5G基站5000个), unless it is a
  // span's start (2023年以来) or a base of comparison (较2020年, in the middle of a clause).
  // Note: 力争, 争取 and 确保 before the year resolve to reach it (力争2026年…达到200个).
  // Note: an item's label may run on to the year (1.2020年全市…, （一）2024年…): the year opens the item's first clause, and
  // the text is read from there (one anchored look, not a look-behind tried at every character).
  const label = LABEL_BEFORE_YEAR.exec(text);
  // Note: so does a year after 、 that follows a stage's figure (2025年建成5个、2026年建成8个): each stage is opened by its
  // own year; a year after a year (2024年、2025年…分别达到) is one of a list of years, read with 分别.
  for (const opening of (label ? ` ${text.slice(label[0].length)}` : text).matchAll(/(?:^|[，,；;。：:\s]|(?<![年底末前])、)(?:力争|争取|确保)?(?:在|于)?(\d{4})年(?:度)?(?![底末]?前|以来|起|代|[-—–~～至到])/g)) {
    const after = (opening.index ?? 0) + opening[0].length;
    // Note: a year that opens a base (在2023年打通断头路30条的基础上) or describes a noun (2023年已启动的项目) times
    // something done already, not the figures after it.
    const shift = label ? label[0].length - 1 : 0;
    if (BASE_CLAUSE.test(text.slice(after + shift)) || DESCRIBES_NOUN.test(text.slice(after + shift, after + shift + 6))) continue;
    // Note: a year after 按 or 以 set off by a space (按 2000年价格计算, 以 2020年为基期, as text with spaces between Chinese and
    // digits has it) is a base of prices or indices, not a time the space opened.
    const at = shift + (opening.index ?? 0);
    if (/[按以较比从由]\s*$/.test(text.slice(Math.max(0, at - 3), at + 1))) continue;
    found.push({ year: Number(opening[1]), date: null, at: shift + (opening.index ?? 0) + opening[0].indexOf(opening[1] ?? '') });
  }
  // A year between a measure and its verb times the level (森林覆盖率2020年达到71.5%, 种植面积2023年为45万亩), as one opening
  // the clause does; after 较, 比, 从 or 由 it is a base of comparison instead.
  if (text.includes('年')) {
    for (const at of text.matchAll(/(?<![到至较比从由同\d])(\d{4})年(?:底|末)?(?=达到|达|为|是|已达|$)/g)) {
      found.push({ year: Number(at[1]), date: null, at: at.index ?? 0 });
    }
  }
  // The end of a five-year plan's period: 到“十五五”末 (2030), 到十四五期末 (2025); 十一五 ended in 2010.
  for (const period of text.matchAll(/[到至]“?十([一二三四五六七八九])五”?(?:时期|期)?末/g)) {
    const n = parseChineseInteger(period[1] ?? '');
    if (n !== null) found.push({ year: 2005 + 5 * n, date: null, at: period.index ?? 0 });
  }
  for (const before of text.matchAll(/(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(底|末)?前/g)) {
    const after = (before.index ?? 0) + before[0].length;
    if (DESCRIBES_NOUN.test(text.slice(after, after + 6))) continue;
    const year = Number(before[1]);
    found.push({ year, date: dateOf(year, before[2], before[3]) ?? (before[4] ? `${year}-12-31` : null), at: before.index ?? 0 });
  }
  // A quarter or a half of a named year (2024年第三季度前, 2025年上半年): its last day.
  for (const part of text.matchAll(/(\d{4})年(?:第?[一二三四]季度|[上下]半年)(?:末|底)?(?:前|以前|之前)?/g)) {
    found.push({ year: Number(part[1]), date: resolveDeadline(part[0], null), at: part.index ?? 0 });
  }
  // Note: a year that opens a clause and the date it opens (，2024年10月31日前完成…) are one deadline: the date's.
  const dated = new Set(found.filter((d) => d.date !== null).map((d) => d.at));
  return found.filter((d) => d.date !== null || !dated.has(d.at)).sort((a, b) => a.at - b.at);
}

// The words of a deadline at its start (到2024年12月31日, 2025年底前, 到“十四五”末), which hold its own digits.
const DEADLINE_WORDS = /^[到至]?“?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)?/;

/**
 * Whether a deadline after a figure (`from` it) dates it: no figure follows; and a year to reach (到2028年, 至2027年底) is
 * followed by no more than a short completion (…，到2025年全部建成), not a goal of its own (每年新建城市书房3-5个，到2028年实现
 * 乡镇综合文化站全覆盖: the year times the coverage, not the yearly count). A time to finish by (…18.5万亩，2024年10月31日前
 * 完成年度建设任务) dates the work before it.
 */
function datesBefore(from: string): boolean {
  const after = from.replace(DEADLINE_WORDS, '');
  if (/\d/.test(after)) return false;
  if (!/^[到至]/.test(from)) return true;
  const rest = after.split(/[。；;！？!?]/)[0]?.replace(/[，,、\s　]/g, '') ?? '';
  return /^(?:底|末|年底|年末)?(?:前|以前|之前)?[\u4e00-\u9fff]{0,6}$/.test(rest);
}

/**
 * The deadline a sentence states for the figure at `at`: the nearest one before it (到2025年达到8%，到2030年达到12%:
 * 12% is due in 2030), else the first after it, else 年底前 in the plan's year, else the plan's year.
 */
function deadlineIn(written: string, fallback: number | null, at: number = written.length): Deadline | null {
  // Note: full-width digits (到２０２５年底) are the same years; the mapping keeps every offset.
  const spaced = toHalfWidthDigits(written);
  const all = (text: string) => {
    const stated = deadlinesIn(text);
    const yearless = yearlessDeadlinesIn(text, fallback, at);
    return yearless.length === 0 ? stated : [...stated, ...yearless].sort((a, b) => a.at - b.at);
  };
  // Note: a deadline after the figure dates it only when no other figure follows that deadline (…18.5万亩，2024年10月31日前
  // 完成); one that opens a clause with its own figure (打造集聚区10个，到2024年底建成5个) times that figure.
  const whole = joinSpacedDigits(spaced);
  const found = all(joinSpacedDigits(spaced.slice(0, at))).at(-1) ?? all(whole).find((d) => datesBefore(whole.slice(d.at)));
  if (found) return { year: found.year, date: found.date };
  if (fallback !== null && /(?<![\d一二两三四五六七八九十])年(?:底前|内|底)/.test(spaced)) return { year: fallback, date: `${fallback}-12-31` };
  return fallback === null ? null : { year: fallback, date: null };
}

// A paragraph's time set once at its head for the sentences after it: 2023年，…；…；… or 截至2023年底，…；…
// Note: only a year set off by its comma (a time for all that follows), at the paragraph's head or a sentence's.
const PARAGRAPH_TIME = /(?:^|[。；;])\s*(?:(?:在|于)?(\d{4})年(?:度|末|底)?|截[至止](?:到)?(\d{4})年(?:(\d{1,2})月)?(?:底|末)?)[，,]/g;

/** The time the paragraph before a sentence set for it, as a date, or `null`. */
function paragraphAsOf(before: string): string | null {
  const last = [...toHalfWidthDigits(before).matchAll(PARAGRAPH_TIME)].at(-1);
  if (!last) return null;
  return last[1] ? `${last[1]}-12-31` : endOfMonth(Number(last[2]), last[3] ? Number(last[3]) : 12);
}

// A year that opens a clause after a comma or semicolon: ，2023年茶叶产量…; not a span (2023年以来) or a base (较2020年).
const CLAUSE_YEAR = /[，,；;]\s*(?:在|于)?(\d{4})年(?:度|末|底)?(?![以起代]|[-—–~～至到])/g;

/**
 * 截至2025年末 → 2025-12-31; “十三五”期间 in the sentence, the time the paragraph set before it (2023年，…；…), or a
 * “十四五”时期 heading → the period's end.
 */
function asOfIn(written: string, path: readonly string[], paragraphBefore = '', at: number = written.length): string | null {
  const sentence = toHalfWidthDigits(written);
  const until = /截[至止](\d{4})年(?:(\d{1,2})月)?/.exec(sentence);
  if (until) return endOfMonth(Number(until[1]), until[2] ? Number(until[2]) : 12);
  // Note: a year that opens the figure's clause inside the sentence dates it as one opening the sentence does (全州茶园面积
  // 稳定在60万亩左右，2023年茶叶产量达到4.2万吨; 全市现有自然保护区15个，2023年新增…示范区2个).
  const clauseYear = [...sentence.slice(0, at).matchAll(CLAUSE_YEAR)].at(-1);
  if (clauseYear) return `${clauseYear[1]}-12-31`;
  // A report of a year's results opens with the year: 2023年，全市数字经济核心产业增加值达到1200亿元.
  const opening = /^\s*(?:在|于)?(\d{4})年(?:度|末|底)?(?![以起代]|[-—–~～至到])/.exec(sentence);
  if (opening) return `${opening[1]}-12-31`;
  // Note: a sentence that names a period of its own (“十三五”期间) is dated by it, not by the paragraph's year.
  const stated = periodOfTitle(sentence);
  if (stated) return `${stated.end}-12-31`;
  const set = paragraphAsOf(paragraphBefore);
  if (set) return set;
  for (const title of [...path].reverse()) {
    const period = periodOfTitle(title);
    if (period) return `${period.end}-12-31`;
    // Note: a review heading that names its year (2023年工作成效, 2023年计划执行情况) dates what it reports.
    // Note: a heading flattened into its paragraph names the year again after it (2024年计划执行情况 2024年，…): one year still.
    const years = new Set(toHalfWidthDigits(title).match(/\d{4}(?=\s*年)/g));
    if (years.size === 1 && titleCue([title]) === 'indicator') return `${[...years][0]}-12-31`;
  }
  return null;
}

/** The quoted name nearest before a figure in its sentence: “虚拟电厂”. */
function quotedSubject(text: string, from: number, before: number): string | null {
  // Note: a quoted five-year period (“十三五”期间) dates the sentence; it is no subject of its figures.
  // Note: nor is the name of a campaign the sentence carries out (实施“项目攻坚年”行动，全年谋划储备项目300个、总投资…): the
  // figures after it are the campaign's own measures, not measures of a thing so named.
  const m = [...text.slice(from, before).matchAll(/“([^”]{2,12})”(?!(?:专项|攻坚|提升|示范)?(?:行动|活动|工程|计划|战役))/g)].filter((q) => !/^十[一二三四五六七八九]?五$/.test(q[1] ?? '')).at(-1);
  return m?.[1] ?? null;
}

// What a clause without a figure says of its subject: 恢复到疫情前水平, 保持稳定增长, 稳步提高.
const STATE_VERB = /恢复|保持|实现|稳定|持续|稳步|明显|显著|大幅|快速|进一步|不断|逐步|基本|全面|达到|提高|提升|增长|好于|高于|快于|同步/;

/**
 * The subject of the clause right before `clauseFrom` when that clause states no figure of its own (入境游客人数恢复到疫情前
 * 水平，年均增长10%以上): a growth or a share with no name of its own measures it, not the figure before that clause.
 */
function clauseSubject(text: string, clauseFrom: number, after: number): string | null {
  if (!/[，,]/.test(text[clauseFrom - 1] ?? '')) return null;
  const before = clauseAround(text, clauseFrom - 1, clauseFrom - 1);
  if (before.from < after || before.to >= clauseFrom || /\d/.test(text.slice(before.from, before.to))) return null;
  const words = text.slice(before.from, before.to);
  const verb = STATE_VERB.exec(words);
  const subject = verb ? words.slice(0, verb.index).replace(/^(?:——|—|[一二三四五六七八九十]是)/, '').trim() : '';
  return subject.length >= 2 && subject.length <= 16 && /^[\u4e00-\u9fff（）()“”]+$/.test(subject) ? subject : null;
}

/**
 * What the clause right before `clauseFrom` names as the object of its verb, or its subject, when that clause states no
 * figure (加快布局通用机场 → 通用机场): the thing a following figure without words of its own counts.
 */
function objectBefore(text: string, clauseFrom: number, after: number): string | null {
  // Note: a colon may set the stages off from what they count (培育储能龙头企业：2025年5家，2026年8家).
  if (!/[，,：:]/.test(text[clauseFrom - 1] ?? '')) return null;
  const before = clauseAround(text, clauseFrom - 1, clauseFrom - 1);
  if (before.from < after || before.to >= clauseFrom || /\d/.test(text.slice(before.from, before.to))) return null;
  const framing = readFraming(text.slice(before.from, before.to));
  const named = framing.metric || framing.subject;
  return named.length >= 2 && named.length <= 16 && /^[\u4e00-\u9fff（）()“”]+$/.test(named) ? named : null;
}

/**
 * The deadline a row of a TAB-separated task table states in a cell of its own (序号 | 任务 | 目标 | 牵头单位 | 完成时限),
 * or `null` when the line is no such row. The cell names its year (2024年9月底, 2025年底前, 2024年11月30日, 2024年第三季度前,
 * 2024年上半年), read by the grammar the duties' deadlines are read by; a bare year is a date only with 底, 末 or 前.
 */
function taskRowDue(text: string): Deadline | null {
  if (!text.includes('\t')) return null;
  const cells = text.split('\t');
  if (cells.length < 3) return null;
  for (const cell of cells) {
    const found = isDeadlineText(cell) ? readDeadline(cell)?.reading : undefined;
    if (found?.kind !== 'day' || found.year === null) continue;
    const bare = /^\s*[0-9０-９]{4}\s*年(?:度)?\s*$/.test(cell);
    return { year: found.year, date: bare ? null : resolveDeadline(cell, found.year) };
  }
  return null;
}

/** Whether a cell's text states a deadline of its own. */
function deadlinesInCell(text: string): boolean {
  return deadlinesIn(joinSpacedDigits(toHalfWidthDigits(text))).length > 0;
}

// A later stage of the same measure, after a semicolon and its year (标准机架数达到35万个；2025年底前超过45万个): nothing
// but the stage's year stands between the two figures.
const STAGE_BETWEEN = /^[；;，,、\s]*(?:(?:到|至|在|于)?\d{4}\s*年(?:底|末|年底|年末)?(?:前|以前)?[，,]?\s*)(?:力争|再|进一步)?(?:累计(?:完成|建成|培育|新增)?)?$/;

// The change verb that ends a change's metric (非化石能源消费比重提高): the measure is what comes before it.
// Note: with the base it is measured against (同比增长, 比上年下降, 较2020年提高): 增加值达到1250亿元，同比增长12.3%，占地区生产
// 总值比重为10.8% is the share of 增加值, as a statistical bulletin states a level, its change and its share in a row.
// A base alone ends such a metric too, where the change is a multiple (增加值达到2150亿元，较2020年翻了一番，占…比重达到12.6%).
const CHANGE_TAIL = /(?:(?:比|较)(?:上年末|上年同期|上年|去年|\d{4}年(?:末|底)?)(?:提高|提升|增长|增加|下降|降低|减少)?|(?:年均|累计|同比|环比)?(?:提高|提升|增长|增加|下降|降低|减少))$/;

interface Found {
  kind: 'target' | 'indicator';
  q: Quantity;
  line: SourceLine;
  clause: { from: number; to: number };
  metric: string;
  subject: string | null;
  /** 新增 stands before the metric the text names. */
  increment: boolean;
  comparator: Comparator | null;
  owner: Owner;
  deadline: Target['deadline'];
  asOf: string | null;
}

/**
 * A subject is a name of some length (区视频资源管理平台), not a leftover word (原先), a list, or a period (每年促进…: a rate's);
 * the unit a per-unit figure holds in (每个街道) may be short.
 */
function isSubjectName(candidate: string, perUnit = false): boolean {
  return (candidate.length >= 3 || perUnit) && !candidate.includes('、') && !/^每(?:年|月|季|周|天|日)/.test(candidate);
}

/**
 * A clause that opens its line after an item's label (（3）数据中心电能利用效率不高于1.3, 1.新开工改造老旧小区120个): the
 * label numbers the item and is no part of the clause a figure quotes; a figure that starts where a label would
 * (1.5万亩…) keeps its clause.
 */
function pastLabel(text: string, clause: { from: number; to: number }, figureFrom: number): { from: number; to: number } {
  // Note: so is the ordinal that opens a point of a paragraph (一是新建口袋公园20个；二是…), wherever its clause starts.
  const ordinal = /^[一二三四五六七八九十]{1,2}是(?![否非])/.exec(text.slice(clause.from, figureFrom));
  if (ordinal) return { from: clause.from + ordinal[0].length, to: clause.to };
  if (clause.from !== text.length - text.trimStart().length) return clause;
  const label = recogniseLabel(text);
  return label && label.contentStart <= figureFrom && label.contentStart < clause.to ? { from: label.contentStart, to: clause.to } : clause;
}

const FULL_STOP = new Set([...'。！？!?'].map((c) => c.charCodeAt(0)));

/**
 * Where the sentence holding each position starts (after the last full stop, question or exclamation mark before it,
 * or 0), read forward once for positions asked in order, as a line's figures are: a scan back from each figure read a
 * long paragraph again for every figure in it.
 */
function sentenceStarts(text: string): (at: number) => number {
  let scanned = 0;
  let stop = 0;
  return (at) => {
    if (at < scanned) {
      let i = at;
      while (i > 0 && !FULL_STOP.has(text.charCodeAt(i - 1))) i--;
      return i;
    }
    for (; scanned < at; scanned++) if (FULL_STOP.has(text.charCodeAt(scanned))) stop = scanned + 1;
    return stop;
  };
}

// A duty clause's bracket: units and their verb or label (（区政务服务管理局牵头）, 【责任单位：…】), the deadline's label.
const DUTY_BRACKET = /[（(【〔][^（）()【】〔〕]{0,40}?(?:牵头|负责|配合|协助|责任单位|责任部门|牵头单位|主责单位|完成时限|完成时间|时间节点)/y;

/**
 * A figure's clause up to the duty bracket that follows it: an item's duty is often set right after its last figure with no
 * full stop between (网办率达到95%（区政务服务管理局牵头）, …下降20%左右（区司法局牵头，…）), and it states no part of the figure.
 */
function beforeDutyBracket(text: string, clause: Span, after: number): Span {
  for (let i = after; i < clause.to; i++) {
    const c = text.charCodeAt(i);
    // （ ( 【 〔
    if (c !== 0xff08 && c !== 0x28 && c !== 0x3010 && c !== 0x3014) continue;
    DUTY_BRACKET.lastIndex = i;
    if (!DUTY_BRACKET.test(text)) return clause;
    let to = i;
    while (to > after && /\s/.test(text[to - 1] as string)) to--;
    return { from: clause.from, to };
  }
  return clause;
}

// What ends a year's review before a figure: another year (…；2025年建成5个, 2025年主要目标：), goals, or an item's label,
// as a page flattened to one line runs the review into the goals and items after it.
const REVIEW_ENDS = /\d{4}\s*年|目标|指标|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|(?:^|[。；;\s])\d{1,2}[.．、](?!\d)/;

/** Whether the year's review that opens a line (2024年，…) still holds at `at`: nothing after its year ends it. */
function reviewHolds(text: string, at: number): boolean {
  const opening = /^[^，,]*[，,]/.exec(text)?.[0].length ?? 0;
  return !REVIEW_ENDS.test(text.slice(opening, at));
}

/**
 * Read the figures of one line (a paragraph).
 *
 * @param lead The lead-in of this paragraph or of an earlier one of the same item (到2027年，…).
 */
function figuresOfLine(input: FigureInput, line: SourceLine, lead: Lead | null): Found[] {
  const text = line.text;
  const rowDue = taskRowDue(text);
  const quantities = findQuantities(text);
  const found: Found[] = [];
  let previous: { q: Quantity; noun: { from: number; to: number }; metric: string; clause: number } | null = null;
  // Note: the sentence lead found last, by where its sentence starts: the figures of one sentence share it.
  let leadStop = -1;
  let leadTo = -1;
  let ownLead: Lead | null = null;
  const fullStopBefore = sentenceStarts(text);
  for (const q of quantities) {
    const sentence = sentenceAround(text, q.from, q.to);
    const clause = pastLabel(text, beforeDutyBracket(text, clauseAround(text, q.boundFrom, q.boundTo), q.boundTo), q.boundFrom);
    const sentenceText = text.slice(sentence.from, sentence.to);
    const owner = ownerAt(input, spanOf(line, q.from, q.to).start);
    const beforeStart = previous && previous.clause === clause.from ? Math.max(clause.from, previous.noun.to) : clause.from;
    const beforeText = text.slice(beforeStart, q.boundFrom);
    const scope = scopeOf(text, q, clause, quantities);
    if (scope === 'skip') continue;
    const titles = owner.taskTitle === null ? owner.path : [...owner.path, owner.taskTitle];
    // Note: a row of a task table (任务 | 目标 | 牵头单位 | 完成时限) commits to what it states, wherever the outline put it.
    // Note: so does the paragraph a year's work plan opens with before its first heading (全年接待游客达到2200万人次、实现旅游
    // 综合收入150亿元): it states the year's goals, as 主要目标 would head them; a review there says so (2024年，…, 已, 以来).
    const opening = owner.sectionId === null && owner.taskId === null && input.firstYear != null && input.firstYear === input.defaultYear;
    const role = owner.role === 'context' && (rowDue || opening) ? 'tasks' : owner.role;
    // Note: a sentence's own lead (…。力争到2027年，A；B。) is nearer than its paragraph's; it holds for the clauses after it.
    const stop = fullStopBefore(q.from);
    if (stop !== leadStop || sentence.from !== leadTo) [leadStop, leadTo, ownLead] = [stop, sentence.from, sentenceLeadOf(text, stop, sentence.from)];
    const held = lead?.local && !reviewHolds(text, q.boundFrom) ? null : lead;
    const near = ownLead ?? held;
    const kind = scope ?? kindOf({ sentence: text.slice(sentence.from, q.boundTo), at: q.boundFrom - sentence.from, lead: near, titles, role, planYear: input.defaultYear });
    if (kind === 'target' && q.comparator === null && BUILDS_ON.test(text.slice(clause.from, q.boundFrom))) continue;
    const noun = nounAfter(text, q);
    // Note: …30条的基础上: 基础上 says the figure is a base, it names no measure.
    // Note: what follows a time limit (1个工作日内办结) is the act it limits, a verb, not the measure's name.
    const limit = q.unitFamily === 'duration' && /内$/.test(text.slice(q.to, q.boundTo));
    const nounText = limit || /^基础上/.test(text.slice(noun.from, noun.to).trim()) ? '' : text.slice(noun.from, noun.to).trim();
    const framing = readFraming(beforeText);
    let metric: string;
    let subject: string | null = null;
    let increment = false;
    // The text before names the metric when it ends on a noun (…总数超6.5万架) or nothing follows the figure;
    // after a verb (打造50个视频创新应用) the noun after the figure is the metric.
    // Note: a verb inside the bound (至少建成1支综合性应急救援队伍) acts on the noun after the figure, as a verb before it does.
    const verbInBound = nounText.length >= 2 && /(?:不少于|不低于|至少|最少)(?:建成|建设|培育|打造|新建|新增|组建|配备|建立|有)$/.test(text.slice(q.boundFrom, q.from));
    // Note: a unit each of which holds the figure (每个网格不少于1名专职网格员, 每所学校至少配备2名心理教师) is where it
    // holds, its subject: the noun after the figure is what is counted.
    const perUnit = nounText.length >= 2 && PER_UNIT_SCOPE.test(framing.metric);
    if (framing.metric.length >= 2 && !framing.verbBefore && !verbInBound && !perUnit && (nounText.length < 2 || /[为是达]$|[超过于少低高]$/.test(text.slice(beforeStart, q.from).trim()) || q.boundFrom !== q.from)) {
      metric = framing.metric;
      increment = framing.increment === true;
      // Note: the works or projects before 完成投资 (文旅项目完成投资35亿元, 重点区域生态保护和修复工程完成投资300亿元) are what
      // invests: the investment's subject, as a plan reports what each programme invests. Only there: before other verbs the
      // words are as often a purpose (为企业提供…) or a place (在…平台发布…) as a subject.
      // Note: 计划 or 预计 before the verb (“十大工程”计划完成投资150亿元) says the sum is planned: no part of the subject.
      const investor = framing.subject.replace(/(?:计划|预计|力争|争取|确保|累计|全年|年内)$/, '');
      if (/^(?:固定资产)?投资(?:额)?$/.test(framing.metric) && /完成(?:固定资产)?投资/.test(beforeText) && isSubjectName(investor) && !/^(?:为|在|对|向|到|从|由|让|使)|期间/.test(investor)) subject = investor;
    } else if (nounText.length >= 2) {
      metric = nounText;
      // Note: a subject is a name of some length (区视频资源管理平台), not a leftover word (原先) or a list.
      const candidate = framing.subject || framing.metric;
      subject = isSubjectName(candidate, perUnit) ? candidate : null;
    } else {
      metric = framing.metric || framing.subject;
    }
    // Note: a share or a growth after a change (海洋生产总值年均增长10%左右，占地区生产总值比重提高到40%; 收入年均增长7%，较2020年
    // 增长近五成) is the share or growth of what changed, not of its growth.
    const named = GENERIC_METRIC.test(metric) ? clauseSubject(text, clause.from, previous?.q.to ?? sentence.from) : null;
    if (named) metric = `${named}${metric}`;
    else if (GENERIC_METRIC.test(metric) && previous) metric = `${previous.metric.replace(CHANGE_TAIL, '')}${metric}`;
    // Note: a growth measured against an average (…增加值年均增长7%以上，增速高于全省平均水平1个百分点以上) is the growth of what
    // the change before it measures, in the same sentence.
    else if (/^(?:增速|增幅)(?:高于|快于|超过|领先)/.test(metric) && previous && CHANGE_TAIL.test(previous.metric) && sentenceAround(text, previous.q.from, previous.q.to).from === sentence.from) metric = `${previous.metric.replace(CHANGE_TAIL, '')}${metric}`;
    let comparator = q.comparator;
    // A rank to reach (区域创新能力排名进入全省前5位, 营商环境评价力争排名全省前10名, 县域经济综合实力保持全国百强县前50位): the
    // rank is at most the figure, and the name is what is ranked, in the field the words before 前 name; the verb is no part.
    const rank = RANK_UNIT.test(q.unit) ? RANK_GOAL.exec(metric) : null;
    if (rank) {
      metric = `${rank[1] ?? ''}${rank[2] ?? ''}排名`;
      if (comparator === null || comparator === '=') comparator = '<=';
      // Note: a rank to strive for after the one to hold (县域经济综合实力排名稳定在全省前十位，力争进入全省前五位) ranks the
      // same thing in the same field: it names neither again.
      const last = found.at(-1);
      const field = (rank[2] ?? '').trim();
      // Note: so does the rank of a growth after the growth (规模以上工业增加值增长8%，增速保持全市前三名): whose growth it is.
      if (/^(?:增速|增幅)$/.test((rank[1] ?? '').trim()) && last && CHANGE_TAIL.test(last.metric) && sentenceAround(text, last.q.from, last.q.to).from === sentence.from) metric = `${last.metric.replace(CHANGE_TAIL, '')}${metric}`;
      if ((rank[1] ?? '').trim() === '' && last && RANK_UNIT.test(last.q.unit) && last.metric.endsWith(`${field}排名`) && last.metric.length > `${field}排名`.length && sentenceAround(text, last.q.from, last.q.to).from === sentence.from) metric = last.metric;
    }
    // 新增不少于3个行业专区、30个应用场景: a bound word covers the whole list.
    const prior = found.at(-1);
    // 新建5G基站5000个，到2025年累计达到4万个: a figure with no words of its own measures what the one before it did.
    // Note: after 分别 the figures of one list may differ in unit (森林覆盖率、湿地面积分别达到65%、3万公顷).
    // Note: a stage after a figure named after it (到2025年底，完成200家规上企业数字化诊断；到2026年底，累计完成600家) is
    // parted from it by that name; and a sum after a rate (每年新增标杆企业20家以上，三年累计培育100家以上) counts the thing,
    // not its rate.
    const priorEnd = prior && previous && previous.q === prior.q ? Math.max(prior.q.boundTo, previous.noun.to) : (prior?.q.boundTo ?? 0);
    if (metric === '' && prior && (prior.q.unit === q.unit || (prior.clause.from === clause.from && /分别/.test(prior.metric))) && (sentenceAround(text, prior.q.from, prior.q.to).from === sentence.from || STAGE_BETWEEN.test(text.slice(prior.q.boundTo, q.boundFrom)) || STAGE_BETWEEN.test(text.slice(priorEnd, q.boundFrom)))) metric = /累计|共|合计/.test(text.slice(clause.from, q.boundFrom)) ? prior.metric.replace(/^(?:每年|年均)(?:新增)?/, '') : prior.metric;
    // 非化石能源消费比重提高3个百分点以上，达到13%左右: a level right after a change, in the next clause, is the level of
    // what changed (the change and the level it brings are the usual pair of a plan's goal).
    // Note: the level may be dated (海洋生产总值年均增长12.5%，2020年达到1360亿元): the year only says when it was reached.
    // Note: so it is after the resolve or the sum a plan writes before it (总产值年均增长5%左右，累计达到800亿元; 贷款余额年均
    // 增长10%以上，力争到2027年突破1000亿元): neither names a measure.
    if (metric === '' && prior && prior.q.unit !== q.unit && /^[，,]\s*(?:力争|争取|确保|努力)?(?:(?:到|至|在|于)?\d{4}年(?:底|末)?[，,]?\s*)?(?:累计)?$/.test(text.slice(prior.q.boundTo, q.boundFrom)) && CHANGE_TAIL.test(prior.metric)) metric = prior.metric.replace(CHANGE_TAIL, '');
    // 加快布局通用机场，2025年建成5个、2026年建成8个: a figure with no words of its own, first of its sentence, counts what the
    // clause before it names, as the figures after it do. Note: only where a mark ends the figure; at a line's end its noun may
    // be on the next line (PDF text wrapped after 打造不少于20个).
    if (metric === '' && /^[、，,；;。]/.test(text.slice(q.boundTo, q.boundTo + 1))) metric = objectBefore(text, clause.from, previous?.q.to ?? sentence.from) ?? '';
    // Note: a figure held per unit with no noun of its own (新建社区食堂15个，每个街道至少建成1个) counts what the figure before it
    // in the sentence counts, the unit being where it holds (its subject), as a noun after the figure would be.
    if (nounText.length < 2 && PER_UNIT_SCOPE.test(metric) && prior && prior.q.unit === q.unit && sentenceAround(text, prior.q.from, prior.q.to).from === sentence.from && !PER_UNIT_SCOPE.test(prior.metric)) {
      subject = metric;
      metric = prior.metric.replace(/^(?:新建|新增|建成|建设|打造|培育)/, '');
    }
    // Note: only after a figure named by its verb of works and its thing (新建城市书房), or whose thing follows such a verb (开工建设
    // 重点项目120个，竣工投产80个: the metric is the thing alone); a name with another verb (启动老旧小区改造) holds no thing alone.
    const priorWorks = prior ? text.slice(prior.clause.from, prior.q.boundFrom).trim().replace(/^(?:全年|年内|力争|确保|争取)/, '') : '';
    if (nounText.length < 2 && WORKS_ALONE.test(metric) && prior && prior.q.unit === q.unit && prior.q.unit !== '' && (WORKS_FIRST.test(prior.metric) || (WORKS_FIRST.test(priorWorks) && priorWorks.endsWith(prior.metric))) && sentenceAround(text, prior.q.from, prior.q.to).from === sentence.from) {
      const thing = prior.metric.replace(WORKS_FIRST, '');
      if (thing.length >= 2 && !WORKS_FIRST.test(thing)) metric = `${metric}${thing}`;
    }
    // Note: a verb of works alone with no figure before it in the sentence (推进城镇燃气管道老化更新改造，完成改造200公里; 加快
    // 老旧小区改造，年内改造50个) does the works the clause before it names with that verb: the figure measures those works.
    const samePrior = prior !== undefined && sentenceAround(text, prior.q.from, prior.q.to).from === sentence.from;
    if (nounText.length < 2 && WORKS_ALONE.test(metric) && !samePrior) {
      const named = objectBefore(text, clause.from, previous?.q.to ?? sentence.from);
      // Note: only works the clause names as such (…改造 before 改造): 强化安全监管，完成整治200处 names no works of 整治.
      if (named && named !== metric && named.endsWith(metric)) metric = named;
    }
    if (comparator === null && prior && prior.clause.from === clause.from && /^[、\s]*$/.test(text.slice(previous?.noun.to ?? q.from, q.boundFrom))) comparator = prior.comparator;
    const deadline = kind === 'target' ? (rowDue && !deadlinesInCell(sentenceText) ? rowDue : deadlineIn(sentenceText, near?.year ?? input.defaultYear, q.boundFrom - sentence.from)) : null;
    // Note: a figure the text times before the plan's first year (2020年…浓度为32微克/立方米，到2025年下降到30… in a plan
    // for 2021–2025; 2023年全县粮食产量为25.6万吨 in a plan for 2024) was reached already: it is the base the plan starts from.
    const reached = deadline !== null && input.firstYear != null && deadline.year < input.firstYear;
    found.push({
      kind: reached ? 'indicator' : kind,
      q,
      line,
      clause,
      metric,
      subject,
      increment,
      comparator,
      owner,
      deadline: reached ? null : deadline,
      asOf: reached ? (deadline.date ?? `${deadline.year}-12-31`) : kind === 'indicator' ? asOfIn(sentenceText, titles, text.slice(0, sentence.from), q.boundFrom - sentence.from) : null,
    });
    previous = { q, noun, metric: metric || text.slice(noun.from, noun.to), clause: clause.from };
  }
  // Several figures of one clause named after the noun that follows them share the subject the sentence names first (“虚拟电厂”).
  const byClause = new Map<number, Found[]>();
  for (const f of found) byClause.set(f.clause.from, [...(byClause.get(f.clause.from) ?? []), f]);
  for (const group of byClause.values()) {
    datedRespectively(text, group);
    splitRespectively(group);
    nameGradedList(text, group);
  }
  nameGradedParts(text, found);
  nameListedFigures(text, found);
  changesOfFiguresBefore(text, found);
  for (const group of byClause.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Found;
    const shared = quotedSubject(text, sentenceAround(text, first.q.from, first.q.to).from, first.clause.from);
    if (!shared) continue;
    for (const f of group) {
      if (f.subject !== null) continue;
      f.subject = shared;
      f.metric = `${shared}${f.metric}`;
    }
  }
  return found;
}

// A change after 分别 that names nothing before it (分别同比增长10%、12%, 分别增长6%和8%).
const UNNAMED_RESPECTIVE = /^分别((?:[较比](?:上年|去年|\d{4}年))?(?:同比|年均|累计)?(?:增长|提高|提升|下降|降低|减少))$/;

/**
 * 接待游客4000万人次，实现旅游收入650亿元，分别同比增长10%、12%: changes after 分别 with no names of their own are, in order,
 * the changes of the figures the sentence states before them, as 分别 (respectively) says; a statistical bulletin and a work
 * plan's goals pair levels and their growth so. Only when as many figures stand right before them in the sentence, none a
 * change itself.
 *
 * @param text The line.
 * @param found The line's figures, in order.
 */
function changesOfFiguresBefore(text: string, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as Found;
    const change = UNNAMED_RESPECTIVE.exec(first.metric)?.[1];
    if (!change) continue;
    const group = found.slice(i).filter((f) => f.clause.from === first.clause.from);
    const before = found.slice(Math.max(0, i - group.length), i);
    const sentence = sentenceAround(text, first.q.from, first.q.to).from;
    if (group.some((f) => f.metric !== first.metric) || before.length !== group.length) continue;
    if (before.some((f) => sentenceAround(text, f.q.from, f.q.to).from !== sentence || CHANGE_TAIL.test(f.metric) || f.metric === '' || f.q.unitFamily === 'percent')) continue;
    group.forEach((f, k) => {
      f.metric = `${(before[k] as Found).metric}${change}`;
    });
  }
}

// A list of years that opens a sentence, set off by its comma: 2025年、2026年、2027年，…分别达到32%、35%和38% (到2025年、2027年，…).
const YEAR_LIST = /^\s*(?:到|至)?((?:\d{4}年(?:底|末)?[、和及至])+\d{4}年(?:底|末)?)(?:前)?[，,]\s*$/;

/**
 * 2025年、2026年、2027年，A分别达到x、y、z: a list of years set off before the clause dates each figure of it after 分别,
 * in order, as 分别 (respectively) says; a list whose length differs from the figures' dates nothing.
 */
function datedRespectively(text: string, group: Found[]): void {
  const first = group[0];
  if (!first || group.length < 2 || !/分别/.test(first.metric) || group.some((f) => f.kind !== 'target')) return;
  const list = YEAR_LIST.exec(toHalfWidthDigits(text.slice(sentenceAround(text, first.q.from, first.q.to).from, first.clause.from)));
  const years = list ? [...(list[1] ?? '').matchAll(/\d{4}/g)].map((y) => Number(y[0])) : [];
  if (years.length !== group.length) return;
  group.forEach((f, i) => {
    f.deadline = { year: years[i] as number, date: null };
  });
}

// The measures a list of pollutants, crops or sources shares after its last name.
// Note: crops and stock share their area the same way (茶叶、中药材、蔬菜种植面积分别达到85万亩、40万亩、60万亩).
// Note: so is a count of facilities listed alike (公共图书馆、文化馆、博物馆数量分别达到15个、16个和30个).
const MEASURE_SUFFIX = /(?:重点工程减排量|排放总量|排放量|减排量|年均浓度|平均浓度|浓度|产量|消费量|用量|总量|种植面积|播种面积|养殖面积|面积|产值|数量|总数)$/;
// The denominator a per-head statistic opens with (每千人口, 每万人, 人均): a list of such statistics writes it once, before
// the first (每千人口执业（助理）医师数、注册护士数分别达到3.4人和4.1人), as health and culture plans do.
const PER_HEAD_PREFIX = /^(?:每[十百千万]+(?:常住)?(?:人口|人|户|名)(?:拥有)?|人均|户均)/;
// A name that is already a measure of its own (化学需氧量, COD, is a pollutant's name: the demand is what is measured).
const OWN_MEASURE = /(?:率|(?<!需氧)量|比例|比重|占比|数|额|值|指数|面积|规模)$/;

/**
 * A、B、C分别达到x、y、z: the figures of one clause after 分别 go to the names listed before it, in order, as 分别
 * (respectively) says in any Chinese text. Names that are only a qualifier (城镇、农村居民人均可支配收入分别增长6%、7%)
 * share the last name's measure. A list whose length differs from the figures' keeps its metric, without 分别.
 */
function splitRespectively(group: Found[]): void {
  const first = group[0];
  // Note: a change verb after 分别 (分别增长6%、8%) belongs to each name's metric, as in 居民人均可支配收入增长.
  // Note: so do a base (分别较2015年下降) and 累计 (分别累计下降12.9%、13%…), as plans measure each pollutant.
  // Note: so is the time a work plan sets before 分别 (低保标准年内分别提高到…), no part of the last name.
  // Note: so does a cut of emissions (化学需氧量、氨氮排放量分别削减800吨、60吨), as environmental plans write it.
  const m = first ? /^(.+?)(?:年内|年底前)?分别((?:[较比](?:\d{4}年|上年))?(?:年均|累计)?(?:增长|提高|提升|下降|降低|减少|削减|压减)?)$/.exec(first.metric) : null;
  if (!m || group.some((f) => f.metric !== first?.metric)) return;
  // Note: a list of years before the measure (2025年、2026年、2027年…通达率分别达到80%、90%和100%) dates each figure; the
  // first year is the sentence's opening, already cut from the metric, so the metric starts with the second.
  const years = /^((?:[0-9]{4}年[、和及])*[0-9]{4}年)(?:底|末)?(.+)$/.exec(m[1] ?? '');
  const listed = years ? [...(years[1] ?? '').matchAll(/[0-9]{4}/g)].map((y) => Number(y[0])) : [];
  // Note: the years need not follow each other (2025年、2027年…比重分别达到60%、80%): a work plan stages its own years.
  if (years && first?.deadline && listed.length === group.length - 1 && listed.every((y, i) => y > (i === 0 ? (first.deadline?.year ?? y) : (listed[i - 1] ?? y)))) {
    group.forEach((f, i) => {
      f.metric = `${(years[2] ?? '').trim().replace(/^(?:全国|全省|全市|全区|全县)/, '')}${m[2] ?? ''}`;
      if (i > 0) f.deadline = { year: listed[i - 1] as number, date: null };
    });
    return;
  }
  // Note: a list of years after the measure (新型储能装机规模2025年、2027年分别达到50万千瓦、100万千瓦) dates each figure, in
  // order, as a list of years before it does.
  const yearsAfter = /^(.+?[^\d、])((?:[0-9]{4}年(?:底|末)?[、和及])+[0-9]{4}年(?:底|末)?)$/.exec(m[1] ?? '');
  const stages = yearsAfter ? [...(yearsAfter[2] ?? '').matchAll(/[0-9]{4}/g)].map((y) => Number(y[0])) : [];
  if (yearsAfter && stages.length === group.length) {
    group.forEach((f, i) => {
      f.metric = `${(yearsAfter[1] ?? '').trim()}${m[2] ?? ''}`;
      f.deadline = { year: stages[i] as number, date: null };
    });
    return;
  }
  // Note: 和 and 及 join the list's last name (森林覆盖率和湿地保护率) unless the list is as long without them.
  // Note: 城乡 names the towns and the countryside in one word (城乡居民人均可支配收入分别增长5.5%和7%): two names, 城镇 then
  // 农村, as statistics publish them.
  const both = group.length === 2 ? /^(.{0,6}?)城乡(.{2,})$/.exec(m[1] ?? '') : null;
  if (both && !/[、和及]/.test(m[1] ?? '')) {
    group.forEach((f, i) => {
      f.metric = `${both[1]}${i === 0 ? '城镇' : '农村'}${both[2]}${m[2] ?? ''}`;
    });
    return;
  }
  const commas = (m[1] ?? '').split('、').map((n) => n.trim());
  const all = (m[1] ?? '').split(/[、和及]/).map((n) => n.trim());
  const names = all.length === group.length ? all : commas.length === group.length && !/[和及]/.test(commas.at(-1) ?? '') ? commas : [];
  if (names.length !== group.length || group.length < 2 || names.some((n) => n === '')) {
    for (const f of group) f.metric = `${m[1] ?? ''}${m[2] ?? ''}`;
    return;
  }
  const last = names.at(-1) ?? '';
  const qualifier = names[0]?.length ?? 0;
  // Note: a list of things measured alike writes the measure once, after the last (化学需氧量、氨氮、氮氧化物排放总量;
  // 城镇、农村居民人均可支配收入): each name before it takes it, unless it names a measure of its own (…率, …量).
  const measure = MEASURE_SUFFIX.exec(last)?.[0] ?? '';
  const shared =
    names.slice(0, -1).every((n) => n.length <= 2 && n.length === qualifier) && last.length > qualifier + 1
      ? last.slice(qualifier)
      : measure !== '' && last.length > measure.length + 1 && names.slice(0, -1).every((n) => !OWN_MEASURE.test(n))
        ? measure
        : '';
  const perHead = PER_HEAD_PREFIX.exec(names[0] ?? '')?.[0] ?? '';
  const named = names.map((n, i) => (i > 0 && perHead !== '' && !/^(?:每|人均|户均)/.test(n) ? `${perHead}${n}` : n));
  group.forEach((f, i) => {
    f.metric = `${i < names.length - 1 ? `${named[i]}${shared}` : named[i]}${m[2] ?? ''}`;
  });
}

/**
 * Find the quantitative targets (something to reach: 超6.5万架, 不少于3个,
 * 力争到2030年达成100 MW) and the reported indicators (已建成2500余个,
 * 截至2025年末…) of a plan, each with its metric, value, unit, comparator,
 * deadline or as-of date, and the exact clause that states it.
 *
 * @param input The plan's lines, items and default year.
 * @returns The targets and indicators in document order; a target stated twice is one target with two mentions.
 */
export function extractFigures(input: FigureInput): Figures {
  const targets: Target[] = [];
  const indicators: Indicator[] = [];
  const byKey = new Map<string, Target>();
  const increments: Target[] = [];
  // A paragraph's lead-in (到2027年，…: / 主要目标是：) holds for the paragraphs of the same item after it.
  let lead: { lead: Lead; owner: string; list: boolean; line: number } | null = null;
  let inNote = false;
  const tables = readIndicatorTables(input.lines, input.from, input.to, input.defaultYear);
  const rowsAt = new Map<number, TableRow[]>();
  for (const row of tables.rows) {
    const first = Math.min(...[row.baseline, row.target, row.cumulative].filter((c) => c !== null).map((c) => c.line));
    if (Number.isFinite(first)) rowsAt.set(first, [...(rowsAt.get(first) ?? []), row]);
  }
  for (let i = input.from; i < input.to; i++) {
    const line = input.lines[i];
    if (!line || line.text.trim() === '') continue;
    // A table's notes (注：1.…, then 2.… 3.… on the lines after) say what its rows cover, and commit to nothing.
    const note: boolean = /^\s*注[:：]/.test(line.text) || (inNote && /^\s*\d+[.．、]/.test(line.text));
    inNote = note || /注[:：]\s*\d*[.．、]?/.test(line.text);
    if (tables.claimed.has(i)) {
      for (const row of rowsAt.get(i) ?? []) tableFigures(input, row, targets, indicators);
      continue;
    }
    if (note) continue;
    if (lead?.lead.local && lead.line !== i) lead = null;
    const opens = leadOf(line.text, input.firstYear ?? null);
    // Note: the line's owner matters only while a lead holds or when one opens; most lines need no look-up.
    if (lead || opens) {
      const at = ownerAt(input, spanOf(line, 0, 0).start);
      const owner = `${at.taskId}|${at.sectionId}|${at.role}`;
      // Note: a lead-in that ends on a colon (主要目标是：) introduces the lines listed under it (——新增养老床位300张；),
      // which belong to no item of their own: it holds for them until an item or a section begins.
      const listed = lead?.list === true && at.taskId === null && at.role === 'context';
      if (lead && lead.owner !== owner && !listed) lead = null;
      if (opens) lead = { lead: opens, owner, list: /[:：]\s*$/.test(line.text), line: i };
    }
    for (const f of figuresOfLine(input, line, lead?.lead ?? null)) {
      const span = spanOf(line, f.clause.from, f.clause.to);
      const quote = input.locator.text.slice(span.start, span.end);
      const position = input.locator.positionOf(span.start, span.end);
      const common = {
        docId: input.docId,
        taskId: f.owner.taskId,
        sectionId: f.owner.sectionId,
        metric: f.metric,
        subject: f.subject,
        value: f.q.value,
        unit: f.q.unit || null,
        unitFamily: f.q.unit ? f.q.unitFamily : null,
        unitGloss: f.q.unit ? f.q.gloss : null,
        approx: f.q.approx,
        quote,
        position,
      };
      if (f.kind === 'indicator') {
        // Note: 达/为 before a reported figure states it; only 超, 不少于 and the like bound it.
        const bound = f.comparator === '=' ? null : f.comparator;
        indicators.push({ type: 'indicator', id: `${input.docId}:in${indicators.length + 1}`, ...common, comparator: bound, asOf: f.asOf });
        continue;
      }
      const comparator = f.comparator ?? '=';
      const key = [f.metric, f.q.value, f.q.upTo, f.q.unit, comparator, f.deadline?.year].join('|');
      const same = byKey.get(key);
      // Note: the same words in two tasks are two commitments (每年举办活动不少于2场 for each of several areas);
      // a goal restated in a task, or twice in one task, is one.
      // Note: so are the same figures due on two dates of the year (上半年完成改厕100户，下半年完成改厕100户).
      const otherDate = same?.deadline?.date != null && f.deadline?.date != null && same.deadline.date !== f.deadline.date;
      if (same && !otherDate && (same.taskId === f.owner.taskId || same.taskId === null || f.owner.taskId === null)) {
        same.mentions.push({ quote, position });
        continue;
      }
      const target: Target = {
        type: 'target',
        id: `${input.docId}:tg${targets.length + 1}`,
        ...common,
        comparator,
        valueMax: f.q.upTo,
        baseline: null,
        attribute: statedAttribute(f.line.text, f.q.boundTo),
        deadline: f.deadline,
        mentions: [{ quote, position }],
      };
      byKey.set(key, target);
      targets.push(target);
      if (f.increment) increments.push(target);
    }
  }
  // Note: an increment (新增铁路营业里程700公里) whose measure the plan also sets as a level to reach (铁路营业里程4500公里,
  // a table's row) is the increment's own statistic: it keeps 新增, so that the two are not one target with two values.
  // An increment after a reported level (已开放数据集1200个。力争新增开放数据集300个) keeps the measure's name.
  for (const target of increments) {
    if (targets.some((t) => t !== target && t.metric === target.metric && !increments.includes(t))) target.metric = `新增${target.metric}`;
  }
  const tableSpans = [...tables.claimed].sort((a, b) => a - b).flatMap((i) => {
    const line = input.lines[i];
    return line ? [spanOf(line, 0, line.text.length)] : [];
  });
  return { targets, indicators, tableSpans };
}

/**
 * Add the places in the plan's related parts (its news preface, its notice,
 * its task table) that repeat a target's clause word for word as further
 * mentions. Other plans in the same file are not searched.
 *
 * @param targets The plan's targets.
 * @param locator The file's locator.
 * @param parts The related parts' spans.
 */
export function addOutsideMentions(targets: Target[], locator: Locator, parts: ReadonlyArray<{ start: { offset: number }; end: { offset: number } }>): void {
  for (const target of targets) {
    for (const part of parts) {
      const text = locator.text.slice(part.start.offset, part.end.offset);
      for (let at = text.indexOf(target.quote); at >= 0; at = text.indexOf(target.quote, at + 1)) {
        const start = part.start.offset + at;
        target.mentions.push({ quote: target.quote, position: locator.positionOf(start, start + target.quote.length) });
      }
    }
  }
}

const ATTRIBUTES = { 约束性: 'binding', 预期性: 'expected' } as const;

/** The attribute a goal in prose states in brackets right after its figure (达到95%以上（约束性）, 【预期性指标】), or `null`. */
function statedAttribute(text: string, at: number): Target['attribute'] {
  const m = /^\s*[（(【〔](约束性|预期性)(?:指标)?[）)】〕]/.exec(text.slice(at, at + 12));
  return m ? ATTRIBUTES[m[1] as keyof typeof ATTRIBUTES] : null;
}

/** Whether a cell writes a percent sign in a row whose unit is no percent: the cell's own unit (下降14% in a 吨标准煤/万元 row). */
function ownPercent(row: TableRow, cell: TableCell): boolean {
  return cell.percent !== undefined && row.unitFamily !== 'percent';
}

/** The baseline indicator, target and cumulative target of a 主要指标 table row; the target keeps the row's baseline and attribute. */
function tableFigures(input: FigureInput, row: TableRow, targets: Target[], indicators: Indicator[]): void {
  const place = (cell: TableCell) => {
    const first = spanOf(input.lines[cell.quoteLine] as SourceLine, cell.quoteFrom, cell.quoteFrom);
    const span = { start: first.start, end: spanOf(input.lines[cell.line] as SourceLine, cell.from, cell.to).end };
    const owner: Owner = ownerAt(input, span.start);
    return { quote: input.locator.text.slice(span.start, span.end), position: input.locator.positionOf(span.start, span.end), owner };
  };
  const common = (cell: TableCell, name: string) => {
    const { quote, position, owner } = place(cell);
    // Note: a change written in the cell (下降15) measures the row's change, as 生产安全事故死亡人数下降 names it.
    const metric = cell.change && !name.endsWith(cell.change) ? `${name}${cell.change}` : name;
    const unit = ownPercent(row, cell) ? { unit: cell.percent ?? '%', unitFamily: 'percent' as const, unitGloss: 'percent' } : { unit: row.unit, unitFamily: row.unitFamily, unitGloss: row.gloss };
    return { docId: input.docId, taskId: owner.taskId, sectionId: owner.sectionId, metric, subject: null, value: cell.value, ...unit, approx: cell.approx, quote, position };
  };
  const deadline = row.targetYear === null ? null : { year: row.targetYear, date: null };
  let baseline: Target['baseline'] = null;
  if (row.baseline) {
    const indicator: Indicator = { type: 'indicator', id: `${input.docId}:in${indicators.length + 1}`, ...common(row.baseline, row.metric), comparator: row.baseline.comparator, asOf: row.baseAsOf };
    indicators.push(indicator);
    baseline = { value: indicator.value, year: row.baseAsOf ? Number(row.baseAsOf.slice(0, 4)) : null, asOf: row.baseAsOf, indicatorId: indicator.id };
  }
  const attribute = row.attribute === null ? null : ATTRIBUTES[row.attribute];
  // Note: a cumulative change (〔18〕) is measured from zero over the period, so the row's level is no baseline of it.
  // A yearly stage (the 2024年 column of a 2023–2026 table) is a target of its own, due in its year.
  const stages = (row.stages ?? []).map((s) => [s.cell, s.cumulative ? `${row.metric}（累计）` : row.metric, s.cumulative ? null : baseline, { year: s.year, date: null }] as const);
  const growth = row.growth ? ([[row.growth, `${row.metric}年均增长`, null, deadline]] as const) : [];
  for (const [cell, metric, base, due] of [...stages, [row.target, row.metric, baseline, deadline] as const, ...growth, [row.cumulative, `${row.metric}（累计）`, null, deadline] as const]) {
    if (!cell) continue;
    // Note: a yearly growth is in percent whatever the row's unit (亿元).
    const c = cell === row.growth ? { ...common({ ...cell, percent: cell.percent ?? '%' }, metric) } : common(cell, metric);
    // Note: a change in percent (下降14%) is measured from the base year's level, which is no baseline of it in the row's unit.
    const base_ = ownPercent(row, cell) && !(row.baseline && ownPercent(row, row.baseline)) ? null : base;
    targets.push({
      type: 'target',
      id: `${input.docId}:tg${targets.length + 1}`,
      ...c,
      comparator: cell.comparator ?? '=',
      valueMax: cell.valueMax,
      baseline: base_,
      attribute,
      deadline: due,
      mentions: [{ quote: c.quote, position: c.position }],
    });
  }
}
