import { recogniseLabel } from '../text/numbering.js';
import type { Quantity } from './quantity.js';

// Sentence and clause boundaries: a figure's quote is its clause, its context the sentence. A table cell's edge
// (a TAB from a spreadsheet, a | of a pipe table) bounds both: a figure never runs into the next cell.
// Note: as code units, for the walks character by character below (a pattern run on each character was most of their time).
const SENTENCE_END = new Set([...'。；;！？!?\t|｜'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'，,；;。：:！？!?\t|｜'].map((c) => c.charCodeAt(0)));
// What `\s` matches.
const SPACE = new Set([...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));
const NOUN_END = new Set([...'、，,；;。：:！？!?（(）)0123456789０１２３４５６７８９\t|｜'].map((c) => c.charCodeAt(0)));

export interface Span {
  from: number;
  to: number;
}

/** The sentence around `[from, to)` in a line. */
export function sentenceAround(text: string, from: number, to: number): Span {
  let a = from;
  while (a > 0 && !SENTENCE_END.has(text.charCodeAt(a - 1))) a--;
  let b = to;
  while (b < text.length && !SENTENCE_END.has(text.charCodeAt(b))) b++;
  return { from: a, to: Math.min(text.length, b + 1) };
}

const COMMA = 44;
const FULL_COMMA = 0xff0c;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Whether the comma at `i` groups a number's thousands (1,236个, 7,100万亩) rather than ending a clause: a digit before it
 * and exactly three digits after it, as number-match.ts reads such a number whole.
 */
function groupsThousands(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== COMMA && c !== FULL_COMMA) return false;
  return isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

/** Whether the character at `i` ends a clause. */
function endsClause(text: string, i: number): boolean {
  return CLAUSE_END.has(text.charCodeAt(i)) && !groupsThousands(text, i);
}

/**
 * The clause around `[from, to)`: between commas, colons and sentence ends.
 * Note: a comma inside a number (全市累计改造老旧小区1,236个、惠及居民8.6万户) ends no clause: the figure after it would
 * lose its clause's head (236个、惠及居民 read as a metric).
 */
export function clauseAround(text: string, from: number, to: number): Span {
  let a = from;
  while (a > 0 && !endsClause(text, a - 1)) a--;
  let b = to;
  while (b < text.length && !endsClause(text, b)) b++;
  while (a < b && SPACE.has(text.charCodeAt(a))) a++;
  while (b > a && SPACE.has(text.charCodeAt(b - 1))) b--;
  return { from: a, to: b };
}

// Where the noun after a figure ends: the verb or particle that starts the rest of the clause.
const AFTER_NOUN_STOP = /的|达到|分层|分级|对接|接入|实现|提供|覆盖(?!率)|通过|纳入|用于|进行|开展|实施|落地|上线|跃升|提升|增长|(?<!公)共(?!享|同)|编制|全面|有效|持续/;

const GRADE_BEFORE_DE = /(?:以上|以下|型|级|类)$/;

/** The noun that follows a quantity (3个行业专区 → 行业专区), up to the next comma, 、, number or verb. */
export function nounAfter(text: string, q: Quantity): Span {
  let a = q.boundTo;
  // Note: spaces only: a TAB is a cell's edge, and the next cell names no metric of this figure.
  while (a < text.length && (text[a] === ' ' || text[a] === '\u3000' || text[a] === '\u00a0')) a++;
  // Note: 20个以上的分领域大脑: the 的 after a bound word joins the figure to its noun (one of two characters or more;
  // 30%的县（市、区） keeps 的县).
  // Note: past the end counts as an end, as 。 does.
  if (text[a] === '的' && a + 2 < text.length && !NOUN_END.has(text.charCodeAt(a + 2))) a++;
  let b = a;
  while (b < text.length && b - a < 24 && !NOUN_END.has(text.charCodeAt(b))) b++;
  const words = text.slice(a, b);
  // Note: 及 or 以及 right after the figure joins another thing to what the figure counts (新建标准厂房25万平方米及配套设施):
  // it names no noun of the figure. (和 does not: 和美乡村 is a name.)
  if (/^(?:以及|及(?!以上|以下))/.test(words)) return { from: a, to: a };
  let stop = AFTER_NOUN_STOP.exec(words);
  // Note: a grade before 的 qualifies the noun after it (基础型及以上的智慧社区, 省级以上的重点实验室): the noun runs on.
  if (stop && stop[0] === '的' && GRADE_BEFORE_DE.test(words.slice(0, stop.index))) {
    const rest = AFTER_NOUN_STOP.exec(words.slice(stop.index + 1));
    stop = rest ? Object.assign(rest, { index: rest.index + stop.index + 1 }) : null;
  }
  if (stop && stop.index > 0) b = a + stop.index;
  return { from: a, to: b };
}

// A copula before a figure names the metric before it (固定宽带速率为363.9Mbps).
// Note: the resolve words before a bound word (增加值力争突破500亿元, 覆盖率确保达到) are no part of the metric.
// Note: a rate's period after the metric (城镇新增就业每年45万人) is no part of its name, nor is the time a work plan
// sets for it (覆盖人口比例年内提高到90%, 低保标准年底前提高到…): that is its deadline.
// Note: 达到 before a rate's period (保障能力达到每年50万架次) is the bound word the period parted from its figure.
const TRAIL_COPULA = /(?:为|是|已建成|已达|已|共计|共有|共|累计|总计|合计|力争|争取|确保|努力|每年|连续|年内|年底前|达到)$/;
// A verb before a figure means the noun after it is the metric (汇聚1.98万路视频资源).
// Note: a verb followed by 率, 量 or 数 is part of a noun (覆盖率, 接入量), and so is 覆盖面.
// Note: 建成区 (the built-up area of a city), 建设用地 and 工程建设 are nouns: 城市建成区绿化覆盖率, 工程建设项目审批时间.
// Note: in 新建设施农业基地 and 建设施工 the words are 建 + 设施 and 建设施工, no 建设 before 施.
// Note: 组织 with nothing after it is the noun (社区社会组织不少于15个, 基层党组织), not the verb (组织培训2000人次).
const VERB = /(?:建成(?!区)|汇聚|接入|提供|承载|覆盖(?!面)|部署|编制|发布|推出|打造|新增|(?<!工程)建设(?!用地|施(?!工))|开展|培育|引进|完成|形成|拥有|实现|涌现出|涌现|组织(?=[\u4e00-\u9fff])|举办|设立|建立|布局|吸引|加强对|加强|推动|推进)(?![率量数])/g;
const TRAIL_PARTICLE = /(?:向|对|在|将|把|给|于)$/;
// A deadline between a metric and its figure (城镇化率到2025年末达到55%, 比重到2025年达到15%) is the target's time, and the
// year a level is compared with (接待游客人次恢复到2019年的120%) its base: neither is part of the metric's name.
// So is the year of a level written after the measure (森林覆盖率2020年达到71.5%), unless it is a base (较2020年, 比2020年).
// Note: so is a month of the plan's year a work plan sets for a stage (项目开工率6月底前达到50%以上，9月底前达到90%以上).
const TRAIL_TIME = /(?:(?:[到至]|(?:恢复|回升|达到|相当于)(?:到|至)?)\d{4}年(?:\d{1,2}月)?(?:底|末|同期)?(?:水平)?的?|\d{4}年(?:\d{1,2}月)?(?:底|末)?前|(?<![较比同从由\d])\d{4}年(?:底|末)?|(?<![年\d])\d{1,2}月(?:\d{1,2}日)?(?:底|末)?(?:前|以前))$/;

export interface Framing {
  /** The metric the text before the figure names, when it names one. */
  metric: string;
  /** What the text before a verb names (区视频资源管理平台 in …平台累计汇聚1.98万路视频资源). */
  subject: string;
  /** Whether a verb stands right before the figure, so the noun after it is the metric. */
  verbBefore: boolean;
  /** Whether 新增 stands before the metric: the figure is an increment of it. */
  increment?: boolean;
}

const AREA_BEFORE_NEW = /(?:城镇|农村|城市|城乡)$/;
const BARE_MEASURE = /^(?:装机(?:容量|规模)?|容量|产能|面积|里程|规模)$/;
// What a per-head statistic names before its 拥有: 每千人口, 每万人, 每百户居民, 每个城市社区平均, 人均, 户均.
// Note: the denominator may be written without 每 (万人拥有律师数, 百户居民拥有…面积, 千人口拥有…), as statistics name them.
const PER_HEAD = /(?:^每[^，,；;。、\s]{1,10}|^(?:人均|户均)|^[十百千万]{1,2}(?:人口|人|户|名)[\u4e00-\u9fff]{0,4}|平均)$/;

/**
 * Where a pattern anchored at the end (`…$`, no flags) whose matches are at most `longest` characters matches a
 * text, or -1. It is run on the text's last characters only: on the whole text the engine tries every position.
 */
function endMatch(re: RegExp, text: string, longest: number): number {
  const from = Math.max(0, text.length - longest);
  const m = re.exec(from === 0 ? text : text.slice(from));
  return m ? from + m.index : -1;
}

/** The longest word of a pattern that is a list of literal words anchored at the end: `(?:为|是|已建成)$` → 3. */
function longestWord(re: RegExp): number {
  return Math.max(...re.source.replace(/^\(\?:|\)\$$/g, '').split('|').map((word) => word.length));
}

const TRAIL_COPULA_LONGEST = longestWord(TRAIL_COPULA);
const TRAIL_PARTICLE_LONGEST = longestWord(TRAIL_PARTICLE);

// A change verb, the measure, then 至 or 到 before the figure.
const SPLIT_CHANGE = /^(?:压缩|压减|缩短|缩减|降低|减少|提高|提升|扩大)([\u4e00-\u9fff（）()“”]{2,})[至到]$/;

function strip(text: string): string {
  // Note: a dash or a dot that opens a listed goal (——新增养老床位300张；) is a bullet, no part of a metric.
  // Note: so is the 、 that joins a second figure of the same measure (确保增长5%、力争增长6%).
  let t = text.trim().replace(/^(?:——|—|－|-|·|•|●|○|■|□|◆|◇|▪|、)\s*/, '');
  // Note: so is a dash inside, where a heading was flattened onto the goal listed under it (主要预期目标 ——地区生产总值增长5.5%):
  // the goal starts after it.
  const dash = t.lastIndexOf('——');
  if (dash >= 0) t = t.slice(dash + 2).trim();
  // Note: a figure in an item's first clause has the item's label before it (（七）研发投入强度提高到2.8%).
  const label = recogniseLabel(t);
  if (label) t = t.slice(label.contentStart).trim();
  for (let changed = true; changed && t.length > 0; ) {
    changed = false;
    // Note: 一是, 二是 enumerate the points of a paragraph; they are no part of a metric, nor is the time a work plan sets
    // before it without its year (11月底前上线…场景20个, 第三季度前完成…), nor 年内 (年内新建5G基站2000个), the plan's year as 今年 is.
    // Note: 再 (再打通断头路20条) says the figure comes on top of another; 再生, 再造 are words of their own.
    // Note: the years a sum runs over (三年累计培育100家以上, 五年共新增…) are its time, no name.
    // Note: 共有 states a count as 现有 does (全市共有医疗卫生机构3260个), but 共有产权住房 is a kind of housing.
    const lead = /^(?:[一二三四五六七八九十]是|再(?![生造制次])|[两三四五]年(?:内|间)?(?=累计|共|合计)|力争|确保|争取|预计|计划|今年|全年|年内|[到至]?\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前)?|年底前|\d{1,2}月(?:\d{1,2}日)?(?:(?:底|末)(?:前|以前)?|前|以前)|(?:第?[一二三四]季度|[上下]半年)(?:末|底)?(?:前|以前)?|全市|全区|全省|全县|全域|全州|全盟|全旗|全地区|全镇|全乡|本市|本区|区内|市内|其中|同时|并|推动|推进|实现|加快|持续|全面|进一步|累计|已有|已|现有|共有(?!产权)|加强对|加强|覆盖(?![率面])|承载|汇聚|接入|提供|部署|在|对|向|将)/.exec(t);
    if (lead) {
      t = t.slice(lead[0].length).trim();
      changed = true;
    }
    // Note: a dated deadline first, so that 2025年底前 goes whole, not as 年底前 after a stray 2025.
    let trail = t.includes('年') || t.includes('月') ? endMatch(TRAIL_TIME, t, 16) : -1;
    if (trail < 0) trail = endMatch(TRAIL_COPULA, t, TRAIL_COPULA_LONGEST);
    if (trail < 0) trail = endMatch(TRAIL_PARTICLE, t, TRAIL_PARTICLE_LONGEST);
    if (trail >= 0) {
      t = t.slice(0, trail).trim();
      changed = true;
    }
  }
  // Note: a change verb before the measure and its 至 after it (压缩企业开办时间至1个工作日以内, 缩短审批时间至30个工作日,
  // 提高自来水普及率至90%) frame the measure, as 压缩至 after it does (开办时间压缩至…): neither is part of its name.
  const split = SPLIT_CHANGE.exec(t);
  if (split) t = split[1] as string;
  // Note: the resolve word between a measure and its change (一般公共预算收入确保增长5%) is no part of the change's name.
  return t.replace(/^[的、]+|[的、]+$/g, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:确保|力争|争取)(?=(?:年均)?(?:增长|提高|提升|下降|降低|减少)$)/, '');
}

/**
 * Read the text before a figure: 全市数据中心标准机架总数 (超) names the metric;
 * 区视频资源管理平台累计汇聚 (1.98万路视频资源) names a subject, and the
 * metric is the noun after the figure.
 *
 * @param text The clause's text before the figure (and its bound word).
 * @returns The metric or subject it names.
 */
export function readFraming(text: string): Framing {
  // 共享调度能力由单批次20路提升至300路: the metric is what precedes 由 (or 从 before a figure or a year: 从80%提高到85%,
  // 从2024年的28%提高到…).
  const from = /(?:由|从(?=\s?[0-9０-９]))[^，,]*\d/.exec(text);
  const t = from ? text.slice(0, from.index) : text;
  const verbs = [...t.matchAll(VERB)];
  const last = verbs.at(-1);
  if (last && last.index !== undefined) {
    const head = strip(t.slice(0, last.index));
    // Note: two verbs joined (新增和恢复有效灌溉面积) act together on the noun after them.
    const tail = strip(t.slice(last.index + last[0].length).replace(/^[和及与、][\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff]{2})/, ''));
    // Note: 城镇新增就业 and 农村新增… are the names of statistics: the area before 新增 is part of the name.
    const area = AREA_BEFORE_NEW.exec(head)?.[0];
    if (last[0] === '新增' && tail.length >= 2 && area) return { metric: `${area}新增${tail}`, subject: '', verbBefore: false };
    // Note: a bare rate after the verb (标准化建设达标率, 项目建设完成率) rates the whole phrase: the verb is part of the name.
    if (/^[\u4e00-\u9fff]{1,2}率$/.test(tail) && head.length >= 2) return { metric: `${head}${last[0]}${tail}`, subject: '', verbBefore: false };
    // Note: a statistic per head of population or per unit is named with its 拥有 (每千人口拥有执业医师数, 每万人拥有公共文化
    // 设施面积, 人均拥有…, 每个社区平均拥有…), and a coverage share with its 覆盖 (规模化供水工程覆盖农村人口比例): without
    // the words before the verb, the name is another statistic's (公共文化设施面积, 农村人口比例).
    if (tail.length >= 2 && ((last[0] === '拥有' && PER_HEAD.test(head)) || (last[0] === '覆盖' && head.length >= 2 && /(?:比例|比重|占比)$/.test(tail)))) return { metric: `${head}${last[0]}${tail}`, subject: '', verbBefore: false };
    // Note: after 新增 a bare measure (装机, 装机容量, 产能, 面积) measures what comes before the verb (分布式光伏新增装机2000MW,
    // 风电新增装机容量300万千瓦, 城市绿地新增面积), as energy and land plans write their increments: alone it names nothing.
    if (last[0] === '新增' && head.length >= 2 && BARE_MEASURE.test(tail)) return { metric: `${head}新增${tail}`, subject: '', verbBefore: false, increment: true };
    // Note: after any other verb a bare measure is a compound noun with it (标准厂房建设面积, 保障性租赁住房建设规模, 高速公路建成
    // 里程), as building and housing plans measure their works: the thing before the verb is what it measures. Alone (面积,
    // 规模) it named nothing, or took the name of the figure before.
    if (head.length >= 2 && BARE_MEASURE.test(tail)) return { metric: `${head}${last[0]}${tail}`, subject: '', verbBefore: false };
    if (tail.length >= 2) return { metric: tail, subject: head, verbBefore: false, increment: last[0] === '新增' };
    return { metric: '', subject: head, verbBefore: true };
  }
  return { metric: strip(t), subject: '', verbBefore: TRAIL_PARTICLE.test(t.trim()) };
}



// Note: a growth figure after a level names no measure of its own (信息业产值达到300亿元，年均增长20%以上; 国内生产总值超过126万亿元，增长5.2%):
// it grows what the figure before it measures.
/** Metric words that need the thing they are a total or share of (总量 → 时空数据总量, 占GDP比重), or whose growth they are. */
// Note: a change measured against a base alone (比2024年提高0.4个百分点, 较上年下降5%, 较2020年翻一番) names no measure either.
export const GENERIC_METRIC = /^(?:总量|总数|数量|规模|总规模|占比|比重|比例|覆盖率|占[^，。；、]{1,12}(?:比重|比例)|(?:[较比](?:上年末|上年同期|上年|去年|\d{4}年(?:末|底)?)|年均|同比|每年|年)?(?:增长|增速|增长率|递增)|[较比](?:上年末|上年同期|上年|去年|\d{4}年(?:末|底)?)(?:提高|提升|增加|下降|降低|减少)?)$/;
