import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const SEED = new URL('../../../seeds/qingdao-2025-big-data-work-points.txt', import.meta.url);

/** A corpus folder of one good plan and one PNG saved as .txt (no manifest). */
function corpusWithBadFile(): string {
  const dir = tempFiles({});
  copyFileSync(SEED, join(dir, 'qingdao.txt'));
  writeFileSync(join(dir, 'bad.txt'), PNG);
  return dir;
}

describe('exit codes', () => {
  it.each([['docs'], ['targets'], ['indicators'], ['tasks', 'qingdao'], ['show', 'qingdao'], ['compare', '--by', 'theme'], ['track', 'status']])(
    'should exit 1 for a corpus with a bad file, with the error on stderr and the good rows on stdout: %s',
    async (...args) => {
      const dir = corpusWithBadFile();
      const result = await runCli([...args, '--corpus', dir, '--format', 'json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/bad\.txt:1:1: error binary-file: /);
      expect(result.stdout.length).toBeGreaterThan(2);
      JSON.parse(result.stdout);
    },
  );
});

describe('plankb export on a corpus with a bad file', () => {
  it('should write the tables of what it could read, report the file on stderr and exit 1, as docs does', async () => {
    const dir = corpusWithBadFile();
    const out = join(tempFiles({}), 'data');
    const result = await runCli(['export', '--corpus', dir, '--output', out, '--store', join(dir, 'no-store')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad\.txt:1:1: error binary-file: /);
    expect(result.stderr).toContain('  documents: 1 row');
    expect(readFileSync(join(out, 'tasks.csv'), 'utf8')).toContain('qingdao');
  });
});

describe('the binary-file diagnostic', () => {
  it('should have one form, file:1:1: error binary-file: …, wherever the file is named', async () => {
    const dir = tempFiles({});
    const file = join(dir, 'image.txt');
    writeFileSync(file, PNG);
    const forms = await Promise.all([['validate', file], ['parse', file], ['tasks', file], ['show', file], ['targets', file], ['diff', file, file]].map((args) => runCli(args)));
    for (const result of forms) {
      expect(result.code).toBe(1);
      // Note: validate follows the diagnostic with its count of the file's problems, on stderr too.
      expect(result.stderr.split('\n')[0]).toBe(`${file}:1:1: error binary-file: this is a binary file (a PNG image); expected plain text or Markdown (UTF-8 or GB18030/GBK).`);
      expect(result.stderr.split('\n').filter((l) => l.includes('binary-file'))).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });
});

describe('streams', () => {
  it.each([
    [['docs'], /^ID\s+Region/],
    [['tasks', 'qingdao-2025'], /^ID\s+Label/],
    [['assignments', 'qingpu-2023-draft'], /^Row\s+No\./],
    [['targets'], /^ID\s+Region/],
    [['indicators'], /^ID\s+Region/],
    [['search', '算力'], /^ID\s+Kind/],
    [['compare', '--by', 'theme'], /^Region\s+Year/],
    [['compare', '--by', 'theme', '--theme', '算力'], /^Document\s+Task/],
    [['track', 'tasks', '--as-of', '2023-10-01', '--store', '/nonexistent-plankb-store'], /^\S+ · \d+ dut/],
    [['track', 'status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01', '--store', '/nonexistent-plankb-store'], /^qingdao-2025 · /],
    [['show', 'qingdao-2025'], /^Metadata$/],
    [['parse', '../../seeds/qingdao-2025-big-data-work-points.txt'], /^Parts$/],
  ])('should write only data to stdout, counts and notes to stderr: %s', async (args, first) => {
    const result = await runCli(args, { columns: 200, env: { NO_COLOR: '1' } });
    expect(result.stdout.split('\n')[0]).toMatch(first);
    expect(result.stdout).not.toMatch(/^\d+ (documents|targets|indicators|duties)\b/m);
    expect(result.stderr).not.toBe('');
  });

  it('should print nothing on stdout for an empty store, and say so on stderr', async () => {
    const result = await runCli(['track', 'list', '--store', '/nonexistent-plankb-store']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^0 entries in /);
  });
});

describe('figure exports', () => {
  it.each([['targets'], ['indicators']])('should give %s as JSON with the CSV columns in their order', async (command) => {
    const csv = await runCli([command, '--format', 'csv']);
    const header = csv.stdout.replace(/^\uFEFF/, '').split(/\r?\n/)[0]?.split(',') ?? [];
    const json = JSON.parse((await runCli([command, '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(json.length).toBeGreaterThan(0);
    for (const row of json) expect(Object.keys(row)).toEqual(header);
  });
});
