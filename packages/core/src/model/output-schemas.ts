import * as z from 'zod';
import { ComparatorSchema, PointSchema, PositionSchema } from './schema.js';

/**
 * The results of plankb's analyses, as zod schemas: what `alignPlans`, `diffPlans`, `cascadePlan`, `assessTarget`
 * and a search return, and so what the CLI prints with `--format json` (`plankb diff`, `plankb cascade`,
 * `plankb track status`, `plankb search`). Their JSON Schemas are published beside the model's
 * (`@plankb/core/schema/<name>.schema.json`, `scripts/generate-schema.ts`). The TypeScript types stay declared
 * where the functions are; `test/output-schemas.test.ts` holds each schema equal to its type and checks the CLI's
 * real output against it.
 */

/** A signal that supports a link between two tasks: similar text, shared clauses, titles, place in the outline, targets. */
export const LinkSignalSchema = z.enum(['text', 'clauses', 'title', 'structure', 'targets', 'kind']);

/** A clause of one task that matches a clause of the other, with how closely (0 to 1). */
export const ClauseMatchSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  score: z.number(),
});

/** A link between a task of plan a and a task of plan b. */
export const TaskLinkSchema = z.strictObject({
  /** The task id in plan a. */
  a: z.string(),
  /** The task id in plan b. */
  b: z.string(),
  /** How strongly the tasks correspond, 0 to 1. */
  score: z.number(),
  signals: z.array(LinkSignalSchema),
  /** Phrases the two tasks share. */
  evidence: z.array(z.string()),
  clauses: z.array(ClauseMatchSchema),
});

/** How two plans' tasks correspond (`alignPlans`). A task may have several links (a merge or a split). */
export const AlignmentSchema = z.strictObject({
  /** The id of plan a. */
  a: z.string(),
  /** The id of plan b. */
  b: z.string(),
  links: z.array(TaskLinkSchema),
  /** Ids of plan a's tasks with no link. */
  onlyA: z.array(z.string()),
  /** Ids of plan b's tasks with no link. */
  onlyB: z.array(z.string()),
  /** How closely the two plans are related as wholes, 0 to 1. */
  relatedness: z.number(),
});

/** What became of a task from one version of a plan to the next. */
export const ChangeKindSchema = z.enum(['unchanged', 'retitled', 'modified', 'moved', 'merged', 'split', 'added', 'removed']);

/** A task as a diff shows it. */
export const TaskRefSchema = z.strictObject({
  id: z.string(),
  label: z.string().nullable(),
  title: z.string(),
  /** The title of its section. */
  section: z.string().nullable(),
});

/** A piece of a character-level diff. */
export const DiffSegmentSchema = z.strictObject({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});

/** How a target of a linked task changed: the targets' ids in a and b, which fields changed and in which direction. */
export const TargetChangeSchema = z.strictObject({
  a: z.string().nullable(),
  b: z.string().nullable(),
  metric: z.string(),
  change: z.enum(['unchanged', 'changed', 'added', 'removed']),
  fields: z.array(z.enum(['value', 'unit', 'comparator', 'deadline'])),
  direction: z.enum(['more-ambitious', 'less-ambitious', 'mixed']).nullable(),
  /** b's value as a share of a's, when both are in one unit and a's is above zero; `null` otherwise. */
  share: z.number().nullable(),
});

/** Two linked tasks of two versions of a plan, with what changed between them. */
export const DiffPairSchema = z.strictObject({
  a: TaskRefSchema,
  b: TaskRefSchema,
  score: z.number(),
  change: z.enum(['unchanged', 'retitled', 'modified', 'moved', 'merged', 'split']),
  /** Whether the task moved to another section. */
  moved: z.boolean(),
  evidence: z.array(z.string()),
  clauses: z.array(ClauseMatchSchema),
  signals: z.array(LinkSignalSchema),
  /** The titles' diff; `null` when they are the same. */
  titleDiff: z.array(DiffSegmentSchema).nullable(),
  /** The bodies' diff; `null` when they are the same. */
  bodyDiff: z.array(DiffSegmentSchema).nullable(),
  targets: z.array(TargetChangeSchema),
});

/** A plan as a diff or a cascade names it. */
const PlanRefSchema = z.strictObject({ id: z.string(), title: z.string().nullable() });

/** What changed between two versions of a plan (`diffPlans`, `plankb diff --format json`). */
export const PlanDiffSchema = z.strictObject({
  a: PlanRefSchema,
  b: PlanRefSchema,
  pairs: z.array(DiffPairSchema),
  /** Tasks of a with no counterpart in b (removed). */
  onlyA: z.array(TaskRefSchema),
  /** Tasks of b with no counterpart in a (added). */
  onlyB: z.array(TaskRefSchema),
  /** How many tasks changed in each way. */
  summary: z.record(ChangeKindSchema, z.number().int()),
});

/** How a lower plan's target relates to an upper plan's. */
export const TargetRelationSchema = z.enum(['same', 'share', 'more-ambitious', 'less-ambitious', 'other-unit', 'missing']);

/** An upper task's target and how a lower plan takes it up. */
export const CascadeTargetSchema = z.strictObject({
  /** The upper target's id. */
  upper: z.string(),
  /** The lower target's id; `null` when the lower plan has none for it. */
  lower: z.string().nullable(),
  metric: z.string(),
  relation: TargetRelationSchema,
  /** The lower value as a share of the upper one, for `share`; `null` otherwise. */
  share: z.number().nullable(),
});

/** How one lower plan takes up one upper task. */
export const CascadeCellSchema = z.strictObject({
  docId: z.string(),
  /** The best link's score, 0 to 1. */
  score: z.number(),
  /** The lower tasks linked to the upper task. */
  taskIds: z.array(z.string()),
  targets: z.array(CascadeTargetSchema),
});

/** A plan as a cascade names it: with its region. */
const RegionalPlanRefSchema = z.strictObject({ id: z.string(), title: z.string().nullable(), region: z.string().nullable() });

/** Which lower plans take up each task of an upper plan (`cascadePlan`, `plankb cascade --format json`). */
export const CascadeSchema = z.strictObject({
  upper: RegionalPlanRefSchema,
  lowers: z.array(RegionalPlanRefSchema),
  /** One row per upper task. */
  rows: z.array(z.strictObject({ taskId: z.string(), label: z.string().nullable(), title: z.string(), cells: z.array(CascadeCellSchema) })),
  /** Each lower plan's tasks that take up no upper task. */
  orphans: z.array(z.strictObject({ docId: z.string(), tasks: z.array(z.strictObject({ id: z.string(), label: z.string().nullable(), title: z.string() })) })),
});

/** How a target stands. */
export const AttainmentStatusSchema = z.enum(['achieved', 'on-track', 'needs-acceleration', 'limited-progress', 'deteriorating', 'overdue', 'no-data']);

/** How a target stands as of a day, from its observations (`assessTarget`, `plankb track status --format json`). */
export const AttainmentSchema = z.strictObject({
  targetId: z.string(),
  docId: z.string(),
  metric: z.string(),
  comparator: ComparatorSchema,
  targetValue: z.number(),
  unit: z.string().nullable(),
  /** ISO date the target is due. */
  deadline: z.string().nullable(),
  /** Where progress is measured from. */
  baseline: z.strictObject({ value: z.number(), date: z.string(), source: z.enum(['indicator', 'recorded', 'first-observation', 'assumed-zero']), ref: z.string().nullable() }).nullable(),
  /** The latest observation. */
  latest: z.strictObject({ value: z.number(), date: z.string(), entry: z.string() }).nullable(),
  /** Where the value should be by now on a straight line from the baseline to the target. */
  expected: z.number().nullable(),
  /** The share of the way from the baseline to the target covered. */
  attainment: z.number().nullable(),
  /** Progress against what was expected by now. */
  progressRatio: z.number().nullable(),
  status: AttainmentStatusSchema,
  /** ISO date of the assessment. */
  asOf: z.string(),
});

/** One thing the search finds: a task, a target or an indicator. */
export const SearchItemSchema = z.strictObject({
  kind: z.enum(['task', 'target', 'indicator']),
  id: z.string(),
  docId: z.string(),
  /** The task to open for the item; `null` if none states the figure. */
  taskId: z.string().nullable(),
  title: z.string(),
  text: z.string(),
});

/** A search result (`plankb search --format json` prints a list of them). */
export const SearchHitSchema = z.strictObject({
  item: SearchItemSchema,
  /** Lower is better; results come sorted by it. */
  score: z.number(),
  /** Where the query matched, for highlighting. */
  where: z.strictObject({ field: z.enum(['title', 'text']), start: z.number().int(), end: z.number().int() }).nullable(),
});

/**
 * A search result as `plankb search --format json` prints it: the hit, with the text that matched, the source
 * position of the field it matched in, and the point where the match begins.
 */
export const SearchResultSchema = SearchHitSchema.extend({
  /** The text that matched (`item[where.field]` sliced at `where`); empty when nothing is highlighted. */
  found: z.string(),
  /** The source position of the field the query matched in: a task's title or body, or the sentence that states a figure. */
  position: PositionSchema.nullable(),
  /** Where in the source the match begins. */
  at: PointSchema.nullable(),
});

/** The published output schemas, by the name of their JSON Schema file (`schema/<name>.schema.json`). */
export const OUTPUT_SCHEMAS = {
  'plan-diff': PlanDiffSchema,
  alignment: AlignmentSchema,
  cascade: CascadeSchema,
  attainment: AttainmentSchema,
  'search-hit': SearchHitSchema,
  'search-result': SearchResultSchema,
} as const;
