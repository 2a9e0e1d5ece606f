import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SMALL_PLAN, tempFiles } from './helpers.js';

function manifestIds(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string }> };
  return manifest.documents.map((d) => d.id);
}

describe('plankb add', () => {
  it('should refuse to run without --corpus, never writing into the bundled seeds', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout, stderr } = await runCli(['add', join(dir, 'plan.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: plankb add needs --corpus <dir>/);
  });

  it('should create the corpus folder, add the entry, and let docs list it', async () => {
    const dir = tempFiles({ 'moumou-2026.txt': SMALL_PLAN });
    const corpus = join(dir, 'my corpus');
    const args = ['add', join(dir, 'moumou-2026.txt'), '--corpus', corpus, '--region', '某某区', '--parent-region', '某某市', '--level', 'district', '--year', '2026'];
    const added = await runCli(args);
    expect(added.code).toBe(0);
    // What was added is a note: stderr, nothing on stdout.
    expect(added.stdout).toBe('');
    expect(added.stderr).toBe(`Added moumou-2026 (moumou-2026.txt) to ${corpus}/manifest.json: 2026年某某区数据工作要点, 3 tasks.\n`);
    expect(readFileSync(join(corpus, 'moumou-2026.txt'), 'utf8')).toBe(SMALL_PLAN);
    const docs = await runCli(['docs', '--corpus', corpus, '--format', 'json']);
    expect(JSON.parse(docs.stdout)).toMatchObject([{ id: 'moumou-2026', region: '某某区', parentRegion: '某某市', level: 'district', year: 2026 }]);
  });

  it('should print the entry as JSON, and read --period', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout } = await runCli(['add', join(dir, 'plan.txt'), '--corpus', join(dir, 'c'), '--id', 'mm-2026-2030', '--period', '2026-2030', '--kind', 'plan', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ id: 'mm-2026-2030', file: 'plan.txt', kind: 'plan', period: { start: 2026, end: 2030 } });
  });

  it('should refuse a duplicate id with exit 2, suggesting a free one', async () => {
    const dir = tempFiles({ 'a.txt': SMALL_PLAN, 'b.txt': SMALL_PLAN.replace('2026', '2027') });
    const corpus = join(dir, 'c');
    expect((await runCli(['add', join(dir, 'a.txt'), '--corpus', corpus, '--id', 'mm'])).code).toBe(0);
    const { code, stderr } = await runCli(['add', join(dir, 'b.txt'), '--corpus', corpus, '--id', 'mm']);
    expect(code).toBe(2);
    expect(stderr).toContain('The id mm is already used');
    expect(stderr).toContain('--id mm-2');
    expect(manifestIds(corpus)).toEqual(['mm']);
    expect(existsSync(join(corpus, 'b.txt'))).toBe(false);
  });

  it.each([
    [['--level', 'galaxy'], 'level'],
    [['--date', '5 May 2025'], 'dates are real days, YYYY-MM-DD'],
    [['--year', 'soon'], 'year'],
    [['--period', '2026'], 'Invalid --period 2026: expected two years such as 2026-2030.'],
    [['--id', 'Xuhui 2025'], 'ids are lower-case letters, digits and dashes'],
  ])('should refuse invalid metadata %j with exit 2', async (options, says) => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stderr } = await runCli(['add', join(dir, 'plan.txt'), '--corpus', join(dir, 'c'), ...options]);
    expect(code).toBe(2);
    expect(stderr).toContain(says);
    expect(existsSync(join(dir, 'c', 'manifest.json'))).toBe(false);
  });

  it('should refuse a file with no plan with exit 1, showing the diagnostics', async () => {
    const dir = tempFiles({ 'notes.txt': '今天天气很好。\n', 'empty.txt': '' });
    const prose = await runCli(['add', join(dir, 'notes.txt'), '--corpus', join(dir, 'c')]);
    expect(prose.code).toBe(1);
    expect(prose.stderr).toMatch(/notes\.txt:1:1: error no-structure: No plan found/);
    expect(prose.stderr).toContain('Not added: the file holds no plan.');
    const empty = await runCli(['add', join(dir, 'empty.txt'), '--corpus', join(dir, 'c')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/error empty-input/);
    expect(existsSync(join(dir, 'c'))).toBe(false);
  });

  it('should refuse a binary file with exit 1 and a missing one with exit 2', async () => {
    const dir = tempFiles({});
    writeFileSync(join(dir, 'x.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const binary = await runCli(['add', join(dir, 'x.txt'), '--corpus', join(dir, 'c')]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/x\.txt:1:1: this is a binary file \(a PNG image\)/);
    expect((await runCli(['add', join(dir, 'missing.txt'), '--corpus', join(dir, 'c')])).code).toBe(2);
  });

  it('should refuse a different file of the same name', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const corpus = join(dir, 'c');
    await runCli(['add', join(dir, 'plan.txt'), '--corpus', corpus]);
    const other = tempFiles({ 'plan.txt': SMALL_PLAN.replace('2026', '2027') });
    const { code, stderr } = await runCli(['add', join(other, 'plan.txt'), '--corpus', corpus, '--id', 'other']);
    expect(code).toBe(2);
    expect(stderr).toContain('already exists with different content');
    expect(readFileSync(join(corpus, 'plan.txt'), 'utf8')).toBe(SMALL_PLAN);
  });
});
