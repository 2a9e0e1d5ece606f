import { describe, expect, it } from 'vitest';

describe('the public API of @plankb/core', () => {
  it('should export exactly these values (a change here is a change to the SDK)', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'INDICATOR_COLUMNS',
      'ManifestSchema',
      'PARSER_VERSION',
      'PlanDocumentSchema',
      'PlanError',
      'PlanIssueSchema',
      'SCHEMA_VERSION',
      'TARGET_COLUMNS',
      'defaultCorpusDir',
      'filterFigureRows',
      'findDocument',
      'findQuantities',
      'indicatorRows',
      'isFileRef',
      'isPlanError',
      'knownUnits',
      'loadCorpus',
      'openDocument',
      'parseDocument',
      'parseFile',
      'readManifest',
      'readSourceFile',
      'resolveDeadline',
      'suggestIds',
      'summarizeDocument',
      'targetRows',
      'toCsv',
      'toMarkdownTable',
      'toParquet',
      'toXlsx',
    ]);
  });
});
