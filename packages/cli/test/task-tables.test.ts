import { join } from 'node:path';
import type { Assignment } from '@plankb/core';
import type { Duty } from '@plankb/core/track';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

// A plan in Markdown with its task table as a pipe table: rows paraphrase the tasks, one names a unit in full
// (区发展和改革委员会) that another row names short (区发改委), and one row has no task in the plan.
const plan = [
  '# 2024年某区数据工作要点',
  '',
  '## 一、重点任务',
  '',
  '### （一）加快建设城市数据底座',
  '',
  '统筹建设全区公共数据平台，汇聚人口、法人、空间地理等基础数据，完善数据目录和共享交换机制。',
  '',
  '### （二）推进公共数据开放',
  '',
  '制定公共数据开放清单，年内新增开放数据集100个，建设开放数据沙箱。',
  '',
  '### （三）提升政务服务效能',
  '',
  '推动高频事项“一网通办”，优化线上办事体验，推广电子证照应用。',
  '',
  '## 重点任务分工表',
  '',
  '| 序号 | 重点工作 | 具体措施 | 责任单位 | 完成时限 |',
  '|---|---|---|---|---|',
  '| 1 | 一网通办 | 推广电子证照，高频事项网上办理 | 区政务服务中心（牵头）、区发改委 | 2024年9月底 |',
  '| 2 | 城市数据底座 | 汇聚人口、法人等基础数据 | 区发展和改革委员会 | 12月底 |',
  '| 3 | 开放数据 | 发布公共数据开放清单，新增开放数据集 | 区科委 | 6月底 |',
  '| 4 | 低空经济 | 建设无人机起降点 | 区经委 | 持续推进 |',
  '',
].join('\n');

describe('task tables in other layouts, from the command line', () => {
  const dir = tempFiles({ 'moqu-2024.md': plan });
  const file = join(dir, 'moqu-2024.md');

  it('should list the rows of a pipe table with the tasks they were matched to by content', async () => {
    const { code, stdout, stderr } = await runCli(['assignments', file]);
    expect(code, stderr).toBe(0);
    expect(stderr.split('\n')[0]).toBe('moqu-2024 · 2024年某区数据工作要点 · 4 assignments');
    expect(stdout).toMatch(/ {2}1 {4}1 {2}（三）提升政务服务效能\s+区政务服务中心\s+区发改委\s+2024-09-30 {2}2024年9月底\n/);
    expect(stdout).toMatch(/ {2}2 {4}2 {2}（一）加快建设城市数据底座\s+区发展和改革委员会\s+2024-12-31 {2}12月底\n/);
    // A row with no counterpart in the plan is listed under its own title.
    expect(stdout).toMatch(/ {2}4 {4}4 {2}低空经济\s+区经委\s+持续推进\n/);
    const json = await runCli(['assignments', file, '--format', 'json']);
    const rows = JSON.parse(json.stdout) as Assignment[];
    expect(rows.map((a) => a.taskId)).toEqual(['moqu-2024:t3', 'moqu-2024:t1', 'moqu-2024:t2', null]);
  });

  it('should group the deadlines of track tasks by lead unit, full and short names together', async () => {
    const store = join(tempFiles({}), 'store');
    const args = ['track', 'tasks', '--corpus', dir, '--doc', 'moqu-2024', '--as-of', '2024-06-01', '--store', store];
    const text = await runCli(args, { env: { PLANKB_USER: 'tester', NO_COLOR: '1' } });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('区政务服务中心 · 1 duty');
    expect(text.stdout).toContain('区经委 · 1 duty');
    const json = await runCli([...args, '--unit', '区发改委', '--format', 'json'], { env: { PLANKB_USER: 'tester' } });
    const duties = JSON.parse(json.stdout) as Duty[];
    expect(duties.map((d) => [d.taskId, d.due, d.state])).toEqual([['moqu-2024:t1', '2024-12-31', 'open']]);
  });
});
