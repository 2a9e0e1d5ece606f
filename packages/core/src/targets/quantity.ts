import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import type { Comparator } from '../model/types.js';
import { scaleDecimal } from './decimal.js';
import { nextNumber, type NumberMatch } from './number-match.js';
import { perUnitAt, startsUnit, unitAt, type UnitFamily, type UnitInfo } from './units.js';

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
  /** From a bound word; `null` when the text gives none. A range (3—5个) is its lower bound with `>=`. */
  comparator: Comparator | null;
  /** The upper bound of a range (5 in 3—5个); `null` for a single figure. */
  upTo: number | null;
}

const SCALE: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4, 千: 3, 百: 2 };

const PREFIX_BOUNDS: ReadonlyArray<[RegExp, Comparator]> = [
  // Note: technical plans write the bounds as signs in the text too (夜间达标率≥85%, PUE≤1.25, 新建数据中心PUE＜1.3), as their
  // indicator tables do.
  [/(?:≥|⩾|＞＝|>=)$/, '>='],
  [/(?:≤|⩽|＜＝|<=)$/, '<='],
  [/[＞>]$/, '>'],
  [/[＜<]$/, '<'],
  // Note: rules and measures write the same bounds with 得 (不得低于百分之七十, 不得少于3人, 不得超过5%): must not be lower.
  [/(?:不少于|不低于|不小于|不得少于|不得低于|至少|最少)[\u4e00-\u9fff]{0,2}$/, '>='],
  [/(?:不超过|不高于|不大于|不得超过|不得高于|不得大于|最多|至多|控制在)[\u4e00-\u9fff]{0,2}$/, '<='],
  [/(?:超过|突破|高于|大于|多于|逾|超)$/, '>'],
  [/(?:低于|少于|小于)$/, '<'],
  // Note: verbs that bring a figure to a level (压缩至1个工作日, 稳定在50万亩, 保持100%) bind it as 达到 does; a
  // suffix (以上, 以内) still says which way.
  // Note: the same for the other verbs of reaching a level with 到 or 至 (家庭农场发展到3000个, 海洋牧场面积扩大到4万公顷,
  // 入境游客恢复到…, “跨省通办”事项拓展至200项): the verb is no part of the metric.
  [/(?:达到|达成|达|提升至|提升到|提高至|提高到|增至|增长至|增长到|增加到|增加至|扩大至|扩大到|拓展至|拓展到|扩展至|扩展到|延伸至|延伸到|发展到|发展至|上升到|上升至|恢复到|恢复至|降至|降低至|降低到|降到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少至|减少到|下降至|下降到|缩小到|缩小至|稳定在|保持在|维持在|保持)(?:每人每年|每人每月|每人|人均)?$/, '='],
];
const SUFFIX_BOUNDS: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:及以上|以上)/, '>='],
  [/^(?:以内|以下|之内)/, '<='],
];

// Note: a ratio or an index has no unit (数据中心PUE值控制在1.3以下, 恩格尔系数降至0.3, 综合指数达到85): a bare number bound by a
// word right after a metric named 值, 系数, 指数 or PUE is that metric's figure.
// A ratio (城乡居民人均可支配收入比缩小到2.1以内) and a rate per population (每百万人口因灾死亡率低于1) are written bare too;
// a bracketed abbreviation may stand between the name and the verb (电能利用效率（PUE）不高于1.25).
const DIMENSIONLESS_BEFORE = /(?:值|系数|指数|PUE|收入比|死亡率|发病率)[）)]?\s*(?:控制在|降至|降到|降低至|降低到|下降至|下降到|缩小到|缩小至|低于|不高于|不超过|小于|达到|提高到|提高至|提升至|提升到|保持在|稳定在|≤|≥|⩽|⩾|＜|＞|<|>)\s*$/;

// Note: the goals of data-centre and energy plans also list a ratio with no verb, its bound after it (数据中心PUE值1.25以下,
// 电能利用效率（PUE）1.2以下, 基尼系数0.4以下): the name right before the figure and 以下, 以内 or 以上 right after it.
const RATIO_NAME_BEFORE = /(?:PUE|WUE|系数|指数)值?[）)]?\s*$/;
const BOUND_AFTER_RATIO = /^(?:以下|以内|以上)/;

// A quoted name is short; a quote left open longer than this is a stray mark, not a name.
const LONGEST_NAME = 40;

/**
 * Whether offsets lie inside “…” or 「…」: a brand or a name (“两张网”, “1ms算力光网”), not a figure.
 * Asked about offsets in increasing order, it reads the text once.
 * Note: converted texts close “ with a straight " (“全科无差别受理"), so " closes an open quote and opens otherwise.
 */
function quoteTracker(text: string): (at: number) => boolean {
  const quotes = /[“「”」"]/g;
  let depth = 0;
  let openedAt = -1;
  let next: RegExpExecArray | null | undefined;
  return (at) => {
    if (next === undefined) next = quotes.exec(text);
    for (; next !== null && next.index < at; next = quotes.exec(text)) {
      const opens = next[0] === '“' || next[0] === '「' || (next[0] === '"' && depth === 0);
      if (opens) {
        if (depth === 0) openedAt = next.index;
        depth++;
      } else if (depth > 0) depth--;
    }
    return depth > 0 && at - openedAt <= LONGEST_NAME;
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
  /** The power of ten of its scale word (4 for 万). */
  power: number;
  /** A Chinese numeral below ten (两, 三): rhetoric unless a percentage point or a multiple follows. */
  small: boolean;
}

/** Read the number at a match, with its scale word (万, 亿): exact decimal scaling. */
function readNumber(text: string, m: NumberMatch): Read | null {
  const end = m.end;
  if (m.arabic) {
    // Note: 余 may stand before the scale word: 4300余万次 is 43 million and more.
    const scale = /^\s?(余|多)?(万亿|亿|万)/.exec(text.slice(end));
    const power = scale ? (SCALE[scale[2] ?? ''] ?? 0) : 0;
    const value = scaleDecimal(text.slice(m.index, end), power);
    return { value, end: end + (scale ? scale[0].length : 0), approx: Boolean(scale?.[1]), power, small: false };
  }
  const numeral = text.slice(m.index, end);
  const value = parseChineseInteger(numeral);
  if (value === null) return null;
  // Note: a round number written in words takes a scale word too (年接待游客百万人次, 新增耕地十万亩, 两万名): a figure, not
  // rhetoric, scaled exactly. 千万 alone is the adverb (千万不能) or a slogan's (走进千万家) more often than ten million.
  // Note: a look at one character first: Chinese numerals (一 in 进一步) are many, scaled ones few.
  const next = text[end];
  const scale = numeral === '千' || (next !== '万' && next !== '亿') ? null : /^(万亿|亿|万)/.exec(text.slice(end, end + 2));
  if (scale) {
    const power = SCALE[scale[1] ?? ''] ?? 0;
    return { value: scaleDecimal(String(value), power), end: end + (scale[0]?.length ?? 0), approx: false, power, small: false };
  }
  // Note: small Chinese numerals are rhetoric (两个支撑, 五项任务, 一批); figures are written in digits,
  // or as round Chinese numbers (二十三个, 千余家). One character other than 十, 百 and 千 is below 10.
  return { value, end, approx: false, power: 0, small: value < 10 || (numeral.length === 1 && !'十百千'.includes(numeral)) };
}

// A unit character that starts a longer word instead: 门类, 门槛, 门户.
// The same for the measure words of sector plans: 天然气, 只有, 支持, 部门, 宗教, 间隔, 节能, 列入, 班子, 床位 (a count of
// 床位 is written with 张), 方面, 头部, 分钟 (a unit of its own), 分局.
const NOT_A_UNIT: Record<string, RegExp> = {
  门: /[类槛户口诊店面禁票]/,
  天: /[然津府河空地网下内际使]/,
  只: /[有要是能需]/,
  支: /[持撑付出柱线援教农点]/,
  部: /[门委署分长级属际位件室队委]/,
  宗: /[教旨族]/,
  间: /[隔断歇距接]/,
  节: /[能约点日庆假水电奏]/,
  列: /[入为举车出明]/,
  班: /[子级组长主车]/,
  床: /[位]/,
  方: /[面案式向位法针阵舱言]/,
  头: /[部雁羊号条]/,
  分: /[之钟局站公行类级区厂院会布别享工析配散批期段层支队子岛署管中制值贝]/,
  起: /[草步点来到始算降飞航居诉止源因]/,
  片: /[区林段长]/,
  // Note: a ratio to one ends there (生师比13∶1以内); 1:10 or 3:1.5 or a time (8:10) is something else.
  '∶1': /[0-9０-９.．:：∶月日时号]/,
  ':1': /[0-9０-９.．:：∶月日时号]/,
  '：1': /[0-9０-９.．:：∶月日时号]/,
};
// What a number with a scale word and no measure word reads as.
const BARE: UnitInfo = { unit: '', family: 'count', gloss: '' };
const YEARS: UnitInfo = { unit: '年', family: 'duration', gloss: 'years' };
// A measure named as a span of years, then the verb or bound that sets its level (受教育年限达到, 年限不低于).
// Note: only a level to reach: a bound on a span (服务年限不少于5年) or a span stated (实施年限为3年) is a condition, no target.
const YEARS_NAMED = /年限(?:达到|提高到|提高至|提升到|提升至|增加到|增至|保持在|稳定在)\s*$/;

// A range between two numbers: 3—5个, 2-3个, 160～300万千瓦.
// Note: 至 joins a range's ends as a dash does (培育超百亿元企业3至5家).
const RANGE_DASH = /^ ?(?:[—–~～\-－]{1,2}|至) ?/;
// Fixed four-character idioms that hold a number and a measure word: 百家争鸣, 千家万户.
// Note: set phrases whose numerals count nothing: 千家万户 (every household), 千吨万人 (the class of water works serving
// 1,000 tonnes a day or 10,000 people, as water and environment plans name their protected sources), 千村示范、万村整治.
const IDIOMS = ['百家争鸣', '千家万户', '千吨万人', '千村示范', '万村整治', '千方百计', '千头万绪'];

/** The scale word and unit written after a range's lower end (5%—6%: `%`; 1.5万—2万人: `万`), or `''`. */
function bothEnds(text: string, at: number): string {
  const scale = /^(?:万亿|亿|万)?/.exec(text.slice(at, at + 2))?.[0] ?? '';
  const unit = unitAt(text, at + scale.length);
  const written = scale + (unit?.unit ?? '');
  return written !== '' && RANGE_DASH.test(text.slice(at + written.length, at + written.length + 4)) ? written : '';
}

/** Whether a quantity fills a pair of brackets on its own, as a weight or a count annotates a name: 日常监测（60%）, 长江流域（108个）. */
function bracketed(text: string, from: number, to: number): boolean {
  return /[（(]\s*$/.test(text.slice(Math.max(0, from - 2), from)) && /^\s*[）)]/.test(text.slice(to, to + 2));
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
    // A range: read its upper bound, keep its lower bound's digits.
    let low: NumberMatch | null = null;
    // Note: a range may write its unit or scale word on both ends (增长5%—6%, 3%~5%, 1.5万—2万人), as the national
    // statistics style does; the lower end's unit must then be the upper end's.
    const written = m.arabic ? bothEnds(text, m.end) : '';
    const dash = m.arabic ? RANGE_DASH.exec(text.slice(m.end + written.length, m.end + written.length + 4)) : null;
    if (dash) {
      const high = nextNumber(text, m.end + written.length + dash[0].length);
      if (high?.arabic && high.index === m.end + written.length + dash[0].length && text.startsWith(written, high.end)) {
        low = m;
        m = high;
        next = m.end;
      }
    }
    const arabic = m.arabic;
    const dimensionless = arabic && (DIMENSIONLESS_BEFORE.test(text.slice(Math.max(0, from - 10), from)) || (BOUND_AFTER_RATIO.test(text.slice(m.end, m.end + 2)) && RATIO_NAME_BEFORE.test(text.slice(Math.max(0, from - 6), from))));
    // Note: 1 or 2 digits and a decimal or two (11.2年); 3．2020年底前 is an item's label run on to a year.
    // Note: so is a whole number of years after a measure named as a span of years and a verb of reaching (平均受教育年限达到
    // 12年, 新增劳动力平均受教育年限提高到15年): 年限 names a duration, so the figure after it is no year and no count of them.
    const decimalYears = arabic && text[m.end] === '年' && (/^[0-9]{1,2}[.．][0-9]{1,2}$/.test(text.slice(m.index, m.end)) || (/^[0-9]{1,2}$/.test(text.slice(m.index, m.end)) && YEARS_NAMED.test(text.slice(Math.max(0, from - 8), from))));
    if (!dimensionless && !decimalYears && !mayLeadToUnit(text[m.end])) continue;
    // Note: after 第 or 届 a number is an ordinal (第三, 六届十一次全会); after 每 it is a rate's denominator (每5所幼儿园配备1名).
    // Note: after 号 a number is the next part of an address (清江大道16号2栋3楼, 5号楼2单元), not a count.
    if (/[A-Za-z0-9.+\-/]/.test(before) || before === '第' || before === '星' || before === '届' || before === '每' || before === '号' || text[m.end] === '+') continue;
    if (insideQuotes(from)) continue;
    // Note: 表1　株洲市…, 图2 …: a table's or figure's number before its caption, not a count of 株.
    if ((before === '表' || before === '图') && /^[\s\u3000:：]/.test(text.slice(m.end, m.end + 1))) continue;
    // Note: so is the number of a box or an attachment (专栏1　天水市…, 附件2 …): a label, whatever follows it.
    if (/(?:专栏|附件|附表|附图)$/.test(text.slice(Math.max(0, from - 2), from))) continue;
    if (IDIOMS.some((idiom) => text.startsWith(idiom, from))) continue;
    const read = readNumber(text, m);
    if (!read) continue;
    let at = read.end;
    let approx = read.approx;
    const more = /^\s?(余|多)/.exec(text.slice(at));
    if (more) {
      approx = true;
      at += more[0].length;
    }
    let gap = /^\s?/.exec(text.slice(at))?.[0].length ?? 0;
    let unit = unitAt(text, at + gap);
    if (unit && NOT_A_UNIT[unit.unit]?.test(text[at + gap + unit.unit.length] ?? '')) unit = null;
    // Note: a number with a scale word and no measure word counts what the noun after it names (50万贫困人口, 突破5亿).
    if (!unit && ((arabic && read.power > 0) || dimensionless)) {
      unit = BARE;
      gap = 0;
    }
    // Note: a span of years with a decimal (平均受教育年限达到11.2年) is a duration; a whole number before 年 is a year or
    // a count of years (连续3年), which no plan sets as a level to reach.
    if (!unit && decimalYears && text[at + gap] === '年' && !/[\u4e00-\u9fff]/.test(text[at + gap + 1] ?? '')) unit = YEARS;
    // Note: 度 counts kilowatt-hours after a scale word (5亿度); alone it is a slope or a temperature (25度以上坡耕地).
    if (unit?.unit === '度' && read.power === 0) continue;
    // Note: 部 counts laws and standards (制修订地方标准30部), but 1部 explains a formula (“1+1+N”: 1部法规、1部规章、N项制度)
    // more often than it counts a commitment.
    if (unit?.unit === '部' && read.value === 1) continue;
    // Note: a score is written in digits (90分); 百分制 and 满分 words are scales, not scores.
    if (unit?.unit === '分' && !arabic) continue;
    if (!unit) continue;
    // Note: 千人, 百户 before 均, 口 or 拥有 name a rate's denominator (千人均拥有托位数, 千人口床位数), not a count of people.
    if (!arabic && /^[十百千]$/.test(text.slice(m.index, m.end)) && /^(?:均|口|拥有)/.test(text.slice(at + gap + unit.unit.length))) continue;
    // Note: 1:1 is a matching ratio (按上级资助额度给予1:1配套), no level to reach.
    if (unit.family === 'multiple' && unit.unit.endsWith('1') && read.value === 1) continue;
    // A small Chinese numeral is a figure after a bound word (至少一所) or before 百分点 and 倍.
    // Note: and a rank after 前 (进入全省前三位, 保持全市前五名): ranks are written in words as often as in digits.
    const rankInWords = before === '前' && (unit.unit === '位' || unit.unit === '名');
    if (read.small && !rankInWords && unit.family !== 'percentage-points' && unit.family !== 'multiple' && !/(?:至少|不少于|不低于|最少)[\u4e00-\u9fff]{0,2}$/.test(text.slice(Math.max(0, from - 5), from))) continue;
    // Note: a round number in words with its scale word (突破五亿立方米, 新增十万千瓦) is a figure in any unit.
    if (!arabic && read.power === 0 && !['count', 'people', 'money', 'records', 'percentage-points', 'multiple', 'area', 'mass'].includes(unit.family)) continue;
    const after = text[at + gap + unit.unit.length] ?? '';
    // Note: 5G and 6G are technologies; a bandwidth in G has two digits or more (400G) and stands alone.
    if (unit.unit === 'G' && (read.value < 10 || /[A-Za-z\-\s]/.test(after))) continue;
    if ((unit.unit === 'P' || unit.unit === 'E') && /[A-Za-z]/.test(after)) continue;
    // Note: km/h is a speed (设计时速350km/h), and km before other letters part of another word.
    if (unit.unit === 'km' && /[A-Za-z/／]/.test(after)) continue;
    let to = at + gap + unit.unit.length;
    // 15分钟社区生活圈, 1小时通勤圈: a duration that names a catchment area, not a figure.
    if (unit.family === 'duration' && /^[\u4e00-\u9fff]{0,6}圈/.test(text.slice(to))) continue;
    // Note: the unit as written (％ stays full-width), so that the quote holds it; its family groups % and ％.
    let unitText = text.slice(at + gap, at + gap + unit.unit.length);
    let gloss = unit.gloss;
    const per = perUnitAt(text, to);
    if (per) {
      // Note: the denominator as written (元/每份), so that the quote holds the unit.
      unitText = `${unitText}${text.slice(to, to + per.length)}`;
      gloss = `${gloss} per ${per.gloss}`;
      to += per.length;
    }
    // Note: a measure word right before 级 and a noun grades the noun (5万吨级以上泊位, 30万吨级原油码头, 10万千瓦级风电基地):
    // it names a class of ships, berths or plants and is no figure to reach; the count after it is. A money scale
    // alone (规模达到7000亿级) is a level, read as before.
    if (unit.unit !== '' && /^级(?:及以上|以上|以下)?[\u4e00-\u9fff]/.test(text.slice(to, to + 5))) continue;
    // Note: text spaced between figures and words (5.5 % 左右, as web pages and PDF text set it) may space 左右 too.
    const around = /^ ?左右/.exec(text.slice(to));
    if (around) {
      approx = true;
      to += around[0].length;
    }
    const start = low ? low.index : from;
    if (bracketed(text, start, to)) continue;
    let boundFrom = start;
    const first = text[start - 1] ?? '';
    // Note: a look at one character, not /(约|近)$/ on the text before, which V8 tries at every offset.
    if (first === '约' || first === '近') {
      approx = true;
      boundFrom = start - 1;
    }
    const bound = boundAround(text, boundFrom, to);
    // Note: a round number in words with its scale word names a class where nothing binds it and no clause ends after it
    // (10个百万亩、100个十万亩…防沙治沙基地, 百万吨以上智能化乙烯成套装备): only 达到百万人次 or …耕地十万亩。 states a figure.
    if (!arabic && read.power > 0 && bound.boundFrom === boundFrom && !/^(?:以上|左右|以内|以下)?(?:[，,；;。）)]|$)/.test(text.slice(to, to + 3))) continue;
    boundFrom = bound.boundFrom;
    let boundTo = bound.boundTo;
    let comparator = bound.comparator;
    // Note: a time limit with 内 is an upper bound (3个工作日内办结, 压缩至30分钟内), as 以内 is.
    if (unit.family === 'duration' && boundTo === to && text[to] === '内' && (comparator === null || comparator === '=')) {
      comparator = '<=';
      boundTo = to + 1;
    }
    const value = low ? scaleDecimal(text.slice(low.index, low.end), read.power) : read.value;
    // Note: 达到40%—50% reaches a range, read as its lower bound with `>=` as a bare range is.
    if (low && (comparator === null || comparator === '=')) comparator = '>=';
    found.push({ from: start, to, boundFrom, boundTo, value, unit: unitText, unitFamily: unit.family, gloss, approx, comparator, upTo: low ? read.value : null });
    next = to;
  }
  return withWrittenShares(text, withDoublings(text, found));
}

// 翻一番 doubles a figure, 翻两番 quadruples it: counted in doublings (番), as written; a review writes 翻了一番.
const DOUBLING = /翻了?([一两二])?番/g;

/** Add the multiples written as 翻一番 and 翻两番 to the quantities, in text order. */
function withDoublings(text: string, found: Quantity[]): Quantity[] {
  if (!text.includes('番')) return found;
  const doublings: Quantity[] = [];
  for (const m of text.matchAll(DOUBLING)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const over = /^(?:以上|多)/.exec(text.slice(to));
    doublings.push({ from, to, boundFrom: from, boundTo: to + (over?.[0].length ?? 0), value: m[1] === '两' || m[1] === '二' ? 2 : 1, unit: '番', unitFamily: 'multiple', gloss: 'doublings', approx: false, comparator: over ? '>=' : null, upTo: null });
  }
  // Note: the quote tracker reads forward only, so quoted doublings are checked on a fresh one.
  const fresh = quoteTracker(text);
  return [...found, ...doublings.filter((q) => !fresh(q.from))].sort((a, b) => a.from - b.from);
}

export { toHalfWidthDigits };

// Note: a share written as a fraction (转化率超过1/3, 三分之一以上的县) and a money scale named as a grade (产业能级达到万亿级,
// 千亿级产业集群) are figures of official plans that carry no digit-and-unit pair. A grade's 元 is implied, not written:
// its gloss says so, as the one unit a quote does not hold.
const FRACTION = /(?<![0-9./])([1-9])\/([2-9]|10)(?![0-9./])|([二三四五六七八九十])分之([一二三四五六七八九])/g;
const GRADE = /(万亿|千亿|百亿)级/g;
// Note: a percent written in words (不低于百分之三十, 保持在百分之九十五以上, 千分之六), as rules, opinions and measures (办法,
// 实施意见, 若干措施) write their shares in the legal style; its unit is written as 百分之 (千分之), which the quote holds.
const PERCENT_WORD = /(百|千)分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g;
const DIGIT_WORD: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const GRADE_VALUE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10 };
/** The gloss of a unit the text implies and does not write (a money grade's 元). */
export const IMPLIED_YUAN = 'yuan (implied by the grade, not written)';

/** The comparator a bound word before or after `[from, to)` states, and the span with it. */
function boundAround(text: string, from: number, to: number): { boundFrom: number; boundTo: number; comparator: Comparator | null } {
  // Note: justified PDF text puts a space between the bound word and the figure (超过 70%).
  const spaced = / $/.test(text.slice(Math.max(0, from - 1), from)) ? 1 : 0;
  const prefix = text.slice(Math.max(0, from - spaced - 8), from - spaced);
  let boundFrom = from;
  let comparator: Comparator | null = null;
  for (const [re, c] of PREFIX_BOUNDS) {
    const p = re.exec(prefix);
    if (p) {
      comparator = c;
      boundFrom = from - p[0].length - spaced;
      break;
    }
  }
  let boundTo = to;
  // Note: the same space may stand before the bound word after the figure (增长 10% 以上, 95 % 以上).
  const spacedAfter = text[to] === ' ' ? 1 : 0;
  for (const [re, c] of SUFFIX_BOUNDS) {
    const m = re.exec(text.slice(to + spacedAfter));
    if (m) {
      comparator = c;
      boundTo = to + spacedAfter + m[0].length;
      break;
    }
  }
  return { boundFrom, boundTo, comparator };
}

// Note: a share in tenths (三成以上, 提高到七成) and a half (一半以上, 超过半数, 过半) are the shares of plain Chinese, written
// without a digit as 三分之一 is. 成 is also the verb of 建成, 形成 and 一成不变, so a tenth counts only with a bound word
// after it or a verb of reaching or a share's 占 before it.
// Note: found by a plain pattern and checked around in code; look-behinds tried at every position of every line with 成
// (建成, 形成) cost more than the rest of the figure search.
// Note: 两 is how 2 is said before a measure word (两个, 两成以上), as in 提高两成: a share as much as 三成 is.
const SHARE_WORD = /([一二两三四五六七八九])成|一半|半数|过半(?<!超过半)/g;
const SHARE_BEFORE = /(?:达到|达|超过|超|占|近|约|提高到|提升到|提高至|提升至|增至|逾|接近)$/;

/** Whether a share word found at `from` is a figure by the words around it: a bound after it or a reaching verb before. */
function isShare(text: string, from: number, word: string): boolean {
  const before = text.slice(Math.max(0, from - 3), from);
  const after = text.slice(from + word.length, from + word.length + 2);
  if (word === '过半') return !/^[年数]/.test(after);
  if (word.endsWith('成')) return SHARE_BEFORE.test(before) || /^(?:以上|左右|以下|多)/.test(after);
  return SHARE_BEFORE.test(before) || /^(?:以上|左右)/.test(after);
}

/** Add the shares written as fractions and the money grades (万亿级) to the quantities, in text order. */
function withWrittenShares(text: string, found: Quantity[]): Quantity[] {
  const words = text.includes('成') || text.includes('半');
  if (!text.includes('/') && !text.includes('分之') && !text.includes('亿级') && !words) return found;
  const more: Quantity[] = [];
  for (const m of words ? text.matchAll(SHARE_WORD) : []) {
    const from = m.index ?? 0;
    if (!isShare(text, from, m[0])) continue;
    const tenths = m[1];
    const value = tenths ? (parseChineseInteger(tenths) ?? 0) / 10 : 0.5;
    const more_ = /^多/.test(text.slice(from + m[0].length)) ? 1 : 0;
    const around = text.startsWith('左右', from + m[0].length);
    const to = from + m[0].length + more_ + (around ? 2 : 0);
    // Note: 近 and 约 before the share make it approximate (较2020年增长近五成), as before a figure in digits.
    const near = text[from - 1] === '近' || text[from - 1] === '约' ? 1 : 0;
    const bound = boundAround(text, from - near, to);
    more.push({ from, to, ...bound, comparator: m[0] === '过半' ? '>' : bound.comparator, value, unit: '', unitFamily: 'fraction', gloss: 'fraction', approx: around || more_ > 0 || near > 0, upTo: null });
  }
  // Note: each pattern only where its fixed characters are (成 alone is in most lines: 完成, 形成).
  for (const m of text.includes('/') || text.includes('分之') ? text.matchAll(FRACTION) : []) {
    const numerator = m[1] ? Number(m[1]) : parseChineseInteger(m[4] ?? '');
    const denominator = m[2] ? Number(m[2]) : parseChineseInteger(m[3] ?? '');
    if (numerator === null || denominator === null || numerator >= denominator) continue;
    const from = m.index ?? 0;
    const around = text.startsWith('左右', from + m[0].length);
    const to = from + m[0].length + (around ? 2 : 0);
    const value = Math.round((numerator / denominator) * 10_000) / 10_000;
    more.push({ from, to, ...boundAround(text, from, to), value, unit: '', unitFamily: 'fraction', gloss: 'fraction', approx: around, upTo: null });
  }
  for (const m of text.includes('分之') ? text.matchAll(PERCENT_WORD) : []) {
    const whole = parseChineseInteger(m[2] ?? '');
    if (whole === null) continue;
    const decimals = [...(m[3] ?? '')].map((c) => DIGIT_WORD[c] ?? '').join('');
    const from = m.index ?? 0;
    const around = text.startsWith('左右', from + m[0].length);
    const to = from + m[0].length + (around ? 2 : 0);
    const value = decimals ? Number(`${whole}.${decimals}`) : whole;
    const permille = m[1] === '千';
    more.push({ from, to, ...boundAround(text, from, to), value, unit: `${m[1]}分之`, unitFamily: permille ? 'permille' : 'percent', gloss: permille ? 'per mille' : 'percent', approx: around, upTo: null });
  }
  for (const m of text.includes('亿级') ? text.matchAll(GRADE) : []) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    // Note: 万亿级 after a figure is that figure's scale word (5万亿级), already read with it.
    if (/[0-9０-９]$/.test(text.slice(0, from))) continue;
    // Note: before a count it grades what is counted (培育千亿级产业集群2个、百亿级10个): no money level of its own.
    if (/^\s*[0-9０-９]/.test(text.slice(to, to + 3))) continue;
    more.push({ from, to, ...boundAround(text, from, to), value: GRADE_VALUE[m[1] ?? ''] ?? 0, unit: '元', unitFamily: 'money', gloss: IMPLIED_YUAN, approx: true, upTo: null });
  }
  if (more.length === 0) return found;
  const fresh = quoteTracker(text);
  const overlaps = (q: Quantity): boolean => found.some((f) => f.from < q.to && q.from < f.to);
  return [...found, ...more.filter((q) => !fresh(q.from) && !overlaps(q))].sort((a, b) => a.from - b.from);
}
