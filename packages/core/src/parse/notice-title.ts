import type { Position } from '../model/types.js';
import type { Locator } from '../text/locator.js';
import { quoteOffsets } from '../text/quote.js';
import { closeLetterSpacing, kindFromTitle } from './metadata.js';
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
    const m = /关于印发(.+?)\s*的通知$/.exec(text);
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
