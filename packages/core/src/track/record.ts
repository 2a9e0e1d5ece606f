import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { diceSimilarity, normalizeForMatch } from '../_utils/similarity.js';
import { suggestIds } from '../corpus/find-document.js';
import { PlanError } from '../errors/plan-error.js';
import { localToday } from '../model/dates.js';
import type { PlanDocument, Target, Task } from '../model/types.js';
import { newEntryId, type ObservationEntry, type TaskProgressEntry, type TaskStatus } from './entries.js';
import { checkEntry } from './store.js';

/**
 * Find a target by id (`qingdao-2025:tg6`) or by document and metric
 * (`qingdao-2025/机架`, matched loosely).
 *
 * @param documents The corpus's documents.
 * @param ref The reference.
 * @returns The target.
 * @throws {PlanError} `unknown-id`, naming the closest targets.
 */
export function resolveTarget(documents: readonly PlanDocument[], ref: string): Target {
  const all = documents.flatMap((d) => d.targets);
  const byId = all.find((t) => t.id === ref);
  if (byId) return byId;
  const slash = ref.indexOf('/');
  if (slash > 0) {
    const docId = ref.slice(0, slash);
    const wanted = normalizeForMatch(ref.slice(slash + 1));
    const scored = all
      .filter((t) => t.docId === docId)
      .map((t) => {
        const metric = normalizeForMatch(`${t.subject ?? ''}${t.metric}`);
        return { t, score: metric.includes(wanted) ? 1 + wanted.length / metric.length : diceSimilarity(metric, wanted) };
      })
      .sort((a, b) => b.score - a.score);
    // Note: a metric written as asked for is the one meant; else every metric that contains the words matches, else
    // every one that reads alike. More than one match is refused, naming them all: a guess would record a value
    // against a target the user did not mean.
    const exact = scored.filter((s) => normalizeForMatch(`${s.t.subject ?? ''}${s.t.metric}`) === wanted || normalizeForMatch(s.t.metric) === wanted);
    const containing = scored.filter((s) => s.score >= 1);
    const matches = exact.length > 0 ? exact : containing.length > 0 ? containing : scored.filter((s) => s.score >= 0.5);
    if (matches.length === 1 && matches[0]) return matches[0].t;
    if (matches.length > 1) {
      throw new PlanError('unknown-id', `${ref} matches ${matches.length} targets: ${matches.map((s) => `${s.t.id} (${s.t.subject && !s.t.metric.startsWith(s.t.subject) ? `${s.t.subject}·` : ''}${s.t.metric})`).join(', ')}. Use a target id.`, {
        suggestions: matches.map((s) => s.t.id),
      });
    }
    // Note: for suggestions, shared characters say more than shared bigrams (机柜数 ~ 数据中心标准机架总数).
    const overlap = (t: Target): number => {
      const metric = new Set(normalizeForMatch(`${t.subject ?? ''}${t.metric}`));
      return [...new Set(wanted)].filter((ch) => metric.has(ch)).length / Math.max(1, new Set(wanted).size);
    };
    const near = all
      .filter((t) => t.docId === docId)
      .map((t) => ({ t, score: overlap(t) }))
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    if (near.length > 0 || documents.some((d) => d.id === docId)) {
      const hint = near.length > 0 ? ` The closest metrics in ${docId}: ${near.map((s) => `${s.t.id} (${s.t.metric})`).join(', ')}.` : ` ${docId} has no target like it.`;
      throw new PlanError('unknown-id', `Unknown target: ${ref}.${hint}\nRun \`plankb targets --doc ${docId}\` to list them.`, { suggestions: near.map((s) => s.t.id) });
    }
  }
  const suggestions = suggestIds(ref, all.map((t) => t.id));
  throw new PlanError('unknown-id', `Unknown target: ${ref}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}\nRun \`plankb targets\` to list the targets; refer to one by id or as <doc>/<metric>.`, { suggestions });
}

/**
 * Find a task by id.
 *
 * @param documents The corpus's documents.
 * @param ref The task id (`qingpu-2023:t12`).
 * @returns The task.
 * @throws {PlanError} `unknown-id`, naming the closest tasks.
 */
export function resolveTask(documents: readonly PlanDocument[], ref: string): Task {
  const all = documents.flatMap((d) => d.tasks);
  const task = all.find((t) => t.id === ref);
  if (task) return task;
  const suggestions = suggestIds(ref, all.map((t) => t.id));
  throw new PlanError('unknown-id', `Unknown task: ${ref}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}\nRun \`plankb tasks <doc>\` to list a document's tasks.`, { suggestions });
}

/**
 * Who is recording: `PLANKB_USER`, else git's user.name, else the login name.
 *
 * @param env The environment.
 * @returns A name.
 */
export function recorderName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.PLANKB_USER) return env.PLANKB_USER;
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    if (name) return name;
  } catch {
    // no git, or no name configured
  }
  return userInfo().username;
}

/** What `observationEntry` needs: the target, the value, and what is known about it. */
export interface ObservationInput {
  target: Target;
  value: number;
  date?: string | undefined;
  unit?: string | null | undefined;
  role?: ObservationEntry['role'] | undefined;
  source?: string | null | undefined;
  note?: string | null | undefined;
  by: string;
  supersedes?: string | null | undefined;
  now?: Date | undefined;
}

/**
 * A new observation entry for a target.
 *
 * @param input The target, the value and what is known about it.
 * @returns The entry, ready for `appendEntries`.
 * @throws {PlanError} `invalid-argument` for a unit other than the target's, or a value the store would not take (a
 *   date that is not a real day, a value that is not a finite number).
 */
export function observationEntry(input: ObservationInput): ObservationEntry {
  const now = input.now ?? new Date();
  const unit = input.unit ?? input.target.unit;
  if (input.unit && input.target.unit && input.unit !== input.target.unit) {
    throw new PlanError('invalid-argument', `${input.target.id} is measured in ${input.target.unit}, not ${input.unit}. Give the value in ${input.target.unit}.`);
  }
  const entry: ObservationEntry = {
    type: 'observation',
    id: newEntryId('ob', now),
    target: input.target.id,
    docId: input.target.docId,
    metric: input.target.metric,
    value: input.value,
    unit,
    date: input.date ?? localToday(now),
    role: input.role ?? 'observation',
    source: input.source ?? null,
    note: input.note ?? null,
    recordedBy: input.by,
    recordedAt: now.toISOString(),
    supersedes: input.supersedes ?? null,
  };
  checkEntry(entry);
  return entry;
}

/**
 * A new task progress entry.
 *
 * @param input The task, its status and when.
 * @returns The entry, ready for `appendEntries`.
 * @throws {PlanError} `invalid-argument` for a status or date the store would not take.
 */
export function taskProgressEntry(input: { task: Task; status: TaskStatus; date?: string | undefined; note?: string | null | undefined; by: string; supersedes?: string | null | undefined; now?: Date | undefined }): TaskProgressEntry {
  const now = input.now ?? new Date();
  const entry: TaskProgressEntry = {
    type: 'task-progress',
    id: newEntryId('tp', now),
    task: input.task.id,
    docId: input.task.docId,
    status: input.status,
    date: input.date ?? localToday(now),
    note: input.note ?? null,
    recordedBy: input.by,
    recordedAt: now.toISOString(),
    supersedes: input.supersedes ?? null,
  };
  checkEntry(entry);
  return entry;
}
