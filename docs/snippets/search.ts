import { loadCorpus } from '@plankb/core/corpus';
import { buildSearchIndex } from '@plankb/core/search';

// One index over every task, target and indicator of the corpus; build it once, query it often.
const index = buildSearchIndex(loadCorpus().documents);
console.log(`${index.items.length} items`);

// Chinese as written, full pinyin (the last syllable may be half-typed) and initials.
for (const [query, limit] of [['虚拟电厂', 4], ['suanl', 2], ['xndc', 2]] as const) {
  console.log(`${query}:`);
  for (const { item, where } of index.search(query, { limit })) {
    // `where` is the matched range, for highlighting: it slices the title or the text to the matched words.
    const matched = where ? item[where.field].slice(where.start, where.end) : '';
    console.log(`  ${item.kind} ${item.id} in its ${where?.field}: [${matched}] ${item.title}`);
  }
}
