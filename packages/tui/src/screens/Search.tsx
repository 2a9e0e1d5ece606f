import { Box } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { markRange } from '../_utils/diff-spans.js';
import type { SearchHit } from '@plankb/core/search';
import { searchIndexFor } from '../_utils/search-index.js';
import { wrapSpans, type Span, type SpanStyle } from '../_utils/spans.js';
import { widthOf, graphemesOf } from '@plankb/terminal-text';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { PaneTitle } from '../components/PaneTitle.js';
import { TextInput } from '../components/TextInput.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useCapture } from '../hooks/use-capture.js';
import { useKeyHints } from '../hooks/use-key-hints.js';
import { LIST_KEYS, listKeys, useListNav } from '../hooks/use-list-nav.js';
import { useKeys } from '../hooks/use-keys.js';

export type Props = {
  /** Whether this is the screen shown (inactive screens keep their state but draw nothing). */
  active: boolean;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

/** The part of a long text around a range: a few characters before it, and what follows. */
function around(text: string, range: { start: number; end: number }, before = 12): { text: string; range: { start: number; end: number } } {
  const from = Math.max(0, range.start - before);
  const cut = from > 0 ? `…${text.slice(from)}` : text;
  const shift = from > 0 ? from - 1 : 0;
  return { text: cut, range: { start: range.start - shift, end: range.end - shift } };
}

/**
 * Search: search as one types (core's `buildSearchIndex`) over every task
 * title and body, target and indicator; Chinese, full pinyin (`suanli`) and
 * initials (`sl`, `xndc`) all find 算力 and 虚拟电厂. Enter opens the hit in Plan.
 */
export function Search({ active, width, height }: Props) {
  const { documents, documentOf, source } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const { setHelp } = useStatus();
  const [query, setQuery] = useState('');
  const [focus, setFocus] = useState<'input' | 'results'>('input');
  const index = useMemo(() => searchIndexFor(source), [source]);
  const hits = useMemo(() => index.search(query), [index, query]);
  useEffect(() => {
    if (active) setFocus('input');
  }, [active]);
  // Note: the screen keeps the keyboard in both panes. In the query every
  // character is text; in the results a letter that moves nothing goes back
  // into the query (typing `qingdao` there must not quit at the `q`).
  useCapture(active);

  const previewHeight = Math.min(6, Math.max(2, height - 10));
  const listHeight = Math.max(1, height - 3 - previewHeight - 1);
  const list = useListNav({ count: hits.length, height: listHeight, active: active && focus === 'results' });
  const open = (): void => {
    const chosen = hits[list.current()];
    if (!chosen) return;
    const { docId, taskId, kind, id } = chosen.item;
    // Note: a figure stated outside any task (a chapter's preamble) opens on its section.
    const document = documentOf(docId);
    const figure = kind === 'indicator' ? document?.indicators.find((x) => x.id === id) : kind === 'target' ? document?.targets.find((x) => x.id === id) : undefined;
    nav.openInPlan(docId, taskId, taskId === null ? (figure?.sectionId ?? null) : null);
  };
  // While typing, ↑/↓ (and ctrl+p/ctrl+n) still move through the results.
  useKeys(
    (input, key) => {
      if (key.escape) nav.back();
      else if (key.downArrow || (key.ctrl && input === 'n')) list.select(list.current() + 1);
      else if (key.upArrow || (key.ctrl && input === 'p')) list.select(Math.max(0, list.current() - 1));
      else if (key.return) open();
      else if (key.tab) setFocus('results');
      else if (input === '?' && !key.ctrl && !key.meta) {
        setHelp(true);
        // Note: handled here: the query field does not get the `?`.
        return true;
      }
      return undefined;
    },
    { isActive: active && focus === 'input', modified: true },
  );
  useKeys(
    (input, key) => {
      if (key.escape) nav.back();
      else if (key.tab || input === '/') setFocus('input');
      else if (key.return) open();
      else if (input === '?') setHelp(true);
      else if (key.backspace || key.delete) {
        setQuery((q) => graphemesOf(q).slice(0, -1).join(''));
        setFocus('input');
      } else if (input !== '' && !LIST_KEYS.has(input) && !key.ctrl && !key.meta) {
        // eslint-disable-next-line no-control-regex
        const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
        if (text !== '') {
          setQuery((q) => q + text);
          setFocus('input');
        }
      }
    },
    { isActive: active && focus === 'results' },
  );
  const hit: SearchHit | undefined = hits[list.index];
  useEffect(() => list.select(0), [query]); // eslint-disable-line react-hooks/exhaustive-deps
  const moveKeys = listKeys(t);
  useKeyHints(
    active,
    focus === 'input'
      ? [
          { key: '↑↓', label: t.keys.move },
          { key: 'enter', label: t.keys.openPlan },
          { key: 'tab', label: t.keys.results },
          { key: 'ctrl+u', label: t.keys.clearQuery },
          { key: 'esc', label: t.keys.back },
          { key: 'ctrl+n ctrl+p', label: t.keys.move, footer: false },
          { key: 'backspace', label: t.keys.deleteChar, footer: false },
          { key: 'alt+1-5', label: t.keys.screens, footer: false },
        ]
      : [
          { key: '/ tab', label: t.keys.editQuery },
          ...moveKeys,
          { key: 'enter', label: t.keys.openPlan },
          { key: 'esc', label: t.keys.back },
          { key: t.keys.letters, label: t.keys.typeMore, footer: false },
          { key: 'alt+1-5', label: t.keys.screens, footer: false },
        ],
    'search',
  );

  if (!active) return null;
  const mark: SpanStyle = color ? { color: 'yellow', bold: true, underline: true } : { inverse: true };
  const kindWidth = Math.max(...Object.values(t.search.kinds).map(widthOf));
  const docWidth = width >= 90 ? Math.min(20, Math.max(0, ...documents.map((d) => widthOf(d.id)))) : 0;
  const lines = hits.map((h): Span[] => {
    const kind: Span = { text: `${t.search.kinds[h.item.kind]}${' '.repeat(kindWidth - widthOf(t.search.kinds[h.item.kind]))} `, color: color ? (h.item.kind === 'task' ? 'cyan' : 'magenta') : undefined };
    const doc: Span[] = docWidth > 0 ? [{ text: `${h.item.docId.padEnd(docWidth)} `, dim: true }] : [];
    const title = markRange(h.item.title, h.where?.field === 'title' ? h.where : null, mark, { bold: true });
    const snippet = h.where?.field === 'text' ? around(h.item.text, h.where) : null;
    const rest = snippet ? [{ text: '  ' }, ...markRange(snippet.text, snippet.range, mark, { dim: true })] : [];
    return [kind, ...doc, ...title, ...rest];
  });
  const preview: Span[][] = hit
    ? wrapSpans(
        [
          { text: `${hit.item.id}  `, dim: true },
          ...(hit.where?.field === 'text' ? markRange(around(hit.item.text, hit.where, 40).text, around(hit.item.text, hit.where, 40).range, mark) : [{ text: hit.item.text }]),
        ],
        width,
      )
    : [];
  const status = query.trim() === '' ? t.search.hint : hits.length === 0 ? t.search.none : t.search.results(hits.length);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" width={width}>
        <Line text={[{ text: `${t.search.prompt}:`, bold: true, ...(focus === 'input' ? { inverse: !color, color: color ? 'cyan' : undefined } : { dim: true }) }, { text: ' ' }]} width={widthOf(t.search.prompt) + 2} />
        <TextInput value={query} onChange={setQuery} focused={focus === 'input'} width={width - widthOf(t.search.prompt) - 2} placeholder={t.search.placeholder} />
      </Box>
      <PaneTitle title={t.panes.results} focused={focus === 'results'} text={status} info={hits.length > 0 ? t.position(list.index + 1, hits.length) : ''} width={width} />
      <Line text="" width={width} />
      <ListView rows={lines} selected={hits.length > 0 ? list.index : -1} offset={list.offset} height={listHeight} width={width} focused={focus === 'results'} />
      <Line text={[{ text: '─'.repeat(width), dim: true }]} width={width} />
      <TextView lines={preview} height={previewHeight} width={width} />
    </Box>
  );
}
