import type { PlanDocument, Task } from '../model/types.js';
import { sharedPhrases } from './evidence.js';
import { placeNames } from './features.js';
import { planTerms } from './plan-terms.js';
import { scoreTasks } from './scores.js';
import { matchingClauses, scoreClauses, type ClauseMatch } from './clauses.js';

/** A match between a task of one plan and a task of the other. */
export interface TaskLink {
  a: string;
  b: string;
  /** The mean of the whole tasks' cosine and their best clauses' cosine (TF-IDF of words and bigrams), 0 to 1. */
  score: number;
  /** The longest phrases the two tasks share, so a reader can see why they match. */
  evidence: string[];
  /** The clauses of each side that match best, as written: the evidence when the wording differs. */
  clauses: ClauseMatch[];
}

/** How two plans' tasks correspond. A task may have several links (a merge or a split). */
export interface Alignment {
  a: string;
  b: string;
  links: TaskLink[];
  /** Tasks of `a` with no counterpart in `b`, and the reverse. */
  onlyA: string[];
  onlyB: string[];
}

/** Options of `alignPlans`: the least score for a match, and how close a second link must come to a task's best. */
export interface AlignOptions {
  /** The least score for a match; calibrated on annotated pairs (docs/quality.md). */
  threshold?: number;
  /** A second link to a task must score at least this share of that task's best link. */
  secondLink?: number;
}

/** Calibrated on the annotated seed pairs: see docs/quality.md. */
export const DEFAULT_THRESHOLD = 0.1;
const DEFAULT_SECOND_LINK = 0.4;

// Note: a character no text holds between title and body, a different one on each side, so that no
// shared phrase runs from a title into a body. (One mark on both sides matched itself: a run across it
// was then dropped whole, and identical tasks showed no evidence.)
function textOf(task: Task, mark: '\u0000' | '\u0001'): string {
  return `${task.title}${mark}${task.body}`;
}

/**
 * Match the tasks of two plans: a city plan and a district plan, a draft and
 * its final version, or one year and the next. Tasks are compared as TF-IDF
 * vectors of words (jieba, with planning terms; generic plan words weigh
 * little by their corpus-wide frequency) and character bigrams (titles weigh
 * three times, place names are neutralised), as wholes and clause by clause;
 * mutual best matches above the threshold are linked, and a task may take
 * further links that score well enough (several city tasks feeding one
 * district task, one old task split in two).
 *
 * @param a The first plan (the city's, the draft, the earlier year).
 * @param b The second plan.
 * @param options Threshold and second-link share.
 * @returns The links with scores and evidence, and the tasks left unmatched on each side.
 */
export function alignPlans(a: PlanDocument, b: PlanDocument, options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const second = options.secondLink ?? DEFAULT_SECOND_LINK;
  const places = placeNames([a, b]);
  const m = b.tasks.length;
  const pa = planTerms(a, places);
  const pb = planTerms(b, places);
  const scores = scoreTasks(pa, pb);
  // Note: the score is the mean of the whole tasks' cosine and their best clauses' cosine, so that one
  // shared measure in a long body, or one earlier task folded into a clause, counts.
  const clauses = scoreClauses(a, b, pa, pb, places);
  for (let k = 0; k < scores.length; k++) scores[k] = ((scores[k] as number) + (clauses.scores[k] as number)) / 2;
  const bestOfA = a.tasks.map(() => 0);
  const bestOfB = b.tasks.map(() => 0);
  scores.forEach((s, k) => {
    const i = Math.floor(k / m);
    const j = k % m;
    bestOfA[i] = Math.max(bestOfA[i] ?? 0, s);
    bestOfB[j] = Math.max(bestOfB[j] ?? 0, s);
  });
  const links: TaskLink[] = [];
  a.tasks.forEach((ta, i) => {
    b.tasks.forEach((tb, j) => {
      const s = scores[i * m + j] ?? 0;
      if (s < threshold) return;
      const bestA = bestOfA[i] ?? 0;
      const bestB = bestOfB[j] ?? 0;
      const mutual = s === bestA && s === bestB;
      // A second link: the best for one side and nearly the best for the other.
      const nearly = (s === bestA && s >= second * bestB) || (s === bestB && s >= second * bestA);
      if (mutual || nearly) links.push({ a: ta.id, b: tb.id, score: Math.round(s * 1000) / 1000, evidence: sharedPhrases(textOf(ta, '\u0000'), textOf(tb, '\u0001')), clauses: matchingClauses(clauses, i, j) });
    });
  });
  const linkedA = new Set(links.map((l) => l.a));
  const linkedB = new Set(links.map((l) => l.b));
  return {
    a: a.id,
    b: b.id,
    links,
    onlyA: a.tasks.filter((t) => !linkedA.has(t.id)).map((t) => t.id),
    onlyB: b.tasks.filter((t) => !linkedB.has(t.id)).map((t) => t.id),
  };
}
