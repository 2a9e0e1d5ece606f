import { readFileSync } from 'node:fs';
import { alignPlans, type AlignOptions } from '../../src/align/align-plans.js';
import type { PlanDocument } from '../../src/model/types.js';

interface GoldPair {
  a: string;
  b: string;
  situation: string;
  links: Array<[string, string]>;
}

export function readAlignmentGold(): GoldPair[] {
  return (JSON.parse(readFileSync(new URL('../annotations/alignment.json', import.meta.url), 'utf8')) as { pairs: GoldPair[] }).pairs;
}

export interface AlignmentScore {
  situation: string;
  a: string;
  b: string;
  found: number;
  gold: number;
  correct: number;
}

/**
 * Score alignPlans against the annotated correspondences.
 *
 * @param documents The seed documents.
 * @param options Alignment options to try.
 * @returns One score per annotated pair of plans.
 */
export function evaluateAlignment(documents: readonly PlanDocument[], options: AlignOptions = {}): AlignmentScore[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return readAlignmentGold().map((g) => {
    const a = byId.get(g.a);
    const b = byId.get(g.b);
    if (!a || !b) throw new Error(`missing ${g.a} or ${g.b}`);
    const links = alignPlans(a, b, options).links.map((l) => `${l.a} ${l.b}`);
    const gold = new Set(g.links.map(([x, y]) => `${x} ${y}`));
    return { situation: g.situation, a: g.a, b: g.b, found: links.length, gold: gold.size, correct: links.filter((l) => gold.has(l)).length };
  });
}

export function f1(scores: readonly AlignmentScore[]): { precision: number; recall: number; f1: number } {
  const found = scores.reduce((n, s) => n + s.found, 0);
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  const precision = found === 0 ? 1 : correct / found;
  const recall = gold === 0 ? 1 : correct / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
