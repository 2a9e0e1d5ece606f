// A year to reach after a figure that opens a goal of its own (parser reach, hC session 10): 每年新建城市书房3-5个，到2028年实现
// 乡镇综合文化站全覆盖 times the coverage, not the yearly count; a short completion after it (…，到2025年全部建成) or a time to
// finish by (…，2024年10月31日前完成年度建设任务) still dates the figure before it.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('a year to reach after a figure', () => {
  it('should date the figure only when what follows the year completes it', () => {
    const text = outdent`
      某市公共文化服务体系建设实施方案（2024—2030年）
      一、重点任务
      1.完善设施网络。每年新建城市书房3-5个，到2028年实现乡镇综合文化站全覆盖。
      2.建设文化公园。新建文化公园12个，到2027年全部建成。
      3.建设农田。新建高标准农田18.5万亩，2026年10月31日前完成年度建设任务。
    `;
    const doc = parseDocument(text, { file: 'figure-later-goal.txt' }).documents[0];
    if (!doc) throw new Error('no plan');
    expectExactQuotes(text, doc);
    expect(doc.targets.map((t) => [t.value, t.deadline?.year, t.deadline?.date])).toEqual([
      [3, 2030, null],
      [12, 2027, null],
      [185_000, 2026, '2026-10-31'],
    ]);
  });
});
