import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers.js';

// Note: a read-only or full file system cannot be made in a test run as root; node:fs fails the way Node does
// for the files written under /plankb-mock-*, and works as usual everywhere else.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    const path = String(file);
    const code = /^\/plankb-mock-(EROFS|ENOSPC|EACCES)\//.exec(path)?.[1];
    if (code !== undefined) throw Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
    return fs.writeFileSync(file, data, options);
  };
  const mkdirSync = ((path: string, options?: unknown) => {
    const code = /^\/plankb-mock-(EROFS|ENOSPC|EACCES)\//.exec(String(path))?.[1];
    if (code !== undefined) throw Object.assign(new Error(`${code}: failed, mkdir '${String(path)}'`), { code, path });
    return fs.mkdirSync(path, options as never);
  }) as typeof fs.mkdirSync;
  return { ...fs, default: { ...fs, writeFileSync, mkdirSync }, writeFileSync, mkdirSync };
});

describe('--output failures', () => {
  it.each([
    ['EROFS', 'read-only (the file system is mounted read-only; choose another folder with --output)'],
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied (choose another folder with --output)'],
  ])('should say what is wrong with the folder (%s), never naming the temporary file', async (code, reason) => {
    const result = await runCli(['docs', '--output', `/plankb-mock-${code}/docs.txt`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: Cannot write to /plankb-mock-${code}: ${reason}\n`);
    expect(result.stderr).not.toMatch(/\.tmp/);
  });

  it('should say so for the folder plankb export writes its tables to', async () => {
    const result = await runCli(['export', '--output', '/plankb-mock-EROFS/data']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: Cannot write to /plankb-mock-EROFS/data: read-only (the file system is mounted read-only; choose another folder with --output)\n');
  });

  it('should say it in Chinese too', async () => {
    const result = await runCli(['docs', '--output', '/plankb-mock-EROFS/docs.txt', '--lang', 'zh']);
    expect(result.stderr).toBe('错误：无法写入目录 /plankb-mock-EROFS：只读（文件系统以只读方式挂载；请用 --output 另选目录）\n');
  });
});
