import type { Position } from './types.js';

/**
 * What a column holds, for typed exports: Parquet's types, XLSX's numbers,
 * date and date-time cells. `date` is an ISO day (`2025-12-31`) and
 * `timestamp` an ISO date and time; both are written as text in CSV and JSON.
 */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'date' | 'timestamp';

/**
 * A column of an exported table: its name, its type for typed formats, what
 * it means, and how to read it from a row. Names are snake_case and no SQL
 * reserved word, so that they work unquoted in DuckDB, SQLite, PostgreSQL or
 * Spark.
 */
export interface Column<Row> {
  name: string;
  type: ColumnType;
  /** What the column means, for docs/exports.md. */
  description: string;
  /** Read the cell of a row. */
  get: (row: Row) => string | number | boolean | null;
}

/**
 * The columns that place an item in its source file: start and end line and
 * column (1-based) and offset (0-based, UTF-16 code units), so that
 * `text.slice(start_offset, end_offset)` is the item exactly.
 *
 * @param position Read the item's position from a row (`null` for none).
 * @param what What the position spans, for the descriptions (`the quote`).
 * @returns Six columns.
 */
export function positionColumns<Row>(position: (row: Row) => Position | null, what: string): Array<Column<Row>> {
  return [
    { name: 'start_line', type: 'int', description: `Line where ${what} starts in the source file (1-based)`, get: (r) => position(r)?.start.line ?? null },
    { name: 'start_column', type: 'int', description: `Column where ${what} starts (1-based)`, get: (r) => position(r)?.start.column ?? null },
    { name: 'end_line', type: 'int', description: `Line where ${what} ends`, get: (r) => position(r)?.end.line ?? null },
    { name: 'end_column', type: 'int', description: `Column just after ${what}'s last character`, get: (r) => position(r)?.end.column ?? null },
    { name: 'start_offset', type: 'int', description: `Offset of ${what}'s first character in the file's text (0-based, UTF-16 code units)`, get: (r) => position(r)?.start.offset ?? null },
    { name: 'end_offset', type: 'int', description: `Offset just after ${what}'s last character: \`text.slice(start_offset, end_offset)\` is ${what} exactly`, get: (r) => position(r)?.end.offset ?? null },
  ];
}

/**
 * Rows as plain objects with the table's columns, in order: the JSON form of
 * an export, with the same names and values as CSV and Parquet.
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @returns One object per row.
 */
export function toRecords<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): Array<Record<string, string | number | boolean | null>> {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.get(r)])));
}
