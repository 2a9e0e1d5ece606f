// A figure held per unit with no noun of its own (新建社区食堂15个，每个街道至少建成1个; 建设智慧教室200间，每所中小学至少2间):
// it counts what the figure before it in the sentence counts, the unit being where it holds, as work plans spread a
// count over their streets, towns and schools. Crafted probes d24 (甘肃) and d25 (江西) of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a per-unit figure with its noun left out', () => {
  it('should count what the figure before it counts, held in each unit', () => {
    const text = outdent`
      某县2025年民生实事工作方案

      一、目标任务
      新建社区食堂15个，每个街道至少建成1个。建设智慧教室200间，每所中小学至少2间。每所学校至少配备1名专职心理健康教师。
    `;
    const targets = parseDocument(text, { file: 'per-unit-elided.txt' }).documents[0]?.targets ?? [];
    expect(targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} (${t.subject ?? '-'})`)).toEqual([
      '新建社区食堂 = 15个 (-)',
      '社区食堂 >= 1个 (每个街道)',
      '智慧教室 = 200间 (-)',
      '智慧教室 >= 2间 (每所中小学)',
      '专职心理健康教师 >= 1名 (每所学校)',
    ]);
  });
});
