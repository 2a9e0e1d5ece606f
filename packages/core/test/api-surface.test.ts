import { describe, expect, it } from 'vitest';

describe('the public API of @plankb/core', () => {
  it('should export exactly these values (a change here is a change to the SDK)', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'ManifestSchema',
      'PARSER_VERSION',
      'PlanDocumentSchema',
      'PlanError',
      'PlanIssueSchema',
      'SCHEMA_VERSION',
      'defaultCorpusDir',
      'findDocument',
      'isFileRef',
      'isPlanError',
      'loadCorpus',
      'openDocument',
      'parseDocument',
      'parseFile',
      'readManifest',
      'readSourceFile',
      'resolveDeadline',
      'suggestIds',
      'summarizeDocument',
    ]);
  });
});
