import type { PlanDocument, Task } from '../model/types.js';
import { linkedNeighbours, sharedTargets, type LinkSignal } from './signals.js';
import { sharedPhrases } from './evidence.js';
import { placeNames } from './features.js';
import { planTerms } from './plan-terms.js';
import { scorePair } from './scores.js';
import { CANDIDATE, matchingClauses, scoreClauses, type ClauseMatch } from './clauses.js';
import { linkBar, relatedness, unrelatedness } from './relatedness.js';
import { titleCover } from './title-cover.js';
import { planKinds, sameKind } from './task-kinds.js';

/** A match between a task of one plan and a task of the other. */
export interface TaskLink {
  a: string;
  b: string;
  /** 0.6 of the whole tasks' cosine and 0.4 of their best clauses' (TF-IDF of words and bigrams), or the share of one's title found in the other when that scores more; 0 to 1. */
  score: number;
  /** What made the link (see `LinkSignal`). */
  signals: LinkSignal[];
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
  /** How closely the two plans are related as wholes (see `relatedness`), 0 to 1: below 0.06 links must score more. */
  relatedness: number;
}

/** Options of `alignPlans`: the least score for a match, and how close a second link must come to a task's best. */
export interface AlignOptions {
  /** The least score for a match between related plans; calibrated on annotated pairs (docs/quality.md). Unrelated plans' matches must score up to 0.04 more. */
  threshold?: number;
  /** A second link to a task must score at least this share of that task's best link. */
  secondLink?: number;
  /** Whether to find each link's shared phrases and matching clauses (`evidence`, `clauses`); the cascade, which shows neither, leaves them out. @default true */
  evidence?: boolean;
}

/** Calibrated on the annotated seed pairs: see docs/quality.md. */
export const DEFAULT_THRESHOLD = 0.11;
const DEFAULT_SECOND_LINK = 0.4;
/** A whole-text cosine above this is the same text. */
const SAME_TEXT = 0.999;
/**
 * Added to the score of a pair whose neighbours are linked (see
 * `linkedNeighbours`), when it scores at least `STRUCTURE_FLOOR` of the
 * threshold by itself. Note: on the annotated pairs 0.02 adds one true
 * year-to-year link (and one false); 0.05 and more link unrelated plans' tasks.
 */
const STRUCTURE_BONUS = 0.02;
const STRUCTURE_FLOOR = 0.5;
/**
 * The whole tasks' cosine weighs this much in a pair's score, their best
 * clauses' cosine the rest. Note: chosen on the annotated pairs (0.5 to 0.65
 * tried): 0.6 with title coverage finds three more year-to-year links and
 * four more national-to-city links than the mean did, with fewer off-topic
 * links (docs/quality.md).
 */
const TEXT_SHARE = 0.6;
/**
 * A title found whole in a task of the other plan (`titleCover`) scores up to
 * this, between related plans only. Note: chosen on the annotated pairs with
 * `TEXT_SHARE`: 0.12 to 0.18 find the same links but one; between unrelated
 * plans it would link any generic title.
 */
const COVER_SCALE = 0.15;
/**
 * Added to the score of a pair of tasks that name the same kind of supporting measure (`planKinds`), between related
 * plans. Note: chosen on the annotated pairs: 0.05 finds one more year-to-year link (开展数据队伍全员培训 →
 * 夯实数据人才队伍建设) and three more national-to-city links (组织领导 → 健全工作机制, the funds and the policy task →
 * 强化政策支持) with one more wrong (劳动力培训 → 强化人才支撑), and changes no other annotated link and no off-topic
 * link; 0.08 finds one more national-to-city link (保障落实 → 健全工作机制) and the same on the seeds.
 */
const KIND_BONUS = 0.05;
/** Added to the score of a pair of tasks with a target on the same metric in both. Note: no annotated pair has targets on both sides; a small lift, as for structure. */
const TARGET_BONUS = 0.05;

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
  const pair = scorePair(pa, pb);
  const text = pair.scores;
  // Note: the score is the mean of the whole tasks' cosine and their best clauses' cosine, so that one
  // shared measure in a long body, or one earlier task folded into a clause, counts.
  const clauses = scoreClauses(pa, pb, pair);
  // Note: the same text scores 1, as before; its clauses alone would not (a short clause is divided by the norm floor).
  const scores = new Float64Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const x = text[k] as number;
    scores[k] = x > SAME_TEXT ? x : TEXT_SHARE * x + (1 - TEXT_SHARE) * (clauses.scores[k] as number);
  }
  // Note: two plans on different subjects share only chance likenesses; their links must score more (relatedness.ts).
  const related = relatedness(text, m);
  const bar = linkBar(threshold, related);
  // Note: a title found whole in the other plan's task (a task folded into a merged one, one clause each) counts
  // between related plans: there a title is rarely found by chance.
  const coverScale = COVER_SCALE * (1 - unrelatedness(related));
  const covered = new Set<number>();
  // Note: a title's share counts only when it makes a link by itself (scaled, at least the bar): below, it would only
  // reorder pairs the texts already score, and sparing them is a tenth of the cascade's time.
  if (coverScale >= bar) {
    const cover = titleCover(pa.titles, pb.titles, bar / coverScale);
    for (let k = 0; k < text.length; k++) {
      const c = coverScale * (cover[k] as number);
      if (c <= (scores[k] as number)) continue;
      scores[k] = c;
      covered.add(k);
    }
  }
  // Note: supporting measures of the same kind (组织领导 ↔ 健全工作机制) are raised between related plans only:
  // every plan has them, so between unrelated plans they would link by kind alone.
  const kinds = sameKind(planKinds(a), planKinds(b));
  const kindLift = KIND_BONUS * (1 - unrelatedness(related));
  if (kindLift > 0) for (const k of kinds) scores[k] = (scores[k] as number) + kindLift;
  const targets = sharedTargets(a, b, text, CANDIDATE);
  for (const k of targets) scores[k] = (scores[k] as number) + TARGET_BONUS;
  // Note: two passes: the links the texts make, then the neighbours of linked tasks raised and linked again.
  const first = pick(scores, m, bar, second);
  const structure = new Set<number>();
  for (const k of linkedNeighbours(a, b, first)) {
    if ((scores[k] as number) < STRUCTURE_FLOOR * bar) continue;
    scores[k] = (scores[k] as number) + STRUCTURE_BONUS;
    structure.add(k);
  }
  const picked = structure.size === 0 ? first : pick(scores, m, bar, second);
  const links: TaskLink[] = [...picked].sort((x, y) => x - y).map((k) => {
    const [i, j] = [Math.floor(k / m), k % m];
    const [ta, tb] = [a.tasks[i] as Task, b.tasks[j] as Task];
    const signals: LinkSignal[] = [];
    if ((text[k] as number) >= bar) signals.push('text');
    if ((clauses.scores[k] as number) >= bar) signals.push('clauses');
    if (covered.has(k)) signals.push('title');
    if (structure.has(k)) signals.push('structure');
    if (targets.has(k)) signals.push('targets');
    if (kindLift > 0 && kinds.has(k)) signals.push('kind');
    const shown = options.evidence ?? true;
    const evidence = shown ? sharedPhrases(textOf(ta, '\u0000'), textOf(tb, '\u0001')) : [];
    return { a: ta.id, b: tb.id, score: Math.round((scores[k] as number) * 1000) / 1000, signals, evidence, clauses: shown ? matchingClauses(clauses, i, j) : [] };
  });
  const linkedA = new Set(links.map((l) => l.a));
  const linkedB = new Set(links.map((l) => l.b));
  return {
    a: a.id,
    b: b.id,
    links,
    onlyA: a.tasks.filter((t) => !linkedA.has(t.id)).map((t) => t.id),
    onlyB: b.tasks.filter((t) => !linkedB.has(t.id)).map((t) => t.id),
    relatedness: Math.round(related * 1000) / 1000,
  };
}

/** The pairs to link: mutual best matches above the threshold, and pairs best for one side and close enough to the other side's best. */
function pick(scores: Float64Array, m: number, threshold: number, second: number): Set<number> {
  const n = m === 0 ? 0 : scores.length / m;
  const bestOfA = new Float64Array(n);
  const bestOfB = new Float64Array(m);
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < m; j++, k++) {
      const s = scores[k] as number;
      if (s > (bestOfA[i] as number)) bestOfA[i] = s;
      if (s > (bestOfB[j] as number)) bestOfB[j] = s;
    }
  }
  const picked = new Set<number>();
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < m; j++, k++) {
      const s = scores[k] as number;
      if (s < threshold) continue;
      const bestA = bestOfA[i] as number;
      const bestB = bestOfB[j] as number;
      const mutual = s === bestA && s === bestB;
      // A further link: the best for one side and close enough to the best of the other.
      const nearly = (s === bestA && s >= second * bestB) || (s === bestB && s >= second * bestA);
      if (mutual || nearly) picked.add(k);
    }
  }
  return picked;
}
