import type { z } from 'zod';
import type {
  AssignmentSchema,
  ComparatorSchema,
  DocumentKindSchema,
  DocumentLevelSchema,
  DocumentStatusSchema,
  GoalSchema,
  IndicatorSchema,
  MentionSchema,
  MetaSourceSchema,
  PeriodSchema,
  PlanDocumentSchema,
  PlanIssueSchema,
  PointSchema,
  PositionSchema,
  ProvenanceSchema,
  RelatedPartSchema,
  SectionRoleSchema,
  SectionSchema,
  SourceRefSchema,
  TargetAttributeSchema,
  TargetBaselineSchema,
  TargetSchema,
  TaskSchema,
} from './schema.js';

// Note: `@interface` and `@useDeclaredType` make typedoc list the fields (or
// values) of each inferred type, instead of printing `z.infer<typeof …>`.

/**
 * A place in a source file: 1-based `line` and `column`, 0-based `offset` in UTF-16 code units (as JavaScript strings count).
 *
 * @interface
 */
export type Point = z.infer<typeof PointSchema>;

/**
 * A span of a source file. `text.slice(position.start.offset, position.end.offset)` is exactly the quoted text.
 *
 * @interface
 */
export type Position = z.infer<typeof PositionSchema>;

/**
 * The level of government a document is for: `national` (region 全国), `province`, `city` (prefecture-level, or a
 * province-level city such as 上海市), `district` (区), `county` (县, 旗, county-level city), `town` (镇, 乡), `street`
 * (街道) or `unknown`.
 *
 * @useDeclaredType
 */
export type DocumentLevel = z.infer<typeof DocumentLevelSchema>;

/**
 * Whether a document is `final`, a `draft`, or a `consultation-draft` (征求意见稿).
 *
 * @useDeclaredType
 */
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/**
 * What a document or a part of a source file is: a plan kind (`work-points` 工作要点, `plan` 规划, `action-plan`, `implementation-plan`) or the paperwork around a plan (`notice`, `task-allocation` 重点任务分工表, process reports …).
 *
 * @useDeclaredType
 */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/**
 * Where a metadata value came from: the document `text`, the corpus `manifest`, or `derived` from other values.
 *
 * @useDeclaredType
 */
export type MetaSource = z.infer<typeof MetaSourceSchema>;

/**
 * Where one metadata value of a document came from, with the position and exact text it was read from.
 *
 * @interface
 */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * The years a five-year or multi-year plan covers, e.g. `{ start: 2026, end: 2030 }`.
 *
 * @interface
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * What a section holds: background and principles (`context`), goal statements (`goals`) or `tasks`.
 *
 * @useDeclaredType
 */
export type SectionRole = z.infer<typeof SectionRoleSchema>;

/**
 * A chapter or sub-section heading of a plan (一、 …, （一） …), with its place in the outline.
 *
 * @interface
 */
export type Section = z.infer<typeof SectionSchema>;

/**
 * A goal statement (目标) of a plan.
 *
 * @interface
 */
export type Goal = z.infer<typeof GoalSchema>;

/**
 * A task (任务) of a plan: its label as written, title, body, enclosing sections and source positions.
 *
 * @interface
 */
export type Task = z.infer<typeof TaskSchema>;

/**
 * One row of a task-allocation table (重点任务分工表): lead units (牵头单位), supporting units (配合单位) and the deadline.
 *
 * @interface
 */
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * How a target value compares with what is to be reached: `>`, `>=`, `=`, `<=` or `<` (不少于 is `>=`).
 *
 * @useDeclaredType
 */
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * Another place in the source that mentions the same target.
 *
 * @interface
 */
export type Mention = z.infer<typeof MentionSchema>;

/**
 * The 属性 of a 主要指标 table row: `binding` (约束性) or `expected` (预期性).
 *
 * @useDeclaredType
 */
export type TargetAttribute = z.infer<typeof TargetAttributeSchema>;

/**
 * The baseline a 主要指标 table row states beside its target: the value, its year and as-of date, and the indicator that holds it.
 *
 * @interface
 */
export type TargetBaseline = z.infer<typeof TargetBaselineSchema>;

/**
 * A quantitative commitment (指标 to reach): a metric, a value (or a range up to `valueMax`) with its unit, a comparator and a deadline, and for a 主要指标 table row its baseline and attribute.
 *
 * @interface
 */
export type Target = z.infer<typeof TargetSchema>;

/**
 * A reported figure: a value already reached, as of a date.
 *
 * @interface
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * Another part of the same source file that belongs with a plan: its issuing notice, an attachment, a process report.
 *
 * @interface
 */
export type RelatedPart = z.infer<typeof RelatedPartSchema>;

/**
 * The source file a document was read from: path, SHA-256 and the span the document occupies.
 *
 * @interface
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * A parsed plan document: metadata with provenance, sections, goals, tasks, assignments, targets and indicators, each with its source position. Plain JSON, described by `@plankb/core/schema.json`.
 *
 * @interface
 */
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/**
 * A content problem found while parsing or loading: data, not an exception. `code` says what, `position` says where.
 *
 * @interface
 */
export type PlanIssue = z.infer<typeof PlanIssueSchema>;

/**
 * The codes a `PlanIssue` can have, such as `no-title`, `numbering-gap` or `unmatched-assignment`.
 *
 * @useDeclaredType
 */
export type PlanIssueCode = PlanIssue['code'];
