// A parse loop over a generated corpus to profile `parseDocument`, and its time against reading and splitting the
// same bytes (the baseline of `pnpm bench`'s parse row), measured the same way: interleaved runs, medians.
//
//   pnpm --filter @plankb/core build
//   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/parse-profile.ts [--docs 2000] [--runs 3]
//   pnpm exec tsx bench/parse-profile.ts --top 30 /tmp/prof
//   pnpm exec tsx bench/parse-profile.ts --src /tmp/base   (core's sources of a checkout instead of dist/, for an A/B)
//
// The profile (a .cpuprofile per process) opens in Chrome's DevTools or speedscope; `--top N dir` prints the N functions
// with the most self time in the newest profile of dir, and parses nothing.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { timed } from './timing.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The functions with the most self time in the newest profile of a folder. */
function top(profileDir: string, count: number): void {
  const newest = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(profileDir, f))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
    .pop();
  if (!newest) throw new Error(`no .cpuprofile in ${profileDir}`);
  const profile = JSON.parse(readFileSync(newest, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const frame = byId.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${basename(frame.url)}:${frame.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}\n`);
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

async function measure(docs: number, runs: number, src: string | undefined): Promise<void> {
  // Note: the built SDK, as `pnpm bench` runs it, or a checkout's sources; imported here so that --top needs no build.
  const entry = (name: string): string => (src ? pathToFileURL(join(resolve(src), 'packages', 'core', 'src', `${name}.ts`)).href : `../packages/core/dist/${name}.js`);
  const { readSourceFile } = (await import(entry('corpus'))) as typeof import('../packages/core/dist/corpus.js');
  const { parseDocument } = (await import(entry('index'))) as typeof import('../packages/core/dist/index.js');
  const { generateCorpus } = await import('./generate-corpus.js');
  const dir = join(tmpdir(), `plankb-profile-${docs}-42`);
  if (!existsSync(join(dir, '.complete'))) {
    mkdirSync(dir, { recursive: true });
    generateCorpus({ documents: docs, seed: 42, dir });
    writeFileSync(join(dir, '.complete'), '');
  }
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  const readSplit = () => {
    for (const file of files) readFileSync(file).toString('utf8').split(/\r\n|\n|\r/);
  };
  const parseAll = () => {
    for (const file of files) {
      const source = readSourceFile(file);
      parseDocument(source.text, { file: basename(file), sha256: source.sha256 });
    }
  };
  readSplit();
  parseAll(); // warm the JIT
  const base: Array<{ wall: number; cpu: number }> = [];
  const parse: Array<{ wall: number; cpu: number }> = [];
  for (let r = 0; r < runs; r++) {
    base.push(timed(readSplit));
    parse.push(timed(parseAll));
  }
  const [bw, pw] = [median(base.map((r) => r.wall)), median(parse.map((r) => r.wall))];
  const [bc, pc] = [median(base.map((r) => r.cpu)), median(parse.map((r) => r.cpu))];
  process.stdout.write(`${files.length} files: read+split ${bw.toFixed(0)} ms (CPU ${bc.toFixed(0)}), parse ${pw.toFixed(0)} ms (CPU ${pc.toFixed(0)}), ratio ${(pw / bw).toFixed(2)}x\n`);
}

const topAt = process.argv.indexOf('--top');
if (topAt >= 0) top(process.argv[topAt + 2] ?? '.', option('top', 30));
else {
  const srcAt = process.argv.indexOf('--src');
  await measure(option('docs', 2000), option('runs', 3), srcAt >= 0 ? process.argv[srcAt + 1] : undefined);
}
