import type { SourceLocation } from '@plankb/core';
import type { Lang } from '../i18n.js';

/** How a place in a converted file is told, per interface language. */
const catalogs: Record<Lang, { page: (page: number, line: number | undefined) => string; paragraph: (n: number) => string; row: (table: number, row: number) => string; element: (selector: string) => string }> = {
  en: {
    page: (page, line) => (line ? `page ${page}, line ${line}` : `page ${page}`),
    paragraph: (n) => `paragraph ${n}`,
    row: (table, row) => `table ${table}, row ${row}`,
    element: (selector) => `element ${selector}`,
  },
  zh: {
    page: (page, line) => (line ? `第${page}页第${line}行` : `第${page}页`),
    paragraph: (n) => `第${n}段`,
    row: (table, row) => `第${table}个表格第${row}行`,
    element: (selector) => `元素 ${selector}`,
  },
};

/**
 * Say where a point of a converted file is in the file itself, in terms a
 * reader can check there: a PDF's page and line, a Word file's paragraph (or
 * table row), a web page's element (a selector for the browser's developer tools).
 *
 * @param location Where `locateInSource` placed it.
 * @param lang The interface language.
 * @returns The words, e.g. `page 3, line 12`, or `null` when the location names no place.
 */
export function describeSourceLocation(location: SourceLocation | null | undefined, lang: Lang): string | null {
  if (!location) return null;
  const t = catalogs[lang];
  if (location.page !== undefined) return t.page(location.page, location.line);
  if (location.table !== undefined && location.row !== undefined) return t.row(location.table, location.row);
  if (location.paragraph !== undefined) return t.paragraph(location.paragraph);
  if (location.element !== undefined) return t.element(location.element);
  return null;
}
