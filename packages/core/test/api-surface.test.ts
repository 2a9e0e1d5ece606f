import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The public API of @plankb/core, one list per entry point (package.json "exports"). A change to a list is a
// change to the SDK: review it, and add a changeset.

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };

/** Each subpath and the source file of its entry. */
const ENTRIES = {
  '.': 'index',
  './corpus': 'corpus',
  './track': 'track',
  './export': 'export',
  './search': 'search',
  './align': 'align',
} as const;

/** The values (functions, constants, schemas, classes) each entry exports. */
const VALUES: Record<keyof typeof ENTRIES, string[]> = {
  '.': [
    'AlignmentSchema',
    'AttainmentSchema',
    'CascadeSchema',
    'METADATA_FIELDS',
    'PARSER_VERSION',
    'PlanDiffSchema',
    'PlanDocumentSchema',
    'PlanError',
    'PlanIssueSchema',
    'READABLE_EXTENSIONS',
    'SCHEMA_VERSION',
    'SearchHitSchema',
    'SearchResultSchema',
    'decodeSource',
    'detectSourceFormat',
    'findQuantities',
    'isIsoDay',
    'isPlanError',
    'knownUnits',
    'localToday',
    'locateInSource',
    'normaliseUnit',
    'pageAt',
    'parseDocument',
    'resolveDeadline',
    'sourceFormatOf',
  ],
  './corpus': [
    'ManifestSchema',
    'addDocument',
    'cachedCorpusHeads',
    'defaultCorpusDir',
    'documentHead',
    'findDocument',
    'isFileRef',
    'loadCorpus',
    'openCorpus',
    'openDocument',
    'openParseCache',
    'parseCacheDir',
    'parseFile',
    'parseWithCache',
    'readManifest',
    'readSourceFile',
    'suggestIds',
    'summarizeDocument',
    'validateFile',
  ],
  './track': [
    'NEEDS_ACCELERATION',
    'OBSERVATION_COLUMNS',
    'ON_TRACK',
    'ObservationEntrySchema',
    'StoreEntrySchema',
    'TASK_STATUSES',
    'TaskProgressEntrySchema',
    'appendEntries',
    'assessTarget',
    'currentEntries',
    'deadlineOf',
    'defaultStoreDir',
    'meets',
    'observationEntry',
    'parseCsv',
    'planDuties',
    'readObservationTable',
    'readStore',
    'readTypedNumber',
    'recorderName',
    'resolveTarget',
    'resolveTask',
    'taskProgressEntry',
  ],
  './export': [
    'ASSIGNMENT_COLUMNS',
    'DOCUMENT_COLUMNS',
    'INDICATOR_COLUMNS',
    'SECTION_COLUMNS',
    'TARGET_COLUMNS',
    'TASK_COLUMNS',
    'corpusDataset',
    'filterFigureRows',
    'indicatorRows',
    'targetRows',
    'toCsv',
    'toMarkdownTable',
    'toParquet',
    'toRecords',
    'toXlsx',
  ],
  './search': ['buildSearchIndex'],
  './align': [
    'DEFAULT_THRESHOLD',
    'THEMES',
    'alignPlans',
    'cascadePlan',
    'diffPlans',
    'diffText',
    'findTheme',
    'lowerPlans',
    'relateTargets',
    'sharedPhrases',
    'targetThemes',
    'themeMatrix',
    'themesOf',
  ],
};

/** The types (interfaces and type aliases) each entry exports. */
const TYPES: Record<keyof typeof ENTRIES, string[]> = {
  '.': [
    'Assignment',
    'Comparator',
    'DecodedSource',
    'DocumentKind',
    'DocumentLevel',
    'DocumentStatus',
    'Goal',
    'Indicator',
    'Mention',
    'MetaSource',
    'MetadataField',
    'MetadataOverride',
    'ParseOptions',
    'ParseResult',
    'PartSummary',
    'Period',
    'PlanDocument',
    'PlanErrorCode',
    'PlanIssue',
    'PlanIssueCode',
    'Point',
    'Position',
    'Provenance',
    'Quantity',
    'RelatedPart',
    'Section',
    'SectionRole',
    'SourceEncoding',
    'SourceFormat',
    'SourceLocation',
    'SourceOrigin',
    'SourceRef',
    'Target',
    'TargetAttribute',
    'TargetBaseline',
    'Task',
    'UndecodableSource',
    'UnitFamily',
    'UnitInfo',
  ],
  './corpus': [
    'AddMetadata',
    'AddOptions',
    'AddResult',
    'CacheOptions',
    'Corpus',
    'CorpusHeads',
    'DocumentCounts',
    'DocumentHead',
    'DocumentSummary',
    'ExtractedText',
    'FileParseResult',
    'FileValidation',
    'LoadOptions',
    'LockOptions',
    'Manifest',
    'ManifestEntry',
    'OpenedCorpus',
    'ParseCache',
    'ReadIssue',
    'SourceFile',
  ],
  './track': [
    'Attainment',
    'AttainmentStatus',
    'Duty',
    'DutyState',
    'ObservationEntry',
    'ObservationInput',
    'RowProblem',
    'StoreContents',
    'StoreEntry',
    'StoreProblem',
    'TaskProgressEntry',
    'TaskStatus',
  ],
  './export': ['ColumnType', 'DatasetTable', 'ExportColumn', 'FigureColumn', 'FigureFilter', 'IndicatorRow', 'SectionRow', 'TargetRow'],
  './search': ['SearchHit', 'SearchIndex', 'SearchIndexOptions', 'SearchItem', 'SearchMatch', 'SearchOptions'],
  './align': [
    'AlignOptions',
    'Alignment',
    'Cascade',
    'CascadeCell',
    'CascadeTarget',
    'ChangeKind',
    'ClauseMatch',
    'DiffPair',
    'DiffSegment',
    'LinkSignal',
    'PlanDiff',
    'TargetChange',
    'TargetRelation',
    'TaskLink',
    'TaskRef',
    'Theme',
    'ThemeRow',
  ],
};

const subpaths = Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>;

let program: { checker: ts.TypeChecker; exports: Map<string, ts.Symbol[]> } | undefined;

/** The symbols each entry exports, values and types, as TypeScript sees the entry file (one program for the file). */
function entryExports(): { checker: ts.TypeChecker; exports: Map<string, ts.Symbol[]> } {
  if (program) return program;
  const files = subpaths.map((subpath) => fileURLToPath(new URL(`src/${ENTRIES[subpath]}.ts`, root)));
  const built = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true, strict: true });
  const checker = built.getTypeChecker();
  const exports = new Map<string, ts.Symbol[]>();
  subpaths.forEach((subpath, i) => {
    const source = built.getSourceFile(files[i]!);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`${files[i]} has no module symbol`);
    exports.set(subpath, checker.getExportsOfModule(symbol));
  });
  return (program = { checker, exports });
}

/** Every name each entry exports, values and types. */
function exportedNames(): Map<string, string[]> {
  return new Map([...entryExports().exports].map(([subpath, symbols]) => [subpath, symbols.map((s) => s.name)]));
}

describe('the public API of @plankb/core', () => {
  it.each(subpaths)('should export exactly the reviewed values from %s', async (subpath) => {
    const api = (await import(`../src/${ENTRIES[subpath]}.ts`)) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(VALUES[subpath]);
  });

  it('should export exactly the reviewed types from each entry', () => {
    const names = exportedNames();
    for (const subpath of subpaths) {
      const types = (names.get(subpath) ?? []).filter((name) => !VALUES[subpath].includes(name));
      expect({ subpath, types: types.sort() }).toEqual({ subpath, types: TYPES[subpath] });
    }
  }, 60_000);

  it('should name the model types in the signatures of public functions, not expand them', () => {
    // Note: what an editor's hover and the emitted .d.ts show. With types inferred by z.infer, these printed
    // object types of a thousand characters; the model's interfaces (model/types.ts) print as their names.
    const { checker, exports } = entryExports();
    const returnOf = (subpath: keyof typeof ENTRIES, name: string): ts.Type => {
      const symbol = exports.get(subpath)?.find((s) => s.name === name);
      if (!symbol) throw new Error(`${subpath} exports no ${name}`);
      const [signature] = checker.getTypeOfSymbol(symbol).getCallSignatures();
      return checker.getReturnTypeOfSignature(signature!);
    };
    const print = (type: ts.Type): string => checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
    const property = (type: ts.Type, name: string): ts.Type => checker.getTypeOfSymbol(type.getProperty(name)!);
    const documents = property(returnOf('.', 'parseDocument'), 'documents');
    expect(print(documents)).toBe('PlanDocument[]');
    const [document] = checker.getTypeArguments(documents as ts.TypeReference);
    expect(print(returnOf('./track', 'resolveTask'))).toBe('Task');
    expect(print(returnOf('./track', 'resolveTarget'))).toBe('Target');
    expect(['tasks', 'assignments', 'targets', 'sections'].map((name) => print(property(document!, name)))).toEqual(['Task[]', 'Assignment[]', 'Target[]', 'Section[]']);
    expect(print(property(property(document!, 'source'), 'position'))).toBe('Position');
  }, 60_000);

  it('should export each name from one entry only, so that an app imports it from one place', () => {
    const seen = new Map<string, string>();
    for (const subpath of subpaths) {
      for (const name of [...VALUES[subpath], ...TYPES[subpath]]) {
        expect({ name, also: seen.get(name) }).toEqual({ name, also: undefined });
        seen.set(name, subpath);
      }
    }
  });

  it('should map each entry in package.json to its source, its ESM and CommonJS builds and their types', () => {
    for (const subpath of subpaths) {
      const name = ENTRIES[subpath];
      expect(manifest.exports[subpath]).toEqual({
        '@plankb/source': `./src/${name}.ts`,
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });
});
