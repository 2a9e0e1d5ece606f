import * as z from 'zod';
import * as schemas from './schema.js';

/** Descriptions of the model's types and fields, keyed by type name (`Task`); read from the doc comments of schema.ts. */
export type SchemaDocs = Record<string, { description?: string; fields: Record<string, string> }>;

type JsonObject = Record<string, unknown>;

const ROOT_DESCRIPTION =
  'A plan document parsed by plankb: metadata with provenance, sections, goals, tasks, assignments, targets and indicators, each with its source position.';

/** Every exported `XSchema` but the root gets the name `X`, so the JSON Schema has `$defs/Task` rather than copies inlined at each use. */
function namedSchemas() {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.endsWith('Schema') && schema !== schemas.PlanDocumentSchema && schema instanceof z.ZodType) {
      registry.add(schema, { id: name.slice(0, -'Schema'.length) });
    }
  }
  return registry;
}

/** A copy of an object schema with a description on it and on each documented property (description first, for readers). */
function describe(schema: JsonObject, description: string | undefined, fields: Record<string, string>): JsonObject {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  const described: JsonObject = { ...(description === undefined ? {} : { description }), ...schema };
  if (properties) {
    described.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, fields[key] === undefined ? value : { description: fields[key], ...value }]),
    );
  }
  return described;
}

/**
 * The JSON Schema of a PlanDocument, generated from the zod schema. The
 * committed copy (schema/plan-document.schema.json, exported as
 * `@plankb/core/schema.json`) is checked against this by a test.
 *
 * @param docs Descriptions for the types and fields (scripts/schema-docs.ts reads them from schema.ts).
 * @returns A draft 2020-12 JSON Schema whose named types are in `$defs`.
 */
export function planDocumentJsonSchema(docs: SchemaDocs = {}): JsonObject {
  const schema = z.toJSONSchema(schemas.PlanDocumentSchema, { target: 'draft-2020-12', metadata: namedSchemas() }) as JsonObject;
  const { $schema, $defs, ...root } = schema as JsonObject & { $defs?: Record<string, JsonObject> };
  const document = docs.PlanDocument;
  return {
    $schema,
    $id: 'https://plankb.dev/schema/plan-document.schema.json',
    title: 'PlanDocument',
    ...describe(root, document?.description ?? ROOT_DESCRIPTION, document?.fields ?? {}),
    $defs: Object.fromEntries(Object.entries($defs ?? {}).map(([name, def]) => [name, describe(def, docs[name]?.description, docs[name]?.fields ?? {})])),
  };
}
