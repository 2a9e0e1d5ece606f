// A 主要指标 table set one cell a line (序号 / 指标名称 / 单位 / 2025年 / 2030年 / 年均增长（%） / 属性), as Word's save as
// text and copied web tables give it: its 年均/累计 column (8.6, 〔0.8〕) was ignored, a target cell holding only the
// five-year change (〔3.5〕) or a row with no figure (完成省下达任务) ended the table, and 〔40〕 before 约束性 was taken for
// an item's label and joined to it (parser reach, r9-figures; the TAB and pipe forms were read since hC's session 12).
// Crafted probes f17, f26 of /work/adv/r9-figures.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

// Note: a growth's % is written in its column's header (年均增长（%）), not in the row its quote holds, as in the TAB and
// pipe tables (ranks-and-growth-columns.test.ts): the quotes are checked against the source, the units not.
function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'indicator-cells-change-column.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  for (const t of [...doc.targets, ...doc.indicators]) expect(sliceAt(text, t.position)).toBe(t.quote);
  return doc;
}

const table = (head: string[], rows: string[][]): string => [...head, ...rows.flat()].join('\n');
const text = (body: string): string => `某市“十五五”农业农村现代化规划\n\n一、发展目标\n到2030年，农业农村现代化取得重要进展。\n\n表1 主要指标\n${body}\n\n二、重点任务\n（一）保障粮食安全。新建高标准农田40万亩。\n`;
const named = (doc: PlanDocument): string[] => doc.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''}`);

describe('a table set one cell a line with a 年均 column', () => {
  it('should read the growth, the five-year changes, and the rows after one with no figure', () => {
    const doc = plan(
      text(
        table(
          ['序号', '指标名称', '单位', '2025年', '2030年', '年均增长（%）', '属性'],
          [
            ['1', '农林牧渔业总产值', '亿元', '420', '520', '4.4', '预期性'],
            ['2', '单位GDP能耗降低', '%', '—', '—', '完成省下达任务', '约束性'],
            ['3', '高标准农田面积', '万亩', '180', '220', '〔40〕', '约束性'],
            ['4', '城镇新增就业', '万人', '—', '〔3.5〕', '—', '预期性'],
          ],
        ),
      ),
    );
    expect(named(doc)).toEqual([
      '农林牧渔业总产值 52000000000元',
      '农林牧渔业总产值年均增长 4.4%',
      '高标准农田面积 2200000亩',
      '高标准农田面积（累计） 400000亩',
      '城镇新增就业（累计） 35000人',
      '新建高标准农田 400000亩',
    ]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['保障粮食安全']);
  });

  it('should read no growth from a table without the column', () => {
    const doc = plan(
      text(
        table(
          ['序号', '指标名称', '单位', '2025年', '2030年', '属性'],
          [
            ['1', '农林牧渔业总产值', '亿元', '420', '520', '预期性'],
            ['2', '农村居民人均可支配收入', '元', '21500', '28800', '预期性'],
          ],
        ),
      ),
    );
    expect(named(doc)).toEqual(['农林牧渔业总产值 52000000000元', '农村居民人均可支配收入 28800元', '新建高标准农田 400000亩']);
  });
});
