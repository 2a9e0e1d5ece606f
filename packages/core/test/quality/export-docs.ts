import type { Column } from '../../src/model/table-columns.js';
import { ASSIGNMENT_COLUMNS, DOCUMENT_COLUMNS, SECTION_COLUMNS, TASK_COLUMNS } from '../../src/export/dataset-columns.js';
import { INDICATOR_COLUMNS, TARGET_COLUMNS } from '../../src/export/figure-rows.js';
import { OBSERVATION_COLUMNS } from '../../src/track/observation-table.js';

function table<Row>(columns: ReadonlyArray<Column<Row>>): string {
  return ['| column | type | meaning |', '|---|---|---|', ...columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.description} |`)].join('\n');
}

/** docs/exports.md, generated from the column lists so it cannot drift from the code. */
export function exportDocs(): string {
  return `# Exporting plankb's data

plankb's data leaves the terminal in two ways:

- **The corpus dataset**: \`plankb export --output <folder>\` writes the whole corpus as related tables (documents, sections, tasks, assignments, targets, indicators and observations) in Parquet and CSV, for DuckDB, pandas, R or Spark.
- **Figure tables**: \`plankb targets\` and \`plankb indicators\` write the targets or indicators of some documents, filtered, as text, JSON, Markdown, CSV, XLSX or Parquet. \`plankb track export\` does the same for observations.

A table has the same columns, in the same order, in every format, JSON included. Column names are snake_case and no SQL reserved word, so they work unquoted in DuckDB, SQLite, PostgreSQL and Spark SQL. Empty cells are nulls.

## The corpus dataset

\`\`\`sh
pnpm -s plankb export --output plankb-data
pnpm -s plankb export --corpus my-plans --output my-plans-data
\`\`\`

The folder gets \`<table>.parquet\` and \`<table>.csv\` for each of the seven tables below; files of those names are replaced, each atomically, and nothing else in the folder is touched. stdout stays empty; stderr lists the tables and their row counts. The observations are those of the corpus's store (\`--store\` as for \`plankb track\`, see [tracking.md](tracking.md)), every entry including the ones a correction \`supersedes\`. A corpus file that cannot be read, or a store line that does not validate, is reported and left out, the rest is written, and the exit code is 1.

Every table's key is a stable id, and the other tables refer to it by the same column name, so tables join with \`USING\`:

| table | a row is | key | refers to |
|---|---|---|---|
| \`documents\` | a plan document | \`doc_id\` | |
| \`sections\` | a chapter or sub-section heading | \`section_id\` | \`doc_id\`, \`parent_section_id\` (a section) |
| \`tasks\` | a task (任务) | \`task_id\` | \`doc_id\`, \`section_id\` |
| \`assignments\` | a row of a task-allocation table (重点任务分工表), or a duty clause | \`assignment_id\` | \`doc_id\`, \`task_id\` |
| \`targets\` | a quantitative target: a figure to reach by a deadline | \`target_id\` | \`doc_id\`, \`task_id\`, \`section_id\`, \`baseline_indicator_id\` (an indicator) |
| \`indicators\` | a reported figure: a value reached, as of a day | \`indicator_id\` | \`doc_id\`, \`task_id\`, \`section_id\` |
| \`observations\` | a value someone recorded for a target (\`plankb track record\`) | \`observation_id\` | \`target_id\`, \`doc_id\`, \`supersedes\` (an observation) |

Every item keeps its exact place in its source file (\`documents.file\`): \`start_line\`, \`start_column\`, \`end_line\` and \`end_column\` as an editor shows them, and \`start_offset\`/\`end_offset\` into the file's text, so that \`text.slice(start_offset, end_offset)\` is the item (for a quote, exactly the \`quote\` column).

### Types

| type | Parquet | CSV and JSON | XLSX |
|---|---|---|---|
| string | \`BYTE_ARRAY\` (UTF-8) | text | text |
| int | \`INT32\` | a number | a number |
| double | \`DOUBLE\` | a number | a number |
| boolean | \`BOOLEAN\` | \`true\` or \`false\` | \`true\` or \`false\` |
| date | \`INT32\` \`DATE\` | \`2025-12-31\` | a date cell (\`yyyy-mm-dd\`) |
| timestamp | \`INT64\` \`TIMESTAMP_MILLIS\` (UTC) | \`2025-06-30T10:15:00.000Z\` | a date-and-time cell |

CSV files start with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly; DuckDB, pandas and Spark skip it. Values are numbers with their unit in its own column (\`value\` 65000, \`unit\` 架): figures stated as 6.5万 are scaled.

### With DuckDB

Targets by region and deadline year, with how many a task states:

\`\`\`sql
SELECT d.region, t.deadline_year, count(*) AS targets, count(t.task_id) AS in_tasks
FROM 'plankb-data/targets.parquet' AS t
JOIN 'plankb-data/documents.parquet' AS d USING (doc_id)
GROUP BY d.region, t.deadline_year
ORDER BY d.region, t.deadline_year;
\`\`\`

The lead units (牵头单位) with the most tasks, and when their first duty is due:

\`\`\`sql
SELECT unit, count(DISTINCT task_id) AS tasks, min(due) AS first_due
FROM (SELECT task_id, due, unnest(string_split(lead_units, '、')) AS unit FROM 'plankb-data/assignments.parquet')
GROUP BY unit
ORDER BY tasks DESC, unit
LIMIT 10;
\`\`\`

Each target with the latest value observed for it (a correction replaces the entry it \`supersedes\`):

\`\`\`sql
SELECT t.target_id, t.metric, t.comparator, t.value AS target, t.unit, o.value AS latest, o.date
FROM 'plankb-data/targets.parquet' AS t
LEFT JOIN (
  SELECT * FROM 'plankb-data/observations.parquet'
  WHERE observation_id NOT IN (SELECT supersedes FROM 'plankb-data/observations.parquet' WHERE supersedes IS NOT NULL)
  QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY date DESC, recorded_at DESC) = 1
) AS o USING (target_id)
ORDER BY t.target_id;
\`\`\`

The same queries read the CSV files with \`read_csv('plankb-data/targets.csv')\`. A test (\`packages/cli/test/export.test.ts\`) runs these three queries on the bundled corpus and checks their results against the SDK's.

### With pandas or Spark

\`\`\`python
import pandas as pd
tasks = pd.read_parquet("plankb-data/tasks.parquet")
targets = pd.read_parquet("plankb-data/targets.parquet")
targets.merge(tasks[["task_id", "title"]], on="task_id", how="left")
\`\`\`

In Spark, \`spark.read.parquet("plankb-data/targets.parquet")\`; dates arrive as \`DateType\`.

## Figure tables

\`plankb targets\` and \`plankb indicators\` write the figures of the corpus, or of the documents named, and the SDK's \`targetRows\` and \`indicatorRows\` return the same rows. They have the columns of the dataset's \`targets\` and \`indicators\` tables:

| format | how | notes |
|---|---|---|
| text | \`--format text\` (default) | a table sized to the terminal, for reading |
| JSON | \`--format json\` | one object per row, with the columns below as keys, in their order |
| Markdown | \`--format md\` | a Markdown table |
| CSV | \`--format csv\` | UTF-8 with a byte-order mark |
| XLSX | \`--format xlsx --output f.xlsx\` | one sheet, frozen bold header, widths fitted to the text, numbers as numbers, dates as date cells |
| Parquet | \`--format parquet --output f.parquet\` | typed columns, dates as \`DATE\` |

Filters: \`--doc <id>\` (repeatable), \`--region\` (a region or its districts: \`上海市\`), \`--level\`, \`--year\` (a target's deadline year, an indicator's as-of year) and \`--metric\` (fuzzy). To export the whole corpus's target table for a spreadsheet:

\`\`\`sh
pnpm -s plankb targets --format csv --output targets.csv
pnpm -s plankb indicators --format parquet --output indicators.parquet
\`\`\`

## Rows of a 主要指标 table

A five-year plan's table of main indicators (指标 | 2020年 or “十四五”完成值 | 2025年 or “十五五”目标值 | 属性, often with a unit column, categories and a 〔累计〕 column) gives one target row per table row, with the row kept together: \`value\` (and \`comparator\`: ＞80 is \`>\`, ≥8 is \`>=\`, 90以上 is \`>=\`) from the target column, \`deadline_year\` from its header, \`baseline\`, \`baseline_year\` and \`baseline_as_of\` from the baseline column, and \`attribute\` from 属性 (约束性 → \`binding\`, 预期性 → \`expected\`). The baseline is also an indicator row, whose id is \`baseline_indicator_id\`. A five-year cumulative change (〔18〕) is a target row of its own, its metric ending in （累计）, with no baseline. A baseline cell \`-\` leaves the baseline columns empty; a range cell (40-45) gives \`value\` 40, \`value_max\` 45 and comparator \`>=\`, as a range in the text (3—5个) does. A row under a merged 属性 cell takes the attribute of the row above. Tables are read one cell per line, flattened into one line, or as Markdown pipe tables. Targets stated in the text have empty \`baseline\` and \`attribute\` columns.

\`\`\`sh
pnpm -s plankb targets plan.md --format xlsx --output plan-targets.xlsx
\`\`\`

## Data dictionary

### documents

${table(DOCUMENT_COLUMNS)}

### sections

${table(SECTION_COLUMNS)}

### tasks

${table(TASK_COLUMNS)}

### assignments

${table(ASSIGNMENT_COLUMNS)}

### targets

${table(TARGET_COLUMNS)}

### indicators

${table(INDICATOR_COLUMNS)}

### observations

These are also the columns of \`plankb track export\` and of the tables \`plankb track import\` reads (where \`target_id\` and \`value\` are required; the camelCase names of earlier exports, \`id\`, \`target\`, \`docId\`, \`recordedBy\`, \`recordedAt\`, are read too).

${table(OBSERVATION_COLUMNS)}

See [quality.md](quality.md) for how well these are extracted.
`;
}
