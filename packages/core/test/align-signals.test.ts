import { describe, expect, it } from 'vitest';
import { alignPlans } from '../src/align/align-plans.js';
import { linkedNeighbours, neighbours, sharedTargets } from '../src/align/signals.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument, Target, Task } from '../src/model/types.js';

const seed = loadCorpus().documents.find((d) => d.id === 'qingpu-2023') as PlanDocument;
const task = (id: string, title: string, body: string, sectionId: string | null = null): Task => ({ ...(seed.tasks[0] as Task), id, title, body, sectionId });
const target = (id: string, taskId: string, metric: string, value: number): Target => ({ ...(seed.targets[0] as Target), id, taskId, metric, value, subject: null });
const plan = (id: string, tasks: Task[], targets: Target[] = []): PlanDocument => ({ ...seed, id, region: null, parentRegion: null, tasks, targets, sections: [] });

describe('alignment signals', () => {
  it('should take chapter-mates as neighbours, or the tasks next in a plan without chapters', () => {
    const sectioned = plan('x', [task('x:t1', '甲', '', 's1'), task('x:t2', '乙', '', 's1'), task('x:t3', '丙', '', 's2')]);
    expect(neighbours(sectioned)).toEqual([[1], [0], []]);
    const flat = plan('y', [task('y:t1', '甲', ''), task('y:t2', '乙', ''), task('y:t3', '丙', '')]);
    expect(neighbours(flat)).toEqual([[1], [0, 2], [1]]);
    // Task 0 of x linked to task 1 of y: x's task 1 and y's tasks 0 and 2 become candidates for the same partner.
    expect([...linkedNeighbours(sectioned, flat, new Set([1]))].sort()).toEqual([0, 2, 4]);
  });

  it('should find tasks with a target on the same metric and report it as a signal', () => {
    const a = plan('a', [task('a:t1', '夯实算力基础设施', '建设智算中心，新增标准机架。'), task('a:t2', '开展数据人才培训', '组织全员培训。')], [target('a:g1', 'a:t1', '标准机架', 5000)]);
    const b = plan('b', [task('b:t1', '推进算力基础设施建设', '建设智算中心，新增标准机架。'), task('b:t2', '培养数据人才', '开展培训。')], [target('b:g1', 'b:t1', '标准机架', 800)]);
    expect([...sharedTargets(a, b)]).toEqual([0]);
    const link = alignPlans(a, b).links.find((l) => l.a === 'a:t1');
    expect(link?.b).toBe('b:t1');
    expect(link?.signals).toContain('targets');
  });
});

describe('compareTargets across plans', () => {
  it("should give the lower plan's figure as a share of the upper one's, and say when it asks for more", async () => {
    const { compareTargets } = await import('../src/diff/target-changes.js');
    const city = target('c:g1', 'c:t1', '标准机架', 5000);
    const district = target('d:g1', 'd:t1', '标准机架', 800);
    const [change] = compareTargets([city], [district]);
    expect(change).toMatchObject({ a: 'c:g1', b: 'd:g1', change: 'changed', fields: ['value'], share: 0.16 });
    expect(compareTargets([city], [{ ...district, value: 5000 }])[0]).toMatchObject({ change: 'unchanged', share: 1 });
    expect(compareTargets([city], [{ ...district, value: 6000 }])[0]?.direction).toBe(city.comparator === '<=' || city.comparator === '<' ? 'less-ambitious' : 'more-ambitious');
    expect(compareTargets([city], [])[0]).toMatchObject({ change: 'removed', share: null });
  });
});
