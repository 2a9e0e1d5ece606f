import { loadCorpus, summarizeDocument } from '@plankb/core/corpus';
import { describe, expect, it } from 'vitest';
import { handleDocs } from '../src/commands/docs.js';
import { widthOf } from '@plankb/terminal-text';
import { captureIo, defaults, runCli, tempFiles } from './helpers.js';

const IDS = ['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030'];

describe('docs', () => {
  it('should list the six seed documents in a text table, with the count on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['docs']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + IDS.length);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(IDS);
    expect(lines[0]).toMatch(/^ID\s+Region\s+Level\s+Year\s+Kind\s+Status\s+Ch\.\s+Tasks\s+Goals\s+Asg\.\s+Title$/);
    const huangpu = lines.find((l) => l.startsWith('huangpu-2026-2030')) ?? '';
    expect(huangpu).toContain('黄浦区（上海市）');
    expect(huangpu).toContain('2026–2030');
    expect(huangpu).toMatch(/for comment\s+4\s+26\s+5\s+0\s+“数字黄浦”建设“十五五”规划$/);
    expect(lines.find((l) => l.startsWith('qingpu-2023-draft'))).toMatch(/\s67\s+2023年青浦区数据发展管理工作要点$/);
    expect(stdout).not.toContain('documents');
    expect(stderr).toContain('6 documents');
  });

  it('should fit an 80-column terminal by cutting titles and leaving out minor columns', async () => {
    const captured = captureIo({ columns: 80 });
    const result = await handleDocs({ ...defaults }, captured.io);
    for (const line of result.output.trimEnd().split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);
    expect(result.output).toContain('shanghai-2025');
    expect(result.output).toContain('市数据局2025年工作要点');
    expect(result.stderr.join('\n')).toMatch(/Not shown, for width: .*Ch\./);
  });

  it('should give the summaries of summarizeDocument as JSON', async () => {
    const { code, stdout } = await runCli(['docs', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(loadCorpus().documents.map(summarizeDocument));
  });

  it('should give a Markdown table', async () => {
    const { stdout } = await runCli(['docs', '--format', 'md']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| ID | Region | Level | Year | Kind | Status | Ch. | Tasks | Goals | Asg. | Title |');
    expect(lines[1]).toContain('| --: |');
    expect(lines).toHaveLength(2 + IDS.length);
    expect(lines[2]).toBe('| shanghai-2025 | 上海市 | city | 2025 | work points | final | 5 | 24 | 1 | 0 | 市数据局2025年工作要点 |');
  });

  it('should use Chinese headers and names with --lang zh', async () => {
    const { stdout, stderr } = await runCli(['docs', '--lang', 'zh']);
    expect(stdout.split('\n')[0]).toMatch(/^编号\s+地区\s+层级\s+年份\s+类型\s+状态/);
    expect(stdout).toMatch(/huangpu-2026-2030\s+黄浦区（上海市）\s+区\s+2026–2030\s+规划\s+征求意见稿/);
    expect(stderr).toContain('共 6 个文档');
  });

  it('should take Chinese from LANG when --lang is not given', async () => {
    const { stdout } = await runCli(['docs'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(stdout.split('\n')[0]).toMatch(/^编号/);
  });

  it('should read another corpus folder with --corpus, listing its files without a manifest', async () => {
    const dir = tempFiles({ 'my-plan.txt': '2026年某某区数据工作要点\n一、总体\n（一）建设。内容。\n（二）完善。内容。\n' });
    const { code, stdout } = await runCli(['docs', '--corpus', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ id: 'my-plan', title: '2026年某某区数据工作要点', counts: { tasks: 2 } }]);
  });

  it('should exit 2 for an invalid manifest', async () => {
    const dir = tempFiles({ 'manifest.json': '{"documents": [{"id": "Bad Id", "file": "x.txt"}]}' });
    const { code, stderr, stdout } = await runCli(['docs', '--corpus', dir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: .*manifest\.json: the manifest does not validate/);
  });

  it('should exit 1 when a corpus document cannot be found in its file', async () => {
    const dir = tempFiles({
      'manifest.json': JSON.stringify({ documents: [{ id: 'a', file: 'a.txt' }, { id: 'b', file: 'a.txt', part: 2 }] }),
      'a.txt': '2026年某某区数据工作要点\n一、总体\n（一）建设。内容。\n',
    });
    const { code, stdout, stderr } = await runCli(['docs', '--corpus', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('2026年某某区数据工作要点');
    expect(stderr).toMatch(/a\.txt: error manifest-part-missing: b: a\.txt holds 1 plan/);
  });
});
