import { describe, expect, it } from 'vitest';
import type { Task } from '../model/types.js';
import { matchRowsToTasks, MIN_CONTENT_SHARE, type RowText } from './match-rows.js';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function task(ordinal: number, title: string, body: string): Task {
  const id = `p:t${ordinal}`;
  return { type: 'task', id, docId: 'p', ordinal, label: null, number: null, title, body, sectionId: null, sectionPath: [], position, titlePosition: position, bodyPosition: null };
}

// A plan's tasks as its body states them.
const tasks = [
  task(1, '加快建设城市数据底座', '统筹建设全区公共数据平台，汇聚人口、法人、空间地理等基础数据，完善数据目录和共享交换机制。'),
  task(2, '推进公共数据开放', '制定公共数据开放清单，年内新增开放数据集100个，建设开放数据沙箱。'),
  task(3, '打造数字孪生城区', '依托城市信息模型平台，建设数字孪生城区，服务城市规划与应急管理。'),
  task(4, '提升政务服务效能', '推动高频事项“一网通办”，优化线上办事体验，推广电子证照应用。'),
  task(5, '加强数据安全保障', '落实数据分类分级保护制度，开展数据安全风险评估和应急演练。'),
  task(6, '培育数字经济新业态', '支持平台企业发展，引育数据服务商，打造数字经济产业园区。'),
];

const matched = (rows: RowText[]): Array<string | null> => matchRowsToTasks(rows, tasks).map((m) => m.task?.id ?? null);

describe('matchRowsToTasks', () => {
  it('should match a title as written, its number aside', () => {
    const result = matchRowsToTasks([{ title: '2.推进公共数据开放', content: '发布清单' }], tasks);
    expect(result[0]).toMatchObject({ task: { id: 'p:t2' }, by: 'title', score: 1 });
  });

  it('should match paraphrased rows by their content when their titles differ from the tasks', () => {
    const rows: RowText[] = [
      { title: '一网通办', content: '推广电子证照，高频事项网上办理' },
      { title: '安全防护', content: '开展数据安全风险评估，组织应急演练，落实分类分级保护' },
    ];
    const result = matchRowsToTasks(rows, tasks);
    expect(result.map((m) => [m.task?.id, m.by])).toEqual([
      ['p:t4', 'content'],
      ['p:t5', 'content'],
    ]);
    for (const m of result) expect(m.score).toBeGreaterThanOrEqual(MIN_CONTENT_SHARE);
  });

  it('should match rows in any order: the table need not follow the plan', () => {
    const rows: RowText[] = [
      { title: '数字经济', content: '引育数据服务商，建设数字经济产业园区' },
      { title: null, content: '依托城市信息模型平台建设数字孪生城区' },
      { title: '城市数据底座建设', content: '汇聚人口法人空间地理基础数据，完善共享交换' },
      { title: '开放公共数据', content: '发布开放清单，新增开放数据集' },
    ];
    expect(matched(rows)).toEqual(['p:t6', 'p:t3', 'p:t1', 'p:t2']);
    expect(matched([...rows].reverse())).toEqual(['p:t2', 'p:t1', 'p:t3', 'p:t6']);
  });

  it('should leave a row that states a task the plan does not have without a task', () => {
    const rows: RowText[] = [
      { title: '低空经济', content: '建设低空经济产业园区，培育无人机企业' },
      { title: '人才队伍', content: '加强数字人才培养，建立数据人才库' },
      { title: null, content: '推进数据要素市场化配置改革，建设数据交易平台' },
    ];
    expect(matched(rows)).toEqual([null, null, null]);
  });

  it('should pair one row group to one task, a weaker row going to its next best task', () => {
    // Both titles are close to task 1's; the first is closer, and the second row's content is task 2's.
    const rows: RowText[] = [
      { title: '建设城市数据底座', content: '汇聚基础数据' },
      { title: '城市数据底座', content: '新增开放数据集，建设开放数据沙箱' },
    ];
    expect(matchRowsToTasks(rows, tasks).map((m) => [m.task?.id, m.by])).toEqual([
      ['p:t1', 'title'],
      ['p:t2', 'content'],
    ]);
    // Reordered, the pairing is the same: the best pair is taken first, not the first row.
    expect(matched([...rows].reverse())).toEqual(['p:t2', 'p:t1']);
  });

  it('should keep rows of one merged 重点任务 cell together, and let extra rows join their best task', () => {
    const rows: RowText[] = [
      { title: '数据开放', content: '制定公共数据开放清单' },
      { title: '数据开放', content: '建设开放数据沙箱' },
      { title: null, content: '年内新增开放数据集100个' },
    ];
    expect(matched(rows)).toEqual(['p:t2', 'p:t2', 'p:t2']);
  });
});
