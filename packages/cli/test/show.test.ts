import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handleShow } from '../src/commands/show.js';
import { widthOf } from '@plankb/terminal-text';
import { captureIo, defaults, runCli, seedDocument, SMALL_PLAN, tempFiles } from './helpers.js';

describe('show', () => {
  it('should show the metadata with where each value came from', async () => {
    const { code, stdout, stderr } = await runCli(['show', 'shanghai-2025']);
    expect(code).toBe(0);
    // The caption (title, source, counts) on stderr, first; the document on stdout.
    expect(stdout.split('\n')[0]).toBe('Metadata');
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('市数据局2025年工作要点');
    expect(lines[1]).toMatch(/^shanghai-2025 · .*shanghai-2025-work-points\.md, plan 1, lines 1–72$/);
    expect(lines[2]).toMatch(/^\d+ chapters, \d+ sections, \d+ tasks/);
    expect(stdout).toMatch(/Title\s+市数据局2025年工作要点\s+text 1:3\n/);
    expect(stdout).toMatch(/Issuer\s+上海市数据局\s+manifest 76:3 「上海市数据局办公室」\n/);
    expect(stdout).toMatch(/Year\s+2025\s+derived 1:3/);
    expect(stdout).toMatch(/Doc\. number\s+-\n/);
    // The duplicate 22. is an info note about this document's file.
    expect(stderr).toMatch(/shanghai-2025-work-points\.md:70:7: info duplicate-label: /);
  });

  it('should show the outline as a tree: sections, their tasks with ids, goals and roles', async () => {
    const { stdout } = await runCli(['show', 'huangpu-2026-2030']);
    const outline = stdout.slice(stdout.indexOf('\nOutline\n'));
    expect(outline).toContain('\n  一、发展基础  [context]\n    (一)“十四五”时期发展成效  [context]\n');
    expect(outline).toContain('\n    (三)总体目标  [goals]\n      Goal: 数字基础设施承载力持续增强\n');
    expect(outline).toContain('\n    (五)打造数字民生普惠典范\n      数智教育领域  huangpu-2026-2030:t16\n');
    expect(outline).toContain('\n  三、“十五五”重点战略举措\n    (一)夯实数字基础设施底座\n      1.强化新型基础设施建设  huangpu-2026-2030:t1\n');
  });

  it('should list the related parts: the issuing notice of qingpu-2025', async () => {
    const { stdout } = await runCli(['show', 'qingpu-2025']);
    expect(stdout).toMatch(/Related parts\n.*\n.*\n\s+issued by\s+notice\s+关于印发《2025年青浦区数据发展管理工作要点》的通知\s+7–26\n/);
    // No sections: the tasks sit at the top of the outline.
    expect(stdout).toContain('\nOutline\n  1.深化“数字青浦”谋篇布局  qingpu-2025:t1\n');
  });

  it('should keep tables and the outline within a narrow terminal and keep task ids whole', () => {
    const captured = captureIo({ columns: 60 });
    const { output } = handleShow({ ...defaults, doc: 'qingdao-2025', text: false }, captured.io);
    // Note: the heading lines (title, file path, counts) are left whole: a cut path could not be copied.
    const body = output.trimEnd().split('\n').slice(3);
    expect(body.length).toBeGreaterThan(40);
    for (const line of body) expect(widthOf(line), line).toBeLessThanOrEqual(60);
    expect(output).toContain('…');
    expect(output).toMatch(/ {4}\(十七\)夯实算力基础设施 {2}qingdao-2025:t17\n/);
  });

  it('should give the whole PlanDocument unchanged as JSON', async () => {
    const { stdout } = await runCli(['show', 'huangpu-2026-2030', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(seedDocument('huangpu-2026-2030'));
  });

  it('should give Markdown headings and lists', async () => {
    const { stdout } = await runCli(['show', 'huangpu-2026-2030', '--format', 'md']);
    expect(stdout).toMatch(/^# “数字黄浦”建设“十五五”规划\n/);
    expect(stdout).toContain('\n## Metadata\n\n| Field | Value | From |\n');
    expect(stdout).toContain('\n## Outline\n');
    expect(stdout).toContain('\n  - (五)打造数字民生普惠典范\n    - 数智教育领域 `huangpu-2026-2030:t16`\n');
    expect(stdout).toContain('- 一、发展基础 _\\[context\\]_');
  });

  it('should open a file by path, and its second plan with #2', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const first = await runCli(['show', join(dir, 'plan.txt')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('（一）建设算力中心  plan:t1');
    const second = await runCli(['show', `${join(dir, 'plan.txt')}#2`]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/^error: No plan 2 in .*plan\.txt/);
  });

  it('should print with --text the text a document was read from, where its positions point', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const shown = await runCli(['show', join(dir, 'plan.txt'), '--text']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('（一）建设算力中心');
    const seed = await runCli(['show', 'qingdao-2025', '--text']);
    expect(seed.stdout).toContain('(一)统筹发展规划。');
    expect(seed.stdout).not.toContain('Outline');
  });

  it('should print with --text the text extracted from a PDF', async () => {
    const pdf = fileURLToPath(new URL('../../core/test/realfiles/16_pdf_hainan_farm_machinery_subsidy_impl_plan_2024-2026_libreoffice.pdf', import.meta.url));
    const shown = await runCli(['show', pdf, '--text']);
    expect(shown.stdout).toContain('（一）在支持重点方面着力突出稳产保供。');
  }, 60_000);

  it('should exit 1, not 2, for a file that was read but holds no plan', async () => {
    const dir = tempFiles({ 'empty.txt': '' });
    const { code, stdout, stderr } = await runCli(['show', join(dir, 'empty.txt')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/empty\.txt: error empty-input: The file is empty/);
  });

  it('should translate labels but not the document text', async () => {
    const { stdout } = await runCli(['show', 'qingpu-2023-draft', '--lang', 'zh']);
    expect(stdout.split('\n')[0]).toBe('元数据');
    expect(stdout).toMatch(/状态\s+草案/);
    expect(stdout).toContain('\n提纲\n  一、主要目标  [目标]\n    目标：围绕加强数字政府建设总体部署');
    expect(stdout).toMatch(/附件\s+任务分工表\s+2023年度青浦区数据发展管理重点任务分工表\s+79–802/);
  });
});
