import { diceSimilarity, normalizeForMatch } from '../_utils/similarity.js';
import { positionColumns, type Column } from '../model/table-columns.js';
import type { Comparator, DocumentLevel, Indicator, PlanDocument, Position, Target, TargetAttribute } from '../model/types.js';

/** One row of the target table: a target with its document's region and its task's title. */
export interface TargetRow {
  id: string;
  docId: string;
  region: string | null;
  parentRegion: string | null;
  level: DocumentLevel;
  taskId: string | null;
  sectionId: string | null;
  taskTitle: string | null;
  metric: string;
  subject: string | null;
  value: number;
  unit: string | null;
  unitFamily: string | null;
  unitGloss: string | null;
  comparator: Comparator;
  /** The upper bound of a range (5 in 3—5个). */
  valueMax: number | null;
  /** The baseline its 主要指标 table row states beside it. */
  baseline: number | null;
  baselineYear: number | null;
  baselineAsOf: string | null;
  baselineIndicatorId: string | null;
  /** binding (约束性) or expected (预期性). */
  attribute: TargetAttribute | null;
  /** The deadline's year. */
  year: number | null;
  /** The deadline's date, when the text gives one. */
  date: string | null;
  approx: boolean;
  mentions: number;
  quote: string;
  file: string;
  position: Position;
}

/** One row of the indicator table. */
export interface IndicatorRow {
  id: string;
  docId: string;
  region: string | null;
  parentRegion: string | null;
  level: DocumentLevel;
  taskId: string | null;
  sectionId: string | null;
  metric: string;
  subject: string | null;
  value: number;
  unit: string | null;
  unitFamily: string | null;
  unitGloss: string | null;
  comparator: Comparator | null;
  approx: boolean;
  asOf: string | null;
  quote: string;
  file: string;
  position: Position;
}

const shared = <Row extends TargetRow | IndicatorRow>(key: string, prefix: string): Array<Column<Row>> => [
  { name: key, type: 'string', description: `Stable id, \`<doc_id>:${prefix}<n>\``, get: (r) => r.id },
  { name: 'doc_id', type: 'string', description: 'The document (`documents.doc_id`)', get: (r) => r.docId },
  { name: 'region', type: 'string', description: 'The document\'s region (青浦区)', get: (r) => r.region },
  { name: 'parent_region', type: 'string', description: 'Its parent region (上海市)', get: (r) => r.parentRegion },
  { name: 'level', type: 'string', description: 'national, province, city, district, county, town, street or unknown', get: (r) => r.level },
  { name: 'task_id', type: 'string', description: 'The task that states it, if any (`tasks.task_id`)', get: (r) => r.taskId },
  { name: 'section_id', type: 'string', description: 'The section that holds it, if any (`sections.section_id`)', get: (r) => r.sectionId },
];

const source = <Row extends TargetRow | IndicatorRow>(): Array<Column<Row>> => [
  { name: 'quote', type: 'string', description: 'The clause that states it, exactly as in the source', get: (r) => r.quote },
  { name: 'file', type: 'string', description: 'The source file, relative to the corpus folder', get: (r) => r.file },
  ...positionColumns<Row>((r) => r.position, 'the quote'),
];

/** The columns of the target table, in every format. */
export const TARGET_COLUMNS: ReadonlyArray<Column<TargetRow>> = [
  ...shared<TargetRow>('target_id', 'tg'),
  { name: 'task_title', type: 'string', description: 'The task\'s title as written', get: (r) => r.taskTitle },
  { name: 'metric', type: 'string', description: 'The thing measured (数据中心标准机架总数)', get: (r) => r.metric },
  { name: 'subject', type: 'string', description: 'What several figures of one sentence share (虚拟电厂)', get: (r) => r.subject },
  { name: 'comparator', type: 'string', description: '>, >=, =, <=, <', get: (r) => r.comparator },
  { name: 'value', type: 'double', description: 'The value, scaled (6.5万 → 65000); a range\'s lower bound', get: (r) => r.value },
  { name: 'value_max', type: 'double', description: 'A range\'s upper bound (5 in 3—5个, 85 in 80-85%), scaled; empty for a single value', get: (r) => r.valueMax },
  { name: 'unit', type: 'string', description: 'The unit as written (架, P, %, MW, 元)', get: (r) => r.unit },
  { name: 'unit_family', type: 'string', description: 'count, racks, percent, power, compute, money …', get: (r) => r.unitFamily },
  { name: 'unit_gloss', type: 'string', description: 'The unit in English (racks, PFLOPS)', get: (r) => r.unitGloss },
  { name: 'baseline', type: 'double', description: 'The value its 主要指标 table row starts from (the 2020年 or “十四五”完成值 column), scaled in the same unit; empty for a target stated in the text or a row with `-`', get: (r) => r.baseline },
  { name: 'baseline_year', type: 'int', description: 'The year the baseline is reported for', get: (r) => r.baselineYear },
  { name: 'baseline_as_of', type: 'date', description: 'The day the baseline is reported as of', get: (r) => r.baselineAsOf },
  { name: 'baseline_indicator_id', type: 'string', description: 'The indicator that holds the baseline (`indicators.indicator_id`)', get: (r) => r.baselineIndicatorId },
  { name: 'attribute', type: 'string', description: 'The row\'s 属性: binding (约束性) or expected (预期性); empty when not stated', get: (r) => r.attribute },
  { name: 'deadline_year', type: 'int', description: 'The year it is due', get: (r) => r.year },
  { name: 'deadline_date', type: 'date', description: 'The day it is due, when the text gives one (到2023年11月底 → 2023-11-30)', get: (r) => r.date },
  { name: 'approx', type: 'boolean', description: 'Whether the figure is approximate (余, 约, 左右)', get: (r) => r.approx },
  { name: 'mentions', type: 'int', description: 'How many times the document states it', get: (r) => r.mentions },
  ...source<TargetRow>(),
];

/** The columns of the indicator table, in every format. */
export const INDICATOR_COLUMNS: ReadonlyArray<Column<IndicatorRow>> = [
  ...shared<IndicatorRow>('indicator_id', 'in'),
  { name: 'metric', type: 'string', description: 'The thing measured (5G室外基站)', get: (r) => r.metric },
  { name: 'subject', type: 'string', description: 'The subject the sentence names, if any', get: (r) => r.subject },
  { name: 'comparator', type: 'string', description: 'A bound the text puts on the figure (超 → >), or empty', get: (r) => r.comparator },
  { name: 'value', type: 'double', description: 'The value, scaled', get: (r) => r.value },
  { name: 'unit', type: 'string', description: 'The unit as written', get: (r) => r.unit },
  { name: 'unit_family', type: 'string', description: 'count, racks, percent, …', get: (r) => r.unitFamily },
  { name: 'unit_gloss', type: 'string', description: 'The unit in English', get: (r) => r.unitGloss },
  { name: 'approx', type: 'boolean', description: 'Whether the figure is approximate', get: (r) => r.approx },
  { name: 'as_of', type: 'date', description: 'The day it is reported as of (截至2025年末 → 2025-12-31)', get: (r) => r.asOf },
  ...source<IndicatorRow>(),
];

/** The columns both tables take from a figure and its document. */
function figureRow(d: PlanDocument, f: Target | Indicator) {
  return {
    id: f.id,
    docId: d.id,
    region: d.region,
    parentRegion: d.parentRegion,
    level: d.level,
    taskId: f.taskId,
    sectionId: f.sectionId,
    metric: f.metric,
    subject: f.subject,
    value: f.value,
    unit: f.unit,
    unitFamily: f.unitFamily,
    unitGloss: f.unitGloss,
    approx: f.approx,
    quote: f.quote,
    file: d.source.file,
    position: f.position,
  };
}

/**
 * The target table of some documents: one row per target.
 *
 * @param documents Parsed documents.
 * @returns Rows in document order.
 */
export function targetRows(documents: readonly PlanDocument[]): TargetRow[] {
  return documents.flatMap((d) => {
    const titles = new Map(d.tasks.map((t) => [t.id, t.title]));
    return d.targets.map((t) => ({
      ...figureRow(d, t),
      taskTitle: t.taskId ? (titles.get(t.taskId) ?? null) : null,
      comparator: t.comparator,
      valueMax: t.valueMax,
      baseline: t.baseline?.value ?? null,
      baselineYear: t.baseline?.year ?? null,
      baselineAsOf: t.baseline?.asOf ?? null,
      baselineIndicatorId: t.baseline?.indicatorId ?? null,
      attribute: t.attribute,
      year: t.deadline?.year ?? null,
      date: t.deadline?.date ?? null,
      mentions: t.mentions.length,
    }));
  });
}

/**
 * The indicator table of some documents: one row per reported figure.
 *
 * @param documents Parsed documents.
 * @returns Rows in document order.
 */
export function indicatorRows(documents: readonly PlanDocument[]): IndicatorRow[] {
  return documents.flatMap((d) => d.indicators.map((i) => ({ ...figureRow(d, i), comparator: i.comparator, asOf: i.asOf })));
}

/** Filters for figure tables; each given filter must match. */
export interface FigureFilter {
  docIds?: readonly string[];
  /** Matches the region or the parent region (上海市 keeps its districts). */
  region?: string;
  level?: DocumentLevel;
  /** A target's deadline year, an indicator's as-of year. */
  year?: number;
  /** Fuzzy: the metric contains it, or reads alike (character bigrams). */
  metric?: string;
}

function metricMatches(metric: string, wanted: string): boolean {
  const m = normalizeForMatch(metric);
  const w = normalizeForMatch(wanted);
  return m.includes(w) || diceSimilarity(m, w) >= 0.5;
}

/**
 * Keep the rows that match a filter.
 *
 * @param rows Target or indicator rows.
 * @param filter What to keep.
 * @returns The matching rows, in order.
 */
export function filterFigureRows<Row extends TargetRow | IndicatorRow>(rows: readonly Row[], filter: FigureFilter): Row[] {
  return rows.filter((r) => {
    if (filter.docIds && filter.docIds.length > 0 && !filter.docIds.includes(r.docId)) return false;
    if (filter.region && r.region !== filter.region && r.parentRegion !== filter.region) return false;
    if (filter.level && r.level !== filter.level) return false;
    if (filter.year !== undefined) {
      const year = 'year' in r ? r.year : r.asOf ? Number(r.asOf.slice(0, 4)) : null;
      if (year !== filter.year) return false;
    }
    if (filter.metric && !metricMatches(`${r.subject ?? ''}${r.metric}`, filter.metric)) return false;
    return true;
  });
}
