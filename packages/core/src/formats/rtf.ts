// Rich Text Format, as Word, WPS and sites' 下载Word links write it (often named .doc): control words, groups, and
// Chinese as the code page's bytes (\'b9\'a4 in ansicpg936, GBK) or as \uN escapes.
import { createRequire } from 'node:module';
import { joinSourcedLines, normaliseCompatibility } from './normalize.js';
import type { Conversion } from './types.js';

// Note: groups a reader never sees: fonts, colours, styles, lists, the document's properties, pictures, objects,
// running heads, notes and field instructions (a field's result, \fldrslt, is read); any \* destination too.
const HIDDEN = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'listtable', 'listoverridetable', 'rsidtbl', 'fldinst', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'generator', 'filetbl', 'revtbl', 'pgdsctbl']);

/** The encoding of a Windows code page (\ansicpg936), as iconv-lite names it. */
function codePage(page: number): string {
  return page === 936 || page === 54936 ? 'gb18030' : page === 950 ? 'big5' : page === 65001 ? 'utf8' : `cp${page}`;
}

/**
 * Convert an RTF file to text: a line per paragraph (\par, \line), a table's row (cells ended by \cell, the row by
 * \row) as ` | `-separated cells, the first row of a table as its header; hidden groups left out.
 *
 * @param bytes The file's bytes.
 * @returns The text.
 */
export function convertRtf(bytes: Uint8Array): Conversion {
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let encoding = codePage(Number(/\\ansicpg(\d+)/.exec(source.slice(0, 2048))?.[1] ?? (/\\fcharset134\b/.test(source.slice(0, 8192)) ? 936 : 1252)));
  if (!iconv.encodingExists(encoding)) encoding = 'gb18030';
  const lines: string[] = [];
  let line = '';
  let pending: number[] = [];
  let cells: string[] = [];
  let rows = 0;
  const stack: Array<{ hidden: boolean; uc: number }> = [];
  let state = { hidden: false, uc: 1 };
  let skip = 0;
  const flushBytes = (): void => {
    if (pending.length > 0) line += iconv.decode(Buffer.from(pending), encoding);
    pending = [];
  };
  const put = (text: string): void => {
    if (state.hidden) return;
    flushBytes();
    line += text;
  };
  const endParagraph = (): void => {
    flushBytes();
    if (cells.length > 0 && line.trim() === '') return;
    // Note: a table's paragraphs end with \cell and its rows with \row; a \par after a row is the text after the table.
    if (rows > 0 && cells.length === 0) {
      rows = 0;
      lines.push('');
    }
    lines.push(line);
    line = '';
  };
  const tokens = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/g;
  let groupStart = false;
  for (const m of source.matchAll(tokens)) {
    const [, word, arg, hex, symbol, brace, text] = m;
    if (skip > 0 && (hex !== undefined || text !== undefined || word !== undefined)) {
      // Note: the characters after \uN that stand in for it for readers without Unicode (\uc counts them).
      if (text !== undefined && text.length > skip) {
        const rest = text.slice(skip);
        skip = 0;
        put(rest);
      } else skip -= text !== undefined ? text.length : 1;
      continue;
    }
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      continue;
    }
    if (brace === '}') {
      if (!state.hidden) flushBytes();
      state = stack.pop() ?? { hidden: false, uc: 1 };
      groupStart = false;
      continue;
    }
    const first = groupStart;
    groupStart = false;
    if (symbol === '*' && first) state.hidden = true;
    else if (symbol === '~') put('\u00a0');
    else if (symbol === '\\' || symbol === '{' || symbol === '}') put(symbol);
    else if (hex !== undefined) {
      if (!state.hidden) pending.push(Number.parseInt(hex, 16));
    } else if (word !== undefined) {
      if (HIDDEN.has(word)) state.hidden = true;
      else if (word === 'uc') state.uc = Number(arg ?? 1);
      else if (word === 'u') {
        const code = Number(arg ?? 0);
        put(String.fromCharCode(code < 0 ? code + 65536 : code));
        skip = state.uc;
      } else if (state.hidden) continue;
      else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page') endParagraph();
      else if (word === 'tab') put('\t');
      else if (word === 'cell') {
        flushBytes();
        cells.push(line.trim().replace(/[|｜]/g, '¦'));
        line = '';
      } else if (word === 'row') {
        flushBytes();
        if (cells.length > 0) lines.push(`| ${cells.join(' | ')} |`, ...(rows++ === 0 ? [`|${' --- |'.repeat(cells.length)}`] : []));
        cells = [];
        line = '';
      } else if (word === 'emdash') put('—');
      else if (word === 'endash') put('–');
      else if (word === 'lquote') put('‘');
      else if (word === 'rquote') put('’');
      else if (word === 'ldblquote') put('“');
      else if (word === 'rdblquote') put('”');
      else if (word === 'bullet') put('•');
    } else if (text !== undefined) put(text);
  }
  endParagraph();
  const { text, origins } = joinSourcedLines(lines.map((l, k) => ({ text: normaliseCompatibility(l.replace(/^[ \t\u3000]+/, '')), origin: { paragraph: k + 1 } })));
  return { format: 'doc', text, encoding: 'utf-8', origins, metadata: {}, notes: [] };
}
