// Word's automatic numbering: the labels (一、 （一） 1.) that numbering.xml draws before paragraphs and that are not
// in the text. Computed here as Word counts them, so that a converted document has its labels back.

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Numbering {
  /** numId → abstractNumId. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** abstractNumId → its levels. */
  abstracts: Map<string, Map<number, Level>>;
  /** Paragraph style → the level that numbers it (from a level's w:pStyle). */
  byStyle: Map<string, { numId: string | null; abstract: string; level: number }>;
  /** Paragraph style → the w:num its definition in styles.xml names, and the style it is based on. */
  styles: Map<string, { numId?: string; basedOn?: string }>;
}

/** The paragraph styles of styles.xml that name a list (w:numPr) or are based on another style. */
function readStyles(xml: string): Numbering['styles'] {
  const styles: Numbering['styles'] = new Map();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (id === undefined) continue;
    const body = m[2] ?? '';
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const numId = numPr === undefined ? undefined : attr(numPr, 'w:numId');
    const basedOn = attr(body, 'w:basedOn');
    styles.set(id, { ...(numId === undefined ? {} : { numId }), ...(basedOn === undefined ? {} : { basedOn }) });
  }
  return styles;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/**
 * A level's number format. Note: Word 2010 and later write a format Word 2007 did not have (001, 002, 003, …) as
 * w:numFmt="custom" with its pattern in w:format, inside mc:AlternateContent, followed by a w:numFmt Word 2007 can
 * draw (decimalZero) as the fallback; the first w:numFmt alone is `custom`, which drew no label. A pattern of zeros and
 * a 1 is a zero-padded number (`zero:3`); any other custom pattern is drawn in its fallback's format.
 */
function levelFormat(body: string): string {
  const formats = [...body.matchAll(/<w:numFmt\b[^>]*>/g)].map(([tag]) => ({ val: attr(tag, 'w:numFmt') ?? 'decimal', pattern: attr(tag, 'w:numFmt', 'w:format') }));
  const first = formats[0];
  if (first?.val !== 'custom') return first?.val ?? 'decimal';
  const padded = /^(0+1)(?:\s*[,，]|$)/.exec(first.pattern ?? '')?.[1];
  if (padded) return `zero:${padded.length}`;
  return formats.find((f) => f.val !== 'custom')?.val ?? 'custom';
}

function readNumbering(xml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const byStyle: Numbering['byStyle'] = new Map();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of (m[2] ?? '').matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(/w:ilvl="(\d+)"/.exec(l[1] ?? '')?.[1] ?? 0);
      const body = l[2] ?? '';
      levels.set(ilvl, { start: Number(attr(body, 'w:start') ?? 1), format: levelFormat(body), text: attr(body, 'w:lvlText') ?? '', legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(body) });
      const style = attr(body, 'w:pStyle');
      if (style) byStyle.set(style, { numId: null, abstract: m[1] ?? '', level: ilvl });
    }
    abstracts.set(m[1] ?? '', levels);
  }
  const nums: Numbering['nums'] = new Map();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2] ?? '';
    const starts = new Map<number, number>();
    for (const o of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2] ?? '', 'w:startOverride');
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    nums.set(m[1] ?? '', { abstract: attr(body, 'w:abstractNumId') ?? '', starts });
  }
  return { nums, abstracts, byStyle, styles: readStyles(stylesXml) };
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting writes them). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds > 0 ? `${CHINESE_DIGITS[hundreds]}百` : '';
  if (tens > 0) out += `${tens === 1 && hundreds === 0 ? '' : CHINESE_DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += CHINESE_DIGITS[ones];
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [out, n] = [out + letters, n - value];
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in one of Word's number formats; `null` for a bullet or a format without numbers. */
function formatNumber(n: number, format: string): string | null {
  const width = /^zero:(\d)$/.exec(format)?.[1];
  if (width !== undefined) return String(n).padStart(Number(width), '0');
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'ideographDigital':
    // Note: Word's 一, 二, 三 (繁) list style, offered beside the simplified one in a Chinese Word or WPS: the same
    // numerals up to 九千, so the same labels.
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)] ?? d);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    // Note: the enclosed numerals (㈠ for (一), ⒈ for 1.) are one character each, written with no text around them
    // in the level's lvlText; past the last such character, the label they stand for.
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3220 + n - 1) : `（${chineseNumber(n)}）`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    default:
      return null;
  }
}

/**
 * The list a paragraph numbered by its style counts in: the w:num its style (or a style it is based on) names in
 * styles.xml, else the one w:num of the style's list. Note: Word's multilevel list linked to heading styles (标题 1 → 一、,
 * 标题 2 → （一）) is one list with the items numbered directly under the headings (1. on w:numPr of the same w:num): a
 * heading restarts the items' count under it, as the headings' own levels restart each other.
 */
function styleNumId(style: string, abstract: string, numbering: Numbering): string | null {
  const seen = new Set<string>();
  for (let id: string | undefined = style; id !== undefined && !seen.has(id); id = numbering.styles.get(id)?.basedOn) {
    seen.add(id);
    const numId = numbering.styles.get(id)?.numId;
    if (numId !== undefined) return numbering.nums.get(numId)?.abstract === abstract ? numId : null;
  }
  const ofList = [...numbering.nums].filter(([, num]) => num.abstract === abstract);
  return ofList.length === 1 ? (ofList[0]?.[0] ?? null) : null;
}

/** Where a paragraph's numbering comes from, as mammoth finds it: its own w:numPr, else its style's. */
function paragraphNumbering(p: string, numbering: Numbering): { numId: string | null; abstract: string; level: number } | null {
  const pPr = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
  const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
  const numId = numPr === undefined ? undefined : attr(numPr, 'w:numId');
  const ilvl = numPr === undefined ? undefined : attr(numPr, 'w:ilvl');
  const fromNum = (id: string, level: number): { numId: string; abstract: string; level: number } | null => {
    const num = numbering.nums.get(id);
    const levels = num && numbering.abstracts.get(num.abstract);
    return num && levels?.has(level) ? { numId: id, abstract: num.abstract, level } : null;
  };
  if (numId !== undefined && ilvl !== undefined) return fromNum(numId, Number(ilvl));
  const style = attr(pPr, 'w:pStyle');
  const styled = style === undefined ? undefined : numbering.byStyle.get(style);
  if (styled) return { ...styled, numId: styleNumId(style as string, styled.abstract, numbering) };
  if (numId !== undefined) return fromNum(numId, 0);
  return null;
}

/**
 * The labels Word's automatic numbering draws, one for each paragraph that
 * mammoth reads as numbered, in document order: `一、`, `（一）`, `1.`, or
 * `null` for a bullet (and for a level whose format has no numbers).
 *
 * @param documentXml word/document.xml.
 * @param numberingXml word/numbering.xml.
 * @param stylesXml word/styles.xml (the lists its paragraph styles name), or nothing.
 * @returns The labels.
 */
export function numberingLabels(documentXml: string, numberingXml: string, stylesXml = ''): Array<string | null> {
  const numbering = readNumbering(numberingXml, stylesXml);
  const counters = new Map<string, number[]>();
  const labels: Array<string | null> = [];
  for (const m of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const found = paragraphNumbering(m[1] ?? '', numbering);
    if (!found) continue;
    const levels = numbering.abstracts.get(found.abstract) ?? new Map<number, Level>();
    const key = found.numId ?? `abstract:${found.abstract}`;
    const starts = (found.numId && numbering.nums.get(found.numId)?.starts) || new Map<number, number>();
    const counter = counters.get(key) ?? [];
    counters.set(key, counter);
    const startOf = (k: number): number => starts.get(k) ?? levels.get(k)?.start ?? 1;
    counter[found.level] = counter[found.level] === undefined ? startOf(found.level) : (counter[found.level] ?? 0) + 1;
    for (let k = found.level + 1; k < counter.length; k++) counter[k] = undefined as unknown as number;
    const level = levels.get(found.level);
    if (!level || level.format === 'bullet' || level.format === 'none') {
      labels.push(null);
      continue;
    }
    let ok = true;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = counter[k] ?? startOf(k);
      const format = level.legal ? 'decimal' : (levels.get(k)?.format ?? 'decimal');
      const text = formatNumber(value, format);
      if (text === null) ok = false;
      return text ?? '';
    });
    labels.push(ok && label.trim() !== '' ? label : null);
  }
  return labels;
}
