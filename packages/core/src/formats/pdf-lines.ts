// Lines of a PDF page from pdf.js text items, and the geometry that says which lines continue a paragraph.

/** A line of text as a page sets it, in the page's coordinates (y grows downwards). */
export interface PdfLine {
  text: string;
  /** Left edge of the first character. */
  x: number;
  /** Right edge of the last character. */
  end: number;
  /** Baseline. */
  y: number;
  /** Font size of the line's largest text. */
  size: number;
  /** The line's 1-based number on its page, counting every line the page sets (running heads and page numbers too). */
  number?: number;
}

/** What the lines need of a pdf.js text item, mapped through the page's viewport. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * Group a page's text items into lines: items whose baselines lie within
 * half a character of each other are one line, read left to right. A gap of
 * more than two characters between items becomes a space (cells of a table,
 * a signature block); pdf.js gives the text's own spaces as items.
 *
 * @param items The page's items.
 * @returns Its lines, top to bottom.
 */
export function linesOfPage(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(item.y - first.y) < Math.max(2, 0.5 * Math.min(item.size, first.size))) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const item of group) {
      const gap = item.x - end;
      if (text !== '' && gap > 2 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
      size = Math.max(size, item.size);
    }
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed.trim() === '') continue;
    const start = group.find((i) => i.str.trim() !== '') ?? group[0];
    lines.push({ text: trimmed, x: start?.x ?? 0, end, y: group[0]?.y ?? 0, size: size || 10 });
  }
  return lines;
}

/** The right margin body text is justified to: where most long lines end. */
export function rightMargin(lines: readonly PdfLine[]): number {
  const ends = lines.filter((l) => [...l.text].length >= 12).map((l) => l.end).sort((a, b) => a - b);
  if (ends.length === 0) return Infinity;
  return ends[Math.floor(ends.length * 0.8)] ?? Infinity;
}

/** The left margin wrapped lines start at: the most common left edge of long lines. */
export function leftMargin(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if ([...l.text].length >= 12) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [x, n] of counts) if (n > most || (n === most && x < best)) [best, most] = [x, n];
  return best;
}

// A line that opens with a label, a bullet or 专栏/附件 opens a paragraph, whatever the line before.
const OPENS_PARAGRAPH = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d０-９]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分篇]|——|[●•■◆▲□◇○※]|专栏|附件|附表)/;

/**
 * Whether a line runs on into the next: it reaches the right margin, and the
 * next starts at the left margin (not indented as a new paragraph is) and
 * does not open with a label.
 *
 * @param line The line.
 * @param next The line after it (perhaps on the next page).
 * @param margins The body's left and right margins.
 * @returns `true` when the two are one paragraph.
 */
export function continuesInto(line: PdfLine, next: PdfLine, margins: { left: number; right: number }): boolean {
  if (line.end < margins.right - 1.5 * line.size) return false;
  if (next.x > margins.left + 1.2 * next.size) return false;
  // Note: a line that starts far right of the margin and ends at it is set flush right (a date, a signature), not wrapped.
  if (line.x < margins.left - 3 * line.size || line.x > margins.left + 3.5 * line.size) return false;
  return !OPENS_PARAGRAPH.test(next.text.trim());
}

/**
 * Join two lines of one paragraph: Chinese runs on without a space, two words of Latin letters or digits keep one.
 *
 * @param a The text so far.
 * @param b The next line.
 * @returns The joined text.
 */
export function joinWrapped(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  return /[A-Za-z0-9,.;:]$/.test(left) && /^[A-Za-z0-9(]/.test(right) ? `${left} ${right}` : left + right;
}

/** A line that is only a page number: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 44 页`, `3/44`. */
export function isPageNumber(text: string): boolean {
  const t = text.replace(/[\s\u3000]/g, '');
  return /^[-—–－―]*[0-9０-９]{1,4}[-—–－―]*$/.test(t) || /^第[0-9０-９]+页(?:[，,]?共[0-9０-９]+页)?$/.test(t) || /^[0-9]{1,4}\/[0-9]{1,4}$/.test(t) || /^[-—–]?[ivxlcIVXLC]{1,6}[-—–]?$/.test(t);
}

/** A table-of-contents line: a title, dot leaders and a page number. */
export function isContentsLine(text: string): boolean {
  return /(?:[.．·•…‥]\s*){4,}\s*[0-9０-９]{1,4}\s*$/.test(text);
}

/** A browser's print header or footer: the page's title and address, or the address and the date. */
export function isBrowserFurniture(text: string): boolean {
  return /https?:\/\/\S+|\(www\.[a-z0-9.-]+\)|^www\.[a-z0-9.-]+\S*$/i.test(text);
}

/**
 * Remove the spaces a PDF's layout puts between Chinese and Latin letters or
 * digits (Word's automatic spacing comes out as spaces): `2024 年 7 月` is `2024年7月`.
 *
 * @param text A line.
 * @returns The line without them.
 */
export function dropCjkSpacing(text: string): string {
  const cjk = '\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…';
  return text
    .replace(/ +(?=[，。、；：！？）》」』])/g, '')
    .replace(new RegExp(`([${cjk}]) +(?=[0-9A-Za-z%(<])`, 'g'), '$1').replace(new RegExp(`([0-9A-Za-z%)>.]) +(?=[${cjk}])`, 'g'), '$1');
}

/**
 * How many characters of a line a font printed without saying which they are: pdf.js gives such glyphs as codes of
 * the Private Use Area (or U+FFFD), which no reader can take for text.
 *
 * @param text A line.
 * @returns The count.
 */
export function countUnmapped(text: string): number {
  return text.match(/[\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
}
