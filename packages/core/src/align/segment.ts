import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMAIN_WORDS } from './plan-words.js';

interface Segmenter {
  cut(sentence: string, hmm?: boolean | null): string[];
  cutForSearch(sentence: string, hmm?: boolean | null): string[];
}

// Note: loaded on first use, so that importing @plankb/core, or starting the CLI, does not load jieba.
let jieba: Segmenter | undefined;

/** Dictionary words seen fewer times than this in jieba's corpus are left out: see `loadSegmenter`. */
const MIN_FREQUENCY = 20;

/**
 * jieba's dictionary without its single characters and rare words. Note: the
 * full dictionary (349,000 entries) takes about half a second to load, more
 * than `plankb diff` may spend in all; its 72,000 words seen 20 times or more
 * load in a tenth of that, and split plan text the same way.
 */
function commonWords(source: Buffer): Buffer {
  const out = Buffer.allocUnsafe(source.length);
  let o = 0;
  for (let s = 0; s < source.length; ) {
    let e = source.indexOf(10, s);
    if (e < 0) e = source.length;
    const space = source.indexOf(32, s);
    // Note: a word of two or more Chinese characters takes more than 3 bytes of UTF-8.
    if (space > s + 3 && space < e) {
      let f = 0;
      for (let k = space + 1; k < e && (source[k] as number) >= 48 && (source[k] as number) <= 57; k++) f = f * 10 + (source[k] as number) - 48;
      if (f >= MIN_FREQUENCY) {
        o += source.copy(out, o, s, e);
        out[o++] = 10;
      }
    }
    s = e + 1;
  }
  return out.subarray(0, o);
}

function loadSegmenter(): Segmenter {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  const segmenter = Jieba.withDict(commonWords(dict));
  segmenter.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 100000 n`).join('\n')));
  return segmenter;
}

/**
 * Split text into words with jieba and a dictionary of planning terms
 * (算力, 可信数据空间, 一网通办 …), without guessing unknown words (no HMM):
 * a name the dictionary lacks falls apart into characters, which the
 * aligner's bigrams still catch.
 *
 * @param text Text without punctuation (see `comparable`).
 * @returns The words in order (a list kept for the next call with the same text: not to be changed).
 */
export function segment(text: string): string[] {
  let words = cache.get(text);
  if (words === undefined) {
    jieba ??= loadSegmenter();
    words = jieba.cut(text, false);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, words);
  }
  return words;
}

// Note: a task's clauses are cut once for its terms and again for its clauses' terms; and plans repeat phrases.
const cache = new Map<string, string[]>();
const MAX_CACHED = 100_000;

/**
 * The dictionary words inside a word, as jieba's search mode finds them
 * (自然人综合库: 自然, 综合, 自然人), without the word itself: so that a
 * clause naming 自然人、法人、空间地理综合库 shares words with 深化自然人综合库.
 *
 * @param word A word of `segment`'s.
 * @returns Its inner words of two or more characters, in order (none for a word of two characters).
 */
export function innerWords(word: string): string[] {
  if (word.length < 3) return [];
  jieba ??= loadSegmenter();
  return jieba.cutForSearch(word, false).filter((w) => w.length >= 2 && w !== word);
}
