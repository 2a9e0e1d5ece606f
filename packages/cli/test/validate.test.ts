import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SMALL_PLAN, tempFiles } from './helpers.js';

/** 2026年某某区数据工作要点 … （二）推进开放。扩大范围。 (two tasks), encoded in GB18030 (GBK) as a government download would be. */
const GBK_PLAN = Buffer.from(
  '32303236c4eac4b3c4b3c7f8cafdbeddb9a4d7f7d2aab5e30a0ad2bba1a2d6d8b5e3c8cecef10aa3a8d2bba3a9cdc6bdf8b9b2cfeda1a3bda8c9e8c6bdcca8a1a30aa3a8b6fea3a9cdc6bdf8bfaab7c5a1a3c0a9b4f3b7b6cea7a1a30a',
  'hex',
);

/** The text in UTF-16LE, as Windows Notepad writes it after its byte-order mark. */
function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

describe('plankb validate', () => {
  it('should summarise a good file on stderr, with nothing on stdout, and exit 0', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout, stderr } = await runCli(['validate', join(dir, 'plan.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${join(dir, 'plan.txt')}: 1 plan, 3 tasks; 0 errors, 0 warnings, 0 notes\n`);
  });

  it('should read a GB18030 file and say so', async () => {
    const dir = tempFiles({});
    writeFileSync(join(dir, 'gbk.txt'), GBK_PLAN);
    const { code, stderr } = await runCli(['validate', join(dir, 'gbk.txt')]);
    expect(code).toBe(0);
    expect(stderr).toContain('1 plan, 2 tasks; 0 errors, 0 warnings, 0 notes (read as GB18030)');
  });

  // Note: Windows Notepad saves "Unicode" text as UTF-16LE with a byte-order mark; without the mark the order is not guessed.
  it('should read a UTF-16 file with a byte-order mark and say so, and name one without the mark', async () => {
    const dir = tempFiles({});
    const text = utf16le(SMALL_PLAN);
    writeFileSync(join(dir, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), text]));
    writeFileSync(join(dir, 'nomark.txt'), text);
    const marked = await runCli(['validate', join(dir, 'unicode.txt')]);
    expect(marked.code).toBe(0);
    expect(marked.stderr).toBe(`${join(dir, 'unicode.txt')}: 1 plan, 3 tasks; 0 errors, 0 warnings, 0 notes (read as UTF-16LE)\n`);
    const unmarked = await runCli(['validate', join(dir, 'nomark.txt')]);
    expect(unmarked.code).toBe(1);
    expect(unmarked.stderr).toContain(`${join(dir, 'nomark.txt')}:1:1: error not-utf8: not valid UTF-8 (UTF-16 text (little-endian) without a byte-order mark; save it as UTF-8)`);
  });

  it('should print each problem as file:line:column: severity code: message and exit 1 on errors', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN, 'empty.txt': '', 'prose.txt': '今天天气很好。\n' });
    writeFileSync(join(dir, 'mixed.txt'), Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xb9, 0xe6]), Buffer.from('\n')]));
    const files = ['plan.txt', 'empty.txt', 'prose.txt', 'mixed.txt'].map((f) => join(dir, f));
    const { code, stdout, stderr } = await runCli(['validate', ...files]);
    expect(code).toBe(1);
    // Each file's problems, then its summary, file by file: all on stderr, nothing on stdout.
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `${files[0]}: 1 plan, 3 tasks; 0 errors, 0 warnings, 0 notes`,
      `${files[1]}: error empty-input: The file is empty: there is no text to parse.`,
      `${files[1]}: 0 plans, 0 tasks; 1 error, 0 warnings, 0 notes`,
      expect.stringMatching(new RegExp(`^${files[2]}:1:1: error no-structure: No plan found`)),
      `${files[2]}: 0 plans, 0 tasks; 1 error, 0 warnings, 0 notes`,
      `${files[3]}:2:3: error not-utf8: not valid UTF-8 (bytes b9 e6 0a), and not GB18030/GBK Chinese text either; expected UTF-8 or GB18030/GBK text.`,
      `${files[3]}: not text; 1 error, 0 warnings, 0 notes`,
      '4 files: 3 with errors, 0 not read',
      '',
    ]);
  });

  it('should exit 2 when a file cannot be read, still checking the others', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN, 'empty.txt': '' });
    const { code, stdout, stderr } = await runCli(['validate', join(dir, 'missing.txt'), join(dir, 'plan.txt'), join(dir, 'empty.txt')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`error: File not found: ${join(dir, 'missing.txt')}\n`);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${join(dir, 'missing.txt')}: not read\n`);
    expect(stderr).toContain(`${join(dir, 'plan.txt')}: 1 plan, 3 tasks`);
    expect(stderr).toContain('3 files: 1 with errors, 1 not read');
  });

  it('should give the issues as JSON, and nothing on stderr', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN, 'empty.txt': '' });
    const { code, stdout, stderr } = await runCli(['validate', join(dir, 'plan.txt'), join(dir, 'empty.txt'), join(dir, 'nope.txt'), '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as Array<{ file: string; issues?: Array<{ code: string }>; error?: { code: string } }>;
    expect(report.map((r) => r.issues?.map((i) => i.code) ?? r.error?.code)).toEqual([[], ['empty-input'], 'file-not-found']);
  });

  it('should give a Markdown table with --format md, and speak Chinese with --lang zh', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const md = await runCli(['validate', join(dir, 'plan.txt'), '--format', 'md']);
    expect(md.stdout).toMatch(/^\| File \| Encoding \| Plans \| Tasks \| Errors \| Warnings \| Notes \|\n/);
    expect(md.stdout).toContain('| utf-8 | 1 | 3 | 0 | 0 | 0 |');
    const zh = await runCli(['validate', join(dir, 'plan.txt'), '--lang', 'zh']);
    expect(zh.stderr).toBe(`${join(dir, 'plan.txt')}：1 个规划，3 项任务；0 个错误，0 个警告，0 条提示\n`);
  });

  it('should write the summaries to --output', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout } = await runCli(['validate', join(dir, 'plan.txt'), '--output', join(dir, 'report.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('1 plan, 3 tasks');
  });
});
