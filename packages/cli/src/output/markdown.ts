import { oneLine } from '@plankb/terminal-text';

/**
 * Escape text for a Markdown table cell or list item: `|` would end the
 * cell and a line break would end the row.
 *
 * @param text Any text.
 * @returns The text on one line with `\` and `|` escaped.
 */
export function escapeCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

/**
 * Render rows as a GitHub-flavoured Markdown table. Cells are never cut.
 *
 * @param headers The header cells.
 * @param rows The cells, one array per row.
 * @param align Which columns are right-aligned (numbers), by index.
 * @returns The table, ending with a newline.
 */
export function renderMarkdownTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  align: ReadonlyArray<'left' | 'right' | undefined> = [],
): string {
  const row = (cells: readonly string[]): string => `| ${headers.map((_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (align[i] === 'right' ? '--:' : '---')).join(' | ')} |`;
  return [row(headers), rule, ...rows.map(row)].join('\n') + '\n';
}

/**
 * Escape text for Markdown prose (headings, list items): characters that
 * would start emphasis, links or HTML are backslash-escaped.
 *
 * @param text Any text.
 * @returns The escaped text on one line.
 */
export function escapeInline(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
