import { readFileSync } from 'node:fs';
import { PlanError, isPlanError } from '../errors/plan-error.js';
import type { PlanDocument } from '../model/types.js';
import type { Column } from '../model/table-columns.js';
import { isIsoDay } from '../model/dates.js';
import type { ObservationEntry } from './entries.js';
import { observationEntry, resolveTarget } from './record.js';
import { importOptional } from '../_utils/optional-dependency.js';

/**
 * The columns of an observation table, for import and export. `target_id`
 * and `value` are required on import; the names of earlier exports (`id`,
 * `target`, `docId`, `recordedBy`, `recordedAt`) are read too.
 */
export const OBSERVATION_COLUMNS: ReadonlyArray<Column<ObservationEntry>> = [
  { name: 'observation_id', type: 'string', description: 'The entry id (empty on import: one is made)', get: (e) => e.id },
  { name: 'target_id', type: 'string', description: 'The target (`targets.target_id`); on import also `<doc>/<metric>` (qingdao-2025/机架)', get: (e) => e.target },
  { name: 'doc_id', type: 'string', description: 'The target\'s document (filled in on import)', get: (e) => e.docId },
  { name: 'metric', type: 'string', description: 'The target\'s metric (filled in on import)', get: (e) => e.metric },
  { name: 'value', type: 'double', description: 'The value observed, in the target\'s unit', get: (e) => e.value },
  { name: 'unit', type: 'string', description: 'The unit; must be the target\'s when given', get: (e) => e.unit },
  { name: 'date', type: 'date', description: 'The day the value was reached or reported; today when empty on import', get: (e) => e.date },
  { name: 'role', type: 'string', description: '`observation` (default) or `baseline`', get: (e) => e.role },
  { name: 'source', type: 'string', description: 'Where the figure comes from', get: (e) => e.source },
  { name: 'note', type: 'string', description: 'Anything else', get: (e) => e.note },
  { name: 'recorded_by', type: 'string', description: 'Who recorded it (the importer when empty)', get: (e) => e.recordedBy },
  { name: 'recorded_at', type: 'timestamp', description: 'When it was recorded, UTC (filled in on import)', get: (e) => e.recordedAt },
  { name: 'supersedes', type: 'string', description: 'The `observation_id` of an entry this one corrects', get: (e) => e.supersedes },
];

/** Column names of earlier exports, read as today's. */
const LEGACY_NAMES: Readonly<Record<string, string>> = { id: 'observation_id', target: 'target_id' };

/** A header cell as a column name: `recordedBy` and `Recorded By` are `recorded_by`, `target` is `target_id`. */
function columnName(header: string): string {
  const snake = header.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[\s-]+/g, '_').toLowerCase();
  return LEGACY_NAMES[snake] ?? snake;
}

/** A row of an imported table that does not validate. */
export interface RowProblem {
  /** The row's number in the file, counting the header as row 1. */
  row: number;
  message: string;
}

/** Parse CSV text (RFC 4180: quoted fields, doubled quotes, CRLF), dropping a byte-order mark. Blank lines stay, as empty rows, so row numbers match the file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A date cell as text: a day for a date at midnight UTC (as exports write days), the date and time otherwise. */
function cellDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * Read a table, with the file's errors as PlanErrors.
 *
 * @param path The file.
 * @returns Its rows of cells.
 * @throws {PlanError} `file-not-found`, `file-unreadable`, or what readTable throws.
 */
async function readTableOrFail(path: string): Promise<string[][]> {
  try {
    return await readTable(path);
  } catch (error) {
    if (isPlanError(error)) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new PlanError('file-not-found', `File not found: ${path}`, { cause: error });
    // Note: exceljs's own errors (not a zip, a damaged workbook) and the system's (EACCES, EISDIR) alike.
    throw new PlanError('file-unreadable', `Cannot read ${path}: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
}

async function readTable(path: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(path)) {
    const { default: ExcelJS } = await importOptional('exceljs', 'Reading an .xlsx observation table', () => import('exceljs'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row, number) => {
      const values = (row.values as unknown[]).slice(1);
      // Note: rows keep their sheet numbers (1-based), so a problem names the row a spreadsheet shows.
      rows[number - 1] = values.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? cellDate(v) : String(v)));
    });
    return Array.from(rows, (r) => r ?? []);
  }
  if (/\.csv$/i.test(path)) return parseCsv(readFileSync(path, 'utf8'));
  throw new PlanError('invalid-argument', `${path}: expected a .csv or .xlsx file of observations.`);
}

/**
 * Read a value as people write it, as `plankb track record` does: `63000`,
 * `63,000`, `9，000`, `6.3万`, `1.2亿`.
 *
 * @param text The cell.
 * @returns The number, or `NaN` when it is not one.
 */
export function readValue(text: string): number {
  const match = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(万|亿)?$/i.exec(text.replace(/[,，_\s]/g, ''));
  const value = match ? Number(match[1]) * (match[2] === '万' ? 1e4 : match[2] === '亿' ? 1e8 : 1) : Number.NaN;
  // Note: 6.3万 is 63000 exactly, not 63000.00000000001.
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : Number.NaN;
}

/**
 * Read a table of observations (CSV or XLSX) into store entries, validating
 * every row. Nothing is written here: the caller adds the entries only when
 * no row has a problem, so an import is all or nothing.
 *
 * @param path The file.
 * @param documents The corpus's documents, to resolve targets.
 * @param by Who is importing (for rows that do not say).
 * @returns The entries with the row each came from, and the problems, with row numbers.
 * @throws {PlanError} `file-not-found` or `file-unreadable` when the file cannot be read (or is not a workbook),
 *   `invalid-argument` when it is neither .csv nor .xlsx, `missing-dependency` for .xlsx without exceljs.
 */
export async function readObservationTable(path: string, documents: readonly PlanDocument[], by: string): Promise<{ entries: ObservationEntry[]; rows: number[]; problems: RowProblem[] }> {
  const rows = await readTableOrFail(path);
  const header = (rows[0] ?? []).map(columnName);
  const problems: RowProblem[] = [];
  for (const required of ['target_id', 'value']) if (!header.includes(required)) problems.push({ row: 1, message: `the header has no \`${required}\` column (columns: ${OBSERVATION_COLUMNS.map((c) => c.name).join(', ')})` });
  if (problems.length > 0) return { entries: [], rows: [], problems };
  const entries: ObservationEntry[] = [];
  const entryRows: number[] = [];
  rows.slice(1).forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (name: string): string => (header.includes(name) ? (cells[header.indexOf(name)] ?? '') : '').trim();
    const value = readValue(get('value'));
    const date = get('date');
    const role = get('role') || 'observation';
    if (get('value') === '' || !Number.isFinite(value)) return void problems.push({ row, message: `value "${get('value')}" is not a number` });
    if (date !== '' && !isIsoDay(date)) return void problems.push({ row, message: `date "${date}" is not a real day in YYYY-MM-DD form` });
    const recordedAt = get('recorded_at');
    if (recordedAt !== '' && Number.isNaN(Date.parse(recordedAt))) return void problems.push({ row, message: `recorded_at "${recordedAt}" is not a date and time` });
    if (role !== 'observation' && role !== 'baseline') return void problems.push({ row, message: `role "${role}" is neither observation nor baseline` });
    try {
      const target = resolveTarget(documents, get('target_id'));
      const entry = observationEntry({ target, value, date: date || undefined, unit: get('unit') || undefined, role, source: get('source') || null, note: get('note') || null, by: get('recorded_by') || by, supersedes: get('supersedes') || null });
      // Note: an exported entry keeps its id and time, so corrections still point at what they correct after a round trip.
      entries.push({ ...entry, ...(get('observation_id') ? { id: get('observation_id') } : {}), ...(recordedAt ? { recordedAt: new Date(Date.parse(recordedAt)).toISOString() } : {}) });
      entryRows.push(row);
    } catch (error) {
      if (!isPlanError(error)) throw error;
      problems.push({ row, message: error.message.split('\n')[0] ?? error.message });
    }
  });
  return { entries, rows: entryRows, problems };
}
