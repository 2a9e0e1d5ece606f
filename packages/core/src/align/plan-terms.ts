import type { PlanDocument, Task } from '../model/types.js';
import { planClauses, type PlanClauses } from './clause-terms.js';
import { taskTerms, termCount, termScale, type TermList } from './terms.js';
import { titleTerms, type TitleTerms } from './title-cover.js';
import { sortIds } from './sort-ids.js';

/** Numbers kept two bytes each when they all fit, which they do in any plan of ordinary size. */
export type Numbers = Uint16Array | Int32Array;

/**
 * The term counts of a plan's tasks, arranged for scoring against another
 * plan: the plan's distinct terms, and each task's entries as indexes into them.
 */
export interface PlanTerms {
  /** The place names of the pair the plan's tasks hold, in the pair's order: what the counts depend on. */
  readonly places: readonly string[];
  /** Distinct term ids of the plan, ascending. */
  readonly terms: Int32Array;
  /** How many of the plan's tasks hold each of `terms`. */
  readonly df: Numbers;
  /** Where each task's entries start, and (last) where they end. */
  readonly starts: Int32Array;
  /** Each entry's term, as an index into `terms`: task by task, each in the order its terms first occur. */
  readonly local: Numbers;
  /** Each entry's weighted count. */
  readonly counts: Numbers;
  /** Each of `terms`' weight by its corpus-wide frequency: low for generic plan words. */
  readonly scales: Float64Array;
  /** The tasks' clauses and their words, for clause scoring. */
  readonly clauses: PlanClauses;
  /** The tasks' title parts and words, for title coverage. */
  readonly titles: TitleTerms;
}

interface Kept {
  tasks: readonly Task[];
  /** The title and body of each task when the plan was read, to notice a change. */
  texts: string[];
  /** Whether any task's title or body holds a place name. */
  holds: Map<string, boolean>;
  /** Term counts by the place names the plan holds (usually one set: its own and its parent region's). */
  variants: PlanTerms[];
}

const kept = new WeakMap<PlanDocument, Kept>();
/** Place-name sets kept per plan; a plan compared under more sets is read again for the oldest. */
const MAX_VARIANTS = 8;

// Note: term id → index in the plan being arranged; left all -1.
let indexes = new Int32Array(1024).fill(-1);

function unchanged(k: Kept, doc: PlanDocument): boolean {
  if (k.tasks !== doc.tasks || k.texts.length !== 2 * doc.tasks.length) return false;
  return doc.tasks.every((t, i) => t.title === k.texts[2 * i] && t.body === k.texts[2 * i + 1]);
}

function holds(k: Kept, place: string): boolean {
  let yes = k.holds.get(place);
  if (yes === undefined) {
    // Note: a name holding the mark can match text only after a replacement has put the mark there, so it always counts.
    yes = place.includes('◎') || k.texts.some((text) => text.includes(place));
    k.holds.set(place, yes);
  }
  return yes;
}

const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((p, i) => p === y[i]);

/**
 * The term counts of a plan's tasks with a pair's place names neutralised,
 * kept for the next pair the plan is in: a city's plan is compared with
 * each of its districts' plans.
 *
 * @param doc A plan.
 * @param places The pair's place names (`placeNames`).
 * @returns Its term counts.
 */
export function planTerms(doc: PlanDocument, places: readonly string[]): PlanTerms {
  let k = kept.get(doc);
  // Note: the model is plain data a caller may change; a plan whose tasks changed is read again.
  if (k === undefined || !unchanged(k, doc)) {
    k = { tasks: doc.tasks, texts: doc.tasks.flatMap((t) => [t.title, t.body]), holds: new Map(), variants: [] };
    kept.set(doc, k);
  }
  const plan = k;
  // Note: the place names a pair neutralises depend on both plans, but a name
  // a text does not hold changes nothing in comparable(): replacing a name by
  // the mark never makes another mark-free name appear. So the names the
  // plan holds, in the same order, give the same terms and serve as the key.
  const held = places.filter((p) => holds(plan, p));
  const known = plan.variants.find((v) => same(v.places, held));
  if (known) return known;
  const arranged = arrange(doc.tasks, held);
  if (plan.variants.push(arranged) > MAX_VARIANTS) plan.variants.shift();
  return arranged;
}

function narrow(values: Int32Array): Numbers {
  let max = 0;
  for (let k = 0; k < values.length; k++) if ((values[k] as number) > max) max = values[k] as number;
  return max < 0x10000 ? new Uint16Array(values) : values;
}

function arrange(tasks: readonly Task[], places: readonly string[]): PlanTerms {
  const compared = tasks.map((): Array<{ text: string; terms: TermList }> => []);
  const searched = tasks.map(() => ({ words: [] as number[], title: [] as number[] }));
  const lists = tasks.map((t, i) => taskTerms(t, places, compared[i], searched[i]));
  if (indexes.length < termCount()) {
    let length = indexes.length;
    while (length < termCount()) length *= 2;
    indexes = new Int32Array(length).fill(-1);
  }
  const distinct: number[] = [];
  const starts = new Int32Array(tasks.length + 1);
  for (let i = 0; i < lists.length; i++) {
    const ids = (lists[i] as TermList).ids;
    starts[i + 1] = (starts[i] as number) + ids.length;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (indexes[id] !== -1) continue;
      indexes[id] = 0;
      distinct.push(id);
    }
  }
  const terms = sortIds(new Int32Array(distinct));
  for (let i = 0; i < terms.length; i++) indexes[terms[i] as number] = i;
  const df = new Int32Array(terms.length);
  const local = new Int32Array(starts[tasks.length] as number);
  const counts = new Int32Array(local.length);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as TermList;
    const from = starts[i] as number;
    for (let j = 0; j < list.ids.length; j++) {
      const at = indexes[list.ids[j] as number] as number;
      local[from + j] = at;
      counts[from + j] = list.counts[j] as number;
      df[at] = (df[at] as number) + 1;
    }
  }
  const table = indexes;
  const clauses = planClauses(tasks, compared, (id) => (id < table.length ? (table[id] as number) : -1));
  for (const id of terms) indexes[id] = -1;
  // Note: the arrangement is kept as long as the plan; two bytes a number instead of four halve it.
  const scales = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) scales[i] = termScale(terms[i] as number);
  return { places, terms, df: narrow(df), starts, local: narrow(local), counts: narrow(counts), scales, clauses, titles: titleTerms(searched) };
}
