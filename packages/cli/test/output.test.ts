import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, seedDocument, tempFiles } from './helpers.js';

describe('--output', () => {
  it('should write the output to the file instead of stdout, leaving no temporary file', async () => {
    const dir = tempFiles({});
    const target = join(dir, 'tasks.json');
    const { code, stdout } = await runCli(['tasks', 'qingdao-2025', '--format', 'json', '--output', target]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(seedDocument('qingdao-2025').tasks);
    expect(readdirSync(dir)).toEqual(['tasks.json']);
  });

  it('should replace an existing file whole and never cut text tables written to a file', async () => {
    const dir = tempFiles({ 'docs.txt': 'old content' });
    const target = join(dir, 'docs.txt');
    await runCli(['docs', '-o', target], { columns: 40 });
    const text = readFileSync(target, 'utf8');
    expect(text).not.toContain('old content');
    expect(text).not.toContain('…');
    expect(text).toContain('“数字黄浦”建设“十五五”规划');
  });

  it('should exit 2 when the folder does not exist, and when the target is a folder', async () => {
    const dir = tempFiles({});
    const missing = await runCli(['docs', '-o', join(dir, 'no', 'such', 'docs.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`error: Cannot write to ${join(dir, 'no', 'such')}: the folder does not exist\n`);
    mkdirSync(join(dir, 'folder'));
    const folder = await runCli(['docs', '-o', join(dir, 'folder')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/it is a folder/);
    expect(readdirSync(dir).sort()).toEqual(['folder']);
  });

  it('should leave an existing file alone when a command fails with nothing to write', async () => {
    const dir = tempFiles({ 'empty.txt': '', 'out.json': '{"kept": true}' });
    const { code } = await runCli(['tasks', join(dir, 'empty.txt'), '--format', 'json', '-o', join(dir, 'out.json')]);
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"kept": true}');
  });
});
