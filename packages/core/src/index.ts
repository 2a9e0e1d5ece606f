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
  TargetAttribute,
  TargetBaseline,
  Task,
} from './model/types.js';
export { PlanDocumentSchema, PlanIssueSchema } from './model/schema.js';
export { PARSER_VERSION, SCHEMA_VERSION } from './model/version.js';
export { isIsoDay } from './model/dates.js';

export type { ParseOptions, ParseResult, PartSummary } from './pipeline/parse-document.js';
export { parseDocument } from './pipeline/parse-document.js';
export type { MetadataOverride } from './parse/apply-metadata.js';
export { resolveDeadline } from './parse/deadline.js';
export { normaliseUnit } from './parse/unit-names.js';

export type { Corpus, LoadOptions } from './corpus/load-corpus.js';
export { loadCorpus } from './corpus/load-corpus.js';
export { defaultCorpusDir } from './corpus/default-corpus.js';
export type { Manifest, ManifestEntry } from './corpus/manifest.js';
export { ManifestSchema, readManifest } from './corpus/manifest.js';
export { findDocument, suggestIds } from './corpus/find-document.js';
export { isFileRef, openDocument, parseFile } from './corpus/open-document.js';
export type { ExtractedText, FileParseResult } from './corpus/parse-source.js';
export { locateInSource, pageAt } from './formats/types.js';
export type { SourceLocation, SourceOrigin } from './formats/types.js';
export type { SourceFile } from './corpus/read-source.js';
export type { DecodedSource, SourceEncoding, UndecodableSource } from './source/decode-source.js';
export { decodeSource } from './source/decode-source.js';
export type { FileValidation, ReadIssue } from './corpus/validate-file.js';
export { validateFile } from './corpus/validate-file.js';
export type { AddMetadata, AddOptions, AddResult } from './corpus/add-document.js';
export type { LockOptions } from './fs/file-lock.js';
export { addDocument } from './corpus/add-document.js';
export type { CacheOptions, ParseCache } from './cache/parse-cache.js';
export { openParseCache, parseCacheDir, parseWithCache } from './cache/parse-cache.js';
export { readSourceFile } from './corpus/read-source.js';
export type { SourceFormat } from './source/source-format.js';
export { detectSourceFormat, READABLE_EXTENSIONS, sourceFormatOf } from './source/source-format.js';
export type { DocumentSummary } from './corpus/summarize.js';
export { summarizeDocument } from './corpus/summarize.js';

export type { Quantity } from './targets/quantity.js';
export { findQuantities } from './targets/quantity.js';
export type { UnitFamily, UnitInfo } from './targets/units.js';
export { knownUnits } from './targets/units.js';
export type { Column as FigureColumn, Column as ExportColumn, ColumnType } from './export/columns.js';
export { toRecords } from './export/columns.js';
export type { FigureFilter, IndicatorRow, TargetRow } from './export/figure-rows.js';
export { filterFigureRows, INDICATOR_COLUMNS, indicatorRows, TARGET_COLUMNS, targetRows } from './export/figure-rows.js';
export type { DatasetTable } from './export/dataset.js';
export { corpusDataset } from './export/dataset.js';
export type { SectionRow } from './export/dataset-columns.js';
export { ASSIGNMENT_COLUMNS, DOCUMENT_COLUMNS, SECTION_COLUMNS, TASK_COLUMNS } from './export/dataset-columns.js';
export { toCsv, toMarkdownTable, toParquet, toXlsx } from './export/tables.js';

export type { AlignOptions, Alignment, TaskLink } from './align/align-plans.js';
export type { ClauseMatch } from './align/clauses.js';
export type { LinkSignal } from './align/signals.js';
export { alignPlans, DEFAULT_THRESHOLD } from './align/align-plans.js';
export { sharedPhrases } from './align/evidence.js';
export type { ChangeKind, DiffPair, PlanDiff, TaskRef } from './diff/diff-plans.js';
export { diffPlans } from './diff/diff-plans.js';
export type { DiffSegment } from './diff/text-diff.js';
export { diffText } from './diff/text-diff.js';
export type { TargetChange } from './diff/target-changes.js';
export type { Cascade, CascadeCell } from './cascade/cascade.js';
export { cascadePlan, lowerPlans } from './cascade/cascade.js';
export type { CascadeTarget, TargetRelation } from './cascade/cascade-targets.js';
export { relateTargets } from './cascade/cascade-targets.js';
export type { Theme } from './themes/taxonomy.js';
export { THEMES } from './themes/taxonomy.js';
export type { ThemeRow } from './themes/tag-tasks.js';
export { findTheme, themeMatrix, themesOf } from './themes/tag-tasks.js';

export type { ObservationEntry, StoreEntry, TaskProgressEntry, TaskStatus } from './track/entries.js';
export { currentEntries, ObservationEntrySchema, StoreEntrySchema, TASK_STATUSES, TaskProgressEntrySchema } from './track/entries.js';
export type { StoreContents, StoreProblem } from './track/store.js';
export { appendEntries, defaultStoreDir, readStore } from './track/store.js';
export type { ObservationInput } from './track/record.js';
export { observationEntry, recorderName, resolveTarget, resolveTask, taskProgressEntry } from './track/record.js';
export type { Attainment, AttainmentStatus } from './track/attainment.js';
export { assessTarget, deadlineOf, meets, NEEDS_ACCELERATION, ON_TRACK } from './track/attainment.js';
export type { Duty, DutyState } from './track/task-deadlines.js';
export { planDuties } from './track/task-deadlines.js';
export type { RowProblem } from './track/observation-table.js';
export { OBSERVATION_COLUMNS, parseCsv, readObservationTable } from './track/observation-table.js';

export type { SearchHit, SearchIndex, SearchIndexOptions, SearchItem, SearchMatch, SearchOptions } from './search/types.js';
export { buildSearchIndex } from './search/build-search-index.js';

export type { PlanErrorCode } from './issues/plan-error.js';
export { isPlanError, PlanError } from './issues/plan-error.js';
