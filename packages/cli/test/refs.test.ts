import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SMALL_PLAN, tempFiles } from './helpers.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** Run plankb with the working folder set to `dir`, so bare names are relative to it. */
async function runIn(dir: string, args: string[], env: Record<string, string> = {}) {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await runCli(args, { env });
  } finally {
    process.chdir(before);
  }
}

describe('files and ids', () => {
  it('should take a plan file given with --doc, #N included, in targets and indicators', async () => {
    const dir = tempFiles({ 'plan.txt': readFileSync(new URL('../../../seeds/qingdao-2025-big-data-work-points.txt', import.meta.url), 'utf8') });
    const plan = join(dir, 'plan.txt');
    const targets = await runCli(['targets', '--doc', `${plan}#1`, '--format', 'json']);
    expect(targets.stderr).not.toMatch(/Unknown document id/);
    expect(targets.code).toBe(0);
    expect((JSON.parse(targets.stdout) as unknown[]).length).toBeGreaterThan(5);
    const indicators = await runCli(['indicators', '--doc', plan, '--format', 'json']);
    expect(indicators.code).toBe(0);
    expect(JSON.parse(indicators.stdout)).toBeInstanceOf(Array);
  });

  it('should take files with --doc in search and compare too', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const search = await runCli(['search', '算力', '--doc', join(dir, 'plan.txt'), '--format', 'json']);
    expect(search.stderr).not.toMatch(/Unknown document id/);
    expect(search.stdout).toContain('算力');
    const compare = await runCli(['compare', '--by', 'theme', '--doc', join(dir, 'plan.txt'), '--format', 'json']);
    expect(compare.code).toBe(0);
    expect(JSON.parse(compare.stdout)).toHaveLength(1);
  });

  it('should treat an existing path as a path: a folder, a binary file, a file without an extension', async () => {
    const dir = tempFiles({ 'plan': SMALL_PLAN });
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'some.bin'), PNG);
    const folder = await runIn(dir, ['tasks', 'folder']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('error: folder is a folder, not a plan file: give a plan file (.txt, .md, .html, .docx, .pdf) or a document id.\n');
    const binary = await runIn(dir, ['tasks', 'some.bin']);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/binary-file/);
    expect(binary.stderr).not.toMatch(/Unknown document id/);
    writeFileSync(join(dir, 'draft.wps'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const wps = await runIn(dir, ['tasks', 'draft.wps']);
    expect(wps.code).toBe(1);
    expect(wps.stderr).toMatch(/^draft\.wps:1:1: error binary-file: this is a WPS 文字 \(\.wps\) file/);
    const plain = await runIn(dir, ['tasks', 'plan', '--format', 'json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toHaveLength(3);
    const missing = await runIn(dir, ['tasks', 'sub/none.bin']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/File not found/);
  });

  it('should still read a corpus id when no such path exists', async () => {
    const result = await runCli(['tasks', 'qingdao-2025', '--format', 'json']);
    expect(result.code).toBe(0);
  });
});

describe('filter values', () => {
  it.each([['targets'], ['indicators']])('should refuse --year abc in %s with exit 2 and a message', async (command) => {
    const result = await runCli([command, '--year', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--year abc is not a year/);
    expect(result.stdout).toBe('');
  });

  it('should refuse --level nonsense with exit 2, naming the choices', async () => {
    const result = await runCli(['targets', '--level', 'nonsense']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nonsense/);
    expect(result.stderr).toMatch(/district/);
  });

  it("should find 上海市's documents by the short name 上海", async () => {
    const short = await runCli(['targets', '--region', '上海', '--format', 'json']);
    const full = await runCli(['targets', '--region', '上海市', '--format', 'json']);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(full.stdout);
    expect((JSON.parse(short.stdout) as unknown[]).length).toBeGreaterThan(0);
    const compare = await runCli(['compare', '--by', 'theme', '--region', '青浦', '--format', 'json']);
    expect((JSON.parse(compare.stdout) as { docId: string }[]).map((r) => r.docId).sort()).toEqual(['qingpu-2023', 'qingpu-2023-draft', 'qingpu-2025']);
  });

  it('should refuse a region no document has, listing the regions there are', async () => {
    const result = await runCli(['targets', '--region', '北京']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No document is in region 北京\. Regions in the corpus: .*上海市/);
  });

  it('should refuse --limit abc, --limit 0 and add --year abc with exit 2 and a message naming the value', async () => {
    const limit = await runCli(['search', '算力', '--limit', 'abc']);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/^error: --limit abc is not a count/);
    expect((await runCli(['search', '算力', '-n', '0'])).stderr).toMatch(/^error: --limit 0 is not a count/);
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const add = await runCli(['add', join(dir, 'plan.txt'), '--corpus', join(dir, 'corpus'), '--year', 'abc']);
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/^error: --year abc is not a year/);
  });

  it('should point to the help of the track subcommand used', async () => {
    const result = await runCli(['track', 'tasks', '--state', 'foo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Run `plankb track tasks --help` for usage\.\n$/);
  });
});

