import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Note: these run the built bin (turbo builds before testing), as a user's shell would.
const packageDir = dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const repoRoot = join(packageDir, '..', '..');
const bin = join(packageDir, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'plankb-robust-'));
const env = { ...process.env, LANG: 'C.UTF-8', PLANKB_CORPUS: '', PLANKB_CACHE: '0' };

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function plankb(args: string[], timeout = 60_000): Run {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run the bin without waiting for it, for the concurrent adds. */
function plankbAsync(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** No stack trace and no "internal error": a bad input is a diagnostic, never a crash. */
function expectNoCrash(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).not.toBeNull(); // not killed by the timeout
}

const MANY_PLANS = readFileSync(join(repoRoot, 'seeds', 'qingpu-2023-work-points-decision-file.txt'), 'utf8');
const ONE_PLAN = readFileSync(join(repoRoot, 'seeds', 'qingdao-2025-big-data-work-points.txt'), 'utf8');
const BIG_MB = 50;
const files: Record<string, string> = {};

beforeAll(() => {
  expect(existsSync(bin), `${bin} is missing: run \`pnpm build\` first`).toBe(true);
  const write = (name: string, content: string | Uint8Array): void => {
    files[name] = join(work, name);
    writeFileSync(files[name], content);
  };
  write('empty.txt', '');
  write('blank.txt', '  \n\n\t\r\n\u3000\u3000\n');
  write('image.txt', Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000035d1dcbf', 'hex'));
  write('archive.md', Buffer.from('504b03041400000008000000210000000000000000000000000008000000', 'hex'));
  write('prose.txt', '今天天气很好，我们去公园散步。\n公园里有很多人，大家都很开心。\n'.repeat(50));
  write('lorem.txt', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(1000));
  // A 50 MB file: the 2023 Qingpu decision file (two plans, a task table, reports) over and over, then the
  // untitled Qingdao page over and over, which the last plan takes in: some 800 plans, then one of 18,000 tasks.
  files['big.txt'] = join(work, 'big.txt');
  const fd = openSync(files['big.txt'], 'w');
  let written = 0;
  for (const [text, upTo] of [[MANY_PLANS, BIG_MB / 2], [ONE_PLAN, BIG_MB]] as const) {
    const chunk = Buffer.from(`${text}\n`, 'utf8');
    while (written < upTo * 1024 * 1024) written += writeSync(fd, chunk);
  }
  closeSync(fd);
});

describe('bad input never crashes plankb', () => {
  it('should make validate report every bad file with a clear diagnostic on stderr, and exit 1', () => {
    const names = ['empty.txt', 'blank.txt', 'image.txt', 'archive.md', 'prose.txt', 'lorem.txt'];
    const run = plankb(['validate', ...names.map((n) => files[n] ?? n)]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    for (const message of [
      /empty\.txt: error empty-input: The file is empty/,
      /blank\.txt: error empty-input: The file is empty/,
      /image\.txt:1:1: error binary-file: this is a binary file \(a PNG image\); expected plain text/,
      /archive\.md:1:1: error binary-file: this is a binary file \(a ZIP archive/,
      /prose\.txt:1:1: error no-structure: No plan found: the text has no plan title/,
      /lorem\.txt:1:1: error no-structure: No plan found/,
    ]) {
      expect(run.stderr).toMatch(message);
    }
    expect(run.stderr).toContain('6 files: 6 with errors, 0 not read');
    expect(run.stdout).toBe('');
  }, 60_000);

  it('should make validate exit 2 for a file that does not exist', () => {
    const run = plankb(['validate', join(work, 'missing.txt')]);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: File not found: .*missing\.txt$/m);
  }, 60_000);

  it.each([
    ['empty.txt', 1, /error empty-input/],
    ['blank.txt', 1, /error empty-input/],
    ['prose.txt', 1, /error no-structure/],
    // Note: a binary or mis-encoded file is a content error (1), for parse as for validate; a missing file is an I/O error (2).
    ['image.txt', 1, /image\.txt:1:1: error binary-file: this is a binary file \(a PNG image\)/],
    ['archive.md', 1, /this is a binary file \(a ZIP archive/],
  ])('should make parse %s exit %i with a diagnostic and no stack trace', { timeout: 60_000 }, (name, status, message) => {
    const run = plankb(['parse', files[name] ?? '']);
    expectNoCrash(run);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
  });

  // Note: no timing is asserted here (a loaded machine took 88 s where a quiet one takes 9): the run's timeout, which
  // expectNoCrash reports, catches a runaway step, and `pnpm bench` measures large files.
  it(`should validate a ${BIG_MB} MB file of some 800 plans and one of 18,000 tasks`, () => {
    const run = plankb(['validate', files['big.txt'] ?? '', '--format', 'json'], 240_000);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const [report] = JSON.parse(run.stdout) as Array<{ documents: Array<{ counts: { tasks: number } }>; counts: { error: number } }>;
    expect(report?.documents.length).toBeGreaterThan(700);
    expect(Math.max(...(report?.documents ?? []).map((d) => d.counts.tasks))).toBeGreaterThan(10_000);
    expect(report?.counts.error).toBe(0);
  }, 250_000);
});

describe('concurrent plankb add', () => {
  it('should not lose an entry when ten processes add to one corpus at once', async () => {
    const corpus = join(work, 'shared-corpus');
    const sources = Array.from({ length: 10 }, (_, n) => {
      const path = join(work, `district-${n}.txt`);
      writeFileSync(path, `20${30 + n}年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n`);
      return path;
    });
    const runs = await Promise.all(sources.map((path, n) => plankbAsync(['add', path, '--corpus', corpus, '--region', `第${n}区`])));
    for (const run of runs) {
      expectNoCrash(run);
      expect(run.status, run.stderr).toBe(0);
    }
    const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; file: string }> };
    expect(manifest.documents.map((d) => d.id).sort()).toEqual(sources.map((_, n) => `district-${n}`).sort());
    expect(readdirSync(corpus).sort()).toEqual([...sources.map((_, n) => `district-${n}.txt`), 'manifest.json'].sort());
    const docs = plankb(['docs', '--corpus', corpus, '--format', 'json']);
    expect((JSON.parse(docs.stdout) as unknown[]).length).toBe(10);
  }, 60_000);
});
