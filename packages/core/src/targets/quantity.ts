import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import type { Comparator } from '../model/types.js';
import { scaleDecimal } from './decimal.js';
import { nextNumber, type NumberMatch } from './number-match.js';
import { startsUnit, unitAt, type UnitFamily } from './units.js';

/** A quantity found in text: a number with its unit, bound word and approximation. */
export interface Quantity {
  /** The number through its unit (and 余, 左右): `[from, to)` in the searched text. */
  from: number;
  to: number;
  /** The span including a comparator word before it (超, 不少于) or after it (以上). */
  boundFrom: number;
  boundTo: number;
  value: number;
  unit: string;
  unitFamily: UnitFamily;
  gloss: string;
  /** 余, 多, 约, 近, 左右: the figure is not exact. */
  approx: boolean;
  /** From a bound word; `null` when the text gives none. */
  comparator: Comparator | null;
}

const SCALE: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4, 千: 3, 百: 2 };

const PREFIX_BOUNDS: ReadonlyArray<[RegExp, Comparator]> = [
  [/(?:不少于|不低于|不小于|至少|最少)[\u4e00-\u9fff]{0,2}$/, '>='],
  [/(?:不超过|不高于|不大于|最多|至多|控制在)[\u4e00-\u9fff]{0,2}$/, '<='],
  [/(?:超过|突破|高于|大于|多于|逾|超)$/, '>'],
  [/(?:低于|少于|小于)$/, '<'],
  [/(?:达到|达成|达|提升至|提升到|提高至|提高到|增至|增长至|增加到|扩大至|降至|降低至|降低到)$/, '='],
];
const SUFFIX_BOUNDS: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:及以上|以上)/, '>='],
  [/^(?:以内|以下|之内)/, '<='],
];

/**
 * Whether offsets lie inside “…” or 「…」: a brand or a name (“两张网”, “1ms算力光网”), not a figure.
 * Asked about offsets in increasing order, it reads the text once.
 */
function quoteTracker(text: string): (at: number) => boolean {
  const quotes = /[“「”」]/g;
  let depth = 0;
  let next: RegExpExecArray | null | undefined;
  return (at) => {
    if (next === undefined) next = quotes.exec(text);
    for (; next !== null && next.index < at; next = quotes.exec(text)) {
      if (next[0] === '“' || next[0] === '「') depth++;
      else if (depth > 0) depth--;
    }
    return depth > 0;
  };
}

/** What `\s` matches. */
const SPACES = new Set([...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff']);

/**
 * Whether the character after a number can lead on to a unit: a space, 余 or 多, a scale word
 * (万, 亿) or a unit's first character. Most numbers (2025年, 进一步) fail this, and are passed over
 * before the rest is read.
 */
function mayLeadToUnit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return startsUnit(ch) || ch === '余' || ch === '多' || ch === '万' || ch === '亿' || SPACES.has(ch);
}

interface Read {
  value: number;
  end: number;
  approx: boolean;
}

/** Read the number at a match, with its scale word (万, 亿): exact decimal scaling. */
function readNumber(text: string, m: NumberMatch): Read | null {
  const end = m.end;
  if (m.arabic) {
    // Note: 余 may stand before the scale word: 4300余万次 is 43 million and more.
    const scale = /^\s?(余|多)?(万亿|亿|万)/.exec(text.slice(end));
    const value = scaleDecimal(text.slice(m.index, end), scale ? (SCALE[scale[2] ?? ''] ?? 0) : 0);
    return { value, end: end + (scale ? scale[0].length : 0), approx: Boolean(scale?.[1]) };
  }
  const numeral = text.slice(m.index, end);
  // Note: one character other than 十, 百 and 千 is a single digit, below 10 whatever it is.
  if (numeral.length === 1 && !'十百千'.includes(numeral)) return null;
  const value = parseChineseInteger(numeral);
  // Note: small Chinese numerals are rhetoric (两个支撑, 五项任务, 一批); figures are written in digits,
  // or as round Chinese numbers (二十三个, 千余家).
  if (value === null || value < 10) return null;
  return { value, end, approx: false };
}

/**
 * Find the quantities in a piece of text: 6.5万架, 超10000P, 不少于3个,
 * 2500余个, 363.9Mbps, 100 MW, 千余家. A number counts only with a unit, so
 * years, dates, versions (城市云脑2.0), hotlines (12345), postcodes, document
 * numbers, plan names (十五五) and formulas (1+1+N) are passed over, as are
 * technology names (5G, IPv6, Web3.0) and figures inside quoted names
 * (“10分钟数字养老生活圈”).
 *
 * @param text A paragraph or sentence.
 * @returns The quantities in order.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const insideQuotes = quoteTracker(text);
  let next = 0;
  for (let m = nextNumber(text, 0); m !== null; m = nextNumber(text, next)) {
    next = m.end;
    const from = m.index;
    const before = text[from - 1] ?? '';
    const arabic = m.arabic;
    if (!mayLeadToUnit(text[m.end])) continue;
    if (/[A-Za-z0-9.+\-/]/.test(before) || before === '第' || before === '星' || text[m.end] === '+') continue;
    if (insideQuotes(from)) continue;
    const read = readNumber(text, m);
    if (!read) continue;
    let at = read.end;
    let approx = read.approx;
    const more = /^\s?(余|多)/.exec(text.slice(at));
    if (more) {
      approx = true;
      at += more[0].length;
    }
    const gap = /^\s?/.exec(text.slice(at))?.[0].length ?? 0;
    const unit = unitAt(text, at + gap);
    if (!unit) continue;
    if (!arabic && !['count', 'people', 'money', 'records'].includes(unit.family)) continue;
    const after = text[at + gap + unit.unit.length] ?? '';
    // Note: 5G and 6G are technologies; a bandwidth in G has two digits or more (400G) and stands alone.
    if (unit.unit === 'G' && (read.value < 10 || /[A-Za-z\-\s]/.test(after))) continue;
    if ((unit.unit === 'P' || unit.unit === 'E') && /[A-Za-z]/.test(after)) continue;
    let to = at + gap + unit.unit.length;
    const around = /^左右/.exec(text.slice(to));
    if (around) {
      approx = true;
      to += around[0].length;
    }
    let boundFrom = from;
    // Note: a look at one character, not /(约|近)$/ on the text before, which V8 tries at every offset.
    if (before === '约' || before === '近') {
      approx = true;
      boundFrom = from - 1;
    }
    let comparator: Comparator | null = null;
    const prefix = text.slice(Math.max(0, boundFrom - 8), boundFrom);
    for (const [re, c] of PREFIX_BOUNDS) {
      const p = re.exec(prefix);
      if (p) {
        comparator = c;
        boundFrom -= p[0].length;
        break;
      }
    }
    let boundTo = to;
    for (const [re, c] of SUFFIX_BOUNDS) {
      const s = re.exec(text.slice(to));
      if (s) {
        comparator = c;
        boundTo = to + s[0].length;
        break;
      }
    }
    found.push({ from, to, boundFrom, boundTo, value: read.value, unit: unit.unit === '％' ? '%' : unit.unit, unitFamily: unit.family, gloss: unit.gloss, approx, comparator });
    next = to;
  }
  return found;
}

export { toHalfWidthDigits };
