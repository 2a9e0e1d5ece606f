import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleTasks } from '../src/commands/tasks.js';
import { captureIo, defaults, runCli, seedDocument, SMALL_PLAN, tempFiles } from './helpers.js';

describe('tasks', () => {
  it('should give exactly document.tasks as JSON: qingdao-2025 has 23, (十七) is 夯实算力基础设施', async () => {
    const { code, stdout } = await runCli(['tasks', 'qingdao-2025', '--format', 'json']);
    expect(code).toBe(0);
    const tasks: unknown = JSON.parse(stdout);
    expect(tasks).toEqual(seedDocument('qingdao-2025').tasks);
    expect(tasks).toHaveLength(23);
    expect(tasks).toContainEqual(expect.objectContaining({ label: '(十七)', title: '夯实算力基础设施', id: 'qingdao-2025:t17' }));
  });

  it('should list id, label, title, section and line:column in a table', async () => {
    const { stdout, stderr } = await runCli(['tasks', 'qingdao-2025']);
    const lines = stdout.trimEnd().split('\n');
    // The table on stdout, its caption on stderr.
    expect(stderr).toBe('qingdao-2025 · 青岛市大数据发展管理局2025年工作要点 · 23 tasks\n');
    expect(lines[0]).toMatch(/^ID\s+Label\s+Title\s+Section\s+Line$/);
    expect(lines).toHaveLength(2 + 23);
    expect(stdout).toMatch(/qingdao-2025:t17\s+\(十七\)\s+夯实算力基础设施\s+六、聚力数字基础设施建设改革攻坚,在“实”上筑根基\s+25:1\n/);
  });

  it('should show tasks led by a phrase, with no label', async () => {
    const { stdout } = await runCli(['tasks', 'huangpu-2026-2030']);
    expect(stdout).toMatch(/huangpu-2026-2030:t16\s+数智教育领域\s+\(五\)打造数字民生普惠典范\s+86:1\n/);
  });

  it('should give a Markdown table with a heading', () => {
    const result = handleTasks({ ...defaults, doc: 'qingdao-2025', format: 'md' }, captureIo().io);
    expect(result.output).toMatch(/^# qingdao-2025 · 青岛市大数据发展管理局2025年工作要点 · 23 tasks\n\n\| ID \| Label \| Title \| Section \| Line \|\n/);
    expect(result.output).toContain('| qingdao-2025:t17 | (十七) | 夯实算力基础设施 | 六、聚力数字基础设施建设改革攻坚,在“实”上筑根基 | 25:1 |');
    expect(result.exitCode).toBe(0);
  });

  it('should read a plan file by path, full-width labels as written', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout } = await runCli(['tasks', join(dir, 'plan.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/plan:t1\s+（一）\s+建设算力中心\s+一、夯实数字底座\s+4:1\n/);
    expect(stdout).toMatch(/plan:t3\s+（一）\s+开放公共数据\s+二、促进数据流通\s+7:1\n/);
  });
});
