// A figure named only by a verb of works (完成改造200公里) measures the works the clause before it names with that verb
// (推进城镇燃气管道老化更新改造; 加快老旧小区改造), which plankb named by the verb alone (parser reach, r9-figures). Crafted
// probes f27 (潍坊 安全生产 TAB table) and f21 (六盘水 城市更新 prose) of /work/adv/r9-figures.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-works-named-before.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const named = (doc: PlanDocument): string[] => doc.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''}`);

describe('a verb of works alone after the works it names', () => {
  it('should name the figure by the works of the clause before', () => {
    const doc = plan(outdent`
      某市2025年城市更新工作要点
      一、重点工作
      （一）推进管网更新。推进城镇燃气管道老化更新改造，完成改造200公里。
      （二）改善居住条件。加快老旧小区改造，年内改造50个。
    `);
    expect(named(doc)).toEqual(['城镇燃气管道老化更新改造 200公里', '老旧小区改造 50个']);
  });

  it('should keep the verb when the clause before names no such works, or a figure before names the thing', () => {
    const doc = plan(outdent`
      某市2025年城市更新工作要点
      一、重点工作
      （一）强化安全监管，完成整治200处。
      （二）建设城市书房。新建城市书房5家，改造提升3家。
    `);
    expect(named(doc)).toEqual(['整治 200处', '新建城市书房 5家', '改造提升城市书房 3家']);
  });
});
