import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handleAssignments } from '../src/commands/assignments.js';
import { widthOf } from '@plankb/terminal-text';
import { captureIo, defaults, runCli, seedDocument } from './helpers.js';

describe('assignments', () => {
  it('should give exactly document.assignments as JSON: 67 rows for qingpu-2023-draft', async () => {
    const { code, stdout } = await runCli(['assignments', 'qingpu-2023-draft', '--format', 'json']);
    expect(code).toBe(0);
    const rows: unknown = JSON.parse(stdout);
    expect(rows).toHaveLength(67);
    expect(rows).toEqual(seedDocument('qingpu-2023-draft').assignments);
  });

  it('should list row, number, task, lead and supporting units and deadlines', async () => {
    const { stdout, stderr } = await runCli(['assignments', 'qingpu-2023-draft']);
    const lines = stdout.trimEnd().split('\n');
    // The table on stdout, its caption on stderr.
    expect(stderr.split('\n')[0]).toBe('qingpu-2023-draft · 2023年青浦区数据发展管理工作要点 · 67 assignments');
    expect(lines[0]).toMatch(/^Row\s+No\.\s+Task\s+Lead\s+Supporting\s+Due\s+As written$/);
    expect(lines).toHaveLength(2 + 67);
    expect(stdout).toMatch(/ {2}3 {4}3 {2}3\.落实数据安全管理制度\s+区委网信办、区大数据中心\s+各相关部门\s+2023-09-30 {2}9月底\n/);
    // A continuation row has no 序号 and keeps its task.
    expect(stdout).toMatch(/ {2}5 {7}4\.深化数据运营管理体系建设\s+区大数据中心\s+2023-10-31 {2}10月底\n/);
  });

  it('should fit 80 columns, leaving out the deadline as written first', () => {
    const result = handleAssignments({ ...defaults, doc: 'qingpu-2023-draft' }, captureIo({ columns: 80 }).io);
    for (const line of result.output.trimEnd().split('\n')) expect(widthOf(line), line).toBeLessThanOrEqual(80);
    expect(result.output).not.toContain('As written');
    expect(result.output).toContain('2023-09-30');
    expect(result.stderr).toEqual(['qingpu-2023-draft · 2023年青浦区数据发展管理工作要点 · 67 assignments', 'Not shown, for width: As written (widen the terminal, or use --format md)']);
  });

  it('should give a Markdown table', async () => {
    const { stdout } = await runCli(['assignments', 'qingpu-2023-draft', '--format', 'md', '--lang', 'zh']);
    expect(stdout).toContain('| 行 | 序号 | 任务 | 牵头单位 | 配合单位 | 完成时限 | 原文时限 |');
    expect(stdout).toContain('| 1 | 1 | 1.推动建立信息化项目联合审批监管机制 | 区府办、区科委、区政务办 |  | 2023-09-30 | 9月底 |');
  });

  it('should list the duties a real plan states inline, and caption an untitled plan by its id', async () => {
    const file = fileURLToPath(new URL('../../core/test/realdocs/13_qingdao-rengongzhineng-chanye-xingdongjihua-2024-2026.txt', import.meta.url));
    const { code, stdout, stderr } = await runCli(['assignments', file]);
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toBe('13-qingdao-rengongzhineng-chanye-xingdongjihua-2024-2026 · 30 assignments');
    // （责任单位：市海洋发展局、市大数据局、市科技局、市工业和信息化局，青岛海洋科技中心）: the first unit leads.
    expect(stdout).toMatch(/ {2}4 {7}1\.构建海洋大模型\s+市海洋发展局\s+市大数据局、市科技局、市工业和信息化局、青岛海洋科技中心\n/);
  });

  it('should say so when a document has no assignments, and exit 0', async () => {
    const { code, stdout } = await runCli(['assignments', 'qingpu-2025']);
    expect(code).toBe(0);
    expect(stdout).toBe('qingpu-2025 has no task assignments (no 任务分工 table).\n');
    const json = await runCli(['assignments', 'qingpu-2025', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});
