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
  TargetSchema,
  TaskSchema,
} from './schema.js';

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type DocumentLevel = z.infer<typeof DocumentLevelSchema>;
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type MetaSource = z.infer<typeof MetaSourceSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type SectionRole = z.infer<typeof SectionRoleSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type RelatedPart = z.infer<typeof RelatedPartSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type PlanIssue = z.infer<typeof PlanIssueSchema>;
export type PlanIssueCode = PlanIssue['code'];
