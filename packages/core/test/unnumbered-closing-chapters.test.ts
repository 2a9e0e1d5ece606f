// A plan whose chapters are named actions (行动一：…, 专项行动二：…) closes with a chapter that has no number of its own
// (保障措施, 组织实施) over its items: read as text, its items ran under the last task, which became their section.
// Crafted probes of hB's twelfth round: 东莞松山湖 五大行动计划 and 柳州柳北区 招商引资攻坚行动方案.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const plan = (closing: string): string => `某市2025年科技创新行动计划

为加快建设科技创新策源地，制定本行动计划。

行动一：原始创新策源行动
1.建设重大科技基础设施。推进散裂中子源二期建设。（责任单位：市科技局）
2.建设新型研发机构。新增省级新型研发机构3家。（责任单位：市科技局）

行动二：创新人才集聚行动
3.引进高层次人才。引进领军人才团队10个。（责任单位：市人才办）

${closing}
（一）加强组织领导。成立行动计划推进领导小组。
（二）强化资金保障。安排专项资金5亿元。
`;

describe('an unnumbered closing chapter after named actions', () => {
  for (const closing of ['保障措施', '组织实施', '工作要求：']) {
    it(`should head its items (${closing})`, () => {
      const text = plan(closing);
      const doc = parseDocument(text).documents[0]!;
      expect(doc.tasks.map((t) => `${t.label} ${t.sectionPath.join('>')}`)).toEqual([
        '1. 原始创新策源行动',
        '2. 原始创新策源行动',
        '3. 创新人才集聚行动',
        `（一） ${closing.replace('：', '')}`,
        `（二） ${closing.replace('：', '')}`,
      ]);
      expectExactQuotes(text, doc);
    });
  }

  it('should leave such a word inside a task’s text where it is', () => {
    const text = plan('保障措施').replace('保障措施\n', '推进落实\n');
    const doc = parseDocument(text).documents[0]!;
    expect(doc.sections.map((s) => s.title)).not.toContain('推进落实');
  });
});

// Flattened (one line, a space or a tab for each break), the named actions follow the last sentence or duty bracket
// before them (…制定本行动计划。行动一：原始创新…), and the closing chapter's name stands between the last item's duty and
// its first item (…（责任单位：市人才办）保障措施（一）加强…): each starts a line, as laid out.
describe('named actions and an unnumbered closing chapter, flattened', () => {
  const laidOut = (text: string): string[] => parseDocument(text).documents[0]!.tasks.map((t) => `${t.label} ${t.title} ${t.sectionPath.join('>')}`);
  for (const join of ['', ' ', '\t']) {
    it(`should read them as laid out, joined by ${JSON.stringify(join)}`, () => {
      const text = plan('保障措施');
      const flat = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(join);
      expect(laidOut(flat)).toEqual(laidOut(text));
      expectExactQuotes(flat, parseDocument(flat).documents[0]!);
    });
  }
});
