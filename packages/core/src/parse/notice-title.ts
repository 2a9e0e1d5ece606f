import type { Position } from '../model/types.js';
import type { Locator } from '../text/locator.js';
import { quoteOffsets } from '../text/quote.js';
import { closeLetterSpacing, kindFromTitle, PLAN_KINDS } from './metadata.js';
import { spanOf, type SourceLine } from '../text/source-lines.js';
import type { TitleInfo } from './segment.js';

/**
 * The plan an issuing notice names: 关于印发《X》的通知 names X, as does 关于印发X的通知 when it issues one document.
 * A notice that issues several (《A》《B》, A和B) names none of them for certain.
 *
 * @param notice The notice's title as found.
 * @param locator The file's locator.
 * @returns The plan's title (without the line breaks of a wrapped notice title), its quote and its exact place in the
 *   notice's title, or `null`.
 */
export function titleFromNotice(notice: TitleInfo, locator: Locator): { text: string; quote: string; position: Position } | null {
  const text = locator.text.slice(notice.start, notice.end);
  const quoted = [...text.matchAll(/《([^《》]+)》/g)];
  let from: number;
  let to: number;
  if (quoted.length === 1) {
    const m = quoted[0] as RegExpMatchArray;
    from = (m.index ?? 0) + 1;
    to = from + (m[1]?.length ?? 0);
  } else if (quoted.length === 0) {
    // Note: the title may break before its last words (…工作要点 / 的通知): the name ends at the break.
    // Note: or inside the name, as a PDF's text wraps a long title (…关于印发某市推进城市更 / 新行动实施方案的通知).
    const m = /关于印发([\s\S]+?)\s*的通知$/.exec(text);
    if (!m || namesSeveral(m[1] ?? '')) return null;
    from = (m.index ?? 0) + 4;
    to = from + (m[1]?.length ?? 0);
  } else return null;
  // Note: a title wrapped over lines keeps its line breaks in the source (关于印发《某市数字乡村建设三年行动方案 /
  // （2025—2027年）》的通知); the name reads without them, its quote is the source as it is.
  const q = quoteOffsets(locator, notice.start + from, notice.start + to);
  return { text: closeLetterSpacing(q.text.replace(/[ \t\u3000]*(?:\r\n|\n|\r)[ \t\u3000]*/g, '')), quote: q.text, position: q.position };
}

/**
 * Whether an unquoted name lists several documents: a part before 和, 与, 及 or 、 that names a kind of its own
 * (若干政策和某省…行动计划). A name whose 和 joins words (推进产业和人才融合发展实施方案) is one document.
 */
function namesSeveral(name: string): boolean {
  for (const m of name.matchAll(/[和与及、]/g)) if (kindFromTitle(name.slice(0, m.index)) !== null) return true;
  return false;
}

// The sentence by which a notice hands a plan over, naming it in 《》: 现将《…》印发给你们, 《…》已经…同意，现印发给你们.
const HANDED_OVER = /《([^《》]{4,80})》[^。《》]{0,30}?(?:印发|转发|下发)给你们/;
// A notice's addressees opening the text (各乡镇人民政府、街道办事处，市政府各部门：).
const ADDRESSEES = /^[\s\u3000]*各[^。；！？：:]{1,150}[：:]/;
/** How many lines after a notice's addressees the sentence that hands its plan over is looked for. */
const HAND_OVER_LINES = 3;
/** How far after the addressees, on a line flattened with them, that sentence is looked for. */
const HAND_OVER_REACH = 160;

/**
 * The plan an untitled notice hands over, named in its first sentence (各乡镇人民政府…： / 现将《某市…工作方案》印发给你们):
 * a copy of a notice page that lost the page's title keeps the text from the addressees on, and the plan under it is the
 * one named. Only a name that closes in a plan's kind, in the first sentences after the addressees.
 *
 * @param lines The file's lines.
 * @param from The part's first line.
 * @param to The line after the part's last.
 * @param locator The file's locator.
 * @returns The plan's name, its quote and place, or `null`.
 */
export function titleHandedOver(lines: readonly SourceLine[], from: number, to: number, locator: Locator): { text: string; quote: string; position: Position } | null {
  let i = from;
  while (i < to && (lines[i]?.text.trim() ?? '') === '') i++;
  const first = lines[i];
  const addressees = first ? ADDRESSEES.exec(first.text) : null;
  if (!first || !addressees) return null;
  // Note: the sentence follows on the addressees' line when a copy flattened them together.
  const places: Array<[SourceLine, number]> = [[first, addressees[0].length]];
  for (let k = i + 1; k < to && places.length <= HAND_OVER_LINES; k++) {
    const line = lines[k];
    if (line && line.text.trim() !== '') places.push([line, 0]);
  }
  for (const [line, at] of places) {
    const text = line.text.slice(at, at + HAND_OVER_REACH);
    const m = text.includes('《') ? HANDED_OVER.exec(text) : null;
    const name = m?.[1];
    const kind = name ? kindFromTitle(name) : null;
    if (!m || !name || kind === null || !PLAN_KINDS.has(kind)) continue;
    const { start, end } = spanOf(line, at + m.index + 1, at + m.index + 1 + name.length);
    const q = quoteOffsets(locator, start, end);
    return { text: name, quote: q.text, position: q.position };
  }
  return null;
}
