import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanDocument } from '@plankb/core';
import { loadCorpus } from '@plankb/core/corpus';
import { afterAll } from 'vitest';
import { run } from '../src/cli.js';
import type { Io } from '../src/io.js';
import type { GlobalArgs } from '../src/options.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * An `Io` that records what is written.
 *
 * @param options The terminal width (none: not a terminal) and environment.
 * @returns The io and readers of what it recorded.
 */
export function captureIo(options: { columns?: number; env?: Record<string, string> } = {}): {
  io: Io;
  stdout: () => string;
  stderr: () => string;
} {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: options.env ?? {}, columns: options.columns };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/**
 * Run plankb in-process, as the bin does, capturing its output.
 *
 * @param args The arguments.
 * @param options The terminal width and environment (LANG unset: English).
 * @returns The exit code and what went to stdout and stderr.
 */
export async function runCli(args: string[], options: { columns?: number; env?: Record<string, string> } = {}): Promise<Captured> {
  const captured = captureIo(options);
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** Global options as yargs gives them when none is set, for calling handlers directly. */
export const defaults: GlobalArgs = { corpus: undefined, format: 'text', output: undefined, lang: 'en' };

let corpus: ReturnType<typeof loadCorpus> | undefined;

/**
 * A document of the bundled corpus, loaded once per test file.
 *
 * @param id The document id.
 * @returns The document.
 */
export function seedDocument(id: string): PlanDocument {
  corpus ??= loadCorpus();
  const found = corpus.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no seed ${id}`);
  return found;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Write files to a fresh temporary folder, removed after the test file.
 *
 * @param files File names and their text.
 * @returns The folder.
 */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plankb-cli-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A small plan in the shape of a district 工作要点, with full-width （一） items. */
export const SMALL_PLAN = [
  '2026年某某区数据工作要点',
  '',
  '一、夯实数字底座',
  '（一）建设算力中心。推进区级算力中心建设，年底前完成一期工程。',
  '（二）完善政务网络。提升政务外网带宽。',
  '二、促进数据流通',
  '（一）开放公共数据。发布公共数据开放清单。',
  '',
  '某某区数据局',
  '2026年1月5日',
  '',
].join('\n');
