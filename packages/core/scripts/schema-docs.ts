// Reads the doc comments of src/model/schema.ts, so that the JSON Schema (and
// the model reference generated from it, docs/model.md) describes every type
// and field in the words the model's source already uses.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { planDocumentJsonSchema, type SchemaDocs } from '../src/model/json-schema.js';
import * as z from 'zod';
import * as outputSchemas from '../src/model/output-schemas.js';
import { OUTPUT_SCHEMAS } from '../src/model/output-schemas.js';

const SCHEMA_SOURCE = new URL('../src/model/schema.ts', import.meta.url);
const TYPES_SOURCE = new URL('../src/model/types.ts', import.meta.url);

/** The object literal of the first `z.object({...})` (or `.extend({...})`) call in an initializer, outermost first. */
function shapeOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  const queue: ts.Node[] = [node];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (ts.isCallExpression(next) && ts.isPropertyAccessExpression(next.expression)) {
      const [first] = next.arguments;
      if (['object', 'strictObject', 'looseObject', 'extend'].includes(next.expression.name.text) && first && ts.isObjectLiteralExpression(first)) return first;
    }
    queue.push(...next.getChildren());
  }
  return undefined;
}

/** The text of a node's doc comment (`/** … *\/`), on one line; `undefined` when it has none. */
function docOf(node: ts.Node): string | undefined {
  const texts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .filter((text) => text.trim() !== '');
  return texts.length > 0 ? texts.join(' ').replace(/\s+/g, ' ').trim() : undefined;
}

/** The doc comments of the model's types (`export interface Name` and `export type Name = …`), keyed by name. */
function typeAliasDocs(source: string): Map<string, string> {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement)) continue;
    const text = docOf(statement);
    if (text !== undefined) docs.set(statement.name.text, text);
  }
  return docs;
}

/**
 * Collect the doc comments of the zod model: for each
 * `export const NameSchema = …` in schema.ts, the comment on the constant and
 * on each field of its `z.object({...})`. A type whose constant has no comment
 * takes the one on its exported type in types.ts.
 *
 * @param source The text of schema.ts; read from src/model by default.
 * @param typesSource The text of types.ts; read from src/model by default.
 * @returns Descriptions keyed by type name (`Task` for `TaskSchema`).
 */
export function readSchemaDocs(source: string = readFileSync(SCHEMA_SOURCE, 'utf8'), typesSource: string = readFileSync(TYPES_SOURCE, 'utf8')): SchemaDocs {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const aliases = typeAliasDocs(typesSource);
  // Note: shared fields may live in a plain object spread into several shapes (`...FigureFields`).
  const literals = new Map<string, ts.ObjectLiteralExpression>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer && ts.isObjectLiteralExpression(d.initializer)) literals.set(d.name.text, d.initializer);
    }
  }
  const fieldDocs = (shape: ts.ObjectLiteralExpression | undefined, fields: Record<string, string> = {}): Record<string, string> => {
    for (const property of shape?.properties ?? []) {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) fieldDocs(literals.get(property.expression.text), fields);
      const text = ts.isPropertyAssignment(property) ? docOf(property) : undefined;
      if (text !== undefined && property.name !== undefined && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) fields[property.name.text] = text;
    }
    return fields;
  };
  const docs: SchemaDocs = {};
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.name.text.endsWith('Schema') || !declaration.initializer) continue;
      const fields = fieldDocs(shapeOf(declaration.initializer));
      const name = declaration.name.text.slice(0, -'Schema'.length);
      const description = docOf(declaration) ?? aliases.get(name);
      docs[name] = { ...(description === undefined ? {} : { description }), fields };
    }
  }
  return docs;
}

/**
 * The JSON Schema file's text, as committed at schema/plan-document.schema.json
 * and exported as `@plankb/core/schema.json`: the zod model with the doc
 * comments of schema.ts as descriptions.
 *
 * @returns Pretty-printed JSON ending in a newline.
 */
export function jsonSchemaFileText(): string {
  return `${JSON.stringify(planDocumentJsonSchema(readSchemaDocs()), null, 2)}\n`;
}

const OUTPUT_SOURCE = new URL('../src/model/output-schemas.ts', import.meta.url);

/** A copy of an object schema with its description and its documented properties' descriptions (description first). */
function withDescriptions(schema: Record<string, unknown>, docs: SchemaDocs[string] | undefined): Record<string, unknown> {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  const fields = docs?.fields ?? {};
  return {
    ...(docs?.description === undefined ? {} : { description: docs.description }),
    ...schema,
    ...(properties ? { properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, fields[key] === undefined ? value : { description: fields[key], ...value }])) } : {}),
  };
}

/**
 * The JSON Schemas of the CLI's JSON outputs (src/model/output-schemas.ts), as committed at
 * schema/<name>.schema.json and exported as `@plankb/core/schema/<name>.schema.json`, with the doc comments of
 * output-schemas.ts as descriptions. A schema used inside another is named in `$defs` (`TaskLink`, `DiffPair` …).
 *
 * @returns Each file's name (`plan-diff.schema.json`) and its pretty-printed text.
 */
export function outputSchemaFileTexts(): Record<string, string> {
  const docs = readSchemaDocs(readFileSync(OUTPUT_SOURCE, 'utf8'), '');
  const files: Record<string, string> = {};
  for (const [file, schema] of Object.entries(OUTPUT_SCHEMAS)) {
    const registry = z.registry<{ id: string }>();
    for (const [name, value] of Object.entries(outputSchemas)) {
      if (name.endsWith('Schema') && value !== schema && value instanceof z.ZodType) registry.add(value, { id: name.slice(0, -'Schema'.length) });
    }
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', metadata: registry }) as Record<string, unknown> & { $defs?: Record<string, Record<string, unknown>> };
    const { $schema, $defs, ...root } = json;
    const title = Object.entries(outputSchemas).find(([, value]) => value === schema)![0].slice(0, -'Schema'.length);
    const text = {
      $schema,
      $id: `https://plankb.dev/schema/${file}.schema.json`,
      title,
      ...withDescriptions(root, docs[title]),
      ...($defs ? { $defs: Object.fromEntries(Object.entries($defs).map(([name, def]) => [name, withDescriptions(def, docs[name])])) } : {}),
    };
    files[`${file}.schema.json`] = `${JSON.stringify(text, null, 2)}\n`;
  }
  return files;
}
