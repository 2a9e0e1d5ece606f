// The parse oracle: the output of `parseDocument` on every seed, every real document of a folder and a generated
// corpus, one SHA-256 per file, so that a change made for speed can be shown to leave every output byte-identical.
// It imports core's sources from the repository given, so the same corpus can be parsed by two checkouts (a second
// worktree at the commit before a change, with the change applied in the other) and the two lists compared.
//
//   pnpm exec tsx bench/parse-oracle.ts [--root .] [--real ../shared/realdocs] [--docs 300] [--seed 42]
//                                       [--corpus dir] [--out hashes.txt] [--json dir] [--converted]
//
// The generated corpus is written once to --corpus (a folder in the system temp folder by default) and reused,
// so the two runs read the same bytes; it needs the built SDK (bench/generate-corpus.ts imports dist/).
// The generated documents are parsed a second time hard-wrapped at 38 characters, as PDF text is (group `wrapped`).
// --json writes each file's parse as JSON too, to diff the one that differs. --converted adds the web pages, Word and PDF
// files of packages/core/test/realfiles and test/converted, converted by the checkout's converters (slower: a child
// process each; PLANKB_CACHE=0 keeps the conversion cache out), whose text is hard-wrapped and laid out as those formats are.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(option('root') ?? repoRoot);
const realDir = resolve(option('real') ?? join(repoRoot, '..', 'shared', 'realdocs'));
const docs = Number(option('docs') ?? 300);
const seed = Number(option('seed') ?? 42);
const corpusDir = resolve(option('corpus') ?? join(tmpdir(), `plankb-oracle-${docs}-${seed}`));
const out = option('out');
const jsonDir = option('json');
const converted = process.argv.includes('--converted');

// Note: the text files only; converted formats (web pages, Word, PDF) go through a child process and are not the parser's speed.
const TEXT_FILE = /\.(txt|md|markdown)$/i;

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => TEXT_FILE.test(name) && !/^readme\./i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

if (!existsSync(join(corpusDir, '.complete'))) {
  const { generateCorpus } = (await import('./generate-corpus.js')) as typeof import('./generate-corpus.js');
  mkdirSync(corpusDir, { recursive: true });
  generateCorpus({ documents: docs, seed, dir: corpusDir });
  writeFileSync(join(corpusDir, '.complete'), '');
}

const CONVERTED_FILE = /\.(html?|docx?|pdf)$/i;

function convertedFiles(): string[] {
  if (!converted) return [];
  return ['realfiles', 'converted'].flatMap((folder) => {
    const dir = join(root, 'packages', 'core', 'test', folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => CONVERTED_FILE.test(name) && !/SCANNED/.test(name))
          .sort()
          .map((name) => join(dir, name))
      : [];
  });
}

const core = (await import(pathToFileURL(join(root, 'packages', 'core', 'src', 'index.ts')).href)) as typeof import('../packages/core/src/index.js');
const { decodeSource } = (await import(pathToFileURL(join(root, 'packages', 'core', 'src', 'source', 'decode-source.ts')).href)) as typeof import('../packages/core/src/source/decode-source.js');

const { readSourceFile } = (await import(pathToFileURL(join(root, 'packages', 'core', 'src', 'corpus.ts')).href)) as typeof import('../packages/core/src/corpus.js');

const groups: Array<[string, string[]]> = [
  ['seeds', textFiles(join(repoRoot, 'seeds'))],
  ['real', textFiles(realDir)],
  ['generated', textFiles(corpusDir)],
  ['converted', convertedFiles()],
  ['wrapped', textFiles(corpusDir)],
];

/** A text broken into lines of at most `width` characters, as a PDF's text breaks paragraphs at the page's margin. */
function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => (line.length <= width ? [line] : Array.from({ length: Math.ceil(line.length / width) }, (_, k) => line.slice(k * width, (k + 1) * width))))
    .join('\n');
}
if (jsonDir) mkdirSync(jsonDir, { recursive: true });
const lines: string[] = [];
const all = createHash('sha256');
for (const [group, files] of groups) {
  for (const file of files) {
    let text: string;
    let truncated = false;
    if (group === 'converted') {
      text = readSourceFile(file).text;
    } else if (group === 'wrapped') {
      const decoded = decodeSource(readFileSync(file));
      text = hardWrapped('text' in decoded ? decoded.text : '', 38);
    } else {
      const decoded = decodeSource(readFileSync(file));
      text = 'text' in decoded ? decoded.text : '';
      truncated = 'truncated' in decoded ? decoded.truncated === true : false;
    }
    const result = core.parseDocument(text, { file: basename(file), truncated });
    const json = JSON.stringify(result);
    const hash = createHash('sha256').update(json).digest('hex');
    all.update(hash);
    lines.push(`${hash}  ${group}/${basename(file)}`);
    if (jsonDir) writeFileSync(join(jsonDir, `${group}--${basename(file)}.json`), `${JSON.stringify(result, null, 1)}\n`);
  }
}
const report = `${lines.join('\n')}\n`;
if (out) writeFileSync(out, report);
process.stdout.write(`${groups.map(([g, f]) => `${f.length} ${g}`).join(', ')}; all: ${all.digest('hex')}\n`);
