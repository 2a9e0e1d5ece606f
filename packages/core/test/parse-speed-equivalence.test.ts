import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../src/parse/from-markdown.js';
import { nextNumber } from '../src/targets/number-match.js';
import { toHalfWidthDigits } from '../src/_utils/chinese-numerals.js';
import { linesFromText } from '../src/text/source-lines.js';
import { findGarbledYears } from '../src/parse/garbled-years.js';
import { mayHoldInnerLabel } from '../src/parse/run-on-lines.js';
import { scaleDecimal } from '../src/targets/decimal.js';
import { startsUnit, unitAt } from '../src/targets/units.js';

// Note: the fast paths taken for speed must answer exactly as the patterns they replace; these are those patterns.
const RUNS = Number(process.env.FC_RUNS ?? 2000);
// Note: single digits spaced apart (2 9 0 0, 6 .5, as PDF text spaces them) read as one number; a thousands group is
// three digits of either width, and no more (85，2025年 is two numbers).
const NUMBER =
  /((?:[0-9０-９](?: [0-9０-９](?![0-9０-９.]))+|[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*)(?:[.．][0-9０-９]+| [.．] ?(?:[0-9０-９](?: [0-9０-９](?![0-9０-９.]))+|[0-9０-９]+))?)|([零〇一二两三四五六七八九十百千]+)/g;
const MARKDOWN_SIGNALS = [/^#{1,6}\s+\S/m, /^\s*\*\*[^*\n]+\*\*/m, /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/m, /^\s*\d+\.\s+\*\*/m, /^\s*[-*+]\s+\S/m];

const HALF_WIDTH = (text: string): string => text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));

const textOf = (pieces: readonly string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
const numberText = textOf(['1', '0', '9', '12', '2025', '１', '５', ',', '，', '.', '．', '000', '12', '一', '十', '百', '千', '两', '〇', '万', '个', '%', '年', '数据', ' ', 'a']);
const markdownText = textOf(['-', '*', '+', '**', '---', '***', '___', '#', '# ', '1. ', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u3000', '\ufeff', '数', 'a', '**x**']);

describe('fast paths for parse speed', () => {
  it('should find the numbers the number pattern finds', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const expected = [...text.matchAll(NUMBER)].map((m) => [m.index, m.index + m[0].length, m[1] !== undefined]);
        const found: Array<[number, number, boolean]> = [];
        for (let m = nextNumber(text, 0); m; m = nextNumber(text, m.end)) found.push([m.index, m.end, m.arabic]);
        expect(found).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('should turn full-width digits half-width as the replace does', () => {
    fc.assert(
      fc.property(numberText, fc.string(), (text, any) => {
        expect(toHalfWidthDigits(text)).toBe(HALF_WIDTH(text));
        expect(toHalfWidthDigits(any)).toBe(HALF_WIDTH(any));
      }),
      { numRuns: RUNS },
    );
    expect(toHalfWidthDigits('到２０２５年．')).toBe('到2025年.');
  });

  it('should split lines at \\r\\n, \\n and \\r as the pattern does', () => {
    const lineText = textOf(['\r', '\n', '\r\n', '\n\r', 'a', '数', ' ', '\ufeff']);
    fc.assert(
      fc.property(lineText, (text) => {
        const expected: Array<[string, number]> = [];
        let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        for (const m of text.matchAll(/\r\n|\n|\r/g)) {
          expected.push([text.slice(start, m.index), start]);
          start = m.index + m[0].length;
        }
        expected.push([text.slice(start), start]);
        expect(linesFromText(text).map((l) => [l.text, l.start])).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('should find the damaged years the short-year pattern finds', () => {
    const SHORT_YEAR = /(?:到|至|截至|截止|于|在|从)\s*((?:[12]\s*[09](?:\s*[0-9]){1}|[12]\s*[09](?:\s*[0-9]){3}))\s*年(?!代)/g;
    const yearText = textOf(['到', '在', '截至', '于', '2', '0', '1', '9', '5', ' ', '\u3000', '年', '代', '数']);
    fc.assert(
      fc.property(yearText, (text) => {
        const expected = [...text.matchAll(SHORT_YEAR)].map((m) => [(m.index ?? 0) + m[0].indexOf(m[1] ?? ''), (m.index ?? 0) + m[0].length]);
        const lines = [{ index: 0, text, start: 0, map: null }];
        expect(findGarbledYears(lines).map((g) => [g.from, g.to])).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
    expect(findGarbledYears([{ index: 0, text: '到2 0 2年，在20255年', start: 0, map: null }]).map((g) => g.text)).toEqual(['2 0 2年', '20255年']);
  });

  it('should scale decimals as the cleaning reader does', () => {
    const scaled = (digits: string, power: number): number => {
      const clean = HALF_WIDTH(digits).replace(/[,，\s]/g, '').replace('．', '.');
      const [whole = '0', fraction = ''] = clean.split('.');
      const mantissa = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
      return Number(`${mantissa}e${power - fraction.length}`);
    };
    const digits = textOf(['0', '1', '5', '9', '00', '2025', '.', '．', ',', '，', ' ', '１', '５']).filter((t) => t !== '');
    fc.assert(
      fc.property(digits, fc.constantFrom(0, 2, 3, 4, 8, 12), (text, power) => {
        expect(Object.is(scaleDecimal(text, power), scaled(text, power))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(scaleDecimal('0065', 4)).toBe(650000);
  });

  it('should find units by their first character as the map does', () => {
    for (const text of ['个', '%', '万元', '平方公里', 'TEU', 'G', '年', '的', '', 'a个', '头只羊']) {
      for (let at = 0; at <= text.length; at++) {
        const found = unitAt(text, at);
        if (found) expect(text.startsWith(found.unit, at)).toBe(true);
      }
    }
    expect(unitAt('3个', 1)?.unit).toBe('个');
    expect(unitAt('头只羊')?.unit).toBe('头只');
    expect(startsUnit('的')).toBe(false);
    expect(startsUnit('')).toBe(false);
    expect(startsUnit('个')).toBe(true);
  });

  it('should look for run-on labels wherever the label pattern can match past a line\'s own label', () => {
    const INNER_LABEL = /第[一二三四五六七八九十]{1,3}[章节]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．﹒](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年))/g;
    const labelText = textOf(['第', '一', '十', '三', '章', '节', '、', '(', '（', ')', '）', '1', '２', '.', '．', '﹒', '2025年', '数', '。', ' ']);
    fc.assert(
      fc.property(labelText, fc.nat(6), (text, after) => {
        const late = [...text.matchAll(INNER_LABEL)].some((m) => m.index > after);
        if (late) expect(mayHoldInnerLabel(text, after)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(mayHoldInnerLabel('一、总体要求。二、主要任务', 2)).toBe(true);
    expect(mayHoldInnerLabel('一、总体要求，统筹推进', 2)).toBe(false);
  });

  it('should tell Markdown from text as the five patterns do, or two heading or bold lines, or one opening the text', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const [heading, bold] = [/^#{1,6}[ \t]+\S/gm, /^[ \t\u3000]*\*\*[^*\n\r]+\*\*[ \t\u3000]*$/gm];
        const twice = (re: RegExp): boolean => (text.match(re)?.length ?? 0) >= 2;
        const first = text.replace(/^\ufeff/, '').split(/[\n\r]/).find((l) => l.trim() !== '') ?? '';
        const opens = (re: RegExp): boolean => new RegExp(re.source, 'm').test(first);
        expect(looksLikeMarkdown(text)).toBe(MARKDOWN_SIGNALS.filter((re) => re.test(text)).length >= 2 || twice(heading) || twice(bold) || opens(heading) || opens(bold));
      }),
      { numRuns: RUNS },
    );
  });
});
