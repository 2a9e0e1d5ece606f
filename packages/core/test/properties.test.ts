import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Position } from '../src/model/types.js';
import { parseDocument, type ParseOptions, type ParseResult } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

// Note: kept small so that the suite stays fast; raise numRuns locally when hunting a bug
// (FC_RUNS=5000 pnpm --filter @plankb/core exec vitest run test/properties.test.ts).
const RUNS = Number(process.env.FC_RUNS ?? 150);
const TIMEOUT = 30_000 + RUNS * 20;

/** Any code point, lone surrogates included (text decoded from damaged bytes has them). */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
);

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '二十三'];
const label = fc.oneof(
  fc.constantFrom(...CN).map((n) => `${n}、`),
  fc.constantFrom(...CN).map((n) => `（${n}）`),
  fc.constantFrom(...CN).map((n) => `(${n})`),
  fc.integer({ min: 0, max: 120 }).map((n) => `${n}.`),
  fc.integer({ min: 1, max: 30 }).map((n) => `${n}、`),
  fc.integer({ min: 1, max: 30 }).map((n) => `（${n}）`),
  fc.constantFrom('①', '②', '③', '⑩', '⑳'),
  fc.constantFrom('1.1', '2.3.1', '第一章', '第二节', '第三条', '一是', '二是'),
);
const word = fc.constantFrom(
  '推进', '数据', '要素', '市场化', '配置', '改革', '建设', '城市大脑', '算力', '基础设施', '公共数据', '开放', '共享', '平台', '数字政府',
  '提升', '能力', '完善', '机制', '牵头单位', '配合单位', '完成时间', '区数据局', '全年', '9月底', '不少于3个', '达到95%', '“一网通办”',
  '十四五', '十五五', '2025年', '二〇二五年三月三十一日', '青数〔2025〕10号', '上海市', '青浦区', '各委办局：', '附件', '附件1',
);
const debris = fc.constantFrom('返回上一级', '字号：大 中 小', '打印本页', '扫一扫在手机打开当前页', '发表评论', '暂时无内容', '主动公开', '【关闭】');
const title = fc.tuple(fc.constantFrom('2025年', '2026年', '“十五五”', ''), fc.constantFrom('某某区', '青浦区', '市数据局', ''), fc.constantFrom(
  '数据工作要点', '数字化转型规划', '三年行动方案', '实施方案', '任务分工表', '关于印发《2025年工作要点》的通知', '公众参与情况报告', '（征求意见稿）',
)).map((parts) => parts.join(''));
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).chain((ws) => fc.constantFrom('。', '；', '，', '', '：', '.').map((end) => ws.join('') + end));
const markup = fc.constantFrom('# ', '## ', '### ', '**', '- ', '* ', '> ', '| ', ' |', '---', '```', '  ', '\t', '\u3000');
const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(label, sentence, fc.array(sentence, { maxLength: 3 })).map(([l, s, rest]) => `${l}${s}${rest.join('')}`) },
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: title },
  { weight: 1, arbitrary: debris },
  { weight: 1, arbitrary: fc.tuple(markup, fc.oneof(sentence, title, label), fc.option(markup, { nil: '' })).map(([a, b, c]) => `${a}${b}${c}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
/** Text shaped like a plan: numbered lines, titles, debris, blank lines, mixed line ends, perhaps a BOM. */
const planLike = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 60 }))
  .map(([bom, lines]) => (bom ? '\ufeff' : '') + lines.map(([l, e]) => l + e).join(''));

const options = fc.constantFrom<ParseOptions>({}, { file: 'plan.txt' }, { file: 'plan.md' }, { format: 'markdown' }, { format: 'text' });

function expectInside(text: string, position: Position | null, what: string): void {
  if (position === null) return;
  const { start, end } = position;
  expect(start.offset, what).toBeGreaterThanOrEqual(0);
  expect(start.offset, what).toBeLessThanOrEqual(end.offset);
  expect(end.offset, what).toBeLessThanOrEqual(text.length);
  expect(start.line, what).toBeGreaterThanOrEqual(1);
  expect(start.column, what).toBeGreaterThanOrEqual(1);
}

/** Every position of a parse result lies in the text; every item's quote is the text at its position. */
function expectPositionsHold(text: string, result: ParseResult): void {
  for (const part of result.parts) expectInside(text, part.position, 'part');
  for (const issue of result.issues) expectInside(text, issue.position, `issue ${issue.code}`);
  for (const doc of result.documents as PlanDocument[]) {
    expectInside(text, doc.source.position, 'document');
    for (const s of doc.sections) expectInside(text, s.titlePosition, `section ${s.id}`);
    for (const t of doc.tasks) for (const p of [t.position, t.titlePosition, t.bodyPosition]) expectInside(text, p, `task ${t.id}`);
    for (const g of doc.goals) for (const p of [g.position, g.titlePosition]) expectInside(text, p, `goal ${g.id}`);
    for (const a of doc.assignments) for (const p of [a.contentPosition, a.duePosition, a.leadPosition]) expectInside(text, p ?? null, `assignment ${a.id}`);
    for (const r of doc.related) expectInside(text, r.position, 'related');
    expectExactQuotes(text, doc);
  }
}

describe('parseDocument on generated text', () => {
  it('should never throw on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        parseDocument(text, opts);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('should never throw on plan-like text', () => {
    fc.assert(
      fc.property(planLike, options, (text, opts) => {
        parseDocument(text, opts);
      }),
      { numRuns: RUNS * 2 },
    );
  }, TIMEOUT);

  it('should be deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(fc.oneof(planLike, anyText), options, (text, opts) => {
        expect(JSON.stringify(parseDocument(text, opts))).toBe(JSON.stringify(parseDocument(text, opts)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('should put every section, task, goal and assignment inside the text, at exactly its quote', () => {
    fc.assert(
      fc.property(planLike, fc.constantFrom<ParseOptions>({ file: 'plan.txt' }, { file: 'plan.md' }), (text, opts) => {
        expectPositionsHold(text, parseDocument(text, opts));
      }),
      { numRuns: RUNS * 2 },
    );
  }, TIMEOUT);

  it('should keep positions inside arbitrary text too', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectPositionsHold(text, parseDocument(text, { file: 'plan.txt' }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
