import { alignPlans, type AlignOptions, type Alignment } from '../align/align-plans.js';
import type { ClauseMatch } from '../align/clauses.js';
import type { LinkSignal } from '../align/signals.js';
import type { PlanDocument, Task } from '../model/types.js';
import { compareTargets, type TargetChange } from './target-changes.js';
import { diffText, type DiffSegment } from './text-diff.js';

/** What happened to a task between two plans. */
export type ChangeKind = 'unchanged' | 'retitled' | 'modified' | 'moved' | 'merged' | 'split' | 'added' | 'removed';

/** A task as a diff shows it. */
export interface TaskRef {
  id: string;
  label: string | null;
  title: string;
  section: string | null;
}

/** One aligned pair of tasks and what changed between them. */
export interface DiffPair {
  a: TaskRef;
  b: TaskRef;
  score: number;
  change: Exclude<ChangeKind, 'added' | 'removed'>;
  /** Renumbered or under another chapter, between versions of one region's plan (also set when the text changed too). */
  moved: boolean;
  evidence: string[];
  /** The clauses of each side that match best, as written (see `TaskLink.clauses`). */
  clauses: ClauseMatch[];
  /** What made the link (see `TaskLink.signals`). */
  signals: LinkSignal[];
  /** Character diffs, present when the text differs. */
  titleDiff: DiffSegment[] | null;
  bodyDiff: DiffSegment[] | null;
  targets: TargetChange[];
}

/** What `diffPlans` returns: every aligned pair with its change, the tasks only one side has, and counts by change. */
export interface PlanDiff {
  a: { id: string; title: string | null };
  b: { id: string; title: string | null };
  pairs: DiffPair[];
  onlyA: TaskRef[];
  onlyB: TaskRef[];
  /** How many pairs of each kind, with `added` (only in b) and `removed` (only in a). */
  summary: Record<ChangeKind, number>;
}

function refOf(doc: PlanDocument, task: Task): TaskRef {
  const section = task.sectionId ? doc.sections.find((s) => s.id === task.sectionId) : undefined;
  return { id: task.id, label: task.label, title: task.title, section: section ? `${section.label ?? ''}${section.title}` : null };
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Compare two plans task by task: align them, then classify each aligned
 * pair as unchanged, retitled, modified (with readable character diffs),
 * moved, merged or split, list the tasks added and removed, and compare the
 * targets of each pair (value, comparator, deadline, and whether the new one
 * asks for more).
 *
 * @param a The old plan (the draft, the earlier year, the city's).
 * @param b The new plan.
 * @param options Alignment options, or an alignment already made.
 * @returns The diff.
 */
export function diffPlans(a: PlanDocument, b: PlanDocument, options: AlignOptions & { alignment?: Alignment } = {}): PlanDiff {
  const alignment = options.alignment ?? alignPlans(a, b, options);
  const taskA = new Map(a.tasks.map((t) => [t.id, t]));
  const taskB = new Map(b.tasks.map((t) => [t.id, t]));
  const degreeA = new Map<string, number>();
  const degreeB = new Map<string, number>();
  for (const l of alignment.links) {
    degreeA.set(l.a, (degreeA.get(l.a) ?? 0) + 1);
    degreeB.set(l.b, (degreeB.get(l.b) ?? 0) + 1);
  }
  const pairs: DiffPair[] = alignment.links.map((link) => {
    const ta = taskA.get(link.a) as Task;
    const tb = taskB.get(link.b) as Task;
    const ra = refOf(a, ta);
    const rb = refOf(b, tb);
    const sameTitle = squash(ta.title) === squash(tb.title);
    const sameBody = squash(ta.body) === squash(tb.body);
    // Note: only versions of one region's plan can move a task; a district's numbering owes nothing to its city's.
    const bothSectioned = ra.section !== null && rb.section !== null;
    const moved = a.region === b.region && (ta.label !== tb.label || (bothSectioned && ra.section !== rb.section));
    let change: DiffPair['change'];
    if ((degreeB.get(link.b) ?? 0) > 1) change = 'merged';
    else if ((degreeA.get(link.a) ?? 0) > 1) change = 'split';
    else if (!sameTitle) change = 'retitled';
    else if (!sameBody) change = 'modified';
    else change = moved ? 'moved' : 'unchanged';
    return {
      a: ra,
      b: rb,
      score: link.score,
      change,
      moved,
      evidence: link.evidence,
      clauses: link.clauses,
      signals: link.signals,
      titleDiff: sameTitle ? null : diffText(ta.title, tb.title),
      bodyDiff: sameBody ? null : diffText(ta.body, tb.body),
      targets: compareTargets(
        a.targets.filter((t) => t.taskId === ta.id),
        b.targets.filter((t) => t.taskId === tb.id),
      ),
    };
  });
  const onlyA = alignment.onlyA.map((id) => refOf(a, taskA.get(id) as Task));
  const onlyB = alignment.onlyB.map((id) => refOf(b, taskB.get(id) as Task));
  const summary: Record<ChangeKind, number> = { unchanged: 0, retitled: 0, modified: 0, moved: 0, merged: 0, split: 0, added: onlyB.length, removed: onlyA.length };
  for (const p of pairs) summary[p.change]++;
  return { a: { id: a.id, title: a.title }, b: { id: b.id, title: b.title }, pairs, onlyA, onlyB, summary };
}
