// A page's title as sites write it: the document's title with the site's and the column's names around it (标题_栏目_站点,
// 站点 - 标题, 标题 | 部门 | 站点). Saved pages carry it in their <title>, and readers and clippers that save a page as
// text carry it in their header's title field; both are read by this.

/** Words a document's title holds (关于…的通知, …方案, …要点) and a site's or column's name does not. */
export const DOCUMENT_WORD = /关于|通知|方案|规划|计划|要点|意见|办法|纲要|决定|报告|细则|措施|安排|清单|规定|条例|批复|函$|公告$|通告$|纪要|实施|行动|工作/;

/** How a site's or a body's name ends: a portal (…网, …门户网站), a government or body (…人民政府, …局), a place (长沙市). */
const SITE_END = /(?:网站?|政府|门户|平台|局|委|厅|办|办公室|委员会|中心|[省市县区州旗盟])$/;

const HAN_CHAR = /[\u3400-\u9fff]/;
const OPEN = '《（(“【[';
const CLOSE = '》）)”】]';

/**
 * A page title cut at the separators sites put between the document's title and their own and the column's names:
 * `_`, `|`, `｜`, and a dash (`-`, `--`, ` — `) that is neither inside brackets nor between digits (2024-2026年).
 */
export function titleSegments(title: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let k = 0; k < title.length; k++) {
    const ch = title[k] as string;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    let separator = ch === '_' || ch === '|' || ch === '｜';
    let end = k + 1;
    if (/[-—–]/.test(ch)) {
      while (end < title.length && /[-—–]/.test(title[end] as string)) end++;
      const before = title[k - 1] ?? '';
      const after = title[end] ?? '';
      // Note: a dash with spaces around it parts names (站点 - 标题); one without, only ASCII hyphens between Chinese
      // characters (…的通知-广州市…): not 2024-2026, 5G-A, nor a subtitle's ——.
      separator = /\s/.test(before) || /\s/.test(after) || (/^-+$/.test(title.slice(k, end)) && HAN_CHAR.test(before) && HAN_CHAR.test(after));
    }
    if (depth === 0 && separator) {
      out.push(current);
      current = '';
      k = end - 1;
      continue;
    }
    current += title.slice(k, end);
    k = end - 1;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Whether a segment of a page title names a site, a body or a column (通知公告, 浏阳市人民政府, 长沙市) rather than a document. */
export function namesSite(segment: string): boolean {
  // Note: a column's name may hold a document's word (通知公告, 规划计划, 政策文件) but is short; a document's title is not.
  return segment.length <= 6 || (!DOCUMENT_WORD.test(segment) && SITE_END.test(segment));
}

/**
 * The document's title in a page's `<title>`: the segment that names a document, the longest if several do;
 * null when every segment names the site or a column (a page whose `<title>` is the site's name).
 *
 * @param pageTitle The `<title>` text.
 * @returns The title, or null.
 */
export function documentTitleOf(pageTitle: string): string | null {
  const segments = titleSegments(pageTitle);
  const only = segments.length === 1 ? (segments[0] as string) : null;
  // Note: a title of one segment is the document's unless it is a site's or body's name (浏阳市人民政府).
  if (only !== null) return !DOCUMENT_WORD.test(only) && SITE_END.test(only) ? null : only;
  const candidates = segments.filter((s) => !namesSite(s));
  if (candidates.length === 0) return null;
  const documents = candidates.filter((s) => DOCUMENT_WORD.test(s));
  return (documents.length > 0 ? documents : candidates).reduce((a, b) => (b.length > a.length ? b : a));
}
