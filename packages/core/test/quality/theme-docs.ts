import { THEMES } from '../../src/themes/taxonomy.js';

/** docs/themes.md, generated from the taxonomy so that it cannot drift from the code. */
export function themeDocs(): string {
  const rows = THEMES.map((t) => `| \`${t.id}\` | ${t.name} | ${t.en} | ${t.keywords.join('、')} |`);
  return `# Themes

plankb tags every task with the themes of a curated taxonomy of data-bureau work. A task carries a theme when its title or body contains one of the theme's keywords. \`plankb compare --by theme\` shows a region × theme matrix over the corpus, and \`plankb compare --by theme --theme 算力\` lists the tasks behind a column. In the SDK, \`themesOf(task)\` tags one task and \`themeMatrix(documents)\` builds the matrix.

| id | theme | in English | keywords |
|---|---|---|---|
${rows.join('\n')}

The taxonomy comes from what the plans of Shanghai, its districts and Qingdao actually work on. It errs towards recall: a task that only mentions 区块链 in passing is tagged 区块链/上链 all the same. To change a theme, edit \`packages/core/src/themes/taxonomy.ts\`, then run \`pnpm --filter @plankb/core generate:theme-docs\`.
`;
}
