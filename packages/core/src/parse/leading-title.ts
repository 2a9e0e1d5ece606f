import type { SourceLine } from '../text/source-lines.js';
import { spanOf } from '../text/source-lines.js';
import { recogniseLabel } from '../text/numbering.js';
import { documentTitleOf } from '../text/page-title.js';
import { dateLine } from './dates.js';
import { isDebris } from './debris.js';
import { headEnd } from './file-head.js';
import { readHeaderValues } from './header-metadata.js';
import { headlineTitle, isAddresseeLine, isOrgLine, titleKind } from './metadata.js';
import { isBlank, type Part, type TitleInfo } from './segment.js';

// A heading of a document has no sentence punctuation; a colon opens a field (索引号：) or an address (各区：).
const SENTENCE_MARK = /[。；;，,：:！？!?]/;
const HAN = /\p{Script=Han}/u;

function nextContent(lines: readonly SourceLine[], from: number, to: number): number {
  let i = from;
  while (i < to && (isBlank(lines[i]) || isDebris(lines[i]?.text ?? ''))) i++;
  return i;
}

/** Whether a line reads as a heading standing above a text: short, Chinese, no sentence in it, no label, field, date, address (各…), issuer or 【】 field. */
function isHeadingLike(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 40 &&
    HAN.test(text) &&
    !SENTENCE_MARK.test(text) &&
    recogniseLabel(text) === null &&
    dateLine(text) === null &&
    !isAddresseeLine(text) &&
    !isOrgLine(text) &&
    !text.startsWith('各') &&
    // Note: a labelled field in 【】 (【法宝引证码】 CLI.12.…, a legal database's export; 【我要纠错】) names no document.
    !/^【[\u4e00-\u9fff]{2,8}】/.test(text) &&
    !/^附\s*件/.test(text)
  );
}

/**
 * The title of a plan that starts a file with no title a reader of document
 * kinds recognises: a name that ends in no kind word (2026年中央一号文件, a
 * press headline over a plan's full text). A document's first line, standing
 * alone above its text as titles do (short, with no sentence in it, followed
 * by a paragraph or a numbered heading), is its title: web pages, Word files
 * and reprints all put the name first.
 *
 * @param lines The file's lines.
 * @param part The plan's part, untitled; only the part that opens the file is looked at.
 * @returns The title, or null.
 */
export function leadingTitle(lines: readonly SourceLine[], part: Part): TitleInfo | null {
  if (part.title !== null || part.kind !== 'preface') return null;
  const i = nextContent(lines, 0, part.endLine);
  if (i !== nextContent(lines, part.startLine, part.endLine)) return null;
  const line = lines[i];
  if (!line) return null;
  const from = line.text.length - line.text.trimStart().length;
  const to = line.text.trimEnd().length;
  const text = line.text.slice(from, to);
  const headline = headlineTitle(text);
  if (!headline && !isHeadingLike(text)) return null;
  // Note: the line under it must open the text (a paragraph, or a numbered heading); a run of short lines is a menu or a list of links.
  const below = lines[nextContent(lines, i + 1, part.endLine)]?.text.trim() ?? '';
  if (below.length < 20 && recogniseLabel(below) === null) return null;
  if (headline) {
    const { start, end } = spanOf(line, from + headline.from, from + headline.to);
    return { text: text.slice(headline.from, headline.to), start, end, status: null, statusSpan: null, next: i + 1 };
  }
  const { start, end } = spanOf(line, from, to);
  return { text, start, end, status: null, statusSpan: null, next: i + 1 };
}

/**
 * A field's value as a document's title, and where it starts in the value: the value itself when it names a
 * document's kind, else the segment of a page's title that does (标题-站点, 站点_栏目_标题). A reader or clipper that
 * saves a page as text heads it with the page's <title> (Title: …-某区人民政府门户网站, as Jina Reader and web clippers
 * write it), site name and all, as the saved page's own <title> has it.
 */
function documentIn(value: string): { text: string; at: number } | null {
  if (titleKind(value) !== null) return { text: value, at: 0 };
  const doubled = repeatedHead(value);
  if (doubled !== null && titleKind(doubled) !== null) return { text: doubled, at: 0 };
  const segment = documentTitleOf(value);
  const at = segment === null ? -1 : value.indexOf(segment);
  return segment !== null && at >= 0 && titleKind(segment) !== null ? { text: segment, at } : null;
}

// Note: a title runs from eight characters to a notice's hundred and more.
const REPEATED_HEAD = /^([\u4e00-\u9fff][^\t:：]{7,150}?)\1/u;

/**
 * The name a value opens with and repeats right after (邵阳市2024年…工作要点邵阳市2024年…工作要点一、总体目标…): a page
 * flattened to one line runs its information table's 标题 field into the article's heading, which is the same name, and
 * the heading into the text.
 */
function repeatedHead(value: string): string | null {
  return REPEATED_HEAD.exec(value)?.[1] ?? null;
}

/**
 * The title a labelled field of the file's head gives a plan with no title line: Markdown front matter
 * (title: …, 标题: …), a site's information table (标　　题：…) or a database's export header (【标题】…). Content systems
 * keep a document's name in such a field and print its text without it, so the field is the only place the name is
 * written. Only a value that names a document's kind is a title (…实施方案, or the notice that issues one).
 *
 * @param lines The file's lines.
 * @param part The plan's part, untitled.
 * @returns The field's value as the title, or null.
 */
export function fieldTitle(lines: readonly SourceLine[], part: Part): TitleInfo | null {
  if (part.title !== null) return null;
  for (const v of readHeaderValues(lines, 0, Math.min(headEnd(lines), part.endLine))) {
    const line = lines[v.value.line];
    if (v.field !== 'title' || !line) continue;
    const named = documentIn(line.text.slice(v.value.from, v.value.to));
    if (named === null) continue;
    const { start, end } = spanOf(line, v.value.from + named.at, v.value.from + named.at + named.text.length);
    return { text: named.text, start, end, status: null, statusSpan: null, next: part.contentStart };
  }
  return null;
}
