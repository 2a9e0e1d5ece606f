// Measure words of government services: cases handled are counted in 件次 (办件量120万件次), read whole as 人次 is.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('件次', () => {
  it('should read a count of cases in 件次 with its whole unit, and 件 alone as before', () => {
    const text = outdent`
      某区政务服务数据管理局2025年工作要点
      一、重点任务
      （一）深化“一网通办”。全年办理“一件事”10万件次，政务服务办件量突破120万件次，新增高频事项50件。
    `;
    const doc = parseDocument(text, { file: 'count-units.txt' }).documents[0];
    expect((doc?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit} ${t.unitFamily}`)).toEqual([
      '办理“一件事” = 100000 件次 count',
      '政务服务办件量 > 1200000 件次 count',
      '高频事项 = 50 件 count',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});
