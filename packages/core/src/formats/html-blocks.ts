// A web page's content as lines, in the spirit of innerText: block elements make lines, inline ones run on, and a
// table of data keeps one line per row with its cells apart (` | `), as the plan parser reads tables.

import type { Element, ElementContent, Root, RootContent } from 'hast';

type Node = Root | RootContent | ElementContent;

/** Elements that hold no text a reader sees. Note: a browser that shows frames does not show <noframes>. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'noframes', 'template', 'iframe', 'nav', 'select', 'option', 'button', 'input', 'textarea', 'svg', 'canvas', 'head', 'object', 'embed', 'audio', 'video', 'map', 'area']);

/**
 * Whether an element holds no text a reader sees. Note: an <iframe>'s own content is what a browser without frames
 * shows; the page it shows is another file, except one written in its `srcdoc`, which the converter reads in its place.
 */
export function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) && !(element.tagName === 'iframe' && typeof element.properties.srcDoc === 'string');
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'iframe', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul',
]);

/**
 * Whether an element is hidden (`hidden`, `display:none`), so that a reader does not see it. Note: not
 * `visibility:hidden`, which single-page sites set on the body until their script has run.
 */
export function isHidden(element: Element): boolean {
  const style = element.properties.style;
  return element.properties.hidden === true || (typeof style === 'string' && /display\s*:\s*none/i.test(style));
}

/**
 * How a block element is set in the line: `inline`, or as a `box` (`inline-block`, `inline-flex`), as WeChat editors
 * (秀米, 135编辑器) and sites' templates set a heading's number in a badge beside its words
 * (<section style="display:inline-block">一</section><section style="display:inline-block">工作目标</section>): a
 * browser shows one line, 一 工作目标, where reading each box as a block broke the heading into its number and its words.
 * Null for an element shown as a block.
 */
function displayedInline(element: Element): 'inline' | 'box' | null {
  const style = element.properties.style;
  const display = typeof style === 'string' ? /(?:^|;)\s*display\s*:\s*inline(-block|-flex)?\s*(?:!important\s*)?(?:;|$)/i.exec(style) : null;
  return display ? (display[1] ? 'box' : 'inline') : null;
}

/** Whether a table holds data (rows of cells) rather than laying out a page: no table inside it, two rows, and a row of two cells. */
export function isDataTable(table: Element): boolean {
  let nested = false;
  const rows = rowsOf(table);
  const visit = (node: Node): void => {
    if (node.type !== 'element' || nested) return;
    if (node !== table && node.tagName === 'table') nested = true;
    else for (const child of node.children) visit(child);
  };
  visit(table);
  return !nested && rows.length >= 2 && rows.some((r) => cellsOf(r).length >= 2) && !rows.some((r) => cellsOf(r).some(holdsArticle));
}

const HAN = /[\u3400-\u9fff]/g;

/**
 * Whether a table cell holds an article (an old page laid out with a table puts the whole text in one cell):
 * five lines or more and 300 Chinese characters. A data table's cell is a value or a few sentences; read as a
 * row, an article would be one line of thousands of characters.
 */
function holdsArticle(cell: Element): boolean {
  const lines = sourcedLinesOf(cell).filter((l) => l.text !== '');
  return lines.length >= 5 && lines.reduce((n, l) => n + (l.text.match(HAN)?.length ?? 0), 0) >= 300;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function span(element: Element, name: 'rowSpan' | 'colSpan'): number {
  const value = Number(element.properties[name] ?? 1);
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), 50) : 1;
}

/** A table cell's text on one line (its paragraphs and line breaks joined by a space; a pipe in it would split the cell). */
function cellText(cell: Element): string {
  return linesOf(cell).filter((l) => l !== '').join(' ').replace(/[|｜]/g, '¦');
}

/**
 * A data table as rows of ` | `-separated cells, under a Markdown delimiter
 * row after the first (the header). A cell spanning rows repeats its text in
 * each (a lead unit named once for several tasks is theirs all); a cell
 * spanning columns leaves the others empty.
 */
function tableLines(table: Element): SourcedLine[] {
  const grid: string[][] = [];
  const rowElements = rowsOf(table);
  rowElements.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]?.[c] !== undefined) c++;
      const text = cellText(cell);
      const rows = span(cell, 'rowSpan');
      const cols = span(cell, 'colSpan');
      for (let dr = 0; dr < rows; dr++) {
        const line = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cols; dc++) line[c + dc] = dc === 0 ? text : '';
      }
      c += cols;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  const lines: SourcedLine[] = [];
  let header = true;
  grid.forEach((cells, r) => {
    const element = rowElements[r] ?? table;
    const row = Array.from({ length: width }, (_, k) => cells?.[k] ?? '');
    const filled = row.filter((cell) => cell !== '');
    if (filled.length === 0) return;
    // Note: a row of one cell across the table is a caption or a group heading, not a row of data.
    if (width > 1 && filled.length === 1 && row[0] !== '' && (cells?.length ?? 0) === width && row.slice(1).every((c) => c === '')) {
      lines.push({ text: row[0] ?? '', element });
      return;
    }
    lines.push({ text: `| ${row.join(' | ')} |`, element });
    if (header) lines.push({ text: `|${' --- |'.repeat(width)}`, element });
    header = false;
  });
  return [{ text: '', element: null }, ...lines, { text: '', element: null }];
}

/** A line of a page's text and the element it was read from (the innermost block around it, or a table's row). */
export interface SourcedLine {
  text: string;
  element: Element | null;
}

/**
 * The lines of an element's content: one per paragraph, heading, list item,
 * line break and table row; blank lines where a page leaves an empty paragraph.
 *
 * @param root The element (or the whole tree).
 * @returns The lines, trimmed.
 */
export function linesOf(root: Node): string[] {
  return sourcedLinesOf(root).map((l) => l.text);
}

/**
 * The lines of an element's content, as `linesOf` gives them, each with the
 * element it was read from, so that a converted document can say where its text is in the page.
 *
 * @param root The element (or the whole tree).
 * @param options `numberLists`: write the numbers a browser draws before an ordered list's items (a web page's lists).
 * @returns The lines, trimmed, with their elements.
 */
export function sourcedLinesOf(root: Node, options: { numberLists?: boolean } = {}): SourcedLine[] {
  const lines: SourcedLine[] = [];
  const blocks: Element[] = [];
  let current = '';
  const flush = (force = false): void => {
    const line = current.replace(/^[ \u00a0\u3000\t]+|[ \u00a0\u3000\t]+$/g, '');
    if (line !== '' || force) lines.push({ text: line, element: blocks[blocks.length - 1] ?? (root.type === 'element' ? root : null) });
    current = '';
  };
  let pre = 0;
  // The number the next item of each open list shows: a browser numbers an ordered list's items; the page's text does not hold them.
  const lists: Array<{ ordered: boolean; next: number; chinese: boolean }> = [];
  const visit = (node: Node): void => {
    if (node.type === 'text') {
      if (pre === 0) {
        current += node.value.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
        return;
      }
      // Note: preformatted text (a text file saved as a web page is one <pre>) keeps its line breaks, as a browser shows it.
      node.value.split(/\r\n|\r|\n/).forEach((part, k) => {
        if (k > 0) flush(true);
        current += part.replace(/[\t\f]/g, ' ').replace(/\u00a0/g, ' ');
      });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (isSkipped(node) || isHidden(node)) return;
      if (node.tagName === 'br') return flush(true);
      if (node.tagName === 'table' && isDataTable(node)) {
        flush();
        lines.push(...tableLines(node));
        return;
      }
      const inline = BLOCKS.has(node.tagName) ? displayedInline(node) : null;
      const block = BLOCKS.has(node.tagName) && inline === null;
      if (block) {
        flush();
        blocks.push(node);
      }
      const before = lines.length;
      if (node.tagName === 'pre' || node.tagName === 'textarea') pre++;
      const list = node.tagName === 'ol' || node.tagName === 'ul';
      if (list) lists.push({ ordered: node.tagName === 'ol', next: listStart(node), chinese: /cjk-ideographic|simp-chinese/.test(String(node.properties?.style ?? '')) });
      const open = lists[lists.length - 1];
      // Note: a Word file's numbering is put back from its numbering definitions (docx-numbering.ts), not from mammoth's lists.
      if (node.tagName === 'li' && open?.ordered && options.numberLists) {
        const marker = itemMarker(open.next++, open.chinese);
        // Note: an item whose text is numbered already (<li>1. 建设…</li>, a page typed by hand) keeps its own label.
        if (!TYPED_LABEL.test(textOf(node))) current += marker;
      }
      for (const child of node.children) visit(child);
      if (list) lists.pop();
      // Note: boxes set side by side are apart on the screen (a number's badge and its heading's words): a space parts their texts.
      if (inline === 'box' && current !== '' && !/\s$/.test(current)) current += ' ';
      if (node.tagName === 'pre' || node.tagName === 'textarea') pre--;
      if (block) {
        // Note: an empty paragraph (<p><br></p>, <p>&nbsp;</p>) is the blank line a reader sees between parts.
        const empty = lines.length === before && current.trim() === '';
        flush(empty && node.tagName === 'p');
        blocks.pop();
      }
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  flush();
  return lines;
}

/** The number an ordered list's first item shows (`<ol start="3">`). */
function listStart(list: Element): number {
  const start = Number(list.properties?.start);
  return Number.isInteger(start) && start > 0 ? start : 1;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The marker a browser draws before an ordered list's item: 3. (decimal), or 三、 for a Chinese list style. */
function itemMarker(n: number, chinese: boolean): string {
  if (!chinese || n >= 100) return `${n}. `;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`}${CHINESE_DIGITS[ones]}、`;
}

// The label an item's text may start with: 1. 1、 (1) 一、 (一) 第一.
const TYPED_LABEL = /^[\s\u3000]*(?:[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,3}[.．、]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3})/;

/** The text of an element, without markup. */
function textOf(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
    if (text.length > 12) break;
  }
  return text;
}
