// Scores the parser on the real-document development set against the team's full hand annotation
// (test/annotations/realdocs/<file>.json: every chapter, task, duty, target and reported figure), which gives
// precision as well as recall for the list fields. facts.json (evaluate-realdocs.ts) is a sample; this is the whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../../src/corpus/read-source.js';
import type { PlanDocument } from '../../src/model/types.js';
import { parseDocument } from '../../src/pipeline/parse-document.js';
import { fold, mainPlan, REALDOCS_DIR, realdocFiles, sameFigure, sameHeading, type FigureFact } from './evaluate-realdocs.js';

type GoldFigure = FigureFact;

interface GoldTask {
  label: string | null;
  title: string;
  section: string | null;
  leadUnits: string[];
  supportingUnits: string[];
  /** Numbered measures under the task (具体措施 1．2．), each with its own duty, where the annotation lists them. */
  measures?: Array<{ title: string; leadUnits: string[] }>;
}

/** One file's annotation (see the annotation files for the full format and each file's notes). */
export interface Annotation {
  file: string;
  title: string | null;
  region: string | null;
  level: string | null;
  year: number | null;
  date: string | null;
  docNumber: string | null;
  period: [number, number] | null;
  chapters: string[];
  tasks: GoldTask[];
  targets: GoldFigure[];
  indicators: GoldFigure[];
}

export const ANNOTATED_FIELDS = ['title', 'region', 'level', 'year', 'date', 'docNumber', 'period', 'chapters', 'tasks', 'leadUnits', 'targets', 'indicators'] as const;
export type AnnotatedField = (typeof ANNOTATED_FIELDS)[number];

/** Counts for precision (correct ÷ found) and recall (correct ÷ annotated). */
export interface Counts {
  found: number;
  gold: number;
  correct: number;
  /** Annotated items found, where that differs from `correct` (a task read one level up finds the items below it). */
  recalled?: number;
}

const SECTION_LABEL = /^[（(][一二三四五六七八九十]+[)）]/;

export interface AnnotatedScore {
  file: string;
  fields: Record<AnnotatedField, Counts>;
}

const ANNOTATIONS_DIR = new URL('../annotations/realdocs/', import.meta.url).pathname;

export function readAnnotation(file: string): Annotation {
  return JSON.parse(readFileSync(join(ANNOTATIONS_DIR, file.replace(/\.(txt|md)$/, '.json')), 'utf8')) as Annotation;
}


/** Pair found items with gold items one to one, first match first; returns the number of pairs. */
function pairs<F, G>(found: readonly F[], gold: readonly G[], same: (f: F, g: G) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const f of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(f, g));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

const list = <F, G>(found: readonly F[], gold: readonly G[], same: (f: F, g: G) => boolean): Counts => ({ found: found.length, gold: gold.length, correct: pairs(found, gold, same) });

function scalar<T>(found: T | null | undefined, gold: T | null | undefined, same: (a: T, b: T) => boolean): Counts {
  const has = found !== null && found !== undefined && found !== '';
  const stated = gold !== null && gold !== undefined;
  return { found: has ? 1 : 0, gold: stated ? 1 : 0, correct: has && stated && same(found as T, gold as T) ? 1 : 0 };
}


/**
 * Parser tasks that read annotated work: the annotated task (or its group heading) itself, paired one to one, or a
 * numbered measure under an annotated task (具体措施 1．2． under （一）), a finer reading of the same work.
 */
function tasksRight(all: readonly PlanDocument[], goldTitles: readonly string[]): number {
  const tasks = all.flatMap((d) => d.tasks);
  const paired = pairs(tasks.map((t) => t.title), goldTitles, sameHeading);
  const finer = tasks.filter((t) => !goldTitles.some((g) => sameHeading(t.title, g)) && goldTitles.some((g) => sameHeading(t.sectionPath.at(-1) ?? '', g))).length;
  return paired + finer;
}

/**
 * Lead units per task, as the annotation counts them: once per unit and task, a measure's (具体措施 1．under （一））
 * counting for its task. A unit is right when the annotation names it as a lead of the same task; the parser's task is
 * paired with the annotated one by title, or by its section's title when it reads the task one level finer, or by the
 * heading a duty was stated on. A duty on a task the annotation does not have is wrong.
 */
function leadCounts(all: readonly PlanDocument[], gold: Annotation): Counts {
  const goldTitles = gold.tasks.map((t) => t.title);
  const goldUnits = gold.tasks.map((t) => new Set([...t.leadUnits, ...(t.measures ?? []).flatMap((m) => m.leadUnits)].map(fold)));
  const groups = new Map<string, Set<string>>();
  for (const d of all) {
    const tasks = new Map(d.tasks.map((t) => [t.id, t]));
    for (const a of d.assignments) {
      const task = a.taskId === null ? undefined : tasks.get(a.taskId);
      const own = goldTitles.findIndex((g) => sameHeading(task?.title ?? a.taskTitle ?? '', g));
      const parent = own < 0 && task ? goldTitles.findIndex((g) => sameHeading(task.sectionPath.at(-1) ?? '', g)) : -1;
      const key = own >= 0 ? `gold:${own}` : parent >= 0 ? `gold:${parent}` : `own:${d.id}:${task?.id ?? a.id}`;
      const units = groups.get(key) ?? new Set<string>();
      for (const u of a.leadUnits) units.add(fold(u));
      groups.set(key, units);
    }
  }
  let found = 0;
  let correct = 0;
  for (const [key, units] of groups) {
    found += units.size;
    const right = key.startsWith('gold:') ? goldUnits[Number(key.slice(5))] : undefined;
    for (const u of units) if (right?.has(u)) correct++;
  }
  return { found, gold: goldUnits.reduce((n, set) => n + set.size, 0), correct };
}

/**
 * Score one document against its annotation.
 *
 * @param doc The plan the parser read from the file (the one with the most tasks), or null.
 * @param all Every plan the parser read from the file.
 * @param gold The file's annotation.
 * @returns Counts per field.
 */
export function scoreAnnotated(doc: PlanDocument | null, all: readonly PlanDocument[], gold: Annotation): Record<AnnotatedField, Counts> {
  // Metadata is the main plan's; the items are those of every plan the file holds (a notice may issue two).
  const chapters = all.flatMap((d) => [...d.sections.filter((s) => s.parentId === null).map((s) => s.title), ...d.tasks.filter((t) => t.sectionId === null).map((t) => t.title)]);
  // A task read one level up (the group heading over numbered items) is a reading of the same work: a parser task
  // that is an annotated task's section counts as right, and an annotated task whose section is a parser task is found.
  const taskTitles = all.flatMap((d) => d.tasks.map((t) => t.title));
  const headings = [...taskTitles, ...all.flatMap((d) => d.sections.map((s) => s.title))];
  const sectionOf = (t: GoldTask): string => t.section?.replace(SECTION_LABEL, '') ?? '';
  const goldSections = [...new Set(gold.tasks.map(sectionOf).filter((s) => s !== ''))];
  const taskRecalled = gold.tasks.filter((g) => headings.some((h) => sameHeading(h, g.title)) || (sectionOf(g) !== '' && taskTitles.some((h) => sameHeading(h, sectionOf(g))))).length;
  return {
    title: scalar(doc?.title, gold.title, (a, b) => fold(a) === fold(b) || fold(a).includes(fold(b))),
    region: scalar(doc?.region, gold.region, (a, b) => a === b),
    level: scalar(doc && doc.level !== 'unknown' ? doc.level : null, gold.level, (a, b) => a === b),
    year: scalar(doc?.year, gold.year, (a, b) => a === b),
    date: scalar(doc?.date, gold.date, (a, b) => a === b),
    docNumber: scalar(doc?.docNumber, gold.docNumber, (a, b) => fold(a) === fold(b)),
    period: scalar(doc?.period ? ([doc.period.start, doc.period.end] as [number, number]) : null, gold.period, (a, b) => a[0] === b[0] && a[1] === b[1]),
    chapters: list(chapters, gold.chapters, sameHeading),
    tasks: { found: taskTitles.length, gold: gold.tasks.length, correct: tasksRight(all, [...gold.tasks.map((t) => t.title), ...goldSections]), recalled: taskRecalled },
    leadUnits: leadCounts(all, gold),
    targets: list(all.flatMap((d) => d.targets), gold.targets, sameFigure),
    indicators: list(all.flatMap((d) => d.indicators), gold.indicators, sameFigure),
  };
}

export function scoreAnnotations(): AnnotatedScore[] {
  return realdocFiles().map((file) => {
    const source = readSourceFile(join(REALDOCS_DIR, file));
    const { documents } = parseDocument(source.text, { file, sha256: source.sha256 });
    return { file, fields: scoreAnnotated(mainPlan(documents), documents, readAnnotation(file)) };
  });
}

/** Precision and recall of a field over all files; task recall counts annotated tasks found, which may differ from pairs. */
export function fieldTotals(scores: readonly AnnotatedScore[], field: AnnotatedField): { found: number; gold: number; precision: number; recall: number } {
  let found = 0;
  let gold = 0;
  let correct = 0;
  let recalled = 0;
  for (const s of scores) {
    const c = s.fields[field];
    found += c.found;
    gold += c.gold;
    correct += c.correct;
    recalled += c.recalled ?? c.correct;
  }
  return { found, gold, precision: found === 0 ? 1 : correct / found, recall: gold === 0 ? 1 : recalled / gold };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function annotationTables(scores: readonly AnnotatedScore[]): string {
  const out = ['| field | annotated | found | precision | recall |', '|---|---|---|---|---|'];
  for (const field of ANNOTATED_FIELDS) {
    const t = fieldTotals(scores, field);
    out.push(`| ${field} | ${t.gold} | ${t.found} | ${pct(t.precision)} | ${pct(t.recall)} |`);
  }
  out.push('', '| file | tasks P / R | lead units P / R | targets P / R | indicators P / R |', '|---|---|---|---|---|');
  for (const s of scores) {
    const cell = (field: AnnotatedField): string => {
      const t = fieldTotals([s], field);
      return t.gold === 0 && t.found === 0 ? '–' : `${pct(t.precision)} / ${pct(t.recall)} (${t.found}/${t.gold})`;
    };
    out.push(`| ${s.file} | ${cell('tasks')} | ${cell('leadUnits')} | ${cell('targets')} | ${cell('indicators')} |`);
  }
  return out.join('\n');
}
