import { describe, expect, it } from 'vitest';
import { alignPlans } from '../src/align/align-plans.js';
import { planKinds, sameKind, taskKinds } from '../src/align/task-kinds.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument, Task } from '../src/model/types.js';

const seed = loadCorpus().documents.find((d) => d.id === 'qingpu-2023') as PlanDocument;
const task = (id: string, title: string, body: string): Task => ({ ...(seed.tasks[0] as Task), id, title, body, sectionId: null });
const plan = (id: string, tasks: Array<[string, string]>): PlanDocument => ({
  ...seed,
  id,
  region: null,
  parentRegion: null,
  sections: [],
  targets: [],
  tasks: tasks.map(([title, body], i) => task(`${id}:t${i + 1}`, title, body)),
});

// Two related work plans of one field (most tasks shared in wording), each closing with supporting measures that
// are worded differently on each side.
const work: Array<[string, string]> = [
  ['推进公共数据归集共享', '完善公共数据目录，推进公共数据按需归集，提升数据共享服务能力。'],
  ['深化一网通办改革', '优化政务服务流程，推进高频事项一网通办，提升企业群众办事体验。'],
  ['建设城市运行数字体征系统', '汇聚城市运行数据，建设数字体征指标体系，提升城市运行监测能力。'],
];
const upper = plan('up', [
  ...work,
  ['加强组织领导', '成立工作专班，定期研究重大问题。'],
  ['强化舆论引导', '通过报刊、网站等渠道，多形式开展政策解读，总结推广典型经验。'],
]);
const lower = plan('low', [
  ...work.map(([t, b]): [string, string] => [t, `${b}结合本区实际抓好落实。`]),
  ['健全工作机制', '区级层面定期会商推进中的重大问题，明确时间表和路线图。'],
  ['营造浓厚氛围', '利用新媒体广泛开展政策解读，及时总结典型经验。'],
]);

describe('kinds of supporting measure', () => {
  it('should name the kinds a title names, and none for the work itself', () => {
    expect(taskKinds('加强组织领导')).not.toBe(0);
    expect(taskKinds('加强组织领导')).toBe(taskKinds('健全工作机制'));
    expect(taskKinds('强化舆论引导')).toBe(taskKinds('营造浓厚宣传氛围'));
    expect(taskKinds('加大财政资金支持')).toBe(taskKinds('强化政策支持'));
    expect(taskKinds('强化人才队伍建设')).toBe(taskKinds('开展全员培训'));
    expect(taskKinds('建立考核评估机制')).toBe(taskKinds('加强督查督导'));
    expect(taskKinds('推进公共数据归集共享')).toBe(0);
    expect(taskKinds('深化一网通办改革')).toBe(0);
  });

  it("should leave out a kind a plan names in more than two tasks: there it is the plan's subject", () => {
    const education = plan('edu', [
      ['完善高层次应用型人才培养体系', ''],
      ['开展高质量职业培训', ''],
      ['打造双师型教师队伍', ''],
      ['加强组织领导', ''],
    ]);
    const kinds = planKinds(education);
    expect(kinds.slice(0, 3)).toEqual([0, 0, 0]);
    expect(kinds[3]).toBe(taskKinds('加强组织领导'));
    // Two tasks of a kind still count (a plan's 人才培养 task and its 队伍 safeguard).
    expect(planKinds(plan('two', [['强化人才支撑', ''], ['开展数据队伍全员培训', '']]))).toEqual([taskKinds('强化人才支撑'), taskKinds('强化人才支撑')]);
    expect([...sameKind([taskKinds('加强组织领导'), 0], [0, taskKinds('健全工作机制')])]).toEqual([1]);
  });

  it('should link supporting measures of the same kind between related plans, and say so', () => {
    const al = alignPlans(upper, lower);
    expect(al.relatedness).toBeGreaterThanOrEqual(0.06);
    const lead = al.links.find((l) => l.a === 'up:t4');
    expect(lead?.b).toBe('low:t4');
    // Neither the wording nor a clause reaches the threshold: the kind made the link.
    expect(lead?.signals).toEqual(['kind']);
    expect(al.links.find((l) => l.a === 'up:t5')?.b).toBe('low:t5');
    // The work itself is linked by its wording, not by kind.
    expect(al.links.find((l) => l.a === 'up:t1')?.signals).not.toContain('kind');
  });

  it('should not link them between unrelated plans, which share nothing but the supporting measures', () => {
    const other = plan('water', [
      ['实施河湖生态修复', '开展河道清淤疏浚，恢复水生植被，改善河湖水质。'],
      ['推进农村供水保障', '新建改造农村供水工程，提升农村自来水普及率。'],
      ['健全工作机制', '区级层面定期会商，明确时间表和路线图。'],
    ]);
    const al = alignPlans(upper, other);
    expect(al.relatedness).toBeLessThan(0.04);
    expect(al.links.some((l) => l.signals.includes('kind'))).toBe(false);
  });
});
