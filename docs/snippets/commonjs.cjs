// CommonJS: require() gets the same API (dist/index.cjs).
const { loadCorpus, SCHEMA_VERSION } = require('@plankb/core');

const corpus = loadCorpus();
console.log(corpus.documents.length, 'documents, schema version', SCHEMA_VERSION);
console.log(require.resolve('@plankb/core/schema.json').endsWith('plan-document.schema.json'));
