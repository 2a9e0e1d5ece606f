import { compatibilityIdeograph } from '../_utils/cjk-radicals.js';
import type { SourceOrigin } from './types.js';

// Clean-ups every converter applies to the lines it extracts.

/**
 * Replace compatibility characters that some PDF fonts print for common ones
 * (Kangxi radicals ⼀⼆⼈ for 一二人, CJK compatibility ideographs) by NFKC, and
 * radical forms of the CJK Radicals Supplement (⻓ for 长) by their equivalent ideographs,
 * one character at a time: NFKC on the whole text would also turn the
 * full-width brackets and digits of labels like （一） into ASCII.
 *
 * @param text A line.
 * @returns The line with those characters replaced.
 */
export function normaliseCompatibility(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu, compatibilityIdeograph);
}

/**
 * Restore an opening bracket that text extraction lost at the start of a
 * label: ` 三）加强…` was `（三）加强…`.
 *
 * @param line A line.
 * @returns The line, with its label's bracket restored.
 */
export function restoreLabelBracket(line: string): string {
  return line.replace(/^[ \u3000]?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})）/, '（$1）');
}

/**
 * Lines as the parser reads them: no trailing spaces, no runs of blank lines, one newline at the end.
 *
 * @param lines The lines.
 * @returns The text.
 */
export function joinLines(lines: readonly string[]): string {
  return joinSourcedLines(lines.map((text) => ({ text, origin: null }))).text;
}

/**
 * Lines as the parser reads them (as `joinLines` joins them), and where each
 * kept line came from: its origin, placed at the offset where the line starts in the text.
 *
 * @param lines The lines, each with its origin (`null` for a line the converter made up, a blank one).
 * @returns The text and the origins, in order of offset.
 */
export function joinSourcedLines(lines: ReadonlyArray<{ text: string; origin: Omit<SourceOrigin, 'offset'> | null }>): { text: string; origins: SourceOrigin[] } {
  const out: string[] = [];
  const origins: SourceOrigin[] = [];
  let length = 0;
  for (const { text: raw, origin } of lines) {
    const line = raw.replace(/[ \t\u00a0\u3000]+$/, '');
    if (line.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    const kept = line.trim() === '' ? '' : line;
    // Note: a line with no origin (one the converter wrote) gets an empty one, so that it is never taken for the line before it.
    if (kept !== '') origins.push({ offset: length, ...(origin ?? {}) });
    out.push(kept);
    length += kept.length + 1;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: out.length === 0 ? '' : `${out.join('\n')}\n`, origins };
}
