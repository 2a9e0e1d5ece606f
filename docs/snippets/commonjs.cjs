// CommonJS: require() gets the same API (dist/index.cjs, dist/corpus.cjs …).
const { SCHEMA_VERSION } = require('@plankb/core');
const { loadCorpus } = require('@plankb/core/corpus');

const corpus = loadCorpus();
console.log(corpus.documents.length, 'documents, schema version', SCHEMA_VERSION);
console.log(require.resolve('@plankb/core/schema.json').endsWith('plan-document.schema.json'));
