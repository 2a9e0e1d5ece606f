/** Version of the model's JSON shape; bumped when a field changes meaning or type. */
export const SCHEMA_VERSION = 1 as const;

/** Version of the parser's behaviour; part of the parse-cache key, so bump it when output changes. */
export const PARSER_VERSION = '0.3.1';
