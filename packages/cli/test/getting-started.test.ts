import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { Io } from '../src/io.js';
import { widthOf } from '@plankb/terminal-text';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const docPath = join(root, 'docs/getting-started.md');
const bin = join(root, 'packages/cli/dist/cli.js');
/** The width the page says its captures were taken at. */
const COLUMNS = 100;
const ENV = { LANG: 'C.UTF-8' };

/** A block of the page: its kind (`sh`, `console`), first and last line (0-based, fences excluded). */
interface Block {
  kind: string;
  from: number;
  to: number;
}

function blocks(lines: readonly string[]): Block[] {
  const found: Block[] = [];
  for (let k = 0; k < lines.length; k++) {
    const open = /^```(\w+)$/.exec(lines[k] ?? '');
    if (!open) continue;
    const end = lines.indexOf('```', k + 1);
    found.push({ kind: open[1] ?? '', from: k + 1, to: end });
    k = end;
  }
  return found;
}

/** Run one `$` line as the page's shell would, plankb in-process with a terminal as wide as the page says. */
async function runLine(command: string, last: { code: number }): Promise<string> {
  if (command === 'echo $?') return `${last.code}\n`;
  const truncate = /^: > (\S+)$/.exec(command);
  if (truncate) {
    writeFileSync(truncate[1] ?? '', '');
    return '';
  }
  const plankb = /^pnpm -s plankb ([^|>"']*?)(?: \| (head|tail) -n (\d+))?$/.exec(command);
  if (plankb) {
    const args = (plankb[1] ?? '').trim().split(/\s+/);
    const piped = plankb[2] !== undefined;
    const out: string[] = [];
    const err: string[] = [];
    // Note: a terminal shows stdout and stderr in the order written; a pipe takes stdout only, and stderr still
    // reaches the terminal: what plankb writes to it before its output (a caption) shows first, the rest last.
    const before: string[] = [];
    const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void (out.length === 0 ? before : err).push(t), env: ENV, columns: piped ? undefined : COLUMNS };
    const both: string[] = [];
    const interleaved: Io = { ...io, stdout: (t) => void both.push(t), stderr: (t) => void both.push(t) };
    last.code = await run(args, piped ? io : interleaved);
    if (!piped) return both.join('');
    const n = Number(plankb[3]);
    const lines = out.join('').split('\n').slice(0, -1);
    return `${before.join('')}${(plankb[2] === 'head' ? lines.slice(0, n) : lines.slice(-n)).join('\n')}\n${err.join('')}`;
  }
  // Everything else (node -e, head of a file) through a shell, with the built bin for plankb.
  return execFileSync('sh', ['-c', command.replace(/pnpm -s plankb/g, `node ${bin}`)], { cwd: root, env: { ...process.env, ...ENV }, encoding: 'utf8' });
}

/** The page with every console block's output replaced by what the commands print now. */
async function regenerate(text: string): Promise<string> {
  const lines = text.split('\n');
  const out = [...lines];
  // Note: replace from the end, so earlier blocks keep their line numbers.
  const all = blocks(lines);
  const replacements: Array<{ from: number; to: number; lines: string[] }> = [];
  for (const block of all) {
    const body = lines.slice(block.from, block.to);
    if (block.kind === 'sh') {
      const heredoc = /^cat > (\S+) <<'EOF'$/.exec(body[0] ?? '');
      if (heredoc) writeFileSync(heredoc[1] ?? '', `${body.slice(1, body.indexOf('EOF')).join('\n')}\n`);
      continue;
    }
    if (block.kind !== 'console') continue;
    const fresh: string[] = [];
    const last = { code: 0 };
    for (const line of body) {
      if (!line.startsWith('$ ')) continue;
      fresh.push(line);
      const output = await runLine(line.slice(2), last);
      if (output !== '') fresh.push(...output.replace(/\n$/, '').split('\n'));
    }
    replacements.push({ from: block.from, to: block.to, lines: fresh });
  }
  for (const r of replacements.reverse()) out.splice(r.from, r.to - r.from, ...r.lines);
  return out.join('\n');
}

describe('docs/getting-started.md', () => {
  it('should show what the commands print, at the width it states', async () => {
    const before = process.cwd();
    process.chdir(root);
    try {
      const text = readFileSync(docPath, 'utf8');
      const fresh = await regenerate(text);
      // UPDATE=1 rewrites the page's captures from the real commands.
      if (process.env.UPDATE === '1') writeFileSync(docPath, fresh);
      expect(fresh).toBe(text);
      for (const block of blocks(fresh.split('\n')).filter((b) => b.kind === 'console')) {
        for (const line of fresh.split('\n').slice(block.from, block.to)) if (!line.startsWith('$ ')) expect(widthOf(line), line).toBeLessThanOrEqual(COLUMNS);
      }
    } finally {
      process.chdir(before);
    }
  }, 60_000);
});
