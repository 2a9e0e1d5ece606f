import { describe, expect, it } from 'vitest';
import { cascadePlan } from '../src/cascade/cascade.js';
import { relateTargets } from '../src/cascade/cascade-targets.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument, Target, Task } from '../src/model/types.js';

const seed = loadCorpus().documents.find((d) => d.id === 'qingpu-2023') as PlanDocument;
const task = (id: string, title: string, body: string): Task => ({ ...(seed.tasks[0] as Task), id, title, body, sectionId: null });
const target = (id: string, taskId: string, metric: string, value: number, over: Partial<Target> = {}): Target => ({
  ...(seed.targets[0] as Target),
  id,
  taskId,
  metric,
  value,
  subject: null,
  unit: '架',
  unitFamily: 'racks',
  comparator: '>=',
  ...over,
});
const plan = (id: string, tasks: Task[], targets: Target[], region: string, parentRegion: string | null): PlanDocument => ({ ...seed, id, region, parentRegion, tasks, targets, sections: [] });

describe('relateTargets', () => {
  const city = target('c:g1', 'c:t1', '标准机架', 5000);
  it("should give a district's smaller amount as its share of the city's", () => {
    expect(relateTargets([city], [target('d:g1', 'd:t1', '标准机架', 800)])).toEqual([{ upper: 'c:g1', lower: 'd:g1', metric: '标准机架', relation: 'share', share: 0.16 }]);
  });
  it('should say same, more ambitious, another unit, or missing', () => {
    expect(relateTargets([city], [target('d:g1', 'd:t1', '标准机架', 5000)])[0]).toMatchObject({ relation: 'same', share: 1 });
    expect(relateTargets([city], [target('d:g1', 'd:t1', '标准机架', 6000)])[0]).toMatchObject({ relation: 'more-ambitious', share: 1.2 });
    expect(relateTargets([city], [target('d:g1', 'd:t1', '标准机架', 6000, { comparator: '<=' })])[0]?.relation).toBe('less-ambitious');
    expect(relateTargets([city], [target('d:g1', 'd:t1', '标准机架', 2, { unit: '万架' })])[0]).toMatchObject({ relation: 'other-unit', share: null });
    expect(relateTargets([city], [target('d:g1', 'd:t1', '政务服务好评率', 99, { unit: '%', unitFamily: 'percent' })])[0]).toMatchObject({ lower: null, relation: 'missing' });
    expect(relateTargets([city], [])[0]?.relation).toBe('missing');
  });
  it('should compare a unit written in another letter case or width as the same unit', () => {
    const compute = (id: string, value: number, unit: string): Target => target(id, `${id}:t`, '智能算力规模', value, { unit, unitFamily: 'compute' });
    expect(relateTargets([compute('c', 5000, 'PFLOPS')], [compute('d', 800, 'PFlops')])[0]).toMatchObject({ relation: 'share', share: 0.16 });
    const rate = (id: string, value: number, unit: string): Target => target(id, `${id}:t`, '政务服务好评率', value, { unit, unitFamily: 'percent' });
    expect(relateTargets([rate('c', 95, '%')], [rate('d', 95, '％')])[0]?.relation).toBe('same');
  });
  it('should compare rates as rates: a lower rate asks for less, not a share', () => {
    const rate = (id: string, value: number): Target => target(id, `${id}:t`, '政务服务好评率', value, { unit: '%', unitFamily: 'percent' });
    expect(relateTargets([rate('c', 95)], [rate('d', 90)])[0]?.relation).toBe('less-ambitious');
    expect(relateTargets([rate('c', 95)], [rate('d', 98)])[0]?.relation).toBe('more-ambitious');
  });
  it('should use each lower target once', () => {
    const two = relateTargets([city, target('c:g2', 'c:t1', '标准机架', 6000)], [target('d:g1', 'd:t1', '标准机架', 800)]);
    expect(two.map((t) => t.relation)).toEqual(['share', 'missing']);
  });
});

describe('cascade targets', () => {
  it("should relate each upper task's targets to those of the lower tasks linked to it", () => {
    const city = plan('c', [task('c:t1', '夯实算力基础设施', '建设智算中心，全市新增标准机架5000架。'), task('c:t2', '开展数据人才培训', '组织全员培训。')], [target('c:g1', 'c:t1', '标准机架', 5000)], '甲市', null);
    const district = plan('d', [task('d:t1', '推进算力基础设施建设', '建设智算中心，全区新增标准机架800架。'), task('d:t2', '培养数据人才', '开展全员培训。')], [target('d:g1', 'd:t1', '标准机架', 800)], '乙区', '甲市');
    const silent = plan('e', [task('e:t1', '推进算力基础设施建设', '建设智算中心。')], [], '丙区', '甲市');
    const cascade = cascadePlan(city, [district, silent]);
    const [row] = cascade.rows;
    expect(row?.cells[0]).toMatchObject({ taskIds: ['d:t1'], targets: [{ upper: 'c:g1', lower: 'd:g1', relation: 'share', share: 0.16 }] });
    expect(row?.cells[1]?.targets).toEqual([{ upper: 'c:g1', lower: null, metric: '标准机架', relation: 'missing', share: null }]);
    // A task without targets has none to relate.
    expect(cascade.rows[1]?.cells.every((c) => c.targets.length === 0)).toBe(true);
  });
});
