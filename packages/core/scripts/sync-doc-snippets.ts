// Runs every docs/snippets file, writes its output to <name>.out, and copies
// code and output into docs/sdk.md between the markers. Run: pnpm docs:snippets
// (after `pnpm build`: the snippets use @plankb/core's build, as users do).
import { readFileSync, writeFileSync } from 'node:fs';
import { listSnippets, markedNames, runSnippets, SDK_GUIDE, withSnippet } from './doc-snippets.js';

let guide = readFileSync(SDK_GUIDE, 'utf8');
const marked = new Set(markedNames(guide));
const snippets = listSnippets();
const results = await runSnippets(snippets);
for (const [i, snippet] of snippets.entries()) {
  const result = results[i]!;
  if (result.status !== 0) {
    console.error(`${snippet.file} failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  writeFileSync(snippet.outFile, result.stdout);
  guide = withSnippet(guide, snippet, readFileSync(snippet.file, 'utf8'), result.stdout);
  if (!marked.has(snippet.name)) console.warn(`docs/sdk.md has no <!-- snippet: ${snippet.name} --> marker yet`);
}
writeFileSync(SDK_GUIDE, guide);
console.log(`wrote ${SDK_GUIDE}`);
