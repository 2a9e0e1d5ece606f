// The root entry of @plankb/core: the model and parsing, pure functions with no I/O. The other parts of the SDK are
// subpaths a consumer takes one at a time (package.json "exports", docs/sdk.md): @plankb/core/corpus (files,
// folders, the parse cache), /track, /export, /search and /align. Every entry lists its names explicitly, so that a
// change to the API is deliberate (test/api-surface.test.ts).

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
  TargetAttribute,
  TargetBaseline,
  Task,
} from './model/types.js';
export { PlanDocumentSchema, PlanIssueSchema } from './model/schema.js';
// Note: the schemas of the analyses' results (what the CLI prints with --format json); their types are exported by
// the entries of the functions that make them (/align, /track, /search).
export { AlignmentSchema, AttainmentSchema, CascadeSchema, PlanDiffSchema, SearchHitSchema, SearchResultSchema } from './model/output-schemas.js';
export { PARSER_VERSION, SCHEMA_VERSION } from './model/version.js';
export { isIsoDay, localToday } from './model/dates.js';
export type { MetadataField } from './model/metadata-fields.js';
export { METADATA_FIELDS } from './model/metadata-fields.js';

export type { ParseOptions, ParseResult, PartSummary } from './pipeline/parse-document.js';
export { parseDocument } from './pipeline/parse-document.js';
export type { MetadataOverride } from './parse/apply-metadata.js';
export { resolveDeadline } from './text/deadline.js';
export { normaliseUnit } from './parse/unit-names.js';

export type { DecodedSource, SourceEncoding, UndecodableSource } from './source/decode-source.js';
export { decodeSource } from './source/decode-source.js';
export type { SourceFormat } from './source/source-format.js';
export { detectSourceFormat, READABLE_EXTENSIONS, sourceFormatOf } from './source/source-format.js';
export { locateInSource, pageAt } from './formats/types.js';
export type { SourceLocation, SourceOrigin } from './formats/types.js';

export type { Quantity } from './targets/quantity.js';
export { findQuantities } from './targets/quantity.js';
export type { UnitFamily, UnitInfo } from './targets/units.js';
export { knownUnits } from './targets/units.js';

export type { PlanErrorCode } from './errors/plan-error.js';
export { isPlanError, PlanError } from './errors/plan-error.js';
