// The development set in the other forms the same documents arrive in: Windows line ends and full-width indents, no
// blank lines or a blank line after every line, hard-wrapped as PDF text is, and saved web pages of three common
// layouts. A document says the same in each form, so each must give the same facts (facts.json): a rule that leans on a
// blank line, an indent or a page's markup where a reader does not shows up here before it meets a new document.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSourceBytes, type SourceFile } from '../../src/corpus/read-source.js';
import { convertHtml } from '../../src/formats/html.js';
import { REALDOCS_DIR, readFacts, realdocFiles, scoreFile, totals, type FileScore } from './evaluate-realdocs.js';

export interface FormatVariant {
  name: string;
  /** What the variant stands for, for the report. */
  describe: string;
  /** The file's extension in this form, when it changes (`html`). */
  ext?: string;
  /** The file's text in this form (`markdown`: the file is Markdown). */
  make(text: string, markdown: boolean): string;
}

/** Typeset lines of PDF text are about this many columns wide (a page of 公文 holds 28 characters; other layouts 30–40). */
const TYPESET_WIDTH = 36;

// Note: typesetting rules of Chinese text (禁则): no line starts with a closing mark, none ends with an opening one, and a
// run of Latin letters or digits is one word, carried to the next line whole.
const NO_LINE_START = /[、，。；：？！）》〕」』”’%]/;
const NO_LINE_END = /[（《〔「『“‘]/;
const WORD_CHAR = /[A-Za-z0-9.%]/;

/** A character's width on the page: a Han character or full-width form one column (one em), Latin letters and digits half of one. */
const columnsOf = (c: string): number => ((c.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1);

/**
 * A line cut into typeset lines of at most about `width` columns, as a PDF's text gives a paragraph: a line with
 * digits or Latin letters holds more characters, as they are half as wide. Table rows (TAB or pipe cells) and labelled
 * header lines (文号: …) are left whole: a PDF sets them in cells or on one line.
 *
 * @param line A line of the text.
 * @param width The columns a typeset line holds.
 * @returns The typeset lines.
 */
export function typesetLines(line: string, width = TYPESET_WIDTH): string[] {
  const indent = line.length - line.trimStart().length;
  const chars = [...line];
  const total = chars.slice(indent).reduce((n, c) => n + columnsOf(c), 0);
  if (/^\s*\||\t|^[^:：]{1,8}[:：]\s/.test(line) || total <= width + 2) return [line];
  const out: string[] = [];
  let start = 0;
  // Note: the first line starts after its indent, as a paragraph's first line is set.
  let from = indent;
  while (true) {
    let used = 0;
    let end = from;
    while (end < chars.length && used + columnsOf(chars[end] as string) <= width) used += columnsOf(chars[end++] as string);
    if (end >= chars.length) break;
    let cut = end;
    while (cut > start + 1 && WORD_CHAR.test(chars[cut - 1] as string) && WORD_CHAR.test(chars[cut] as string)) cut--;
    while (cut < chars.length && NO_LINE_START.test(chars[cut] as string)) cut++;
    while (cut > start + 1 && NO_LINE_END.test(chars[cut - 1] as string)) cut--;
    if (cut >= chars.length) break;
    out.push(chars.slice(start, cut).join(''));
    start = cut;
    from = cut;
  }
  out.push(chars.slice(start).join(''));
  return out;
}

/**
 * A text as a web clipper saves its page as Markdown (Turndown, used by MarkDownload and Obsidian's clipper): the first
 * line a level-1 heading, short 一、 and （一） lines level-2 and level-3 headings, a blank line between paragraphs, and
 * an item number that could start an ordered list escaped (1\\.推动…), as Turndown escapes it.
 */
function clippedMarkdown(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const heading = (l: string): string =>
    /^[一二三四五六七八九十]+、/.test(l) && l.length < 40 ? `## ${l}` : /^（[一二三四五六七八九十]+）/.test(l) && l.length < 40 ? `### ${l}` : l.replace(/^(\d{1,2})\.(?!\d)/, '$1\\.');
  return [`# ${lines[0] ?? ''}`, ...lines.slice(1).map(heading)].join('\n\n');
}

/**
 * A text converted to Markdown by a converter of Word files (markitdown, pandoc) and kept as .txt: the title and the short
 * 一、 and （一） headings set as bold lines, nothing else marked, a blank line between paragraphs.
 */
function boldHeadings(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const heading = (l: string): string => (/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(l) && l.length < 40 && !/[。；]/.test(l) ? `**${l}**` : l);
  return [`**${lines[0] ?? ''}**`, ...lines.slice(1).map(heading)].join('\n\n');
}

// Note: characters a PDF's font commonly maps to Kangxi radicals (U+2F00–U+2FD5), as text taken from such a PDF by pdftotext
// or a viewer's copy prints them. The radical forms of U+2E80–U+2EF3 (⻔ for 门) are left out: quotes keep the source's
// characters, and the facts' NFKC folds a Kangxi radical to its ideograph but leaves a radical form as it is.
const KANGXI_RADICALS: Readonly<Record<string, string>> = {
  一: '⼀', 二: '⼆', 人: '⼈', 入: '⼊', 八: '⼋', 力: '⼒', 十: '⼗', 大: '⼤', 工: '⼯', 心: '⼼', 方: '⽅', 日: '⽇', 月: '⽉',
  水: '⽔', 生: '⽣', 用: '⽤', 目: '⽬', 立: '⽴', 行: '⾏', 自: '⾃', 至: '⾄', 高: '⾼', 面: '⾯',
};

/** GB/T 9704, the layout of 公文: 28 characters a line, 22 lines a page, the page number under the text. */
const OFFICIAL_WIDTH = 28;
const OFFICIAL_LINES = 22;

/**
 * A text set as a 公文's pages and read back as text: typeset lines without blank lines, and each page's number after
 * its lines, as — 1 — on odd pages (with the blank lines a PDF's text gives around it) and as a bare number on even
 * ones (as a Word export's footer gives it).
 */
function officialPages(text: string): string {
  const lines = text
    .split('\n')
    .flatMap((l) => typesetLines(l, OFFICIAL_WIDTH))
    .filter((l) => l.trim() !== '');
  const out: string[] = [];
  for (let at = 0, page = 1; at < lines.length; at += OFFICIAL_LINES, page++) {
    out.push(...lines.slice(at, at + OFFICIAL_LINES));
    out.push(...(page % 2 === 1 ? ['', `— ${page} —`, ''] : [`${page}`]));
  }
  return out.join('\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A government site's page around an article: a menu, a breadcrumb, the article's box, a footer. */
function webPage(text: string, article: (lines: string[]) => string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .filter((l) => l !== '' && l !== '---');
  const title = escapeHtml(lines[0] ?? '');
  return [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_某某市人民政府门户网站</title></head><body>`,
    '<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zcwj/">政策文件</a></div>',
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>',
    article(lines),
    '<div class="footer"><p>主办单位：某某市人民政府办公室　网站标识码：1234567890　ICP备案号：京ICP备12345678号</p></div>',
    '</body></html>',
  ].join('\n');
}

export const FORMAT_VARIANTS: readonly FormatVariant[] = [
  {
    name: 'windows',
    describe: 'Windows line ends and paragraphs indented by two full-width spaces (a Word or browser copy)',
    make: (text) =>
      text
        .split(/\r?\n/)
        .map((l) => (l.trim() !== '' && !/^\s*[|#>-]/.test(l) ? `\u3000\u3000${l.trimStart()}` : l))
        .join('\r\n'),
  },
  { name: 'tight', describe: 'no blank lines', make: (text) => text.split('\n').filter((l) => l.trim() !== '').join('\n') },
  { name: 'loose', describe: 'a blank line after every line', make: (text) => text.split('\n').filter((l) => l.trim() !== '').join('\n\n') },
  {
    name: 'typeset',
    describe: `hard-wrapped at ${TYPESET_WIDTH} columns a line (a digit or Latin letter half a column) by the typesetting rules, as PDF text (plain-text files)`,
    // Note: a Markdown file is no PDF's text: its headings and front matter stay as they are.
    make: (text, markdown) => (markdown ? text : text.split('\n').flatMap((l) => typesetLines(l)).join('\n')),
  },
  {
    name: 'typeset-spaced',
    describe: `hard-wrapped at ${TYPESET_WIDTH} columns as PDF text, with a blank line after every line (a viewer's copy, or a page that sets a <p> a line) (plain-text files)`,
    make: (text, markdown) =>
      markdown
        ? text
        : text
            .split('\n')
            .flatMap((l) => typesetLines(l))
            .filter((l) => l.trim() !== '')
            .join('\n\n'),
  },
  {
    name: 'official-pages',
    describe: `a 公文's PDF text: ${OFFICIAL_WIDTH} characters a line, ${OFFICIAL_LINES} lines a page, the page number at each page's foot (— 1 —, or a bare 1) (plain-text files)`,
    make: (text, markdown) => (markdown ? text : officialPages(text)),
  },
  {
    name: 'clipped-markdown',
    describe: 'a page saved as Markdown by a web clipper (Turndown): # title, ## chapters, ### sections, a blank line between paragraphs, item numbers escaped (1\\.) (plain-text files)',
    ext: 'md',
    make: (text, markdown) => (markdown ? text : clippedMarkdown(text)),
  },
  {
    name: 'bold-headings-text',
    describe: 'converted to Markdown with the title and the 一、 and （一） headings as bold lines (**一、总体要求**) and kept as .txt (plain-text files)',
    make: (text, markdown) => (markdown ? text : boldHeadings(text)),
  },
  {
    name: 'pdf-radicals',
    describe: 'text taken from a PDF whose fonts print common characters as Kangxi radicals (⼀⼆⼈⼯⽅⽇⽉⾏ for 一二人工方日月行)',
    make: (text) => text.replace(/[一二人入八力十大工心方日月水生用目立行自至高面]/g, (c) => KANGXI_RADICALS[c] ?? c),
  },
  {
    name: 'zero-width',
    describe: 'a zero-width space after every sentence and clause, as a page edited with UEditor (most government sites) leaves them',
    make: (text) => text.replace(/([。；：])/g, '$1\u200b'),
  },
  {
    name: 'database-export',
    describe: 'a legal database\'s export: its citation code and link above the text (as 01 and 02 have them), plain-text files',
    // Note: the header of 北大法宝 (pkulaw), the database many plans are copied from; a Markdown file is no such export.
    make: (text, markdown) => (markdown || text.includes('【法宝引证码】') ? text : `    【法宝引证码】 CLI.12.1234567\n原文链接：https://www.pkulaw.com/lar/0123456789abcdef0123456789abcdefbdfb.html\n${text}`),
  },
  {
    name: 'portal-page',
    describe: 'a government portal\'s page copied whole: its source, error-report and share lines under the text',
    make: (text) => `${text.replace(/\s*$/, '')}\n\n\n来源：中国政府网\n【我要纠错】 责任编辑：王某\n扫一扫在手机打开当前页\n`,
  },
  {
    name: 'portal-page-links',
    describe: 'a government portal\'s page copied whole with its navigation and controls above the text and its box of links (相关链接：, numbered titles, 上一篇 / 下一篇) under it',
    make: (text) =>
      [
        '首页 | 政务公开 | 政策文件 | 解读回应',
        '当前位置：首页 > 政务公开 > 政策文件',
        '【字体：大 中 小】 打印本页 关闭窗口',
        text.replace(/\s*$/, ''),
        '相关链接：',
        '1. 关于印发某某市2023年重点工作任务的通知',
        '2. 《某某市数字经济发展规划》政策解读',
        '上一篇：关于做好2024年春节期间安全生产工作的通知',
        '下一篇：某某区2024年重点工作任务分工方案',
        '',
      ].join('\n'),
  },
  {
    name: 'page-paragraphs',
    describe: 'a web page, the title in a heading and a <p> a line',
    ext: 'html',
    make: (text) =>
      webPage(text, ([title = '', ...rest]) => `<div class="main"><h1 class="title">${escapeHtml(title)}</h1><div class="info">发布时间：2024-05-06 浏览次数：123</div><div class="TRS_Editor">${rest.map((l) => `<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">${escapeHtml(l)}</span></p>`).join('\n')}</div></div>`),
  },
  {
    name: 'page-breaks',
    describe: 'a web page, the whole text in one box of lines joined by <br>',
    ext: 'html',
    make: (text) => webPage(text, (lines) => `<div id="zoom">${lines.map(escapeHtml).join('<br>\n')}</div>`),
  },
  {
    name: 'page-divs',
    describe: 'a web page, a <div> a line',
    ext: 'html',
    make: (text) => webPage(text, (lines) => `<div class="article-content">${lines.map((l) => `<div>&nbsp;&nbsp;${escapeHtml(l)}</div>`).join('\n')}</div><div class="share">分享到：微信 微博</div>`),
  },
];

/**
 * Copies that lost their line breaks (a spreadsheet cell's text, a page flattened by a script): the parser reads less
 * of them, so they are measured and held to the level reached rather than to the plain files' figure.
 */
export const FLATTENED_VARIANTS: readonly FormatVariant[] = [
  {
    name: 'paragraph-lines',
    describe: 'each paragraph (text between blank lines) on one line, plain-text files',
    make: (text, markdown) => (markdown ? text : text.split(/\n\s*\n/).map((p) => p.split('\n').map((l) => l.trim()).join('')).join('\n\n')),
  },
  {
    name: 'one-line',
    describe: 'the whole text on one line, plain-text files',
    make: (text, markdown) => (markdown ? text : text.split('\n').map((l) => l.trim()).join('')),
  },
  {
    // Note: what a crawler's text is when it collapses a page's whitespace (each run of spaces and line breaks one space).
    name: 'space-joined',
    describe: 'the whole text on one line, a space for each line break, plain-text files',
    make: (text, markdown) => (markdown ? text : text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ')),
  },
];

/**
 * Score every file of the development set in one form: each file is made in that form and read as a user's file is
 * (a web page converted in this process, as `plankb add` converts it in a child), then scored against its facts.
 *
 * @param variant The form.
 * @returns The score of each file.
 */
export async function scoreVariant(variant: FormatVariant): Promise<FileScore[]> {
  const facts = readFacts();
  const scores: FileScore[] = [];
  for (const file of realdocFiles()) {
    const text = readFileSync(join(REALDOCS_DIR, file), 'utf8');
    const path = variant.ext ? file.replace(/\.\w+$/, `.${variant.ext}`) : file;
    const bytes = Buffer.from(variant.make(text, file.endsWith('.md')), 'utf8');
    // Note: parsed under its name in this form (a .md file is read as Markdown), reported under the file's own.
    const score = scoreFile(path, facts[file] ?? {}, variant.ext === 'html' ? await webPageSource(path, bytes) : decodeSourceBytes(path, bytes));
    scores.push({ ...score, file });
  }
  return scores;
}

async function webPageSource(path: string, bytes: Buffer): Promise<SourceFile> {
  const conversion = await convertHtml(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, text: conversion.text, sha256, encoding: conversion.encoding, truncated: false, format: 'html', conversion };
}

/** The report's table: facts found per form, and what each form missed. */
export function variantTable(results: ReadonlyArray<{ variant: FormatVariant; scores: readonly FileScore[] }>): string {
  const out = ['| form | facts found | missed |', '|---|---|---|'];
  for (const { variant, scores } of results) {
    const t = Object.values(totals(scores));
    const right = t.reduce((n, f) => n + f.correct, 0);
    const gold = t.reduce((n, f) => n + f.gold, 0);
    const missed = scores.flatMap((s) => s.misses.map((m) => `${s.file.slice(0, 3)} ${m}`));
    // Note: a long list of misses is summed up by field (title 3, tasks 19 …).
    const byField = new Map<string, number>();
    for (const s of scores) for (const m of s.misses) byField.set(m.split(':')[0] as string, (byField.get(m.split(':')[0] as string) ?? 0) + 1);
    const shown = missed.length === 0 ? '–' : missed.length <= 6 ? missed.join('; ') : [...byField].map(([field, n]) => `${field} ${n}`).join(', ');
    out.push(`| ${variant.describe} | ${right} of ${gold} | ${shown} |`);
  }
  return out.join('\n');
}
