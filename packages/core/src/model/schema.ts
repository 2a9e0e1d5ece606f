import * as z from 'zod';

/**
 * The plankb model, as zod schemas. These are the source of truth: the
 * TypeScript types are inferred from them (see `types.ts`) and the committed
 * JSON Schema is generated from them (see `scripts/generate-schema.ts`).
 *
 * Every value is plain JSON: no classes, Maps or Dates, so a model survives
 * `JSON.parse(JSON.stringify(x))` unchanged.
 */

/** A place in the source file: 1-based line and column, 0-based offset (UTF-16 code units, as JavaScript strings count). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** A span of the source file. `text.slice(start.offset, end.offset)` is exactly the quoted text. */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});

/**
 * The level of government a document is for. `national`: the State Council and its ministries (region 全国).
 * `province`: a province or autonomous region. `city`: a prefecture-level city, or a province-level city
 * (北京市, 上海市, 天津市, 重庆市). `district`: a district (区). `county`: a county, banner or county-level city.
 * `town`: a town or township (镇, 乡). `street`: a sub-district (街道).
 */
export const DocumentLevelSchema = z.enum(['national', 'province', 'city', 'district', 'county', 'town', 'street', 'unknown']);

export const DocumentStatusSchema = z.enum(['final', 'draft', 'consultation-draft']);

/**
 * What a document (or a part of a source file) is. Plan kinds carry tasks;
 * the others are the paperwork around a plan (see docs/glossary.md for the
 * Chinese names).
 */
export const DocumentKindSchema = z.enum([
  'work-points', // 工作要点
  'plan', // 规划 (five-year and special plans)
  'action-plan', // 行动方案 / 行动计划
  'implementation-plan', // 实施方案 / 实施意见
  'notice', // 通知 (issuing notice)
  'announcement', // 公告 (e.g. call for public comments)
  'consultation-report', // 公众参与情况的报告
  'expert-review', // 专家论证情况的报告
  'risk-assessment', // 风险评估报告
  'legality-review', // 合法性审查意见书
  'meeting-minutes', // 集体讨论情况 / 会议纪要
  'task-allocation', // 重点任务分工表
  'preface', // untitled text before the first titled part (news, page intro)
  'other',
]);

/** Where a metadata value came from. */
export const MetaSourceSchema = z.enum(['text', 'manifest', 'derived']);

export const ProvenanceSchema = z.object({
  from: MetaSourceSchema,
  /** Where in the source the value was read, when it was read from the text. */
  position: PositionSchema.nullable(),
  /** The exact source text at `position`. */
  quote: z.string().nullable(),
});

export const PeriodSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
});

/** `box` is a 专栏: a box set apart from the text (重点工程, a table of indicators), whose items are not the plan's tasks. */
export const SectionRoleSchema = z.enum(['context', 'goals', 'tasks', 'box']);

export const SectionSchema = z.object({
  type: z.literal('section'),
  id: z.string(),
  /** Parent section id; `null` for a top-level chapter. The list is in document order, so the tree is its parent links. */
  parentId: z.string().nullable(),
  depth: z.number().int().min(1),
  /** The numbering label as written, e.g. `一、`, `(一)`, `（三）`; `null` for an unnumbered heading. */
  label: z.string().nullable(),
  /** The label's numeric value (十七 → 17), when it has one. */
  number: z.number().int().nullable(),
  title: z.string(),
  /** What the section holds: background and principles (`context`), goal statements (`goals`) or tasks. */
  role: SectionRoleSchema,
  /** The whole section, heading through its last line. */
  position: PositionSchema,
  titlePosition: PositionSchema,
});

export const GoalSchema = z.object({
  type: z.literal('goal'),
  id: z.string(),
  sectionId: z.string().nullable(),
  /** A goal statement's headline sentence (数字基础设施承载力持续增强), when it has one. */
  title: z.string().nullable(),
  titlePosition: PositionSchema.nullable(),
  text: z.string(),
  position: PositionSchema,
});

export const TaskSchema = z.object({
  type: z.literal('task'),
  /** Unique within the corpus: `<docId>:t<ordinal>`. */
  id: z.string(),
  docId: z.string(),
  /** 1-based place of the task in document order. */
  ordinal: z.number().int().min(1),
  /** The numbering label as written (`(十七)`, `22.`); `null` for a paragraph led by a phrase such as 数智教育领域. */
  label: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
  body: z.string(),
  sectionId: z.string().nullable(),
  /** Titles of the enclosing sections, outermost first. */
  sectionPath: z.array(z.string()),
  /** The whole item, label through body. */
  position: PositionSchema,
  titlePosition: PositionSchema,
  bodyPosition: PositionSchema.nullable(),
});

export const AssignmentSchema = z.object({
  type: z.literal('assignment'),
  id: z.string(),
  docId: z.string(),
  /** The task the row belongs to, matched by its 重点任务 title; `null` when no task matches. */
  taskId: z.string().nullable(),
  /** 1-based row of the allocation table, counting continuation rows. */
  row: z.number().int().min(1),
  /** 序号 as written; `null` on a continuation row, which has none. */
  number: z.string().nullable(),
  /** 领域 (the chapter the row belongs to), carried down merged cells. */
  field: z.string().nullable(),
  /** 重点任务, carried down merged cells. */
  taskTitle: z.string().nullable(),
  content: z.string(),
  leadUnits: z.array(z.string()),
  supportingUnits: z.array(z.string()),
  /** ISO date the row is due; `null` for open-ended text such as 长期. */
  due: z.string().nullable(),
  /** The deadline as written (9月底, 全年). */
  dueText: z.string().nullable(),
  position: PositionSchema,
  contentPosition: PositionSchema,
  leadPosition: PositionSchema.nullable(),
  supportingPosition: PositionSchema.nullable(),
  duePosition: PositionSchema.nullable(),
});

export const ComparatorSchema = z.enum(['>', '>=', '=', '<=', '<']);

export const MentionSchema = z.object({
  quote: z.string(),
  position: PositionSchema,
});

/** What targets and indicators share: a figure, what it measures, and where the text states it. */
const FigureFields = {
  id: z.string(),
  docId: z.string(),
  taskId: z.string().nullable(),
  sectionId: z.string().nullable(),
  /** The thing measured, as a reader would name it (数据中心标准机架总数). */
  metric: z.string(),
  /** What several quantities of one sentence share (虚拟电厂 for 需求响应, 自动响应, 二次调频能力). */
  subject: z.string().nullable(),
  /** The value, scaled exactly (6.5万 → 65000). */
  value: z.number(),
  unit: z.string().nullable(),
  /** count, racks, percent, power, compute, bandwidth, money, records … */
  unitFamily: z.string().nullable(),
  /** An English gloss of the unit (架: racks, P: PFLOPS). */
  unitGloss: z.string().nullable(),
  /** 余, 多, 约, 左右: the figure is not exact. */
  approx: z.boolean(),
  /** The clause that states it, exactly as in the source. */
  quote: z.string(),
  position: PositionSchema,
};

/**
 * The 属性 of a 主要指标 table row: `binding` for 约束性 (a commitment the government is held to),
 * `expected` for 预期性 (a figure it expects and steers towards).
 */
export const TargetAttributeSchema = z.enum(['binding', 'expected']);

/** The value a 主要指标 table row starts from (its 2020年 or “十四五”完成值 column), as the row states it beside the target. */
export const TargetBaselineSchema = z.object({
  /** The value, scaled in the target's unit (1.5 万平方米 → 15000). */
  value: z.number(),
  /** The year the value is reported for (the 2015年 column, or a “十四五” column's last year). */
  year: z.number().int().nullable(),
  /** ISO date the value is reported as of (the year's end), as on the indicator. */
  asOf: z.string().nullable(),
  /** The indicator that holds the value (`<docId>:in<n>`), with its quote and position. */
  indicatorId: z.string().nullable(),
});

/** A quantitative commitment: something to reach. */
export const TargetSchema = z.object({
  type: z.literal('target'),
  ...FigureFields,
  comparator: ComparatorSchema,
  /** The upper bound of a range (5 in 3—5个, 85 in 80-85%), whose lower bound is `value`; `null` for a single figure. */
  valueMax: z.number().nullable(),
  /** The baseline its 主要指标 table row states beside it; `null` for a target stated in the text, or a row with none (`-`). */
  baseline: TargetBaselineSchema.nullable(),
  /** The row's 属性 (约束性 → `binding`, 预期性 → `expected`); `null` when not stated, as for targets in the text. */
  attribute: TargetAttributeSchema.nullable(),
  /** When it is due: the year, and the ISO date when the text gives one (到2023年11月底). */
  deadline: z.object({ year: z.number().int(), date: z.string().nullable() }).nullable(),
  /** Every place the document (or its preface) states it, the first being `quote`. */
  mentions: z.array(MentionSchema),
});

/** A reported figure: a fact as of a date. */
export const IndicatorSchema = z.object({
  type: z.literal('indicator'),
  ...FigureFields,
  /** A bound the text puts on the figure (年营收超2400亿元 is `>`); `null` for a plain figure. */
  comparator: ComparatorSchema.nullable(),
  /** ISO date the figure is reported as of (截至2025年末 → 2025-12-31; a 十四五 achievement → the period's end). */
  asOf: z.string().nullable(),
});

/** Another part of the same source file that belongs with a plan: its issuing notice, an attachment, a process report. */
export const RelatedPartSchema = z.object({
  relation: z.enum(['issued-by', 'preface', 'attachment', 'process-report']),
  kind: DocumentKindSchema,
  title: z.string().nullable(),
  position: PositionSchema,
});

export const SourceRefSchema = z.object({
  /** The file's path relative to the corpus folder (or as given). */
  file: z.string(),
  sha256: z.string(),
  /** 1-based index of this plan among the plans the file holds. */
  part: z.number().int().min(1),
  /** The span of the file this document occupies. */
  position: PositionSchema,
});

/** A parsed plan document: metadata with provenance, sections, goals, tasks, assignments, targets, indicators and related parts, each item with its source position. */
export const PlanDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  type: z.literal('document'),
  id: z.string(),
  /** The title as written; `null` when the text states none (a `no-title` info issue says so) and no manifest gives one. */
  title: z.string().nullable(),
  kind: DocumentKindSchema,
  status: DocumentStatusSchema,
  region: z.string().nullable(),
  parentRegion: z.string().nullable(),
  province: z.string().nullable(),
  level: DocumentLevelSchema,
  year: z.number().int().nullable(),
  period: PeriodSchema.nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  indexNumber: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) of issue or publication. */
  date: z.string().nullable(),
  source: SourceRefSchema,
  /** For each metadata field that has a value: whether it was read from the text, given by the manifest, or derived. */
  provenance: z.record(z.string(), ProvenanceSchema),
  sections: z.array(SectionSchema),
  goals: z.array(GoalSchema),
  tasks: z.array(TaskSchema),
  assignments: z.array(AssignmentSchema),
  targets: z.array(TargetSchema),
  indicators: z.array(IndicatorSchema),
  related: z.array(RelatedPartSchema),
});

export const IssueSeveritySchema = z.enum(['error', 'warning', 'info']);

/** A content problem found while parsing: data, not an exception. */
export const PlanIssueSchema = z.object({
  code: z.enum([
    'empty-input',
    'no-structure',
    'no-title',
    'truncated',
    // A year OCR or a conversion damaged (到2 0 0年): reported, not guessed at; digits it read as letters (2O25年):
    // read as the digits, and reported.
    'garbled-text',
    'duplicate-label',
    'numbering-gap',
    'unmatched-assignment',
    'manifest-part-missing',
    // A file holds more than one plan; a command given the file shows the one with the most tasks.
    'several-plans',
    'manifest-invalid',
    // A corpus file that could not be read, or is not text plankb reads (the corpus loads without it).
    'file-unreadable',
    'binary-file',
    'not-utf8',
  ]),
  severity: IssueSeveritySchema,
  message: z.string(),
  file: z.string().nullable(),
  /** The document the issue is about, when it is about one (a file can hold several). */
  docId: z.string().nullable(),
  position: PositionSchema.nullable(),
  /** Which part of the pipeline raised it, e.g. `core:parse`. */
  source: z.string(),
});
