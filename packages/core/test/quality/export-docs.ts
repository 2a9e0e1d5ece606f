import { INDICATOR_COLUMNS, TARGET_COLUMNS, type Column } from '../../src/export/figure-rows.js';

function table<Row>(columns: ReadonlyArray<Column<Row>>): string {
  return ['| column | type | meaning |', '|---|---|---|', ...columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.description} |`)].join('\n');
}

/** docs/exports.md, generated from the column lists so it cannot drift from the code. */
export function exportDocs(): string {
  return `# Exporting targets and indicators

\`plankb targets\` and \`plankb indicators\` write the figures of the corpus as tables, and the SDK's \`targetRows\` and \`indicatorRows\` return the same rows. Every format has the same columns, in the same order:

| format | how | notes |
|---|---|---|
| text | \`--format text\` (default) | a table sized to the terminal |
| JSON | \`--format json\` | one object per row; \`position\` is the full source position \`{start, end}\` instead of \`line\`/\`column\` |
| Markdown | \`--format md\` | a Markdown table |
| CSV | \`--format csv\` | UTF-8 with a byte-order mark, so Excel opens Chinese text correctly |
| XLSX | \`--format xlsx --output f.xlsx\` | one sheet, frozen bold header, widths fitted to the text, numbers as numbers |
| Parquet | \`--format parquet --output f.parquet\` | typed columns (string, int32, double, boolean); empty cells are nulls |

Filters: \`--doc <id>\` (repeatable), \`--region\` (a region or its districts: \`上海市\`), \`--level\`, \`--year\` (a target's deadline year, an indicator's as-of year) and \`--metric\` (fuzzy). To export the whole corpus's target table for a spreadsheet:

\`\`\`sh
pnpm -s plankb targets --format csv --output targets.csv
pnpm -s plankb indicators --format parquet --output indicators.parquet
\`\`\`

## Target columns

${table(TARGET_COLUMNS)}

## Indicator columns

${table(INDICATOR_COLUMNS)}

See [quality.md](quality.md) for how well these are extracted.
`;
}
