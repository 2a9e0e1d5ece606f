// The development set in the other forms its documents arrive in (test/quality/format-variants.ts) and in the other
// spellings of labels, brackets and punctuation offices write (test/quality/spelling-variants.ts): each says the same, so
// each must give every fact the plain files give. A rule that leans on a blank line, an indent, a page's markup or one
// office's spelling fails here.
import { describe, expect, it } from 'vitest';
import { overall, scoreRealdocs } from './quality/evaluate-realdocs.js';
import { FLATTENED_VARIANTS, FORMAT_VARIANTS, scoreVariant, typesetLines } from './quality/format-variants.js';
import { SPELLING_VARIANTS } from './quality/spelling-variants.js';

// Note: files that are copies without their line breaks (a line holds a chapter of numbered items, or a table's rows run
// together), and a newspaper masthead: no typeset page gives such lines, so wrapping them says nothing of PDF text.
const NOT_TYPESET = new Set(['05_', '28_', '37_', '40_']);
const TYPESET_FORMS = new Set(['typeset', 'typeset-spaced', 'official-pages']);

describe('the development set in other forms', () => {
  const plain = scoreRealdocs();
  const found = (scores: typeof plain): number => overall(scores).correct;

  it.each([...FORMAT_VARIANTS, ...SPELLING_VARIANTS].map((v) => [v.name, v] as const))('%s: should give every fact the plain files give', async (_, variant) => {
    const skipped = (file: string): boolean => TYPESET_FORMS.has(variant.name) && NOT_TYPESET.has(file.slice(0, 3));
    const scores = (await scoreVariant(variant)).filter((s) => !skipped(s.file));
    const same = plain.filter((s) => !skipped(s.file));
    expect(scores.flatMap((s) => s.misses.map((m) => `${s.file}: ${m}`))).toEqual(same.flatMap((s) => s.misses.map((m) => `${s.file}: ${m}`)));
    expect(found(scores)).toBe(found(same));
  });
});

// The facts found when the line breaks are lost: the level reached (docs/quality.md), which a change may raise only.
const FLATTENED_FLOOR: Record<string, number> = { 'paragraph-lines': 420, 'one-line': 423, 'space-joined': 425 };

describe('the development set without its line breaks', () => {
  it.each(FLATTENED_VARIANTS.map((v) => [v.name, v] as const))('%s: should keep at least the facts it reaches', async (name, variant) => {
    expect(overall(await scoreVariant(variant)).correct).toBeGreaterThanOrEqual(FLATTENED_FLOOR[name] ?? Number.POSITIVE_INFINITY);
  });
});

describe('typesetLines', () => {
  it('should cut a long line by the typesetting rules: no closing mark opens a line, no opening mark ends one, digits stay whole and take half a column', () => {
    const line = '到2025年，全市数据中心标准机架总数达到65000架，算力规模超过12EFLOPS（智能算力占比达到35%以上），建成“城市大脑”。';
    const lines = typesetLines(line, 20);
    expect(lines.join('')).toBe(line);
    for (const l of lines.slice(1)) expect(l[0]).not.toMatch(/[、，。；：？！）》”%]/);
    for (const l of lines.slice(0, -1)) expect(l.at(-1)).not.toMatch(/[（《“]/);
    expect(lines.some((l) => l.includes('65000'))).toBe(true);
    expect(lines.some((l) => l.includes('12EFLOPS'))).toBe(true);
    // Note: measured in columns, as type is set: a Han character one, a digit or Latin letter half of one.
    const columns = (l: string): number => [...l].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1), 0);
    expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(23);
    expect(lines.some((l) => l.length > 20)).toBe(true);
  });

  it('should leave table rows, labelled header lines and short lines whole', () => {
    expect(typesetLines('| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 备注说明文字很长很长很长 |', 10)).toHaveLength(1);
    expect(typesetLines('文号: 沪规划资源数〔2026〕141号，发布单位：上海市规划和自然资源局', 10)).toHaveLength(1);
    expect(typesetLines('一、总体要求', 10)).toEqual(['一、总体要求']);
  });
});
