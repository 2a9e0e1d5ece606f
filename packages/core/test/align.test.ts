import { describe, expect, it } from 'vitest';
import { alignPlans } from '../src/align/align-plans.js';
import { sharedPhrases } from '../src/align/evidence.js';
import { cascadePlan, lowerPlans } from '../src/cascade/cascade.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { diffPlans } from '../src/diff/diff-plans.js';
import { diffText } from '../src/diff/text-diff.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findTheme, themeMatrix, themesOf } from '../src/themes/tag-tasks.js';
import { linkBar, relatedness } from '../src/align/relatedness.js';
import { evaluateAlignment, evaluateRealAlignment, f1, offTopicLinks } from './quality/evaluate-alignment.js';

const corpus = loadCorpus();
const doc = (id: string): PlanDocument => {
  const d = corpus.documents.find((x) => x.id === id);
  if (!d) throw new Error(id);
  return d;
};
const titleOf = (d: PlanDocument, id: string) => d.tasks.find((t) => t.id === id)?.title;

describe('alignPlans on the seeds', () => {
  const city = doc('shanghai-2025');
  const district = doc('qingpu-2025');
  const alignment = alignPlans(city, district);
  const pairs = alignment.links.map((l) => [titleOf(city, l.a), titleOf(district, l.b)]);

  it('should pair the city tasks the district localised or reworded', () => {
    expect(pairs).toContainEqual(['深化“数字上海”谋篇布局', '深化“数字青浦”谋篇布局']);
    expect(pairs).toContainEqual(['深化“两张网”建设', '深化数字政务高效应用']);
  });

  it('should show the phrases two matched tasks share', () => {
    const link = alignment.links.find((l) => titleOf(city, l.a) === '深化“两张网”建设');
    expect(link?.evidence[0]).toBe('聚焦“高效办成一件事”,提高“一网通办”数字化运营水平');
  });

  it('should show evidence for tasks that did not change, title and body apart', () => {
    const draft = doc('qingpu-2023-draft');
    const final = doc('qingpu-2023');
    const links = alignPlans(draft, final).links;
    // Every draft task has its final counterpart, and each link shows what they share.
    expect(links).toHaveLength(24);
    expect(links.filter((l) => l.evidence.length === 0)).toEqual([]);
    const same = links.find((l) => titleOf(draft, l.a) === '深化自然人综合库');
    expect(same?.evidence).toEqual(['结合“一标三实”“幸福云”等数据采集工作机制,整合多源数据校验人口迁入、迁出,赋…', '深化自然人综合库']);
  });

  it('should leave the district task with no city counterpart unmatched', () => {
    expect(alignment.onlyB.map((id) => titleOf(district, id))).toContain('夯实数据人才队伍建设');
  });

  it('should let two city tasks feed one district task', () => {
    const merged = alignment.links.filter((l) => titleOf(district, l.b) === '强化数据资源供给和开放流通').map((l) => titleOf(city, l.a));
    expect(merged).toEqual(['强化数据资源供给', '促进公共数据开放']);
  });

  it('should link tasks that say the same in other words, with the matching clause of each side', () => {
    const link = alignment.links.find((l) => titleOf(city, l.a) === '加强安全能力和制度建设');
    expect(titleOf(district, link?.b ?? '')).toBe('筑牢云网数智融合安全防线');
    expect(link?.signals).toContain('clauses');
    expect(link?.clauses[0]?.a).toContain('完善数据安全治理制度');
    expect(link?.clauses[0]?.b).toContain('优化完善网络和数据安全制度');
  });

  it('should say which signals made each link, and show the clauses of a task folded into another', () => {
    const earlier = doc('qingpu-2023');
    const links = alignPlans(earlier, district).links;
    const folded = links.filter((l) => titleOf(district, l.b) === '强化数据资源供给和开放流通');
    // Note: 2025 folds seven 2023 tasks into this one; the one whose text and a clause both match is found, and
    // the one whose title (自然人综合库) the merged task names among 自然人、法人、空间地理综合库 (docs/quality.md,
    // where it falls short: 法人 and 空间地理 score just under).
    expect(folded.map((l) => titleOf(earlier, l.a))).toEqual(['加强数据质量全生命周期管理', '深化自然人综合库']);
    expect(folded[0]?.signals).toEqual(['text', 'clauses']);
    expect(folded[0]?.clauses[0]?.b).toContain('加强数据质量管理');
    expect(folded[1]?.signals).toEqual(['title']);
    for (const l of links) expect(l.signals.length).toBeGreaterThan(0);
  });

  it('should reach the measured precision and recall on the annotated pairs', () => {
    const scores = evaluateAlignment(corpus.documents);
    const { precision, recall } = f1(scores);
    // Note: just under what words, corpus-wide weights and clause scores reach (docs/quality.md); never lower them.
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.88);
    const of = (situation: string) => f1(scores.filter((s) => s.situation.startsWith(situation)));
    expect(of('city to district').recall).toBeGreaterThanOrEqual(0.99);
    expect(of('city to district').precision).toBeGreaterThanOrEqual(0.99);
    expect(of('draft to final')).toMatchObject({ precision: 1, recall: 1 });
    expect(of('one year').precision).toBeGreaterThanOrEqual(0.9);
    expect(of('one year').recall).toBeGreaterThanOrEqual(0.6);
  });

  it('should keep the measured figures on each annotated real pair', () => {
    const scores = evaluateRealAlignment();
    const of = (situation: string) => f1(scores.filter((s) => s.situation === situation));
    // Note: what the aligner reaches now (docs/quality.md), far from the goal below; never lower them.
    // Note: kinds of supporting measure (task-kinds.ts) found three more links here and one more wrong one (劳动力培训
    // → 强化人才支撑, which the annotation leaves out): 93.3% / 45.2% before.
    expect(of('national to city').precision).toBeGreaterThanOrEqual(0.89);
    expect(of('national to city').recall).toBeGreaterThanOrEqual(0.54);
    expect(of('province to city').precision).toBe(1);
    expect(of('province to city').recall).toBeGreaterThanOrEqual(0.45);
    // Note: the national plan covers vocational education only, Shandong's every school stage: its tasks with no
    // counterpart take the nearest national task (docs/quality.md).
    expect(of('national to province').precision).toBeGreaterThanOrEqual(0.36);
    expect(of('national to province').recall).toBeGreaterThanOrEqual(0.44);
    expect(f1(scores).precision).toBeGreaterThanOrEqual(0.69);
    expect(f1(scores).recall).toBeGreaterThanOrEqual(0.49);
  });

  it('should ask more of links between plans on other subjects than of plans that take each other up', () => {
    // Note: the seeds against seven real plans on other subjects (docs/quality.md): 23 links before the raise, 4 now.
    const noise = offTopicLinks(corpus.documents);
    expect(noise.pairs).toBe(42);
    expect(noise.relatedness).toBeLessThan(0.05);
    expect(noise.links).toBeLessThanOrEqual(4);
    expect(alignPlans(doc('qingpu-2023'), doc('qingpu-2025')).relatedness).toBeGreaterThan(0.09);
  });

  it("should work out relatedness from the tasks' best matches, and raise the bar only below related", () => {
    // Two tasks against two: best matches 0.2 and 0.1 by rows, 0.2 and 0.1 by columns.
    expect(relatedness(Float64Array.from([0.2, 0, 0.05, 0.1]), 2)).toBeCloseTo(0.15, 10);
    expect(relatedness(new Float64Array(0), 0)).toBe(0);
    expect(linkBar(0.11, 0.2)).toBe(0.11);
    expect(linkBar(0.11, 0.06)).toBe(0.11);
    expect(linkBar(0.11, 0.05)).toBeCloseTo(0.13, 10);
    expect(linkBar(0.11, 0.01)).toBeCloseTo(0.15, 10);
  });

  // Known gaps of issue 15: expected failures until the aligner reaches the goals.
  it.fails('should link year to year at 90% recall and 90% precision (issue 15: 60% recall at 90% now)', () => {
    const { precision, recall } = f1(evaluateAlignment(corpus.documents).filter((s) => s.situation.startsWith('one year')));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.fails('should link the annotated real pairs at 80% recall and 85% precision (issue 15: 49.3% recall at 69.2% now, three pairs)', () => {
    const { precision, recall } = f1(evaluateRealAlignment());
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('diffPlans', () => {
  it('should classify the 2023 draft against its final version', () => {
    const diff = diffPlans(doc('qingpu-2023-draft'), doc('qingpu-2023'));
    expect(diff.pairs).toHaveLength(24);
    expect(diff.pairs.filter((p) => p.change === 'retitled').map((p) => [p.a.title, p.b.title])).toEqual([
      ['制定非公共数据统一采购与使用管理办法', '落实非公共数据统一采购与使用管理办法'],
      ['推动公共数据“应归尽归”', '推动公共数据完整及时归集'],
      ['构建政务区块链基础设施', '对接市级政务区块链基础设施'],
    ]);
    for (const p of diff.pairs.filter((x) => x.change === 'unchanged')) expect(p.bodyDiff).toBeNull();
    const modified = diff.pairs.filter((p) => p.change === 'modified');
    expect(modified.length + diff.summary.unchanged + 3).toBe(24);
    for (const p of modified) expect(p.bodyDiff?.some((s) => s.op !== 'equal')).toBe(true);
    expect(diff.onlyA).toEqual([]);
  });

  it('should not call a district task moved for numbering its own way', () => {
    const diff = diffPlans(doc('shanghai-2025'), doc('qingpu-2025'));
    expect(diff.pairs.some((p) => p.moved)).toBe(false);
    expect(diff.pairs.flatMap((p) => p.evidence).every((e) => e.length <= 41 && !e.includes('\u0000'))).toBe(true);
  });

  it('should report a retitled item with a readable title diff', () => {
    const pair = diffPlans(doc('qingpu-2023-draft'), doc('qingpu-2023')).pairs.find((p) => p.change === 'retitled');
    expect(pair?.titleDiff).toEqual([
      { op: 'delete', text: '制定' },
      { op: 'insert', text: '落实' },
      { op: 'equal', text: '非公共数据统一采购与使用管理办法' },
    ]);
  });

  it('should compare targets and say which way they moved', () => {
    const make = (text: string): PlanDocument => {
      const d = parseDocument(text, { file: 'x.txt' }).documents[0];
      if (!d) throw new Error('no plan');
      return d;
    };
    const a = make('某区2025年工作要点\n\n1.建设算力设施。全区算力总规模超500P。\n2.加强人才培养。开展培训。\n');
    const b = make('某区2025年工作要点\n\n1.建设算力设施。全区算力总规模超800P。\n2.深化数据开放。新增开放数据集100个。\n');
    const diff = diffPlans(a, b);
    const compute = diff.pairs.find((p) => p.a.title === '建设算力设施');
    expect(compute?.targets).toEqual([{ a: 'x:tg1', b: 'x:tg1', metric: '算力总规模', change: 'changed', fields: ['value'], direction: 'more-ambitious', share: 1.6 }]);
    expect(diff.onlyA.map((t) => t.title)).toEqual(['加强人才培养']);
    expect(diff.onlyB.map((t) => t.title)).toEqual(['深化数据开放']);
    expect(diff.summary).toMatchObject({ added: 1, removed: 1 });
  });
});

describe('text tools', () => {
  it('should find the longest shared phrases, none overlapping', () => {
    expect(sharedPhrases('加强数据安全管理,提升数据质量水平', '着力提升数据质量水平,加强数据安全')).toEqual(['提升数据质量水平', '加强数据安全']);
  });

  it('should diff Chinese text into whole phrases', () => {
    expect(diffText('支撑一网通办', '深化一网通办').filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '支撑' },
      { op: 'insert', text: '深化' },
    ]);
  });
});

describe('cascade and themes', () => {
  it('should find the districts of the city plan of the same year and how they take up its tasks', () => {
    const city = doc('shanghai-2025');
    const lowers = lowerPlans(city, corpus.documents);
    expect(lowers.map((d) => d.id)).toEqual(['qingpu-2025']);
    const cascade = cascadePlan(city, lowers);
    expect(cascade.rows).toHaveLength(24);
    expect(cascade.rows[0]?.cells[0]).toMatchObject({ docId: 'qingpu-2025', taskIds: ['qingpu-2025:t1'] });
    expect(cascade.orphans[0]?.tasks.map((t) => t.title)).toContain('夯实数据人才队伍建设');
    expect(lowerPlans(city, corpus.documents, { anyYear: true }).map((d) => d.id)).toEqual(['qingpu-2025', 'qingpu-2023', 'huangpu-2026-2030']);
  });

  it('should tag tasks with themes and build the region by theme matrix', () => {
    expect(themesOf({ title: '夯实算力基础设施', body: '全市数据中心标准机架总数超6.5万架' })).toContain('compute');
    const huangpu = themeMatrix([doc('huangpu-2026-2030')])[0];
    expect(huangpu?.cells['carbon-vpp']?.map((id) => titleOf(doc('huangpu-2026-2030'), id))).toContain('优化绿色智慧宜居环境');
    expect(findTheme('算力')?.id).toBe('compute');
    expect(findTheme('虚拟电厂')?.id).toBe('carbon-vpp');
    expect(findTheme('量子')).toBeUndefined();
    expect(findTheme('区块链')?.id).toBe('blockchain');
  });
});

describe('docs/themes.md', () => {
  it('should list the taxonomy the code uses (regenerate with pnpm --filter @plankb/core generate:theme-docs)', async () => {
    const { themeDocs } = await import('./quality/theme-docs.js');
    await expect(themeDocs()).toMatchFileSnapshot('../../../docs/themes.md');
  });
});
