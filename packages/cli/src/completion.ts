import { resolve } from 'node:path';
import { type Corpus, loadCorpus } from '@plankb/core/corpus';

/** Commands whose positional arguments are documents (ids or files). */
const DOC_COMMANDS: ReadonlyMap<string, number> = new Map([['show', 1], ['tasks', 1], ['assignments', 1], ['cascade', 1], ['diff', 2], ['targets', Infinity], ['indicators', Infinity]]);

/** Options that take a value as the next word, so the word after them is no command. */
const VALUE_OPTIONS = new Set(['--corpus', '--format', '--output', '-o', '--lang', '--doc', '--metric', '--region', '--level', '--year', '--store', '--as-of', '--date', '--unit', '--by', '--theme', '--source', '--note', '--limit', '--kind', '--state']);

/**
 * The words of a command line that are not options or their values: `plankb`, the command, its positionals.
 *
 * @param words The words typed so far, the one being completed excluded.
 * @returns The plain words.
 */
function plainWords(words: readonly string[]): string[] {
  const plain: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) plain.push(word);
  }
  return plain;
}

/**
 * What to offer for the word being completed when plankb knows better than
 * yargs: document ids (after a document command or `--doc`), metric names
 * (after `--metric`), and `<doc>/<metric>` for `track record`.
 *
 * @param words The words after `--get-yargs-completions`: `plankb`, then what was typed, the word being completed last.
 * @returns The completions, or `null` to let yargs complete (commands, options).
 */
export function completeWords(words: readonly string[]): string[] | null {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const previous = before.at(-1);
  if (current.startsWith('-')) return null;
  const plain = plainWords(before);
  const [, command, sub] = plain;
  const corpusAt = before.indexOf('--corpus');
  const corpus = (): Corpus => (corpusAt >= 0 && before[corpusAt + 1] ? loadCorpus({ dir: resolve(before[corpusAt + 1] as string) }) : loadCorpus());
  const starting = (list: Iterable<string>): string[] => [...new Set(list)].filter((x) => x.startsWith(current) && !/\s/.test(x));
  try {
    if (previous === '--doc') return starting(corpus().documents.map((d) => d.id));
    if (previous === '--metric') return starting(corpus().documents.flatMap((d) => [...d.targets.map((t) => t.metric), ...d.indicators.map((i) => i.metric)]));
    if (previous !== undefined && VALUE_OPTIONS.has(previous)) return null;
    if (command === 'track' && sub === 'record' && plain.length === 3) {
      return starting(corpus().documents.flatMap((d) => d.targets.flatMap((t) => [t.id, `${d.id}/${t.metric}`])));
    }
    const most = command === undefined ? undefined : DOC_COMMANDS.get(command);
    if (most !== undefined && plain.length - 2 < most) return starting(corpus().documents.map((d) => d.id));
  } catch {
    // Note: a corpus that does not load completes nothing of its own; completion must never print an error.
    return null;
  }
  return null;
}
