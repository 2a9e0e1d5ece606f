import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { plainMarkdownRanges } from '../src/parse/markdown-blocks.js';
import type { Range } from '../src/parse/markdown-inline.js';
import { remarkMarkdownRanges } from '../src/parse/markdown-remark.js';
import { hideRanges, linesFromText, type SourceLine } from '../src/text/source-lines.js';

// Note: the line-based Markdown reader must hide exactly what remark hides. Raise the runs locally when
// changing it (FC_RUNS=20000 pnpm exec vitest run test/markdown-lines.test.ts).
const RUNS = Number(process.env.FC_RUNS ?? 300);
const TIMEOUT = 30_000 + RUNS * 40;

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const fixturesDir = join(import.meta.dirname, 'fixtures');

const linesOf = (text: string, ranges: readonly Range[]): SourceLine[] => hideRanges(linesFromText(text), ranges);

/** The lines both readers give: the line reader's (or `null` when it leaves the text to remark) and remark's. */
function bothReaders(text: string): { plain: SourceLine[] | null; remark: SourceLine[] } {
  const plain = plainMarkdownRanges(text);
  return { plain: plain && linesOf(text, plain), remark: linesOf(text, remarkMarkdownRanges(text)) };
}

// Text around markup: CJK ideographs and punctuation, curly quotes, ASCII, spaces, and what sits next to `**` in plans.
const word = fc.constantFrom('数据', '建设', '推进', '平台', 'AI', 'a', 'b1', '2025年', '95%', '6.5万架', '①', '℃', '…', '—', '·', '&amp;', '|', ' | ', '||');
const punct = fc.constantFrom('。', '，', '、', '：', '；', '（', '）', '《', '》', '【', '】', '“', '”', '‘', '’', '!', '?', '.', ',', ':', '(', ')', '"', "'", '-', '/', '#');
const space = fc.constantFrom(' ', '  ', '\u3000', '\t');
const delimiter = fc.constantFrom('*', '**', '***', '****', '_', '__', '___', '*_', '_*');
const escape = fc.constantFrom('\\*', '\\_', '\\\\', '\\[', '\\]', '\\#', '\\', '\\a');
const link = fc.constantFrom('[', ']', '[链接](https://example.cn/a_b*c)', '[**要点**](u)', '[](u)', '[ ](u)', '](u)', '[a]', '[a][b]', '[[a](b)](c)', '[a [b](c) d](e)', '[a', '](', '()');
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: punct },
  { weight: 4, arbitrary: delimiter },
  { weight: 1, arbitrary: space },
  { weight: 1, arbitrary: escape },
  { weight: 1, arbitrary: link },
);
const inline = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(''));

const prefix = fc.constantFrom(
  '', '', '', '', '# ', '## ', '### ', '###### ', '####### ', '#', '#\t', '- ', '* ', '+ ', '-  ', '-    ', '1. ', '2. ', '1) ', '10. ', '01. ', '2025. ',
  '- 1. ', '- # ', '* - ', '1.', '-', '> ', ' ', '   ', '    ', '\t', '**', '1. **', '- **', '(一) ', '一、',
);
const suffix = fc.constantFrom('', '', '', '', '  ', ' ', '\\', ' #', ' ##  ', '**', '。**', '\t', ' \t ');
const special = fc.constantFrom('---', '***', '* * *', '___', '- - -', '===', '-', '+', '*', '#', '##  ', '|---|---|', '| a | b |', '```', '~~~', '<div>', '<!-- x -->', '[a]: /u', '![图](u)', '<https://a.cn>', '    code', '');
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(prefix, inline, suffix).map(([p, t, s]) => p + t + s) },
  { weight: 2, arbitrary: special },
  { weight: 3, arbitrary: fc.constant('') },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 14 }), fc.boolean())
  .map(([bom, lines, lastEol]) => {
    const text = lines.map(([l, e]) => l + e).join('');
    return (bom && lines.length > 3 ? '\ufeff' : '') + (lastEol ? text : text.replace(/(?:\r\n|\n|\r)$/, ''));
  });

// Only what the line reader takes: headings, paragraphs, items and rules in the first column, no code, HTML or images.
const plainPrefix = fc.constantFrom('', '', '', '# ', '## ', '### ', '- ', '* ', '+ ', '1. ', '2. ', '12. ', '1) ', '**', '- **', '1. **');
const plainPiece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: punct.filter((p) => !['#', '!', ':', '('].includes(p)) },
  { weight: 4, arbitrary: delimiter },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\u3000') },
  { weight: 1, arbitrary: fc.constantFrom('\\*', '\\_', '\\\\', '\\[', '\\]') },
  { weight: 1, arbitrary: fc.constantFrom('[链接](https://example.cn/a)', '[**要点**](u)', '[](u)', '[a]', ']', '[') },
);
const plainLine = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(plainPrefix, fc.array(plainPiece, { minLength: 1, maxLength: 10 }), fc.constantFrom('', '', '  ', '**')).map(([p, ps, s]) => `${p}数${ps.join('')}${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('***', '* * *', '___') },
  { weight: 3, arbitrary: fc.constant('') },
);
const plainMarkdown = fc.array(plainLine, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

describe('the line-based Markdown reader', () => {
  it('should hide exactly what remark hides, or leave the text to remark', () => {
    let read = 0;
    fc.assert(
      fc.property(markdown, (text) => {
        const { plain, remark } = bothReaders(text);
        if (plain === null) return;
        read++;
        expect(plain).toEqual(remark);
      }),
      { numRuns: RUNS },
    );
    // Note: the generator mixes in what the reader leaves to remark; most texts must still be read line by line.
    expect(read).toBeGreaterThan(RUNS / 10);
  }, TIMEOUT);

  it('should read plan-like Markdown itself, hiding what remark hides', () => {
    fc.assert(
      fc.property(plainMarkdown, (text) => {
        const { plain, remark } = bothReaders(text);
        expect(plain).not.toBeNull();
        expect(plain).toEqual(remark);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it.each([
    ...readdirSync(seedsDir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(seedsDir, f)),
    ...readdirSync(fixturesDir).flatMap((d) => readdirSync(join(fixturesDir, d)).filter((f) => f.startsWith('input')).map((f) => join(fixturesDir, d, f))),
  ])('should read %s as remark does', (file) => {
    const { plain, remark } = bothReaders(readFileSync(file, 'utf8'));
    if (file.endsWith('.md')) expect(plain).not.toBeNull();
    if (plain) expect(plain).toEqual(remark);
  });

  it.each(['', '\ufeff'])('should agree with remark reading a long document in 64 KB pieces (%j before it)', (bom) => {
    const one = readFileSync(join(seedsDir, 'shanghai-2025-work-points.md'), 'utf8');
    const text = bom + Array.from({ length: 16 }, () => one).join('\n\n');
    const { plain, remark } = bothReaders(text);
    expect(plain).not.toBeNull();
    expect(plain).toEqual(remark);
  });

  it('should hide the same markup after a byte-order mark', () => {
    const text = '# 某区2026年数据工作要点\n\n1. **推进共享**。建设平台。\n';
    const marked = bothReaders(`\ufeff${text}`);
    expect(marked.plain?.map((l) => l.text)).toEqual(bothReaders(text).plain?.map((l) => l.text));
    expect(marked.remark).toEqual(marked.plain);
  });

  it('should hide headings, bold, bullets, rules, links and hard breaks', () => {
    const text = outdent`
      # 某市2026年数据工作要点

      ## 一、夯实数字底座  

      1. **建设算力平台**。推动*算力*调度，[详见](https://example.cn)。

      - **“数字上海”**建设\\*不\\*变  
      续行

      ---
    `;
    const { plain, remark } = bothReaders(text);
    expect(plain?.map((l) => l.text)).toEqual(['某市2026年数据工作要点', '', '一、夯实数字底座', '', '1. 建设算力平台。推动算力调度，详见。', '', '“数字上海”建设\\*不\\*变', '续行', '', '']);
    expect(plain).toEqual(remark);
  });

  it.each([
    ['fenced code', '# 标题\n\n```\n**a**\n```'],
    ['HTML', '<div>**a**</div>'],
    ['a setext heading', '标题\n---'],
    ['an indented line', '1. 甲\n   乙'],
    ['a block quote', '> 引文'],
    ['a link reference definition', '[a]\n\n[a]: https://example.cn'],
    ['an image', '![图](a.png)'],
    ['a closing # sequence', '# 标题 #'],
    ['an empty list item', '-\n甲'],
    ['a character of unknown width next to **', '**한국**어'],
  ])('should leave %s to remark', (_, text) => {
    expect(plainMarkdownRanges(text)).toBeNull();
  });
});
