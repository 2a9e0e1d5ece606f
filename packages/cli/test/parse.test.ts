import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '@plankb/core/corpus';
import { describe, expect, it } from 'vitest';
import { handleParse } from '../src/commands/parse.js';
import { captureIo, defaults, runCli, SMALL_PLAN, tempFiles } from './helpers.js';

describe('parse', () => {
  const dir = tempFiles({
    'plan.txt': SMALL_PLAN,
    'empty.txt': '',
    'prose.txt': 'hello world\nno structure here\n',
  });
  const plan = join(dir, 'plan.txt');

  it("should show a crafted plan's parts, metadata, counts and outline", async () => {
    const { code, stdout, stderr } = await runCli(['parse', plan]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Parts');
    expect(stdout).toMatch(/Parts\n\s+#\s+Kind\s+Plan\s+Title\s+Lines\n.*\n\s+1\s+work points\s+1\s+2026年某某区数据工作要点\s+1–10\n/);
    expect(stdout).toContain('\nPlan 1: 2026年某某区数据工作要点\n');
    // The file, and each plan's source and counts, go to stderr: a caption, not data.
    expect(stdout).not.toContain('File:');
    expect(stdout).not.toContain('3 tasks');
    expect(stderr.split('\n')).toEqual([`File: ${plan}`, 'Plan 1: 2026年某某区数据工作要点', expect.stringMatching(/^plan · .*plan\.txt, plan 1, lines 1–7$/), '2 chapters, 2 sections, 3 tasks, 0 goals, 0 assignments', '', '']);
    expect(stdout).toMatch(/Region\s+某某区\s+text 1:6\n/);
    expect(stdout).toMatch(/Date\s+2026-01-05\s+text 10:1 「2026年1月5日」\n/);
    expect(stdout).toContain('\nOutline\n  一、夯实数字底座\n    （一）建设算力中心  plan:t1\n    （二）完善政务网络  plan:t2\n  二、促进数据流通\n    （一）开放公共数据  plan:t3\n');
  });

  it('should give the ParseResult unchanged as JSON', async () => {
    const { stdout } = await runCli(['parse', plan, '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(parseFile(plan));
  });

  it('should give Markdown with a parts table and the plan under a second-level heading', () => {
    const result = handleParse({ ...defaults, file: plan, format: 'md' }, captureIo().io);
    expect(result.output).toContain('## Parts\n\n| # | Kind | Plan | Title | Lines |\n| --: | --- | --: | --- | --: |\n| 1 | work points | 1 | 2026年某某区数据工作要点 | 1–10 |\n');
    expect(result.output).toContain('\n## Plan 1: 2026年某某区数据工作要点\n');
    expect(result.output).toContain('\n### Outline\n\n- 一、夯实数字底座\n  - （一）建设算力中心 `plan:t1`\n');
  });

  it('should exit 1 for an empty file, with the diagnostic as file:line:column: severity code: message', async () => {
    const { code, stdout, stderr } = await runCli(['parse', join(dir, 'empty.txt')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${join(dir, 'empty.txt')}: error empty-input: The file is empty: there is no text to parse.\nNo plan found in this file.\n`);
  });

  it('should exit 1 for text with no plan structure, giving its position', async () => {
    const { code, stderr } = await runCli(['parse', join(dir, 'prose.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${join(dir, 'prose.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error no-structure: No plan found`));
  });

  it('should still print the JSON (and exit 1) when the file has errors', async () => {
    const { code, stdout } = await runCli(['parse', join(dir, 'empty.txt'), '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ documents: [], parts: [], issues: [{ code: 'empty-input', severity: 'error' }] });
  });

  it('should list every part of a seed file: the draft, its table, the reports and the final plan', async () => {
    const seed = fileURLToPath(new URL('../../../seeds/qingpu-2023-work-points-decision-file.txt', import.meta.url));
    const { code, stdout } = await runCli(['parse', seed]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\s2\s+task allocation\s+2023年度青浦区数据发展管理重点任务分工表\s+79–802\n/);
    expect(stdout).toMatch(/\s9\s+work points\s+2\s+2023年青浦区数据发展管理工作要点\s+1069–1138\n/);
    expect(stdout).toContain('\nPlan 2: 2023年青浦区数据发展管理工作要点\n');
  });
});
