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

## Rows of a 主要指标 table

A five-year plan's table of main indicators (指标 | 2020年 or “十四五”完成值 | 2025年 or “十五五”目标值 | 属性, often with a unit column, categories and a 〔累计〕 column) gives one target row per table row, with the row kept together: \`value\` (and \`comparator\`: ＞80 is \`>\`, ≥8 is \`>=\`, 90以上 is \`>=\`) from the target column, \`year\` from its header, \`baseline\`, \`baselineYear\` and \`baselineAsOf\` from the baseline column, and \`attribute\` from 属性 (约束性 → \`binding\`, 预期性 → \`expected\`). The baseline is also an indicator row, whose id is \`baselineIndicatorId\`. A five-year cumulative change (〔18〕) is a target row of its own, its metric ending in （累计）, with no baseline. A baseline cell \`-\` leaves the baseline columns empty; a range cell (40-45) gives \`value\` 40, \`valueMax\` 45 and comparator \`>=\`, as a range in the text (3—5个) does. A row under a merged 属性 cell takes the attribute of the row above. Tables are read one cell per line, flattened into one line, or as Markdown pipe tables. Targets stated in the text have empty \`baseline\` and \`attribute\` columns.

\`\`\`sh
pnpm -s plankb targets plan.md --format xlsx --output plan-targets.xlsx
\`\`\`

## Indicator columns

${table(INDICATOR_COLUMNS)}

See [quality.md](quality.md) for how well these are extracted.
`;
}
