// The SDK guide's snippets: each is a file in docs/snippets/ that runs as is,
// with its output next to it (<name>.out). docs/sdk.md shows both between
// markers, which `pnpm docs:snippets` fills in and a test checks:
//
//   <!-- snippet: load-corpus -->
//   ```ts
//   …the text of docs/snippets/load-corpus.ts…
//   ```
//   <!-- /snippet -->
//   <!-- output: load-corpus -->
//   ```text
//   …the text of docs/snippets/load-corpus.out…
//   ```
//   <!-- /output -->
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: snippets run from there, so `tsx` and `@plankb/core` resolve as in a user's project. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SNIPPETS_DIR = join(REPO_ROOT, 'docs', 'snippets');
export const SDK_GUIDE = join(REPO_ROOT, 'docs', 'sdk.md');

export interface Snippet {
  /** The file name without its extension; the marker name in sdk.md. */
  name: string;
  /** The snippet's absolute path. */
  file: string;
  /** Where its expected output is kept. */
  outFile: string;
  /** The code fence language. */
  language: 'ts' | 'js';
}

/**
 * The snippet files, in name order.
 *
 * @returns Every .ts, .mjs and .cjs file of docs/snippets.
 */
export function listSnippets(): Snippet[] {
  return readdirSync(SNIPPETS_DIR)
    .filter((file) => /\.(?:ts|mjs|cjs)$/.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.[^.]+$/, '');
      return { name, file: join(SNIPPETS_DIR, file), outFile: join(SNIPPETS_DIR, `${name}.out`), language: file.endsWith('.ts') ? 'ts' : 'js' };
    });
}

/**
 * Run a snippet with tsx against the built @plankb/core, from the repository root.
 *
 * @param snippet The snippet.
 * @returns Its exit status and output, once it has finished.
 */
export function runSnippet(snippet: Snippet): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' };
  delete env.PLANKB_CORPUS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', snippet.file], { cwd: REPO_ROOT, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Run every snippet, two at a time (one at a time takes most of a minute; all
 * at once crowds a small CI machine).
 *
 * @param snippets The snippets.
 * @returns Their results, in the same order.
 */
export async function runSnippets(snippets: readonly Snippet[]): Promise<Array<Awaited<ReturnType<typeof runSnippet>>>> {
  const results: Array<Awaited<ReturnType<typeof runSnippet>>> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < snippets.length; i = next++) results[i] = await runSnippet(snippets[i]!);
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function markerPattern(kind: 'snippet' | 'output', name: string): RegExp {
  return new RegExp(`(<!-- ${kind}: ${name} -->\\n)\`\`\`\\w*\\n[\\s\\S]*?\`\`\`\\n(<!-- /${kind} -->)`);
}

/**
 * What sdk.md shows between a pair of markers.
 *
 * @param markdown The guide's text.
 * @param kind `snippet` for the code, `output` for what it prints.
 * @param name The snippet's name.
 * @returns The fenced text, or `undefined` when the markers are missing.
 */
export function shownIn(markdown: string, kind: 'snippet' | 'output', name: string): string | undefined {
  const match = new RegExp(`<!-- ${kind}: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n<!-- /${kind} -->`).exec(markdown);
  return match?.[1];
}

/**
 * The names sdk.md has markers for.
 *
 * @param markdown The guide's text.
 * @returns The names of every `<!-- snippet: … -->` marker.
 */
export function markedNames(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- snippet: ([\w-]+) -->/g)].map((m) => m[1] ?? '');
}

/**
 * Put a snippet's code and output between its markers.
 *
 * @param markdown The guide's text.
 * @param snippet The snippet.
 * @param code Its text.
 * @param output What it prints.
 * @returns The guide with both blocks replaced (unchanged where a marker is missing).
 */
export function withSnippet(markdown: string, snippet: Snippet, code: string, output: string): string {
  return markdown
    .replace(markerPattern('snippet', snippet.name), (_m, open: string, close: string) => `${open}\`\`\`${snippet.language}\n${code}\`\`\`\n${close}`)
    .replace(markerPattern('output', snippet.name), (_m, open: string, close: string) => `${open}\`\`\`text\n${output}\`\`\`\n${close}`);
}
