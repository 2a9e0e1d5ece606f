import { z } from 'zod';
import { PlanDocumentSchema } from './schema.js';

/**
 * The JSON Schema of a PlanDocument, generated from the zod schema. The
 * committed copy (schema/plan-document.schema.json, exported as
 * `@plankb/core/schema.json`) is checked against this by a test.
 *
 * @returns A draft 2020-12 JSON Schema.
 */
export function planDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://plankb.dev/schema/plan-document.schema.json',
    title: 'PlanDocument',
    description: 'A plan document parsed by plankb: metadata with provenance, sections, goals, tasks, assignments, targets and indicators, each with its source position.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the committed file holds it. */
export function planDocumentJsonSchemaText(): string {
  return `${JSON.stringify(planDocumentJsonSchema(), null, 2)}\n`;
}
