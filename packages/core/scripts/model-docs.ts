// Renders docs/model.md from the committed JSON Schema
// (schema/plan-document.schema.json): one section per type, each field with
// its type and description. Run: pnpm docs:model
import { readFileSync } from 'node:fs';

/** The parts of a JSON Schema (as zod writes it) that the reference shows. */
export interface JsonSchema {
  title?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  $ref?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  $defs?: Record<string, JsonSchema>;
}

const SCHEMA_FILE = new URL('../schema/plan-document.schema.json', import.meta.url);

/** The heading anchor GitHub makes for a type name. */
function anchor(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

/** A type as a reader would write it: `[Task](#task)[]`, `string \| null`, `"task"`, `integer ≥ 1`. */
function typeOf(schema: JsonSchema): string {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/$defs/', '');
    return `[${name}](#${anchor(name)})`;
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum !== undefined) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  if (schema.anyOf !== undefined) return schema.anyOf.map(typeOf).join(' \\| ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ ...schema, type })).join(' \\| ');
  switch (schema.type) {
    case 'array': {
      const item = typeOf(schema.items ?? {});
      return item.includes(' \\| ') ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      if (schema.properties !== undefined) {
        const fields = Object.entries(schema.properties).map(([key, value]) => `${key}: ${typeOf(value)}`);
        return `{ ${fields.join('; ')} }`;
      }
      if (typeof schema.additionalProperties === 'object') return `Record<string, ${typeOf(schema.additionalProperties)}>`;
      return 'object';
    case 'integer':
      // Note: zod bounds every integer by the safe-integer range; only a real minimum is worth showing.
      return schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER ? `integer ≥ ${schema.minimum}` : 'integer';
    default:
      return schema.type ?? 'any';
  }
}

/** A table cell: one line, with `|` escaped. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function objectSection(name: string, schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([key, field]) => {
    const type = typeOf(field) + (required.has(key) ? '' : ' (optional)');
    return `| \`${key}\` | ${type} | ${cell(field.description)} |`;
  });
  return [`## ${name}`, '', schema.description ?? '', '', '| field | type | description |', '|---|---|---|', ...rows].join('\n');
}

function enumSection(name: string, schema: JsonSchema): string {
  const values = (schema.enum ?? []).map((value) => `\`${String(value)}\``).join(', ');
  return [`## ${name}`, '', schema.description ?? '', '', `One of: ${values}.`].join('\n');
}

/**
 * Render the model reference from the JSON Schema.
 *
 * @param schema The schema, as committed at schema/plan-document.schema.json.
 * @returns docs/model.md.
 */
export function modelDocs(schema: JsonSchema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema): string {
  const defs = Object.entries(schema.$defs ?? {});
  const objects: Array<[string, JsonSchema]> = [[schema.title ?? 'PlanDocument', schema], ...defs.filter(([, def]) => def.enum === undefined)];
  const enums = defs.filter(([, def]) => def.enum !== undefined);
  const index = (list: Array<[string, JsonSchema]>) => list.map(([name]) => `[${name}](#${anchor(name)})`).join(' · ');
  const parts = [
    '# Model reference',
    '',
    '<!-- Generated from packages/core/schema/plan-document.schema.json by `pnpm docs:model`; edit the doc comments in packages/core/src/model/schema.ts instead. -->',
    '',
    'Every document plankb reads becomes a `PlanDocument`: plain JSON that survives `JSON.parse(JSON.stringify(x))`. The same shape is the JSON the CLI prints with `--format json`, the TypeScript types `@plankb/core` exports (`PlanDocument`, `Task`, …), and the JSON Schema exported as `@plankb/core/schema.json`, from which this page is generated.',
    '',
    'Every position is a `{start, end}` pair of points with a 1-based `line` and `column` and a 0-based `offset`, and `text.slice(start.offset, end.offset)` is exactly the quoted source; a title (of a section, task or goal) wrapped over several lines reads without its line breaks, and leaves out the characters the parser hides (zero-width spaces, format characters) and, in Markdown, inline markup (`**数据**` reads 数据). Fields typed `… | null` are always present and are `null` when the source does not say. Diagnostics (`PlanIssue`) are returned beside documents, not inside them; see the [SDK guide](sdk.md).',
    '',
    `Types: ${index(objects)}`,
    '',
    `Enumerations: ${index(enums)}`,
    '',
    ...objects.map(([name, def]) => `${objectSection(name, def)}\n`),
    ...enums.map(([name, def]) => `${enumSection(name, def)}\n`),
  ];
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
