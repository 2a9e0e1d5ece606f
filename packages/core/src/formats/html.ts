import type { Element, Root, RootContent } from 'hast';
import { decodeHtml } from './html-charset.js';
import { isDataTable, isHidden, isSkipped, sourcedLinesOf, type SourcedLine } from './html-blocks.js';
import { elementSelectors } from './html-selector.js';
import { attachedFiles, listedDocuments } from './html-links.js';
import { documentTitleOf, titleSegments } from '../text/page-title.js';
import { findHeading } from './html-title.js';
import { archivedPage } from './mhtml.js';
import { joinSourcedLines, normaliseCompatibility } from './normalize.js';
import type { Conversion } from './types.js';
import { isWebArchive } from '../source/source-format.js';

type Node = Root | RootContent;

const CJK = /[\u3400-\u9fff]/g;

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** A text's Chinese characters alone: a title and the same title in the text differ in spaces, brackets and quotes (“” or ""). */
function hanOf(text: string): string {
  return text.match(CJK)?.join('') ?? '';
}

// Note: how much of a title's start tells whether the article opens with it. A notice's title starts with its
// issuer, which the signature repeats: 延边朝鲜族自治州人民政府 and 彭水苗族土家族自治县教育委员会 are 12 and 15
// characters, so a shorter start is found in the signature of an article whose title is only in the page's heading.
const TITLE_KEY = 20;

function walk(node: Node, enter: (element: Element, ancestors: readonly Element[]) => boolean | void, ancestors: Element[] = []): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (enter(node, ancestors) === false) return;
    ancestors.push(node);
  }
  for (const child of node.children) walk(child, enter, ancestors);
  if (node.type === 'element') ancestors.pop();
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (isSkipped(node) || isHidden(node))) return '';
  return node.children.map(textOf).join('');
}

/** The page's marked-up metadata: `<title>`, and `<meta name>` such as ArticleTitle, PubDate, ContentSource. */
function readMeta(tree: Root): Record<string, string> {
  const meta: Record<string, string> = {};
  walk(tree, (element) => {
    if (element.tagName === 'title' && meta.pageTitle === undefined) meta.pageTitle = textOf(element).replace(/\s+/g, ' ').trim();
    if (element.tagName === 'meta') {
      const name = element.properties.name;
      const content = element.properties.content;
      if (typeof name === 'string' && typeof content === 'string' && content.trim() !== '' && /^(?:ArticleTitle|PubDate|ContentSource|Keywords|Description|author)$/i.test(name)) {
        meta[name] = content.trim();
      }
    }
  });
  return meta;
}

// The labels of a government page's information table or list (政府信息公开 目录信息), compared without the spaces
// sites set inside them (索 引 号, 文\u3000\u3000号). 名称 and 生成日期 are several provincial sites' words for 标题 and 成文日期.
const META_LABEL_WORDS = '索引号|主题分类|发文机关|发文单位|成文日期|生成日期|发文日期|标题|名称|文号|发文字号|发布日期|主题词|发布机构|公开方式|信息来源|有效性|公开范围|文件编号';
const META_LABEL = new RegExp(`^(?:${META_LABEL_WORDS})[：:]?$`);
/** A cell or item that holds its label and its value (索引号：008842171/2024-00312). */
const META_LABELLED = new RegExp(`^((?:${META_LABEL_WORDS}))[：:]\\s*(\\S.*)$`);

/** A label as the table writes it, without its spaces and colon. */
function labelKey(text: string): string {
  return text.replace(/[\s：:]/g, '');
}

/** A field under its usual name: 名称 is a title, 生成日期 a date written. */
function fieldName(label: string): string {
  return label === '名称' ? '标题' : label === '生成日期' ? '成文日期' : label;
}

interface MetaBlocks {
  lines: SourcedLine[];
  fields: Record<string, string>;
  tables: Set<Element>;
}

/** An information table's rows: label and value in cells side by side, or in one cell (索引号：…). */
function readMetaTable(element: Element, found: MetaBlocks): boolean {
  const rows: Array<{ cells: string[]; row: Element }> = [];
  const pairs: Array<[string, string]> = [];
  let labels = 0;
  let bare = 0;
  walk(element, (row) => {
    if (row.tagName === 'table' && row !== element) return false;
    if (row.tagName !== 'tr') return;
    const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map((c) => textOf(c).replace(/\s+/g, ' ').trim());
    rows.push({ cells, row });
    cells.forEach((cell, k) => {
      const key = labelKey(cell);
      const labelled = META_LABELLED.exec(cell.replace(/^([^：:]*)/, (l) => labelKey(l)));
      if (META_LABEL.test(key)) {
        labels++;
        const value = cells[k + 1];
        if (value !== undefined && value !== '' && !META_LABEL.test(labelKey(value))) {
          pairs.push([cell, value]);
          if (!/[：:]/.test(cell)) bare++;
          found.fields[fieldName(key)] = value;
        }
      } else if (labelled) {
        labels++;
        found.fields[fieldName(labelled[1] ?? '')] = (labelled[2] ?? '').trim();
      }
    });
  });
  if (labels < 3) return false;
  found.tables.add(element);
  if (bare >= 2) {
    // Note: labels without a colon (<th>索引号</th><td>…</td>) are written as a table's header row over its row
    // of values, which is how a reader takes them; cells side by side would read as one run of text.
    found.lines.push({ text: `| ${pairs.map(([label]) => label).join(' | ')} |`, element }, { text: `| ${pairs.map(([, value]) => value.replace(/[|｜]/g, '¦')).join(' | ')} |`, element });
    return true;
  }
  for (const { cells, row } of rows) if (cells.some((c) => c !== '')) found.lines.push({ text: `\t${cells.join('\t')}`, element: row });
  return true;
}

/** A label–value item of an information list or block, and the line it is written as. */
interface MetaItem {
  element: Element;
  label: string;
  value: string;
  line: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The first characters of an element's text (at least `max`, or all of it), without reading the rest. */
function leadingText(node: Node, max: number): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (isSkipped(node) || isHidden(node))) return '';
  let text = '';
  for (const child of node.children) {
    text += leadingText(child, max - text.length);
    if (text.replace(/\s/g, '').length >= max) break;
  }
  return text;
}

// An item opens with a label (its spaces aside): 索 引 号, 发文机关.
const META_START = new RegExp(`^(?:${META_LABEL_WORDS})`);

/**
 * An item of an information list (its parts: an <li>'s or a row's children, or a <dt> and its <dd>) as labels and
 * values: its text when it opens with a label and a colon (索 引 号：…), a line as the page shows it; or its parts as
 * cells, each label's value the parts after it up to the next label (<li><span>索引号</span><span>…</span></li>,
 * <dt>索引号</dt><dd>…</dd>, a row of two pairs <span>索引号：</span><span>…</span><span>发布机构：</span><span>…</span>),
 * a line of TAB-separated cells, as the information table's rows are written.
 */
function labelledItems(element: Element, parts: readonly Node[]): MetaItem[] {
  if (!META_START.test(parts.map((p) => leadingText(p, 8)).join('').replace(/\s/g, ''))) return [];
  const cells = parts.map((p) => collapse(textOf(p))).filter((c) => c !== '');
  const pairs: Array<{ label: string; value: string[]; cell: string | null }> = [];
  for (const cell of cells) {
    const m = META_LABELLED.exec(cell.replace(/^([^：:]*)/, (l) => labelKey(l)));
    if (META_LABEL.test(labelKey(cell))) pairs.push({ label: cell, value: [], cell: null });
    else if (m) pairs.push({ label: m[1] ?? '', value: [(m[2] ?? '').trim()], cell });
    else if (pairs.length > 0) pairs[pairs.length - 1]?.value.push(cell);
    else return [];
  }
  const text = collapse(parts.map(textOf).join(''));
  const single = pairs.length === 1 && /[：:]/.test(pairs[0]?.label ?? '') ? text : null;
  const line = single ?? `\t${pairs.flatMap((p) => (p.cell === null ? [p.label, p.value.join(' ')] : [p.cell])).join('\t')}`;
  const items = pairs.map((p) => ({ element, label: labelKey(p.label), value: p.value.join(' '), line: '' })).filter((p) => p.value !== '' && !META_LABEL.test(labelKey(p.value)));
  const first = items[0];
  if (first) first.line = line;
  return items;
}

/** A block's items, row by row: a list's <li>s, a <dl>'s terms with their descriptions, a <div>'s child elements (its rows). */
function metaRows(element: Element): MetaItem[][] {
  const children = element.children.filter((c): c is Element => c.type === 'element');
  if (element.tagName === 'dl') return children.map((dt, k) => (dt.tagName === 'dt' && children[k + 1]?.tagName === 'dd' ? labelledItems(dt, [dt, children[k + 1] as Element]) : []));
  const items = element.tagName === 'div' ? children : children.filter((c) => c.tagName === 'li');
  return items.map((item) => labelledItems(item, item.children));
}

/**
 * An information list or block: items that give three labels and their values or more, in the shapes sites set them
 * outside a table: a list (<li><span>索 引 号：</span>…</li>, or the label bare in its own <span>), a definition list
 * (<dt>索引号：</dt><dd>…</dd>), or a <div> of rows (<div><span>发文机关：</span><span>…</span></div>, two pairs a row
 * too), two thirds of whose rows at least hold such items (a box of an article's paragraphs is not, nor a box around
 * the block and the article).
 */
function readMetaList(element: Element, found: MetaBlocks): boolean {
  const count = element.children.filter((c) => c.type === 'element').length;
  if (element.tagName === 'div' && (count < 3 || count > 40)) return false;
  const rows = metaRows(element);
  const labelled = rows.flat();
  const withItems = rows.filter((r) => r.length > 0).length;
  if (labelled.length < 3 || (element.tagName === 'div' && withItems * 3 < count * 2)) return false;
  found.tables.add(element);
  for (const { element: item, label, value, line } of labelled) {
    found.fields[fieldName(label)] = value;
    if (line !== '') found.lines.push({ text: line, element: item });
  }
  return true;
}

/**
 * The information table or list of a government page (索引号, 发文机关, 成文日期, 标题, 发文字号 …): its rows as
 * lines of TAB-separated cells, as a copy from the browser gives them (a table of bare labels as a header row over a
 * row of values; a list's items one a line), and its label–value pairs.
 */
function readMetaTables(tree: Root): MetaBlocks {
  const found: MetaBlocks = { lines: [], fields: {}, tables: new Set() };
  walk(tree, (element) => {
    if (isSkipped(element) || isHidden(element)) return false;
    if (element.tagName === 'table' && readMetaTable(element, found)) return false;
    if ((element.tagName === 'ul' || element.tagName === 'dl' || element.tagName === 'div') && readMetaList(element, found)) return false;
  });
  return found;
}

/**
 * The element that holds the article: the deepest one with at least four
 * fifths of the Chinese text the page has in paragraphs (outside links, which
 * are navigation), so that menus, sidebars and footers around it are left out.
 */
const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot', 'tr']);

// The parts of a page around an article, as sites name them (class or id): footers, sidebars, menus, related links.
const FURNITURE = new Set(['footer', 'foot', 'copyright', 'sidebar', 'side', 'sidebox', 'aside', 'related', 'breadcrumb', 'breadcrumbs', 'crumb', 'menu', 'banner', 'share']);

/**
 * Whether an element is the page's furniture rather than its article: <footer>, <aside>, <header>, or a class or id
 * one of whose words names a footer, sidebar or menu (`footer`, `left-side`, `side-box`), as readers'
 * modes (Readability) tell them apart. A page's own words for its article box (content, article, main) win.
 */
function isFurniture(element: Element): boolean {
  if (element.tagName === 'footer' || element.tagName === 'aside' || element.tagName === 'header') return true;
  const names = [element.properties.className, element.properties.id].flat().filter((n): n is string => typeof n === 'string');
  const words = names.flatMap((n) => n.toLowerCase().split(/[-_\s]+/));
  return words.some((w) => FURNITURE.has(w)) && !words.some((w) => /^(?:content|article|main|zoom|body|text)$/.test(w));
}

function mainContent(tree: Root, exclude: ReadonlySet<Element>): Node {
  const withFurniture = measureContent(tree, exclude, false);
  // Note: the furniture is left out of the measure unless it is nearly all the page's text (a page laid out oddly).
  const without = measureContent(tree, exclude, true);
  return without.whole >= 0.3 * withFurniture.whole ? without.best : withFurniture.best;
}

function measureContent(tree: Root, exclude: ReadonlySet<Element>, skipFurniture: boolean): { best: Node; whole: number } {
  const inParagraph = new Map<Element, number>();
  const anywhere = new Map<Element, number>();
  let paragraphTotal = 0;
  let total = 0;
  const count = (node: Node, ancestors: Element[], paragraph: boolean, link: boolean): void => {
    if (node.type === 'text') {
      if (link) return;
      const n = cjkCount(node.value);
      if (n === 0) return;
      total += n;
      if (paragraph) paragraphTotal += n;
      for (const a of ancestors) {
        anywhere.set(a, (anywhere.get(a) ?? 0) + n);
        if (paragraph) inParagraph.set(a, (inParagraph.get(a) ?? 0) + n);
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (isSkipped(node) || isHidden(node) || exclude.has(node) || (skipFurniture && isFurniture(node))) return;
      ancestors.push(node);
    }
    // Note: an article typed with line breaks (text<br>text<br>, no <p>) is paragraphs to a reader as much as <p>s are:
    // its text is measured with theirs, or a sidebar's or footer's few <p>s would outweigh it.
    // Note: so is an article typed a <div> a line (editors that write <div> for each paragraph, as they write <p>): a <div>
    // of text and inline elements is one paragraph, or related articles' summaries in <p>s outweighed the whole article.
    const p = paragraph || (node.type === 'element' && (node.tagName === 'p' || (node.tagName === 'div' && isParagraph(node)) || node.children.some((c) => c.type === 'element' && c.tagName === 'br')));
    const a = link || (node.type === 'element' && node.tagName === 'a');
    for (const child of node.children) count(child, ancestors, p, a);
    if (node.type === 'element') ancestors.pop();
  };
  count(tree, [], false, false);
  // Note: a page without paragraphs (text in <div>s and <br>s) is measured by all its text.
  const [measure, whole] = paragraphTotal >= 200 ? [inParagraph, paragraphTotal] : [anywhere, total];
  let best: Element | null = null;
  let bestAncestors: readonly Element[] = [];
  walk(tree, (element, ancestors) => {
    if (isSkipped(element)) return false;
    // Note: a table's body or row is no box of its own: a table of data is read whole (its rows as rows), from the
    // table; a cell with nearly all the page's text is an old page's layout cell, and a box.
    if (ROW_GROUPS.has(element.tagName)) return;
    if ((measure.get(element) ?? 0) >= 0.8 * whole && (best === null || ancestors.length > bestAncestors.length)) {
      best = element;
      bestAncestors = [...ancestors];
    }
  });
  return { best: best === null ? tree : boxOfParagraph(best, bestAncestors), whole };
}

/** Elements that hold a paragraph's text or a run of it, never the paragraphs of an article. */
const PARAGRAPH_TAGS = new Set(['p', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a', 'small', 'big', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const BOX_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'blockquote', 'table', 'td', 'th', 'ul', 'ol', 'li', 'dl', 'dd', 'form', 'p', 'tbody', 'thead', 'tr']);

/** Whether an element is one paragraph: a paragraph's tag, or a <div> of text and inline elements (lines joined by <br>s). */
function isParagraph(element: Element): boolean {
  if (PARAGRAPH_TAGS.has(element.tagName)) return true;
  return element.tagName === 'div' && !element.children.some((c) => c.type === 'element' && BOX_TAGS.has(c.tagName));
}

/**
 * The box of an article found as one paragraph or one data table: the element that holds it and its siblings. Note:
 * many editors save a plan's whole body in one <p> or <div> (lines joined by <br>s), so it holds nearly all the page's
 * text, but its title, notice and signature are sibling paragraphs; so does a task table (分工方案, 任务清单) beside a
 * short notice, its number, signature and date. A paragraph or table straight under the page's body, or in a layout
 * table's cell, stays the box: there its siblings are the site's menus and footers. Note: a box that only wraps it
 * (div.TRS_Editor around the one <p>) is the box, not the page's wrapper around it and the site's menus.
 */
function boxOfParagraph(best: Element, ancestors: readonly Element[]): Element {
  if (!isParagraph(best) && !(best.tagName === 'table' && isDataTable(best))) return best;
  for (let k = ancestors.length - 1; k >= 0; k--) {
    const up = ancestors[k] as Element;
    if (PARAGRAPH_TAGS.has(up.tagName)) continue;
    return up.tagName === 'body' || up.tagName === 'html' || ROW_GROUPS.has(up.tagName) || up.tagName === 'td' || up.tagName === 'th' || isFurniture(up) ? best : up;
  }
  return best;
}

/**
 * The document's title and the element to point at for it: the page's ArticleTitle or information table's 标题;
 * else a heading of the page that is one of the `<title>`'s segments (or, when the `<title>` names only the site,
 * a heading that reads as a document's title); else the `<title>` without the site's and column's names.
 */
function articleTitle(tree: Root, meta: Record<string, string>, fields: Record<string, string>): { text: string; element: Element | null } | null {
  const known = meta.ArticleTitle ?? fields.标题;
  if (known) return { text: known, element: titleElement(tree, meta, known) };
  const segments = meta.pageTitle ? titleSegments(meta.pageTitle) : [];
  const fromPage = meta.pageTitle ? documentTitleOf(meta.pageTitle) : null;
  // Note: an article's own <header> (<article><header><h1>…) holds its title; a site's header is furniture by its class.
  const heading = findHeading(tree, segments, fromPage === null, (element) => element.tagName !== 'header' && isFurniture(element));
  if (heading) return heading;
  return fromPage ? { text: fromPage, element: titleElement(tree, meta, fromPage) } : null;
}

/** The element a title put before the text was read from: the `<meta name="ArticleTitle">`, else `<title>`. */
function titleElement(tree: Root, meta: Record<string, string>, title: string): Element | null {
  let found: Element | null = null;
  walk(tree, (element) => {
    if (found) return false;
    const name = element.properties.name;
    if (element.tagName === 'meta' && typeof name === 'string' && /^ArticleTitle$/i.test(name) && meta.ArticleTitle !== undefined) found = element;
    else if (element.tagName === 'title' && meta.ArticleTitle === undefined && textOf(element).includes(title.slice(0, 8))) found = element;
  });
  return found;
}

/** A page's `<meta name>` element (PubDate, ContentSource). */
function metaElement(tree: Root, wanted: string): Element | null {
  let found: Element | null = null;
  walk(tree, (element) => {
    if (found) return false;
    const name = element.properties.name;
    if (element.tagName === 'meta' && typeof name === 'string' && name.toLowerCase() === wanted.toLowerCase()) found = element;
  });
  return found;
}

/**
 * The page's publication date and source from its `<meta name="PubDate">` and `<meta name="ContentSource">` (the
 * fields of the content systems most government sites run), as the labelled lines the page shows above an
 * article (发布日期：…, 信息来源：…), pointing at the <meta>: a plan without a signature has no other date or issuer.
 * None when the information table gives them.
 */
function publicationLines(tree: Root, meta: Record<string, string>, fields: Record<string, string>): SourcedLine[] {
  const lines: SourcedLine[] = [];
  const date = meta.PubDate ?? meta.pubdate;
  if (date && /^\d{4}-\d{1,2}-\d{1,2}/.test(date) && !fields.发布日期) lines.push({ text: `发布日期：${date}`, element: metaElement(tree, 'PubDate') });
  const source = meta.ContentSource ?? meta.contentsource;
  if (source && /[\u4e00-\u9fff]{2,}/.test(source) && source.length <= 40 && !fields.发布机构 && !fields.发文机关 && !fields.信息来源) {
    lines.push({ text: `信息来源：${source}`, element: metaElement(tree, 'ContentSource') });
  }
  return lines;
}

/**
 * Read the page an <iframe srcdoc> shows in its place: the frame's own page is written in the attribute, and a browser
 * shows it where the frame is. Note: sites that show a document's body in a frame (a viewer box under the page's title
 * and date) write it so; read without it, such a page had a title and no text.
 */
function graftFrameDocuments(tree: Root, parse: (html: string) => Root): void {
  walk(tree, (element) => {
    const srcdoc = element.properties.srcDoc;
    if (element.tagName !== 'iframe' || typeof srcdoc !== 'string') return;
    const frame = parse(srcdoc);
    let body: Element | null = null;
    walk(frame, (e) => {
      if (body) return false;
      if (e.tagName === 'body') body = e;
    });
    element.children = (body ?? frame).children as Element['children'];
    return false;
  });
}

/** How many Chinese characters a reader sees on the page outside its links (menus, lists of other pages). */
function visibleHan(node: Node): number {
  if (node.type === 'text') return cjkCount(node.value);
  if (node.type !== 'element' && node.type !== 'root') return 0;
  if (node.type === 'element' && (isSkipped(node) || isHidden(node) || node.tagName === 'a')) return 0;
  return node.children.reduce((n, child) => n + visibleHan(child), 0);
}

// Note: the fewest Chinese characters outside links of a page that holds a document: a plan's or a notice's text is
// hundreds of characters at least; a page's frame (its header, column names and footer) is fewer.
const ARTICLE_HAN = 200;

/** A file a frame shows in a viewer: the frame's page or its `file=` parameter names a PDF, Word or OFD file. */
const FRAMED_FILE = /([^/=?&]+\.(?:pdf|docx?|wps|ofd))(?:[?#&]|$)/i;

/**
 * Why a page holds no article, when it holds fewer Chinese characters than any document and tells where its text is
 * instead: a frame (<frame src>, <iframe src>) shows another page or a file in a viewer; or the page's script fills
 * it in when a browser opens it (a page saved as "HTML only", or fetched without running its script: an empty box
 * for the article, or the template's {{ … }} placeholders). A reader in a browser sees the text; the file does not
 * hold it, and reading the page's frame as a plan gave a plan of a title and a footer, or none with no reason given.
 */
function missingArticle(tree: Root): string | null {
  const han = visibleHan(tree);
  if (han >= ARTICLE_HAN) return null;
  const frames: string[] = [];
  let scripts = 0;
  walk(tree, (element) => {
    if (element.tagName === 'script') scripts++;
    const src = element.properties.src;
    const shown = !isHidden(element) && !['0', '1'].includes(String(element.properties.width ?? '')) && !['0', '1'].includes(String(element.properties.height ?? ''));
    if ((element.tagName === 'frame' || element.tagName === 'iframe') && typeof src === 'string' && !/^(?:about:|javascript:|data:)|^\s*$/i.test(src) && shown) frames.push(src);
  });
  if (frames.length > 0) {
    const file = frames.map((f) => FRAMED_FILE.exec(safeDecode(f))?.[1]).find((f) => f !== undefined);
    const shown = frames.slice(0, 3).join(', ');
    return file
      ? `The page's text is not in this file: the page shows the file ${file} in a viewer (${shown}). Download that file and give plankb the file.`
      : `The page's text is not in this file: the page shows it in a frame, a page of its own (${shown}${frames.length > 3 ? ' …' : ''}). Open the frame's page (or save the page as "Web page, complete") and give plankb that.`;
  }
  const placeholders = /\{\{[^{}]*\}\}/.test(textOf(tree));
  if (scripts === 0 && !placeholders) return null;
  return `The page's text is not in this file: it holds ${han} Chinese characters outside its links, and its script fills in the article when a browser opens it (a page saved as "HTML only", or fetched without running its script${placeholders ? '; its {{ … }} placeholders are empty' : ''}). Save the page from the browser as "Web page, complete", or copy its text into a .txt file, and give plankb that.`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Convert a web page (a whole page or a fragment a crawler stored) to text:
 * decode its declared charset, find the article, and give its paragraphs as
 * lines and its data tables as rows of ` | `-separated cells. A government
 * page's 索引号 table comes first, as TAB-separated rows, and the article's
 * title before its text when the article does not start with it.
 *
 * @param bytes The page's bytes.
 * @returns The text, the encoding read and the page's metadata.
 */
export async function convertHtml(bytes: Uint8Array): Promise<Conversion> {
  // Note: a web archive (MHTML) holds the page as a part of a MIME message, quoted-printable or base64.
  const archived = isWebArchive(bytes) ? archivedPage(bytes) : null;
  if (isWebArchive(bytes) && !archived) {
    const message = 'This web archive (MHTML) holds no web page (no text/html part): open it in a browser, save the page as "Web page, complete", and give plankb that.';
    return { format: 'html', text: '', encoding: 'utf-8', origins: [], metadata: {}, notes: [{ code: 'no-article', severity: 'error', message }] };
  }
  const { text: html, encoding } = decodeHtml(archived?.html ?? bytes, archived?.charset ?? null);
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  const parse = (source: string): Root => unified().use(rehypeParse).parse(source) as Root;
  const tree = parse(html);
  graftFrameDocuments(tree, parse);
  const meta = readMeta(tree);
  const { lines: metaLines, fields, tables } = readMetaTables(tree);
  const content = mainContent(tree, tables);
  const listed = listedDocuments(content);
  if (listed) {
    // Note: a column's page lists documents (headlines and summaries): read as text, its headlines would make plans of a few words each.
    const shown = listed.slice(0, 3).map((t) => `《${t}》`).join('、');
    const message = `This page lists ${listed.length} documents (a column's list: ${shown}${listed.length > 3 ? ' …' : ''}), not one document: save the page of the document itself and give plankb that.`;
    return { format: 'html', text: '', encoding, origins: [], metadata: { ...meta, listedDocuments: listed.join('\n') }, notes: [{ code: 'listing-page', severity: 'error', message }] };
  }
  // Note: a notice that issues its document as an attached file has little text too; the parse names the file.
  const attached = attachedFiles(content);
  const missing = attached.length === 0 ? missingArticle(tree) : null;
  if (missing) return { format: 'html', text: '', encoding, origins: [], metadata: { ...meta }, notes: [{ code: 'no-article', severity: 'error', message: missing }] };
  const body = sourcedLinesOf(content, { numberLists: true }).map((l) => ({ ...l, text: normaliseCompatibility(l.text) }));
  const found = articleTitle(tree, meta, fields);
  const title = found?.text ?? null;
  const head: SourcedLine[] = [...metaLines];
  const opening = hanOf(body.slice(0, 8).map((l) => l.text).join(''));
  // Note: a title put before the text points where it was read: the page's heading, <meta> or <title>.
  if (found && title && !opening.includes(hanOf(title).slice(0, TITLE_KEY))) head.push({ text: '', element: null }, { text: title, element: found.element });
  // Note: a page shows its date and source under the title, as these lines stand.
  const published = publicationLines(tree, meta, fields);
  if (published.length > 0) head.push(...(head.length > 0 && head.length === metaLines.length ? [{ text: '', element: null }] : []), ...published);
  const metadata: Record<string, string> = { ...fields };
  if (title) metadata.title = title;
  for (const [k, v] of Object.entries(meta)) metadata[k] = v;
  // Note: a notice may issue its document only as an attached file (附件：….pdf); the parse says so when the page's text holds no plan.
  if (attached.length > 0) {
    metadata.attachments = attached.map((a) => a.name).join('\n');
    metadata.attachmentLinks = attached.map((a) => a.href).join('\n');
  }
  const selector = elementSelectors(tree);
  const lines = [...head, ...(head.length > 0 ? [{ text: '', element: null }] : []), ...body];
  const { text, origins } = joinSourcedLines(lines.map((l) => ({ text: l.text, origin: l.element ? { element: selector(l.element) } : null })));
  return { format: 'html', text, encoding, origins, metadata, notes: [] };
}
