import { readOtherLineEnds } from './line-ends.js';

/**
 * A line of the source as the parser sees it. For plain text this is the
 * line itself; for Markdown it is the line with syntax (`###`, `**`, `---`)
 * removed, and `map` gives each remaining character's offset in the source,
 * so every span the parser cuts still points at the original bytes.
 */
export interface SourceLine {
  /** 0-based line index in the source file. */
  readonly index: number;
  readonly text: string;
  /** Source offset of `text[0]` when `map` is null. */
  readonly start: number;
  /** Source offset of each character of `text`, when syntax was removed from the line. */
  readonly map: readonly number[] | null;
  /** The depth of the Markdown heading the line was (2 for `## 重点任务`); absent for any other line. */
  readonly heading?: number;
}

/** A piece of a line: `lines[line].text.slice(from, to)`. */
export interface LineSpan {
  line: number;
  from: number;
  to: number;
}

/** Source offset of character `i` of the line; `i === text.length` gives the offset just past the last character. */
export function offsetAt(line: SourceLine, i: number): number {
  if (line.map === null) return line.start + i;
  if (i < line.map.length) return line.map[i] ?? line.start;
  const last = line.map[line.map.length - 1];
  return last === undefined ? line.start : last + 1;
}

/** The source span `[start, end)` of characters `from` to `to` of a line. */
export function spanOf(line: SourceLine, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = offsetAt(line, from);
    return { start: at, end: at };
  }
  return { start: offsetAt(line, from), end: offsetAt(line, to - 1) + 1 };
}

/**
 * Lines `[from, to]` joined into one line that keeps every character's source offset: the first line's leading and the
 * last line's trailing spaces are kept, the spaces around each join are left out.
 *
 * @param lines The lines.
 * @param from The first line to join.
 * @param to The last line to join.
 * @param index The joined line's index.
 * @returns The joined line.
 */
export function joinLines(lines: readonly SourceLine[], from: number, to: number, index: number): SourceLine {
  let text = '';
  const map: number[] = [];
  for (let k = from; k <= to; k++) {
    const line = lines[k] as SourceLine;
    const lead = k === from ? 0 : line.text.length - line.text.trimStart().length;
    const tail = k === to ? line.text.length : line.text.trimEnd().length;
    for (let c = lead; c < tail; c++) {
      text += line.text[c];
      map.push(line.map ? (line.map[c] ?? line.start) : line.start + c);
    }
  }
  return { index, text, start: map[0] ?? (lines[from] as SourceLine).start, map };
}

/**
 * Split text into lines, keeping every line's offset. A leading byte-order
 * mark is skipped (it is not content) but offsets still count it.
 *
 * @param text The whole source file.
 * @returns One `SourceLine` per line, "\n", "\r\n", "\r", U+000B, U+2028 and U+2029 all ending a line.
 */
export function linesFromText(source: string): SourceLine[] {
  // Note: each other line end (U+000B, U+2028, U+2029) read as \n, one for one: the lines' texts hold no line end, so
  // they are the source's own, and their offsets are the source's.
  const text = readOtherLineEnds(source);
  const lines: SourceLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let index = 0;
  // Note: the next \n and the next \r by indexOf, which skips the text between far faster than /\r\n|\n|\r/g did.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const atCr = cr >= 0 && (lf < 0 || cr < lf);
    const end = atCr ? cr : lf;
    lines.push({ index, text: text.slice(start, end), start, map: null });
    index++;
    start = atCr && text.charCodeAt(cr + 1) === 10 ? cr + 2 : end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ index, text: text.slice(start), start, map: null });
  return lines;
}

// Characters that show nothing and that a page's editor leaves in the text: zero-width spaces (UEditor, the editor of
// most Chinese government sites, fills empty spans with U+200B), zero-width joiners, word joiners, and a byte-order mark
// copied into the middle of a text. Read as characters, one after a full stop hid the stop from every rule that looks
// at a line's end.
// Note: so are the format characters a copy of a Word document or a PDF leaves: soft hyphens (U+00AD), direction marks
// and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), invisible operators (U+2061–U+2064), and the object
// placeholder a picture or an embedded object of a Word document becomes (U+FFFC), which ran into a title.
// Note: and emoji, which a WeChat article (公众号) or a news app sets before its headings and after its titles (📌一、,
// 🔹（一）, …效能👍): no plan's wording holds one, and one before a heading's number hid the number. Only characters
// drawn as emoji by default, or asked to be by U+FE0F (⚖️), with their skin tones and keycap marks: ★, ●, ■, ▶ and ©
// are drawn as text and stay (plans number and mark items with them).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: tested on one code unit; the marks U+FE0F and U+20E3 are wanted alone.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffc\ufe0f\u20e3]/;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}(?=\ufe0f)/uy;
// Note: the characters either can start with, found by a search without Unicode properties, which runs at the speed
// of the old search for invisible characters alone (a property search over the whole text took fifty times longer):
// symbols from U+00A9 to U+2BFF and U+3030 to U+3299, and the high surrogates of U+1F000 to U+1FAFF.
// Note: one class, searched code unit by code unit (no u flag), so the marks and the high surrogates match alone; an
// alternation for the marks made the search three times slower.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: searched code unit by code unit, as the note says.
const CANDIDATE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffc\ufe0f\u20e3\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/g;

/** Length of the invisible character or emoji at `i` (two code units for most emoji), or 0 for any other character. */
function invisibleAt(text: string, i: number): number {
  if (INVISIBLE.test(text[i] ?? '')) return 1;
  EMOJI.lastIndex = i;
  return EMOJI.exec(text)?.[0].length ?? 0;
}

/**
 * The source ranges of a text's invisible characters (zero-width spaces and joiners, a byte-order mark inside the
 * text) and emoji, to hide from the parser with `hideRanges`; a leading byte-order mark is `linesFromText`'s to skip.
 *
 * @param text The whole source file.
 * @returns The ranges `[start, end)`, in order; empty for most texts.
 */
export function invisibleRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  CANDIDATE.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const length = invisibleAt(text, m.index);
    if (length === 0) continue;
    const end = m.index + length;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === m.index) last[1] = end;
    else ranges.push([m.index, end]);
    CANDIDATE.lastIndex = end;
  }
  return ranges;
}

/**
 * Remove the given source ranges from the lines, keeping a map from each
 * remaining character to its source offset.
 *
 * @param lines Lines of the whole file, as from `linesFromText`.
 * @param hidden Source ranges `[start, end)` to drop (markup), in any order.
 * @returns The lines with the ranges removed.
 */
export function hideRanges(lines: readonly SourceLine[], hidden: ReadonlyArray<readonly [number, number]>): SourceLine[] {
  if (hidden.length === 0) return [...lines];
  const sorted = [...hidden].sort((a, b) => a[0] - b[0]);
  let h = 0;
  return lines.map((line) => {
    const end = line.start + line.text.length;
    while (h < sorted.length && (sorted[h]?.[1] ?? 0) <= line.start) h++;
    if (h >= sorted.length || (sorted[h]?.[0] ?? Infinity) >= end) return line;
    let text = '';
    const map: number[] = [];
    let k = h;
    for (let off = line.start; off < end; off++) {
      while (k < sorted.length && (sorted[k]?.[1] ?? 0) <= off) k++;
      const range = sorted[k];
      if (range && range[0] <= off && off < range[1]) continue;
      text += line.text[off - line.start];
      map.push(off);
    }
    return { index: line.index, text, start: map[0] ?? line.start, map };
  });
}
