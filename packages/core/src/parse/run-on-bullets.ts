import type { SourceLine } from '../text/source-lines.js';
import { cutLines } from './run-on-lines.js';

// The bullets a list draws before its items (● 建设…。, ◆ 新建…。). Not ○ or ◎, which stand for 〇 and for marks in
// text (二○二四年), nor •, the dot some texts set inside names.
const BULLETS = '●◆◇■□▲▶►➢★☆▪';
const ANY_BULLET = /[●◆◇■□▲▶►➢★☆▪]/;
// What ends an item before the next bullet: a sentence's end, or the duty bracket or quote closing it.
const ITEM_END = /[。；;！!？?）)”][ \t\u3000]*$/;
// The least an item holds after its bullet: a few characters of text, so that a rating (★★★) or a row of marks is none.
const ITEM_START = /^[ \t\u3000]*[\u4e00-\u9fff“"《0-9A-Za-z]{4}/;

/** Where a line that ran a bulleted list together is cut: before each bullet of the list, or none. */
function bulletCuts(text: string): number[] {
  // Note: one search for any bullet first; most lines hold none, and a search per bullet cost as much as cutting the text into lines.
  if (!ANY_BULLET.test(text)) return [];
  for (const bullet of BULLETS) {
    const first = text.indexOf(bullet);
    if (first < 0 || text.indexOf(bullet, first + 1) < 0) continue;
    const cuts: number[] = [];
    for (let at = first; at >= 0; at = text.indexOf(bullet, at + 1)) {
      if (!ITEM_START.test(text.slice(at + 1, at + 9))) return [];
      // Note: the first bullet may follow the list's heading or the title run into it (…为民办实事项目◆新建…); every
      // later one ends the item before it.
      if (at > first && !ITEM_END.test(text.slice(Math.max(0, at - 4), at))) return [];
      if (at > 0 && text.slice(0, at).trim() !== '') cuts.push(at);
    }
    return cuts.length >= 1 && !enumerates(text, first, bullet) ? cuts : [];
  }
  return [];
}

/**
 * Whether the bulleted parts of a line from `first` on enumerate within one sentence (主要包括：●数据归集；●数据治理；
 * ●数据开放。): each but the last ends with a semicolon and none holds a full stop inside, as numbered lines that do so
 * are folded back into their item (see foldEnumerations).
 */
export function enumerates(text: string, first: number, bullet: string): boolean {
  const parts = text.slice(first + 1).split(bullet).map((p) => p.trim());
  return parts.every((p, i) => (i < parts.length - 1 ? /[；;]$/.test(p) : true) && !/[。！？]./.test(p));
}

/**
 * Cut lines on which a bulleted list ran together (◆新建…。（责任单位：…）◆新增…。, a page's list flattened to one
 * line) before each bullet, so each item is a paragraph of its own, as laid out. Every bullet of the list after the
 * first must close the item before it (。 ； or a bracket), and each item must open with words.
 *
 * @param lines The file's lines.
 * @returns The lines with each bulleted item on a line of its own, renumbered in order.
 */
export function splitRunOnBullets(lines: readonly SourceLine[]): SourceLine[] {
  return cutLines(lines, (line) => (line.text.length >= 40 ? bulletCuts(line.text) : []));
}
