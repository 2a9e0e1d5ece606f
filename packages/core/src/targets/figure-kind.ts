import type { SectionRole } from '../model/types.js';

/** Whether a figure is still to reach (a target) or already reached (an indicator). */
export type FigureKind = 'target' | 'indicator';

/** Join the spaced digits and dates of PDF text (2 0 2 5年, 到 2025 年 → 2025年, 到2025年) so that the cues below read them. */
export function joinSpacedDigits(text: string): string {
  // Note: only a space is ever removed; most lines have none, and the pattern's look-behinds cost more than this look.
  if (!text.includes(' ')) return text;
  return text.replace(/(?<=[\d到至]) (?=\d)|(?<=\d) (?=[年月])/g, '');
}

// Words that say a figure is already reached: 截至2023年底, 已建成, 过去一年, “十三五”以来.
// Note: 累计 and 共计 alone are no such words: 到2030年，累计盘活5000亩 and “十五五”期间完成…共计约1.4万平方米 total commitments.
// Note: 已 before any verb reports what is done (已下达资金4725万元, 已拨付, 已认定), as 已建成 does; 不得已 and 而已 are no 已,
// and 已…的 describes a noun (对已建成的小区进行改造), which times no figure.
// Note: 共有产权住房 (shared-ownership housing, 新开工共有产权住房2000套) is a kind of housing that plans build, no 共有 of a count.
const PAST = /截至|截止|(?<![不得而])已(?![\u4e00-\u9fff]{1,3}的)(?=[\u4e00-\u9fff])|累计已|现有|共有(?!产权)|获评|荣获|过去[一二三四五]?年|以来|去年/g;
// A forecast commits no one (预计今年高校毕业生超过1170万人); it reaches only to the end of its clause.
const FORECAST = /预计[^，,；;。]*$/;
// Words that say a figure is still to reach: 力争, 到2030年, 2025年底前, 目标, 预期.
// Note: 预期寿命 (life expectancy, a measure of every health plan) is a name, no cue.
// Note: 至 or 到 after a year opens no deadline: 2022年至2023年 (or 2022至2023年) is a span, and a span that ends in a
// year says nothing of which way it looks (2022年至2023年累计投入资金6.8亿元 reports what was spent).
// Note: 今年 in a plan is the plan's year, still to come (目前已建成28万亩，今年新建2万亩); 今年以来 looks back.
// Note: a year after 到 or 至 that is followed by 的 or 水平 is the level of comparison, not a time (恢复到2019年的120%,
// 达到2019年的1.5倍, 恢复至2019年水平): it says neither which way the figure looks nor when it is due.
const FUTURE = /力争|确保|争取|目标|预期(?!寿命)|(?<![截止年\d])[到至]\d{4}年(?!的|水平|同期)|\d{4}年(?:底|末)?前|今后|今年(?!以来)/g;

/** What follows a date that only describes a noun: a short verb and 的 (2000年底前建成的, 2023年已启动的). */
export const DESCRIBES_NOUN = /^(?:已|以前)?[\u4e00-\u9fff]{1,3}的/;

/** The index just past the last match of a global pattern in a text, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

/**
 * What the words before a figure in its sentence say: the cue nearest the figure wins, so
 * 截至2023年底已建成120个，力争到2025年达到200个 reports 120 and promises 200.
 *
 * @param before The sentence's text before the figure.
 * @param planYear The plan's last year: a 到YYYY年 five years or more before it looks back.
 * @returns The kind the nearest cue says, or `null` when there is none.
 */
export function sentenceCue(before: string, planYear: number | null = null): FigureKind | null {
  const text = joinSpacedDigits(before);
  let past = lastEnd(PAST, text);
  let future = -1;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(text); m; m = FUTURE.exec(text)) {
    // Note: a date before a verb and 的 describes a noun (对2000年底前建成的老旧小区): it is no time of the figure.
    if (DESCRIBES_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // Note: 到2015年 in a plan due 2020 looks back on the last five-year period: what was reached by then.
    const year = /\d{4}/.exec(m[0]);
    const end = m.index + m[0].length;
    if (year && planYear !== null && Number(year[0]) <= planYear - 5) past = Math.max(past, end);
    else future = end;
  }
  if (past < 0 && future < 0) return null;
  return future > past ? 'target' : 'indicator';
}

// A heading that reviews what was done: 发展现状, 现状与形势, 全国生态环境保护形势, 2023年工作回顾, 取得积极进展.
// Note: a heading that starts with a verb (夯实绿色发展基础) is a task, not a review.
// Note: 基本情况, 区域概况, 发展背景 and 2023年计划执行情况 describe what is, as the statistical sections of every 实施方案 and
// 国民经济和社会发展计划 open; a heading over what was reached of earlier goals (主要目标完成情况) reviews them too.
const REVIEW_TITLE = /(?:现状|形势|基础|成就|成效|进展|回顾|情况|概况|背景|区情|县情|市情)(?:[与和及、](?:形势|挑战|机遇|问题|要求|意义))?$/;
const RESULTS_TITLE = /(?:完成|执行|落实)情况$/;
const TASK_VERB = /^(?:夯实|筑牢|打牢|厚植|强化|加强|巩固|提升|拓展|扩大|推动|推进|加快|构建|完善|优化|深化|以)/;
// A heading is short and unpunctuated; a longer title is a paragraph read as a heading, whose last words say nothing of it.
const HEADING = /^[^，,。；;：:—-]{2,16}$/;
// A heading over goals: 主要目标, 发展目标, 主要指标, 发展路径和目标.
const GOAL_TITLE = /目标|指标/;

/**
 * What a heading says about the figures under it.
 *
 * @param titles The enclosing headings, outermost first (section titles, then the task's).
 * @returns The kind the innermost heading that says anything says, or `null`.
 */
export function titleCue(titles: readonly string[]): FigureKind | null {
  for (const raw of [...titles].reverse()) {
    const whole = raw.replace(/[.…·\s　\d]+$/, '').trim();
    // Note: a heading that a page flattened with spaces for its line breaks ran into its paragraph (一、2024年计划执行情况
    // 2024年，全区…) is read up to that space, where its line ended; flattened with nothing between, up to the year that
    // opens the paragraph (2024年计划执行情况2024年).
    const cut = /^(\S{2,16})[\s　]+\S/.exec(whole)?.[1] ?? /^(\S{2,16}?)\d{4}年$/.exec(whole)?.[1];
    for (const title of cut ? [whole, cut] : [whole]) {
      if (!HEADING.test(title)) continue;
      if (RESULTS_TITLE.test(title)) return 'indicator';
      if (GOAL_TITLE.test(title)) return 'target';
      if (REVIEW_TITLE.test(title) && !TASK_VERB.test(title)) return 'indicator';
    }
  }
  return null;
}

/** A lead-in a paragraph opens with, which holds for it and the paragraphs of the same item after it. */
export interface Lead {
  kind: FigureKind;
  /** The year it names (到2027年, 2025 年的主要目标是), when it names one. */
  year: number | null;
  /** It holds for its own paragraph only (a year's review: 2024年，…). */
  local?: boolean;
}

// 到2027年，…: / 2025 年的主要目标是： / 具体指标： / 主要目标： / 总体目标：
// Note: the year's body of work may stand between the year and 目标 (2024年全区民政工作的主要目标是：).
// Note: the year may follow a resolve (力争到2027年, 争取到2030年) or a report of what a plan says (《规划》提出，到2025年，;
// 方案明确：到2027年), as plans and the news and interpretations that publish them open their goals.
const REACH_BY = /^[\s　]*(?:[^，。；！？]{0,16}(?:提出|明确|要求)[，,：:]\s*)?(?:力争|争取|确保)?[到至](\d{4})年/;
const LEAD_TARGET = new RegExp(`${REACH_BY.source}|^[\\s　]*(\\d{4})年[^，。；]{0,12}(?:主要|发展|预期)?目标|(?:主要|发展|预期|具体|总体)(?:目标|指标)(?:是|为)?[:：]`);
// 过去一年, “十三五”以来, 近年来, 近十年来 opening a paragraph: a review.
const LEAD_REVIEW = /^[\s　]*(?:过去[一二三四五]?年|近[一二三四五六七八九十几]*年来|[^，。]{0,12}以来[，,])/;
// A year set off by its comma at a paragraph's head (2024年，全市…): the time of all the paragraph reports.
// Note: a 工作要点 or an annual 计划 opens with the last year's results (2024年，全市数字经济核心产业增加值达到1250亿元。全年新建
// 5G基站3200个，累计建成1.8万个), as a 规划 reviews its base year (2020年，全省…) and a 政府工作报告 its year: a year before
// the plan's first one reports, for the sentences after the first too, which name no year of their own.
const LEAD_YEAR = /^[\s　]*(?:在|于)?(\d{4})\s*年(?:度)?[，,]/;

/**
 * The lead-in a paragraph opens with, if any.
 *
 * @param line The paragraph's text.
 * @param firstYear The plan's first year: a paragraph that opens with a year before it reviews that year.
 * @returns The lead, or `null`.
 */
export function leadOf(line: string, firstYear: number | null = null): Lead | null {
  const text = joinSpacedDigits(line);
  const year = firstYear === null ? null : LEAD_YEAR.exec(text);
  if (year && Number(year[1]) < (firstYear as number)) return { kind: 'indicator', year: null, local: true };
  // Note: the pattern is tried at every character; a lead opens with 到/至 or names 目标/指标, which most lines do not.
  const opening = text[/^[\s　]*/.exec(text)?.[0].length ?? 0] ?? '';
  const target = opening === '到' || opening === '至' || text.includes('目标') || text.includes('指标') || mayReachBy(text) ? LEAD_TARGET.exec(text) : null;
  if (target) {
    // Note: a goal's heading word may come first (总体目标：到2027年，…): the year after it is the lead's.
    const year = target[1] ?? target[2] ?? REACH_BY.exec(text.slice((target.index ?? 0) + target[0].length))?.[1];
    return { kind: 'target', year: year ? Number(year) : null };
  }
  if (LEAD_REVIEW.test(text)) return { kind: 'indicator', year: null };
  return null;
}

/** Whether a text may open with a resolve or a report before its year (see `REACH_BY`): a cheap look before the pattern. */
function mayReachBy(text: string): boolean {
  return (text.includes('到') || text.includes('至')) && (text.includes('力争') || text.includes('争取') || text.includes('确保') || text.includes('提出') || text.includes('明确') || text.includes('要求'));
}

// A time set off by commas for what follows it in the sentence: 到2027年，… after the sentence's start, a comma, a colon or a
// semicolon (加快发展数字产业，到2027年，A；B), not a forecast's (预计到2027年) or a base's (较2020年).
const TIME_SET = /(?:^|[，,：:；;])\s*(?:力争|争取|确保)?[到至](\d{4})年(?:底|末)?[，,]/g;

/**
 * The lead-in of the clauses of a sentence after a semicolon (…。力争到2027年，A；B；C。): the last time the sentence
 * set before them (see `REACH_BY`, `TIME_SET`). Plans set a goal's parallel parts off by semicolons under one time
 * (到2025年，…达到…；…超过…；…), wherever the sentence stands in its paragraph; the time holds up to the full stop.
 *
 * @param text The paragraph's text.
 * @param from Where the sentence starts (after a full stop, or the paragraph's start).
 * @param to Where the clause to date starts.
 * @returns The lead, or `null`.
 */
export function sentenceLeadOf(text: string, from: number, to: number): Lead | null {
  if (to <= from) return null;
  const part = text.slice(from, to);
  if (!part.includes('到') && !part.includes('至')) return null;
  const joined = joinSpacedDigits(part);
  const year = [...joined.matchAll(TIME_SET)].at(-1)?.[1] ?? REACH_BY.exec(joined)?.[1];
  return year === undefined ? null : { kind: 'target', year: Number(year) };
}

// Words that make a figure a commitment where nothing else says: 每年, 新建, 培育, 不少于, 以上.
const WEAK_FUTURE = /每年|新建|新增|培育|不少于|不低于|不超过|以上|以内/;

export interface KindInput {
  /** The sentence's text up to the figure's end. */
  sentence: string;
  /** Where the figure starts in `sentence`. */
  at: number;
  lead: Lead | null;
  titles: readonly string[];
  role: SectionRole;
  /** The year the plan's targets are due by default (its last year). */
  planYear?: number | null;
}

/**
 * Decide whether a figure is a target or an indicator: the nearest cue of its sentence, else the
 * lead-in of its paragraph, else its headings, else its section's role (context reports, tasks and
 * goals commit), where in context a commitment word (每年, 培育, 不少于) still makes it a target.
 *
 * @param input The figure's sentence, paragraph lead, headings and role.
 * @returns Its kind.
 */
export function kindOf(input: KindInput): FigureKind {
  if (FORECAST.test(input.sentence.slice(0, input.at))) return 'indicator';
  const cue = sentenceCue(input.sentence.slice(0, input.at), input.planYear ?? null);
  if (cue) return cue;
  if (input.lead) return input.lead.kind;
  const title = titleCue(input.titles);
  if (title) return title;
  if (input.role !== 'context') return 'target';
  return WEAK_FUTURE.test(input.sentence) ? 'target' : 'indicator';
}
