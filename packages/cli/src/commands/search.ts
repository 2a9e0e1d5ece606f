import type { PlanDocument, Point, Position } from '@plankb/core';
import { buildSearchIndex, type SearchHit, type SearchItem } from '@plankb/core/search';
import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../i18n.js';
import { searchMessages, type SearchMessages } from '../i18n-search.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import type { Column } from '../output/table.js';
import { oneLine } from '@plankb/terminal-text';
import { countOption } from './_filters.js';
import { documentTable, issueLines, runHandler, toJson, type CommandResult } from './_shared.js';
import { documentsNamed, loadCorpusFor } from './_corpus.js';

const KINDS = ['task', 'target', 'indicator'] as const;
const DEFAULT_LIMIT = 20;
/** Characters of text shown on each side of a find in the text. */
const CONTEXT = 12;

/** The query as the index reads it: the words given, joined (blanks in a query are ignored anyway). */
function queryOf(args: { query: readonly (string | number)[] }): string {
  return args.query.map(String).join(' ').trim();
}

function builder(parser: Argv<GlobalArgs>) {
  const t = searchMessages(activeLang());
  return parser
    // Note: no default, or yargs shows `[default: []]` for a required, variadic positional.
    .positional('query', { type: 'string', array: true, demandOption: true, default: undefined, describe: t.argQuery })
    .option('limit', { alias: 'n', ...countOption(t.optLimit, 'limit', DEFAULT_LIMIT) })
    .option('kind', { choices: KINDS, array: true, describe: t.optKind, requiresArg: true })
    .option('doc', { type: 'string', array: true, describe: t.optSearchDoc, requiresArg: true })
    .check((argv) => {
      // Note: a blank or punctuation-only query would match nothing; say so as a usage error (exit 2).
      if (!/[\p{L}\p{N}]/u.test(queryOf(argv as unknown as { query: string[] }))) throw new Error(t.emptyQuery);
      return true;
    })
    .example('$0 search 算力', t.exampleChinese)
    .example('$0 search suanli', t.examplePinyin)
    .example('$0 search xndc', t.exampleInitials)
    .example('$0 search 机架 --kind target', t.exampleTargets)
    .example('$0 search 数据要素 --format json', t.exampleJson)
    .epilogue(t.epilogue);
}

export type SearchArgs = ArgsOf<typeof builder>;

/** The source position of the field a hit matched in: a task's title or body, or the sentence that states a figure. */
function sourceOf(hit: SearchHit, documents: ReadonlyMap<string, PlanDocument>): Position | null {
  const { item, where } = hit;
  const doc = documents.get(item.docId);
  if (!doc) return null;
  if (item.kind === 'task') {
    const task = doc.tasks.find((x) => x.id === item.id);
    return (where?.field === 'text' ? task?.bodyPosition : task?.titlePosition) ?? null;
  }
  const figures: ReadonlyArray<{ id: string; position: Position }> = item.kind === 'target' ? doc.targets : doc.indicators;
  return figures.find((x) => x.id === item.id)?.position ?? null;
}

/**
 * Where in the source the matched words begin. A task's title and body, and a figure's sentence, are
 * exact slices of the source, so the point is found by counting within them; a figure's title (its
 * metric) is not, and points at its sentence.
 */
function matchPoint(hit: SearchHit, position: Position | null): Point | null {
  if (!position || !hit.where) return null;
  const exact = hit.item.kind === 'task' || hit.where.field === 'text';
  if (!exact) return position.start;
  const before = hit.item[hit.where.field].slice(0, hit.where.start).split(/\r\n|\n|\r/);
  const last = before[before.length - 1] ?? '';
  const { line, column, offset } = position.start;
  return { line: line + before.length - 1, column: before.length === 1 ? column + last.length : last.length + 1, offset: offset + hit.where.start };
}

/** The matched words, and for a find in the text a few characters either side of them. */
function excerpt(hit: SearchHit): { found: string; context: string } {
  const { item, where } = hit;
  if (!where) return { found: '', context: '' };
  const text = item[where.field];
  const found = text.slice(where.start, where.end);
  if (where.field === 'title') return { found, context: '' };
  const from = Math.max(0, where.start - CONTEXT);
  const to = Math.min(text.length, where.end + CONTEXT);
  return { found, context: oneLine(`${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`) };
}

function columns(t: SearchMessages): Column[] {
  return [
    { header: t.colId },
    { header: t.colKind, hide: 2 },
    { header: t.colFound, flex: 3, min: 4 },
    { header: t.colTitle, flex: 1, min: 12 },
    { header: t.colContext, flex: 2, min: 12, hide: 1 },
    { header: t.colSource, align: 'right', hide: 3 },
  ];
}

/**
 * Find tasks, targets and indicators of the corpus by Chinese text, full
 * pinyin or initials, through core's search index.
 *
 * @param args The query, `--limit`, `--kind`, `--doc`.
 * @param io The terminal width.
 * @returns The hits (a table, Markdown, or JSON with each hit's item, score, match, the source position of the field it matched in and the point where the match begins), and exit code 1 when nothing matched.
 */
export function handleSearch(args: SearchArgs, io: Io): CommandResult {
  const t = searchMessages(args.lang);
  const query = queryOf(args);
  const corpus = loadCorpusFor(args);
  const stderr = issueLines(corpus.issues, 'error', corpus.dir);
  // Note: --doc names are checked against the corpus, so a typo gets "unknown id" with suggestions (exit 2).
  const documents = args.doc?.length ? documentsNamed(args.doc, corpus) : corpus.documents;
  // Note: the index is kept in the folder of the parse cache the corpus was loaded through (none when PLANKB_CACHE=0),
  // so that the next search over the same documents loads it instead of building it.
  const index = buildSearchIndex(documents, { cache: corpus.cache ? { dir: corpus.cache.dir } : false });
  const kinds = new Set<SearchItem['kind']>(args.kind ?? KINDS);
  const items = index.items.filter((i) => kinds.has(i.kind)).length;
  // Note: ask for one more than shown, to know whether there are more; filter kinds before cutting.
  const limit = args.limit;
  const found = index.search(query, { limit: kinds.size === KINDS.length ? limit + 1 : Number.MAX_SAFE_INTEGER }).filter((h) => kinds.has(h.item.kind));
  const hits = found.slice(0, limit);
  const more = found.length > limit ? [t.moreHits(limit)] : [];
  const exitCode = hits.length === 0 || hasErrors(corpus.issues) ? 1 : 0;
  const byId = new Map(documents.map((d) => [d.id, d]));
  if (args.format === 'json') {
    const json = hits.map((h) => {
      const position = sourceOf(h, byId);
      return { ...h, found: excerpt(h).found, position, at: matchPoint(h, position) };
    });
    return { output: toJson(json), stderr: [...more, ...stderr], exitCode };
  }
  if (hits.length === 0) return { output: '', stderr: [t.noHits(query, items), ...stderr], exitCode };
  const rows = hits.map((h) => {
    const { found: words, context } = excerpt(h);
    const at = matchPoint(h, sourceOf(h, byId));
    return [h.item.id, t.kinds[h.item.kind], words, oneLine(h.item.title), context, at ? `${at.line}:${at.column}` : ''];
  });
  return documentTable(args, io, `${t.heading(query)} · ${t.hitCount(hits.length, items)}`, columns(t), rows, { stderr: [...more, ...stderr], exitCode });
}

export const searchCommand: CommandModule<GlobalArgs, SearchArgs> = {
  command: 'search <query..>',
  get describe() {
    return searchMessages(activeLang()).searchDescribe;
  },
  builder,
  handler: runHandler(handleSearch),
};
