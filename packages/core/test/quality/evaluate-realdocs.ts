// Scores the parser on the real-document development set (test/realdocs/)
// against the facts a reader found in each file (facts.json).
//
// Scalar fields (title, region, year, date, doc number, period) are scored as
// precision (right ÷ reported) and recall (right ÷ stated in the text). List
// fields (task titles, targets, indicators, lead units) in facts.json are a
// sample of what a file holds, so they give recall only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../src/corpus/parse-source.js';
import { readSourceFile, type SourceFile } from '../../src/corpus/read-source.js';
import type { PlanDocument } from '../../src/model/types.js';

export const REALDOCS_DIR = new URL('../realdocs/', import.meta.url).pathname;

export interface FigureFact {
  value: number;
  unit: string;
  quote: string;
}

/** One file's entry of facts.json. A key is absent where the text does not state the fact. */
export interface Facts {
  title_contains?: string;
  region?: string;
  year?: number;
  date?: string;
  docNumber?: string;
  period?: [number, number];
  task_titles?: string[];
  tasks_min?: number;
  targets?: FigureFact[];
  indicators?: FigureFact[];
  lead_units?: string[];
}

export const SCALAR_FIELDS = ['title', 'region', 'year', 'date', 'docNumber', 'period'] as const;
export const LIST_FIELDS = ['taskCount', 'tasks', 'targets', 'indicators', 'leadUnits'] as const;
export type RealField = (typeof SCALAR_FIELDS)[number] | (typeof LIST_FIELDS)[number];

export interface FieldScore {
  /** Facts of this field in the annotation. */
  gold: number;
  /** Values the parser reported (scalar fields only; list fields give recall only). */
  reported: number | null;
  /** Facts the parser got right. */
  correct: number;
}

export interface FileScore {
  file: string;
  /** The plan the file was scored on (the one with the most tasks), or null when none was found. */
  docId: string | null;
  plans: number;
  tasks: number;
  tasksMin: number | null;
  fields: Record<RealField, FieldScore>;
  /** What the parser got wrong or missed, one line each, for the report. */
  misses: string[];
}

/** Folds the spellings that do not change what a text says: spaces, bracket shapes and widths, dash widths, quote styles. */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[〔［【(]/g, '[')
    .replace(/[〕］】)]/g, ']')
    .replace(/[—–－‑-]+/g, '-')
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/[。；;，,：:、]+$/g, '');
}

export function readFacts(): Record<string, Facts> {
  return (JSON.parse(readFileSync(join(REALDOCS_DIR, 'facts.json'), 'utf8')) as { docs: Record<string, Facts> }).docs;
}

export function realdocFiles(): string[] {
  return readdirSync(REALDOCS_DIR).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort();
}

/** The plan a reader means by the file: the one with the most tasks (page furniture and notices hold none). */
export function mainPlan(documents: readonly PlanDocument[]): PlanDocument | null {
  let best: PlanDocument | null = null;
  for (const d of documents) if (!best || d.tasks.length > best.tasks.length) best = d;
  return best;
}

/** Two headings name the same thing: equal once folded, or one the start of the other and at least half its length. */
export function sameHeading(found: string, gold: string): boolean {
  const a = fold(found);
  const b = fold(gold);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // Note: the first clause of a long one-sentence item is its heading as well (推动政务服务“跨省通办”，推进…).
  return short.length >= 4 && long.startsWith(short) && (short.length / long.length >= 0.5 || /[，,；;：:]/.test(long[short.length] ?? ''));
}

/** The same figure stated in the same clause: equal values, and quotes that hold one another or share six characters. */
export function sameFigure(found: { value: number; quote: string }, gold: FigureFact): boolean {
  if (Math.abs(found.value - gold.value) > Math.abs(gold.value) * 1e-9) return false;
  const a = fold(found.quote);
  const b = fold(gold.quote);
  if (a.includes(b) || b.includes(a)) return true;
  for (let i = 0; i + 6 <= a.length; i++) if (b.includes(a.slice(i, i + 6))) return true;
  return false;
}

function scalar(found: unknown, gold: unknown, same: (a: never, b: never) => boolean): FieldScore {
  const has = found !== null && found !== undefined;
  const stated = gold !== undefined;
  return { gold: stated ? 1 : 0, reported: has ? 1 : 0, correct: has && stated && same(found as never, gold as never) ? 1 : 0 };
}

/**
 * Parse one file of the development set and score it against its facts.
 *
 * @param file The file's name in test/realdocs/.
 * @param facts Its facts.
 * @param source The file as read (by default from test/realdocs; `format-variants.ts` gives it in another form).
 * @returns The score per field, and what was missed.
 */
export function scoreFile(file: string, facts: Facts, source: SourceFile = readSourceFile(join(REALDOCS_DIR, file))): FileScore {
  const { documents } = parseSource(source, { file });
  const doc = mainPlan(documents);
  const misses: string[] = [];
  const fields = {} as Record<RealField, FieldScore>;
  const check = (field: RealField, found: unknown, gold: unknown, same: (a: never, b: never) => boolean): void => {
    fields[field] = scalar(found, gold, same);
    const s = fields[field];
    if (s.correct < Math.max(s.gold, s.reported ?? 0)) misses.push(`${field}: found ${JSON.stringify(found ?? null)}, fact ${JSON.stringify(gold ?? null)}`);
  };
  check('title', doc?.title || null, facts.title_contains, (a: string, b: string) => fold(a).includes(fold(b)));
  check('region', doc?.region, facts.region, (a: string, b: string) => a === b);
  check('year', doc?.year, facts.year, (a: number, b: number) => a === b);
  check('date', doc?.date, facts.date, (a: string, b: string) => a === b);
  check('docNumber', doc?.docNumber, facts.docNumber, (a: string, b: string) => fold(a) === fold(b));
  check('period', doc?.period, facts.period, (a: { start: number; end: number }, b: [number, number]) => a.start === b[0] && a.end === b[1]);

  const headings = doc ? [...doc.tasks.map((t) => t.title), ...doc.sections.map((s) => s.title)] : [];
  const list = <T>(field: RealField, gold: readonly T[] | undefined, found: (g: T) => boolean, show: (g: T) => string): void => {
    const all = gold ?? [];
    const hits = all.filter(found);
    fields[field] = { gold: all.length, reported: null, correct: hits.length };
    for (const g of all) if (!hits.includes(g)) misses.push(`${field}: missed ${show(g)}`);
  };
  // The stated lower bound on the number of tasks is one fact: the file reads as a plan with its tasks.
  const tasks = doc?.tasks.length ?? 0;
  fields.taskCount = { gold: facts.tasks_min === undefined ? 0 : 1, reported: null, correct: facts.tasks_min !== undefined && tasks >= facts.tasks_min ? 1 : 0 };
  if (fields.taskCount.correct < fields.taskCount.gold) misses.push(`taskCount: ${tasks} tasks, at least ${facts.tasks_min} stated`);
  list('tasks', facts.task_titles, (g) => headings.some((h) => sameHeading(h, g)), (g) => g);
  list('targets', facts.targets, (g) => (doc?.targets ?? []).some((t) => sameFigure(t, g)), (g) => `${g.value}${g.unit} «${g.quote}»`);
  list('indicators', facts.indicators, (g) => [...(doc?.indicators ?? []), ...(doc?.targets ?? [])].some((t) => sameFigure(t, g)), (g) => `${g.value}${g.unit} «${g.quote}»`);
  const leads = new Set((doc?.assignments ?? []).flatMap((a) => a.leadUnits).map(fold));
  list('leadUnits', facts.lead_units, (g) => leads.has(fold(g)), (g) => g);
  return { file, docId: doc?.id ?? null, plans: documents.length, tasks: doc?.tasks.length ?? 0, tasksMin: facts.tasks_min ?? null, fields, misses };
}

export function scoreRealdocs(): FileScore[] {
  const facts = readFacts();
  return realdocFiles().map((file) => scoreFile(file, facts[file] ?? {}));
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)}%`);

/** Totals per field over all files. */
export function totals(scores: readonly FileScore[]): Record<RealField, FieldScore> {
  const out = {} as Record<RealField, FieldScore>;
  for (const field of [...SCALAR_FIELDS, ...LIST_FIELDS]) {
    const all = scores.map((s) => s.fields[field]);
    const reported = all.every((f) => f.reported === null) ? null : all.reduce((n, f) => n + (f.reported ?? 0), 0);
    out[field] = { gold: all.reduce((n, f) => n + f.gold, 0), reported, correct: all.reduce((n, f) => n + f.correct, 0) };
  }
  return out;
}

/** Share of all facts found, the headline figure. */
export function overall(scores: readonly FileScore[]): { correct: number; gold: number } {
  const t = Object.values(totals(scores));
  return { correct: t.reduce((n, f) => n + f.correct, 0), gold: t.reduce((n, f) => n + f.gold, 0) };
}

export function realdocsTables(scores: readonly FileScore[]): string {
  const out: string[] = [];
  const all = overall(scores);
  out.push(`Facts found: ${all.correct} of ${all.gold} (${pct(all.correct, all.gold)}); files with a plan and at least the stated number of tasks: ${scores.filter((s) => s.docId && (s.tasksMin === null || s.tasks >= s.tasksMin)).length} of ${scores.length}.\n`);
  out.push('| field | facts | reported | right | precision | recall |', '|---|---|---|---|---|---|');
  for (const [field, f] of Object.entries(totals(scores))) {
    out.push(`| ${field} | ${f.gold} | ${f.reported ?? '–'} | ${f.correct} | ${f.reported === null ? '–' : pct(f.correct, f.reported)} | ${pct(f.correct, f.gold)} |`);
  }
  out.push('', '| file | plans | tasks (at least) | facts right |', '|---|---|---|---|');
  for (const s of scores) {
    const fs = Object.values(s.fields);
    const right = fs.reduce((n, f) => n + f.correct, 0);
    const gold = fs.reduce((n, f) => n + f.gold, 0);
    out.push(`| ${s.file} | ${s.plans} | ${s.tasks} (${s.tasksMin ?? '–'}) | ${right}/${gold} |`);
  }
  return out.join('\n');
}
