import { readdirSync, readFileSync } from 'node:fs';
import { alignPlans, type AlignOptions } from '../../src/align/align-plans.js';
import type { PlanDocument } from '../../src/model/types.js';
import { parseDocument } from '../../src/pipeline/parse-document.js';

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

interface RealGoldPair extends GoldPair {
  /** The two files of test/realdocs, in the pair's order. */
  files: [string, string];
}

/**
 * Score alignPlans against the annotated links between real plans of test/realdocs (annotations/alignment-real.json).
 *
 * @param options Alignment options to try.
 * @returns One score per annotated pair of plans.
 */
export function evaluateRealAlignment(options: AlignOptions = {}): AlignmentScore[] {
  const gold = (JSON.parse(readFileSync(new URL('../annotations/alignment-real.json', import.meta.url), 'utf8')) as { pairs: RealGoldPair[] }).pairs;
  const dir = new URL('../realdocs/', import.meta.url);
  const read = (file: string): PlanDocument => {
    const doc = parseDocument(readFileSync(new URL(file, dir), 'utf8'), { file }).documents[0];
    if (!doc) throw new Error(`no plan in ${file}`);
    return doc;
  };
  return gold.map((g) => {
    const [a, b] = g.files.map(read) as [PlanDocument, PlanDocument];
    if (a.id !== g.a || b.id !== g.b) throw new Error(`${g.files.join(', ')} read as ${a.id}, ${b.id}, not ${g.a}, ${g.b}`);
    const links = alignPlans(a, b, options).links.map((l) => `${l.a} ${l.b}`);
    const wanted = new Set(g.links.map(([x, y]) => `${x} ${y}`));
    return { situation: g.situation, a: g.a, b: g.b, found: links.length, gold: wanted.size, correct: links.filter((l) => wanted.has(l)).length };
  });
}

/**
 * Plans of the development set on other subjects than the seeds' (a province's 2001 outline, vocational education,
 * education, water, land use, urban renewal, the environment): every link from a seed to one of them is noise.
 */
export const OFF_TOPIC = ['05_', '07_', '15_', '18_', '24_', '26_', '37_'];

/** The off-topic plans of the development set, parsed. */
export function offTopicPlans(): PlanDocument[] {
  const dir = new URL('../realdocs/', import.meta.url);
  const files = readdirSync(dir).filter((f) => OFF_TOPIC.some((p) => f.startsWith(p)) && /\.(txt|md)$/.test(f));
  return files.flatMap((f) => parseDocument(readFileSync(new URL(f, dir), 'utf8'), { file: f }).documents.slice(0, 1));
}

/**
 * The links alignPlans makes from each seed to each off-topic plan (every one is noise), with their plans' relatedness.
 *
 * @param documents The seed documents.
 * @param options Alignment options to try.
 * @param plans The off-topic plans (`offTopicPlans`).
 * @returns How many pairs of plans were aligned, how many links they made, and the highest relatedness of a pair.
 */
export function offTopicLinks(documents: readonly PlanDocument[], options: AlignOptions = {}, plans = offTopicPlans()): { pairs: number; links: number; relatedness: number } {
  const alignments = documents.flatMap((a) => plans.map((b) => alignPlans(a, b, { ...options, evidence: false })));
  return { pairs: alignments.length, links: alignments.reduce((n, x) => n + x.links.length, 0), relatedness: Math.max(0, ...alignments.map((x) => x.relatedness)) };
}
