// Deadlines as plans write them inside duty clauses and item text: 6月底完成,
// 2024年6月底前, 5月底取得阶段性成效, 持续推进, 长期坚持, and 2020年底前 in
// the text of a measure. Resolving one to a date is `resolveDeadline`'s work.
import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { isDeadlineText, resolveDeadline } from '../text/deadline.js';

/** A deadline found in a clause part: the stretch as written, and the head that names the time. */
export interface InlineDeadline {
  from: number;
  to: number;
  /** The part naming the time (6月底 of 6月底完成), what `resolveDeadline` reads. */
  head: string;
}

// Note: open-ended duties have no date but are the clause's "when": 持续推进, 持续优化, 长期坚持, 按进度推进, 常态化开展.
const OPEN_ENDED = /^(?:持续|长期|常态化|按进度|按计划|按年度)(?:[\u4e00-\u9fff]{2})?$/;
// Note: named times of the work calendar with no date (汛前完成 in water plans, 春耕前 in agriculture, 开学前 in
// education, 供暖季前 in heating): the clause's "when", which no year resolves.
const NAMED_TIME = /^(?:汛前|汛期前|主汛期前|春耕前|秋收前|开学前|供暖季前|入冬前|年内|年中)(?:完成|完工|到位|落实)?$/;
// Note: words before a time that do not change it (到2022年底, 于6月底前, 力争2023年完成); and 即日起至 (即日起至2025年10月, 自即日起
// 到年底), with which a campaign's notice gives the time it runs: it runs to the time, the deadline.
const LEAD_IN = /^(?:力争于|力争到|力争|(?:自|从)?即日起(?:至|到)|到|于|在)/;
// Note: what may follow the time in the same part: completion words, not a list of units or a new task.
const TAIL = /^[^、，,；;（(]{0,16}$/;

/**
 * A deadline at the start of a clause part: the time (6月底, 2024年6月底前,
 * 年底前) followed by at most a short completion phrase (完成, 取得阶段性成效);
 * or an open-ended phrase (持续推进, 长期坚持).
 *
 * @param part One part of a duty clause (between its commas or after its label).
 * @returns The deadline with offsets into `part`, or `null`.
 */
export function readInlineDeadline(part: string): InlineDeadline | null {
  const text = part.trim();
  const from = part.indexOf(text);
  if (text === '') return null;
  if (OPEN_ENDED.test(text) || NAMED_TIME.test(text)) return { from, to: from + text.length, head: text };
  const leadIn = LEAD_IN.exec(text)?.[0].length ?? 0;
  const half = toHalfWidthDigits(text);
  for (let end = Math.min(text.length, leadIn + 16); end > leadIn + 1; end--) {
    const head = text.slice(leadIn, end);
    if (!isDeadlineText(head) || !/\d|[年月季]/.test(toHalfWidthDigits(head))) continue;
    const tail = half.slice(end);
    if (!TAIL.test(tail) || /负责|牵头|配合/.test(tail)) return null;
    return { from, to: from + text.length, head };
  }
  return null;
}

// Note: a deadline in a measure's text is a time with 前 ("before"): 2020年底前, 2021年6月底前, 9月底前. A year
// alone (到2025年) is when a target is to be met, read with the targets, not a duty's deadline.
// Note: PDF text may set a space between the digits and 年 or 月 (2026 年底前).
const BODY_DEADLINE = /(?:[0-9０-９]{4}[ \u3000]?年[ \u3000]?)?(?:[0-9０-９]{1,2}[ \u3000]?月)?(?:底|末|年底)前|(?:[0-9０-９]{4}[ \u3000]?年[ \u3000]?)?[0-9０-９]{1,2}[ \u3000]?月[ \u3000]?[0-9０-９]{1,2}[ \u3000]?日前/g;

/**
 * The deadline a measure's own text states (2020年底前开展…): the latest one
 * if it states several, as the measure is done when its last step is.
 *
 * @param text The measure's text.
 * @param year The plan's year, for deadlines that name none.
 * @returns The deadline's offsets, text and date (`null` when it names no year and the plan has none), or `null`.
 */
export function findBodyDeadline(text: string, year: number | null): { from: number; to: number; text: string; due: string | null } | null {
  let best: { from: number; to: number; text: string; due: string | null } | null = null;
  for (const m of text.matchAll(BODY_DEADLINE)) {
    if (!/[年月]/.test(m[0])) continue;
    const due = resolveDeadline(m[0], year);
    // Note: without the plan's year 年底前 has no date, but the text as written is still the deadline.
    if (!best || (due !== null && (best.due === null || due > best.due))) best = { from: m.index, to: m.index + m[0].length, text: m[0], due };
  }
  return best;
}
