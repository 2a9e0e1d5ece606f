import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

// Real documents damaged as copies damage them: line breaks lost or doubled, spaces and full-width spaces put in,
// lines repeated or dropped, a window of the text cut out. Whatever the parser makes of such a text, it must not
// throw, and every item it reports must quote the text at its position exactly.
// Note: kept small so that the suite stays fast (the seed is fixed for the suite: test/setup-fast-check.ts); hunt with
// more runs and other seeds (FC_RUNS=2000 FC_SEED=7 pnpm --filter @plankb/core exec vitest run test/real-mutations.test.ts).
const RUNS = Number(process.env.FC_RUNS ?? 40);
const TIMEOUT = 60_000 + RUNS * 200;

const dir = new URL('./realdocs/', import.meta.url);
const seedsDir = new URL('../../../seeds/', import.meta.url);
const files = [
  ...readdirSync(dir).filter((f) => /^\d.*\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') })),
  ...readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFileSync(new URL(f, seedsDir), 'utf8') })),
];

type Mutation = (lines: string[], at: number) => string[];
const mutations: Record<string, Mutation> = {
  joinNext: (ls, i) => [...ls.slice(0, i), `${ls[i] ?? ''}${ls[i + 1] ?? ''}`, ...ls.slice(i + 2)],
  joinNextSpace: (ls, i) => [...ls.slice(0, i), `${ls[i] ?? ''} ${(ls[i + 1] ?? '').trim()}`, ...ls.slice(i + 2)],
  blankAfter: (ls, i) => [...ls.slice(0, i + 1), '', ...ls.slice(i + 1)],
  drop: (ls, i) => [...ls.slice(0, i), ...ls.slice(i + 1)],
  repeat: (ls, i) => [...ls.slice(0, i + 1), ls[i] ?? '', ...ls.slice(i + 1)],
  indent: (ls, i) => [...ls.slice(0, i), `\u3000\u3000${ls[i] ?? ''}`, ...ls.slice(i + 1)],
  splitMiddle: (ls, i) => {
    const l = ls[i] ?? '';
    const cut = Math.floor(l.length / 2);
    return [...ls.slice(0, i), l.slice(0, cut), l.slice(cut), ...ls.slice(i + 1)];
  },
  flattenWindow: (ls, i) => [...ls.slice(0, i), ls.slice(i, i + 12).map((l) => l.trim()).join(''), ...ls.slice(i + 12)],
  cutWindow: (ls, i) => [...ls.slice(0, i), ...ls.slice(i + 30)],
  // Note: a character lost or put in where a line's label, punctuation or brackets are.
  dropSecondChar: (ls, i) => [...ls.slice(0, i), (ls[i] ?? '').slice(0, 1) + (ls[i] ?? '').slice(2), ...ls.slice(i + 1)],
  dropLastChar: (ls, i) => [...ls.slice(0, i), (ls[i] ?? '').slice(0, -1), ...ls.slice(i + 1)],
  openBracket: (ls, i) => [...ls.slice(0, i), `（${ls[i] ?? ''}`, ...ls.slice(i + 1)],
  closeBracket: (ls, i) => [...ls.slice(0, i), `${ls[i] ?? ''}）`, ...ls.slice(i + 1)],
  label: (ls, i) => [...ls.slice(0, i), `${i % 7}.${ls[i] ?? ''}`, ...ls.slice(i + 1)],
};

const damaged = fc
  .tuple(fc.integer({ min: 0, max: files.length - 1 }), fc.array(fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }))
  .map(([k, steps]) => {
    const file = files[k] as { name: string; text: string };
    let lines = file.text.split('\n');
    for (const [name, where] of steps) lines = (mutations[name] as Mutation)(lines, Math.floor(where * Math.max(0, lines.length - 1)));
    return { name: file.name, text: lines.join('\n') };
  });

describe('real documents damaged as copies damage them', () => {
  it(
    'should parse without throwing, every item quoting the text at its position',
    () => {
      fc.assert(
        fc.property(damaged, ({ name, text }) => {
          const result = parseDocument(text, { file: name });
          for (const doc of result.documents) expectExactQuotes(text, doc);
          expect(result.documents.length + result.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
