// The public API of @plankb/core, listed explicitly so that a change to it is deliberate.

export type {
  Assignment,
  Comparator,
  DocumentKind,
  DocumentLevel,
  DocumentStatus,
  Goal,
  Indicator,
  Mention,
  MetaSource,
  Period,
  PlanDocument,
  PlanIssue,
  PlanIssueCode,
  Point,
  Position,
  Provenance,
  RelatedPart,
  Section,
  SectionRole,
  SourceRef,
  Target,
  Task,
} from './model/types.js';
export { PlanDocumentSchema, PlanIssueSchema } from './model/schema.js';
export { PARSER_VERSION, SCHEMA_VERSION } from './model/version.js';
export type { ParseOptions, ParseResult, PartSummary } from './parse/parse-document.js';
export { parseDocument } from './parse/parse-document.js';
