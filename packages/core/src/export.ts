// @plankb/core/export: the export columns of documents, tasks, assignments, targets and indicators, and the writers
// (CSV, Markdown, XLSX, Parquet). XLSX needs the optional peer dependency exceljs and Parquet hyparquet-writer; each
// is loaded on first use.

export type { Column as FigureColumn, Column as ExportColumn, ColumnType } from './model/table-columns.js';
export { toRecords } from './model/table-columns.js';
export type { FigureFilter, IndicatorRow, TargetRow } from './export/figure-rows.js';
export { filterFigureRows, INDICATOR_COLUMNS, indicatorRows, TARGET_COLUMNS, targetRows } from './export/figure-rows.js';
export type { DatasetTable } from './export/dataset.js';
export { corpusDataset } from './export/dataset.js';
export type { SectionRow } from './export/dataset-columns.js';
export { ASSIGNMENT_COLUMNS, DOCUMENT_COLUMNS, SECTION_COLUMNS, TASK_COLUMNS } from './export/dataset-columns.js';
export { toCsv, toMarkdownTable, toParquet, toXlsx } from './export/tables.js';
