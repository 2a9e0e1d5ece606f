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

// Note: the model's object types are declared as interfaces, field by field, rather than inferred from the zod
// schemas with z.infer: an editor's hover and the emitted .d.ts then name them (Task, Position, PlanDocument)
// instead of expanding each into a long object type. The schemas stay the source of truth: the checks at the end
// of this file fail to compile when an interface and its schema differ in any field. `@useDeclaredType` makes
// typedoc list the values of each inferred union type, instead of printing `z.infer<typeof …>`.

/**
 * A place in a source file: 1-based `line` and `column`, 0-based `offset` in UTF-16 code units (as JavaScript strings count).
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A span of a source file. `text.slice(position.start.offset, position.end.offset)` is exactly the quoted text; a title
 * (of a section, task or goal) wrapped over several lines reads without its line breaks, and leaves out the characters
 * the parser hides (zero-width spaces, format characters) and, in Markdown, inline markup (`**数据**` reads 数据).
 */
export interface Position {
  start: Point;
  end: Point;
}

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
 */
export interface Provenance {
  from: MetaSource;
  /** Where in the source the value was read, when it was read from the text. */
  position: Position | null;
  /** The exact source text at `position`. */
  quote: string | null;
}

/**
 * The years a five-year or multi-year plan covers, e.g. `{ start: 2026, end: 2030 }`.
 */
export interface Period {
  start: number;
  end: number;
}

/**
 * What a section holds: background and principles (`context`), goal statements (`goals`) or `tasks`.
 *
 * @useDeclaredType
 */
export type SectionRole = z.infer<typeof SectionRoleSchema>;

/**
 * A chapter or sub-section heading of a plan (一、 …, （一） …), with its place in the outline.
 */
export interface Section {
  type: 'section';
  id: string;
  /** Parent section id; `null` for a top-level chapter. The list is in document order, so the tree is its parent links. */
  parentId: string | null;
  depth: number;
  /** The numbering label as written, e.g. `一、`, `(一)`, `（三）`; `null` for an unnumbered heading. */
  label: string | null;
  /** The label's numeric value (十七 → 17), when it has one. */
  number: number | null;
  title: string;
  /** What the section holds: background and principles (`context`), goal statements (`goals`) or tasks. */
  role: SectionRole;
  /** The whole section, heading through its last line. */
  position: Position;
  titlePosition: Position;
}

/**
 * A goal statement (目标) of a plan.
 */
export interface Goal {
  type: 'goal';
  id: string;
  sectionId: string | null;
  /** A goal statement's headline sentence (数字基础设施承载力持续增强), when it has one. */
  title: string | null;
  titlePosition: Position | null;
  text: string;
  position: Position;
}

/**
 * A task (任务) of a plan: its label as written, title, body, enclosing sections and source positions.
 */
export interface Task {
  type: 'task';
  /** Unique within the corpus: `<docId>:t<ordinal>`. */
  id: string;
  docId: string;
  /** 1-based place of the task in document order. */
  ordinal: number;
  /** The numbering label as written (`(十七)`, `22.`); `null` for a paragraph led by a phrase such as 数智教育领域. */
  label: string | null;
  number: number | null;
  title: string;
  body: string;
  sectionId: string | null;
  /** Titles of the enclosing sections, outermost first. */
  sectionPath: string[];
  /** The whole item, label through body. */
  position: Position;
  titlePosition: Position;
  bodyPosition: Position | null;
}

/**
 * One row of a task-allocation table (重点任务分工表): lead units (牵头单位), supporting units (配合单位) and the deadline.
 */
export interface Assignment {
  type: 'assignment';
  id: string;
  docId: string;
  /** The task the row belongs to, matched by its 重点任务 title; `null` when no task matches. */
  taskId: string | null;
  /** 1-based row of the allocation table, counting continuation rows. */
  row: number;
  /** 序号 as written; `null` on a continuation row, which has none. */
  number: string | null;
  /** 领域 (the chapter the row belongs to), carried down merged cells. */
  field: string | null;
  /** 重点任务, carried down merged cells. */
  taskTitle: string | null;
  content: string;
  leadUnits: string[];
  supportingUnits: string[];
  /** ISO date the row is due; `null` for open-ended text such as 长期. */
  due: string | null;
  /** The deadline as written (9月底, 全年). */
  dueText: string | null;
  position: Position;
  contentPosition: Position;
  leadPosition: Position | null;
  supportingPosition: Position | null;
  duePosition: Position | null;
}

/**
 * How a target value compares with what is to be reached: `>`, `>=`, `=`, `<=` or `<` (不少于 is `>=`).
 *
 * @useDeclaredType
 */
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * Another place in the source that mentions the same target.
 */
export interface Mention {
  quote: string;
  position: Position;
}

/**
 * The 属性 of a 主要指标 table row: `binding` (约束性) or `expected` (预期性).
 *
 * @useDeclaredType
 */
export type TargetAttribute = z.infer<typeof TargetAttributeSchema>;

/**
 * The baseline a 主要指标 table row states beside its target: the value, its year and as-of date, and the indicator that holds it.
 */
export interface TargetBaseline {
  /** The value, scaled in the target's unit (1.5 万平方米 → 15000). */
  value: number;
  /** The year the value is reported for (the 2015年 column, or a “十四五” column's last year). */
  year: number | null;
  /** ISO date the value is reported as of (the year's end), as on the indicator. */
  asOf: string | null;
  /** The indicator that holds the value (`<docId>:in<n>`), with its quote and position. */
  indicatorId: string | null;
}

/** What a target and an indicator both hold: a figure of the text, where it stands and what it measures. */
export interface FigureFields {
  id: string;
  docId: string;
  taskId: string | null;
  sectionId: string | null;
  /** The thing measured, as a reader would name it (数据中心标准机架总数). */
  metric: string;
  /** What several quantities of one sentence share (虚拟电厂 for 需求响应, 自动响应, 二次调频能力). */
  subject: string | null;
  /** The value, scaled exactly (6.5万 → 65000). */
  value: number;
  unit: string | null;
  /** count, racks, percent, power, compute, bandwidth, money, records … */
  unitFamily: string | null;
  /** An English gloss of the unit (架: racks, P: PFLOPS). */
  unitGloss: string | null;
  /** 余, 多, 约, 左右: the figure is not exact. */
  approx: boolean;
  /** The clause that states it, exactly as in the source. */
  quote: string;
  position: Position;
}

/**
 * A quantitative commitment (指标 to reach): a metric, a value (or a range up to `valueMax`) with its unit, a comparator and a deadline, and for a 主要指标 table row its baseline and attribute.
 */
export interface Target extends FigureFields {
  type: 'target';
  comparator: Comparator;
  /** The upper bound of a range (5 in 3—5个, 85 in 80-85%), whose lower bound is `value`; `null` for a single figure. */
  valueMax: number | null;
  /** The baseline its 主要指标 table row states beside it; `null` for a target stated in the text, or a row with none (`-`). */
  baseline: TargetBaseline | null;
  /** The row's 属性 (约束性 → `binding`, 预期性 → `expected`); `null` when not stated, as for targets in the text. */
  attribute: TargetAttribute | null;
  /** When it is due: the year, and the ISO date when the text gives one (到2023年11月底). */
  deadline: { year: number; date: string | null } | null;
  /** Every place the document (or its preface) states it, the first being `quote`. */
  mentions: Mention[];
}

/**
 * A reported figure: a value already reached, as of a date.
 */
export interface Indicator extends FigureFields {
  type: 'indicator';
  /** A bound the text puts on the figure (年营收超2400亿元 is `>`); `null` for a plain figure. */
  comparator: Comparator | null;
  /** ISO date the figure is reported as of (截至2025年末 → 2025-12-31; a 十四五 achievement → the period's end). */
  asOf: string | null;
}

/**
 * Another part of the same source file that belongs with a plan: its issuing notice, an attachment, a process report.
 */
export interface RelatedPart {
  relation: 'issued-by' | 'preface' | 'attachment' | 'process-report';
  kind: DocumentKind;
  title: string | null;
  position: Position;
}

/**
 * The source file a document was read from: path, SHA-256 and the span the document occupies.
 */
export interface SourceRef {
  /** The file's path relative to the corpus folder (or as given). */
  file: string;
  sha256: string;
  /** 1-based index of this plan among the plans the file holds. */
  part: number;
  /** The span of the file this document occupies. */
  position: Position;
}

/**
 * A parsed plan document: metadata with provenance, sections, goals, tasks, assignments, targets and indicators, each with its source position. Plain JSON, described by `@plankb/core/schema.json`.
 */
export interface PlanDocument {
  schemaVersion: 1;
  type: 'document';
  id: string;
  /** The title as written; `null` when the text states none (a `no-title` info issue says so) and no manifest gives one. */
  title: string | null;
  kind: DocumentKind;
  status: DocumentStatus;
  region: string | null;
  parentRegion: string | null;
  province: string | null;
  level: DocumentLevel;
  year: number | null;
  period: Period | null;
  issuer: string | null;
  docNumber: string | null;
  indexNumber: string | null;
  /** ISO date (YYYY-MM-DD) of issue or publication. */
  date: string | null;
  source: SourceRef;
  /** For each metadata field that has a value: whether it was read from the text, given by the manifest, or derived. */
  provenance: Record<string, Provenance>;
  sections: Section[];
  goals: Goal[];
  tasks: Task[];
  assignments: Assignment[];
  targets: Target[];
  indicators: Indicator[];
  related: RelatedPart[];
}

/**
 * A content problem found while parsing or loading: data, not an exception. `code` says what, `position` says where.
 */
export interface PlanIssue {
  code: PlanIssueCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file: string | null;
  /** The document the issue is about, when it is about one (a file can hold several). */
  docId: string | null;
  position: Position | null;
  /** Which part of the pipeline raised it, e.g. `core:parse`. */
  source: string;
}

/**
 * The codes a `PlanIssue` can have, such as `no-title`, `numbering-gap` or `unmatched-assignment`.
 *
 * @useDeclaredType
 */
export type PlanIssueCode = z.infer<typeof PlanIssueSchema>['code'];

// The interfaces and the schemas must describe the same values, both ways (a missing, extra or retyped field fails).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` only when every interface matches its schema's inferred type. */
type Checks = [
  Same<Point, z.infer<typeof PointSchema>>,
  Same<Position, z.infer<typeof PositionSchema>>,
  Same<Provenance, z.infer<typeof ProvenanceSchema>>,
  Same<Period, z.infer<typeof PeriodSchema>>,
  Same<Section, z.infer<typeof SectionSchema>>,
  Same<Goal, z.infer<typeof GoalSchema>>,
  Same<Task, z.infer<typeof TaskSchema>>,
  Same<Assignment, z.infer<typeof AssignmentSchema>>,
  Same<Mention, z.infer<typeof MentionSchema>>,
  Same<TargetBaseline, z.infer<typeof TargetBaselineSchema>>,
  Same<Target, z.infer<typeof TargetSchema>>,
  Same<Indicator, z.infer<typeof IndicatorSchema>>,
  Same<RelatedPart, z.infer<typeof RelatedPartSchema>>,
  Same<SourceRef, z.infer<typeof SourceRefSchema>>,
  Same<PlanDocument, z.infer<typeof PlanDocumentSchema>>,
  Same<PlanIssue, z.infer<typeof PlanIssueSchema>>,
];
/** Compiles only when every entry of `Checks` is `true`. */
type AllTrue<T extends readonly true[]> = T;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check; nothing reads it, and it costs nothing at run time.
type ModelMatchesSchemas = AllTrue<Checks>;
