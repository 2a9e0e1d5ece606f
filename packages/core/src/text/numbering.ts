import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';

/**
 * The numbering styles of Chinese official documents. Their nesting is not
 * fixed (a work plan may use only `1.`), so the outline builder ranks them by
 * the order in which they appear, not by this list.
 */
export type LabelStyle =
  | 'di-part' // 第一部分, 第一篇
  | 'di-chapter' // 第一章
  | 'di-section' // 第一节
  | 'di-article' // 第一条
  | 'cn-comma' // 一、
  | 'cn-paren' // (一) （一）
  | 'arabic-decimal' // 1.1
  | 'arabic-decimal-2' // 1.1.1 (a level below 1.1)
  | 'arabic-decimal-3' // 1.1.1.1 and deeper
  | 'arabic-dot' // 1. 1．
  | 'arabic-comma' // 1、
  | 'arabic-paren' // (1) （1）
  | 'arabic-bare' // 1 推进… (the point lost in OCR or a PDF export)
  | 'circled' // ①
  | 'named' // 行动一： 任务1： 工程二、
  | 'roman' // Ⅰ、 Ⅱ. I. II. (Roman numerals)
  | 'letter' // A. B. Ａ．
  | 'letter-paren' // (A) （a）
  | 'ordinal-lead'; // 一是 二是 第一， (paragraphs of a plan that has no numbered headings; see outline.ts)

export interface Label {
  style: LabelStyle;
  /** The label as written, without the spaces that follow it: `(十七)`, `22.`, `①`. */
  text: string;
  /** Its value: 十七 → 17, `22.` → 22, ① → 1; for `1.2` the last component. */
  number: number;
  /** Where the label starts in the line (after leading spaces). */
  start: number;
  /** Where the item's text starts (after the label and any spaces). */
  contentStart: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const SPACE = '[ \\t\\u3000\\u00a0\\u2000-\\u200b]*';

interface Rule {
  style: LabelStyle;
  re: RegExp;
  value: (m: RegExpExecArray) => number | null;
}

// Note: a document uses a few dozen Chinese numerals over and over (一 to 二十); each is read once.
const cnValues = new Map<string, number | null>();
const cn = (m: RegExpExecArray): number | null => {
  const numeral = m[1] ?? '';
  let value = cnValues.get(numeral);
  if (value === undefined) {
    value = parseChineseInteger(numeral);
    if (cnValues.size < 1000) cnValues.set(numeral, value);
  }
  return value;
};
const arabic = (m: RegExpExecArray): number | null => Number(toHalfWidthDigits(m[1] ?? ''));

// Action plans name their items (行动一：…, 专项行动2：…, 任务三、…, 重点工程1 …): a keyword, a number and a separator.
const NAMED = new RegExp(`^(?:专项行动|重点行动|行动|重点任务|任务|重点工程|专项工程|工程|重点专项|专项)(${CN}|[0-9０-９]{1,2})(?:${SPACE}[：:、.．]|[ \\t\\u3000]+(?=[\\u4e00-\\u9fff“"]))`);

// Note: the enclosed numerals of Word's and WPS's numbering, one character each: ⒈ (1.), ⑴ ((1)), ㈠ ((一)); each is
// the style it stands for.
const ENCLOSED: Rule[] = [
  { style: 'arabic-dot', re: /^([\u2488-\u249b])/, value: (m) => (m[1] ?? '').charCodeAt(0) - 0x2488 + 1 },
  { style: 'arabic-paren', re: /^([\u2474-\u2487])/, value: (m) => (m[1] ?? '').charCodeAt(0) - 0x2474 + 1 },
  { style: 'cn-paren', re: /^([\u3220-\u3229])/, value: (m) => (m[1] ?? '').charCodeAt(0) - 0x3220 + 1 },
];

// Note: Roman numerals and Latin letters number the parts of plans written in Word with its list styles (I. II., A. B.,
// which the .docx reader writes out as text) and of plans of technical and sector bodies (Ⅰ、 Ⅱ、 in the Unicode Roman
// numerals, 一、 in their stead); only before a separator and Chinese text (Ⅱ、Ⅲ类水体, A、B两类, A级 are no labels).
// Note: a Latin letter or Roman numeral in Latin letters takes a point, not 、: names in Latin letters are enumerated with
// 、 in prose (3D、元宇宙, AI、大数据, FTC、金外滩), and a PDF's hard wrap inside one set D、 or I、 at a line's start.
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, i: 1, v: 5, x: 10 };
function romanValue(m: RegExpExecArray): number | null {
  const numeral = m[1] ?? m[2] ?? '';
  const code = numeral.charCodeAt(0);
  if (numeral.length === 1 && code >= 0x2160 && code <= 0x216b) return code - 0x2160 + 1;
  if (numeral.length === 1 && code >= 0x2170 && code <= 0x217b) return code - 0x2170 + 1;
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const here = ROMAN_VALUES[numeral[k] ?? ''] ?? 0;
    value += here < (ROMAN_VALUES[numeral[k + 1] ?? ''] ?? 0) ? -here : here;
  }
  return value > 0 ? value : null;
}
const letterValue = (m: RegExpExecArray): number => (((m[1] ?? 'A').toUpperCase().charCodeAt(0) - 0x41) % 0x20) + 1;
const BEFORE_CHINESE = '(?=[ \\t\\u3000]*[\\u4e00-\\u9fff“"])';
const ROMAN_RULE: Rule = {
  style: 'roman',
  re: new RegExp(`^(?:([\\u2160-\\u216b\\u2170-\\u217b])${SPACE}[、.．]|((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))${SPACE}[.．])${BEFORE_CHINESE}`),
  value: romanValue,
};
const LETTER_RULE: Rule = { style: 'letter', re: new RegExp(`^([A-Za-zＡ-Ｚａ-ｚ])${SPACE}[.．]${BEFORE_CHINESE}`), value: letterValue };
const LETTER_PAREN_RULE: Rule = {
  style: 'letter-paren',
  re: new RegExp(`^[(（]${SPACE}([A-Za-zＡ-Ｚａ-ｚ])${SPACE}[)）]${BEFORE_CHINESE}`),
  value: letterValue,
};

const RULES: Rule[] = [
  // Note: 第一篇 parts a long plan (a five-year plan's 篇 hold its 章) as 第一部分 does.
  { style: 'di-part', re: new RegExp(`^第(${CN}|\\d{1,3})(?:部分|篇)`), value: (m) => cn(m) ?? arabic(m) },
  { style: 'di-chapter', re: new RegExp(`^第(${CN}|\\d{1,3})章`), value: (m) => cn(m) ?? arabic(m) },
  { style: 'di-section', re: new RegExp(`^第(${CN}|\\d{1,3})节`), value: (m) => cn(m) ?? arabic(m) },
  { style: 'di-article', re: new RegExp(`^第(${CN}|\\d{1,3})条`), value: (m) => cn(m) ?? arabic(m) },
  // Note: 一是 / 二要 enumerate inside a sentence; only 、 (or a point) makes 一 a heading label.
  // Note: OCR and PDF text may put a space before the 、 (一 、加强统筹).
  { style: 'cn-comma', re: new RegExp(`^(${CN})${SPACE}[、.．﹒]`), value: cn },
  // Note: a Chinese numeral, a space and a heading, with no 、 between: a WeChat article's heading badges (一 | 工作目标,
  // the badge and its words side by side) and texts that lost the 、 in a copy. Two Chinese characters must follow the
  // space, none of them 是/要 (一 是加强…, a spaced 一是) or a measure word (一 个, a quantity wrapped to the line's start),
  // so that a letter-spaced line (十 四 五, 一 流 城 市) is no label.
  { style: 'cn-comma', re: /^([一二三四五六七八九十]{1,3})(?=[ \t\u3000]+(?![是要个家项条次名人种类批级届期户辆座所台套件张本份篇])[\u4e00-\u9fff]{2})/, value: cn },
  // Note: 〔一〕 and 【一】 are the other brackets of official texts; PDF and OCR text lose the opening bracket (一）加强…,
  // as pdf.js drops glyphs next to brackets), which no sentence starts with.
  { style: 'cn-paren', re: new RegExp(`^(?:[(（〔【]${SPACE})?(${CN})${SPACE}[)）〕】]`), value: cn },
  {
    style: 'arabic-decimal',
    // Note: nor is 1.5 of 1.5G网络 (a label and 5G: a number joined to a Latin letter is a name, 5G, 3D, 4K).
    re: /^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})+)(?![0-9０-９%％万亿倍千A-Za-zＡ-Ｚａ-ｚ])[.．、]?/,
    value: (m) => Number(toHalfWidthDigits(m[1] ?? '').split('.').pop()),
  },
  // Note: the look-ahead keeps 2025.03.31 and 1.5倍 out: a label's point is not followed by a digit.
  // Note: ﹒ (U+FE52, small full stop) stands for the point in text from some legal databases: 1﹒推进…
  // Note: a year may open the item (3．2020年底前开展…): a point before a four-digit year and 年 is a label's, not a decimal's.
  // Note: and a name of digits and Latin letters may open it (1.5G网络, 2.3D打印), as no decimal ends in a letter; so may
  // a voltage class (4.10千伏及以下配电网改造, 3.500千伏输变电工程), the first words of grid and power items.
  { style: 'arabic-dot', re: /^([0-9０-９]{1,3})[.．﹒](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年)|(?=[0-9０-９]{1,2}[A-Za-zＡ-Ｚａ-ｚ])|(?=[0-9０-９]{2,4}千伏))/, value: arabic },
  { style: 'arabic-comma', re: /^([0-9０-９]{1,3})、/, value: arabic },
  { style: 'arabic-paren', re: new RegExp(`^(?:[(（〔【]${SPACE})?([0-9０-９]{1,3})${SPACE}[)）〕】]`), value: arabic },
  // Note: a number, a space and a heading with no point between (OCR and PDF text lose it): not before a measure word
  // or unit, which makes it a quantity wrapped to the line's start (20 个, 10 亿元).
  {
    style: 'arabic-bare',
    re: /^([0-9０-９]{1,2})(?=[ \t\u3000]+(?![个家项万亿千百元年月日天次台套条所座名人倍种类批级届期户辆吨米亩公平立克斤箱岁场部件张本份篇余多])[\u4e00-\u9fff])/,
    value: arabic,
  },
  { style: 'named', re: NAMED, value: (m) => cn(m) ?? arabic(m) },
  {
    style: 'circled',
    re: /^([\u2460-\u2473\u3251-\u325f])/,
    value: (m) => {
      const c = (m[1] ?? '').charCodeAt(0);
      return c <= 0x2473 ? c - 0x2460 + 1 : c - 0x3251 + 21;
    },
  },
];

// Note: pages indent with any space character: ASCII, ideographic (U+3000), no-break (U+00A0) and the typographic
// spaces U+2000–U+200B (an em space U+2003 is common in text copied from spreadsheets and Word); and the form feed (12)
// pdftotext sets before the first line of each page (\f二、…), which hid the label of a page's first item.
function isLabelSpace(c: number): boolean {
  return c === 12 || c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f;
}

// Note: every rule's pattern starts with its own kind of character (第, a Chinese digit, a parenthesis, an Arabic
// digit, a circled number), so a line is tried only against the rules its first character allows, in their order.
const RULES_BY_START: ReadonlyArray<[RegExp, Rule[]]> = [
  [/^第$/, RULES.filter((r) => r.style.startsWith('di-'))],
  [/^[一二三四五六七八九十百零〇两]$/, RULES.filter((r) => r.style === 'cn-comma' || r.style === 'cn-paren')],
  [/^[(（〔【]$/, [...RULES.filter((r) => r.style === 'cn-paren' || r.style === 'arabic-paren'), LETTER_PAREN_RULE]],
  [/^[0-9０-９]$/, RULES.filter((r) => r.style.startsWith('arabic-'))],
  [/^[专重行任工]$/, RULES.filter((r) => r.style === 'named')],
  [/^[\u2460-\u2473\u3251-\u325f]$/, RULES.filter((r) => r.style === 'circled')],
  [/^[\u2474-\u249b\u3220-\u3229]$/, ENCLOSED],
  [/^[\u2160-\u216b\u2170-\u217b]$/, [ROMAN_RULE]],
  [/^[IVXivx]$/, [ROMAN_RULE, LETTER_RULE]],
  [/^[A-Za-zＡ-Ｚａ-ｚ]$/, [LETTER_RULE]],
];

// Note: the rules a first character allows, found once per code unit (0: not yet, 1: none, k + 2: RULES_BY_START[k]);
// testing the six patterns on every line's first character was a good part of this function's time.
const RULES_OF_UNIT = new Uint8Array(0x10000);

function rulesStartingWith(line: string, at: number): readonly Rule[] | null {
  if (at >= line.length) return null;
  const unit = line.charCodeAt(at);
  let k = RULES_OF_UNIT[unit] ?? 0;
  if (k === 0) {
    const first = line[at] ?? '';
    k = RULES_BY_START.findIndex(([start]) => start.test(first)) + 2;
    RULES_OF_UNIT[unit] = k;
  }
  return k === 1 ? null : (RULES_BY_START[k - 2]?.[1] ?? null);
}

/** The style of a decimal label by its depth: 3.1 and 3.1.1 are the levels of a technical plan's outline, not siblings. */
function decimalDepth(label: string): LabelStyle {
  const points = label.split(/[.．]/).length - 1;
  return points <= 1 ? 'arabic-decimal' : points === 2 ? 'arabic-decimal-2' : 'arabic-decimal-3';
}

/**
 * Recognise a numbering label at the start of a line.
 *
 * @param line One line of text.
 * @returns The label, or `null` when the line does not start with one, or
 *   when nothing follows the label (a lone `1.` is a table cell, not an item).
 */
export function recogniseLabel(line: string): Label | null {
  let lead = 0;
  while (isLabelSpace(line.charCodeAt(lead))) lead++;
  // Note: most lines are sentences, whose first character rules out every style.
  const rules = rulesStartingWith(line, lead);
  if (!rules) return null;
  const rest = line.slice(lead);
  for (const rule of rules) {
    const m = rule.re.exec(rest);
    if (!m) continue;
    const value = rule.value(m);
    if (value === null || Number.isNaN(value)) continue;
    const after = m[0].length;
    let spaces = 0;
    while (isLabelSpace(rest.charCodeAt(after + spaces))) spaces++;
    if (after + spaces >= rest.length) return null;
    return { style: rule.style === 'arabic-decimal' ? decimalDepth(m[1] ?? '') : rule.style, text: m[0], number: value, start: lead, contentStart: lead + after + spaces };
  }
  return null;
}
