import type { DocumentLevel } from '@plankb/core';
import { type DocumentSummary, summarizeDocument } from '@plankb/core/corpus';
import { Box } from 'ink';
import { useMemo } from 'react';
import { layoutColumns, rowSpans, type ColumnSpec } from '../_utils/columns.js';
import { yearLabel } from '../_utils/format.js';
import type { Messages } from '../_utils/messages.js';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useKeyHints } from '../hooks/use-key-hints.js';
import { listKeys, useListNav } from '../hooks/use-list-nav.js';
import { useKeys } from '../hooks/use-keys.js';
import { matchesQuery, useListFilter } from '../hooks/use-list-filter.js';
import { FilterBar } from '../components/FilterBar.js';

export type Props = {
  /** Whether this is the screen shown (inactive screens keep their state but draw nothing). */
  active: boolean;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

/** The detail pane beside the list: at least this wide, at most that. */
const DETAIL_MIN = 40;
const DETAIL_MAX = 56;
/** The title column's least width when the detail is beside the list. */
const TITLE_BESIDE = 24;

type Row = { kind: 'group'; label: string } | { kind: 'doc'; summary: DocumentSummary };

const LEVEL_RANK: Record<DocumentLevel, number> = { national: 0, province: 1, city: 2, district: 3, county: 4, town: 5, street: 6, unknown: 7 };

/** The documents grouped by region and level: a city before its districts, in corpus order otherwise. */
function groupRows(summaries: readonly DocumentSummary[], t: Messages): Row[] {
  const groups = new Map<string, { label: string; root: number; rank: number; first: number; docs: DocumentSummary[] }>();
  const roots = new Map<string, number>();
  summaries.forEach((s, k) => {
    const root = s.parentRegion ?? s.region ?? '';
    if (!roots.has(root)) roots.set(root, k);
    const key = `${s.region ?? ''}\u0000${s.level}`;
    const group = groups.get(key) ?? {
      label: [s.region ?? '—', t.level[s.level], s.parentRegion].filter((x) => x !== null).join(' · '),
      root: 0,
      rank: LEVEL_RANK[s.level],
      first: k,
      docs: [],
    };
    group.docs.push(s);
    groups.set(key, group);
  });
  // Note: a set, not a scan of the documents for each group (groups × documents at 2,000 documents).
  const regions = new Set(summaries.map((s) => s.region));
  for (const g of groups.values()) {
    const s = g.docs[0] as DocumentSummary;
    g.root = roots.get(s.parentRegion ?? s.region ?? '') ?? 0;
    // Note: a document whose parent region has no document of its own is grouped under its own region.
    if (s.parentRegion !== null && !regions.has(s.parentRegion)) g.root = g.first;
  }
  const ordered = [...groups.values()].sort((a, b) => a.root - b.root || a.rank - b.rank || a.first - b.first);
  return ordered.flatMap((g) => [{ kind: 'group' as const, label: g.label }, ...g.docs.map((summary) => ({ kind: 'doc' as const, summary }))]);
}

/** The Library: every document, grouped by region and level, with its year, kind, status and counts. */
export function Library({ active, width, height }: Props) {
  const { documents } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const { flash } = useStatus();
  // Note: / narrows the documents by text (id, title, region, issuer); a region's heading stays while one of its documents does.
  const filter = useListFilter('library', active, () => list.select(0));
  const all = useMemo(() => groupRows(documents.map(summarizeDocument), t), [documents, t]);
  const rows = useMemo(() => {
    if (filter.query === '') return all;
    // Note: one pass, a heading kept when one of its documents is (looking up each kept row's heading was quadratic in the documents).
    const shown: Row[] = [];
    let heading: Row | null = null;
    for (const r of all) {
      if (r.kind === 'group') heading = r;
      else if (matchesQuery(`${r.summary.id} ${r.summary.title ?? ''} ${r.summary.region ?? ''} ${r.summary.issuer ?? ''}`, filter.query)) {
        if (heading) shown.push(heading);
        heading = null;
        shown.push(r);
      }
    }
    return shown;
  }, [all, filter.query]);

  const { idWidth, kindWidth, statusWidth } = useMemo(
    () => ({
      idWidth: Math.min(24, Math.max(widthOf(t.col.id), ...documents.map((d) => widthOf(d.id)))),
      kindWidth: Math.max(widthOf(t.col.kind), ...documents.map((d) => widthOf(t.kind(d.kind)))),
      statusWidth: Math.max(widthOf(t.col.status), ...documents.map((d) => widthOf(t.status[d.status]))),
    }),
    [documents, t],
  );
  const specs: ColumnSpec[] = [
    { key: 'cmp', width: 1 },
    { key: 'id', width: idWidth },
    { key: 'year', width: 9 },
    { key: 'kind', width: Math.min(14, kindWidth), hide: 3 },
    { key: 'status', width: Math.min(18, statusWidth), hide: 2 },
    { key: 'tasks', width: Math.max(5, widthOf(t.col.tasks)), align: 'right' },
    { key: 'targets', width: Math.max(7, widthOf(t.col.targets)), align: 'right', hide: 1 },
    { key: 'title', min: 16 },
  ];
  // Note: the detail goes beside the list only when the list keeps every column there: a wider terminal never shows fewer columns.
  const fullList = specs.reduce((sum, c) => sum + (c.width ?? TITLE_BESIDE), 0) + (specs.length - 1) + 1;
  const wide = width - fullList - 1 >= DETAIL_MIN;
  const detailWidth = wide ? Math.min(DETAIL_MAX, width - fullList - 1) : width;
  const listWidth = wide ? width - detailWidth - 1 : width;
  const detailHeight = wide ? height - 1 : Math.min(6, Math.max(3, height - 8));
  const listHeight = Math.max(1, wide ? height - 1 : height - 1 - detailHeight - 1);

  const list = useListNav({ count: rows.length, height: listHeight, active: active && !nav.captured, selectable: (i) => rows[i]?.kind === 'doc' });
  const current = rows[list.index];
  const selected = current?.kind === 'doc' ? current.summary : undefined;

  useKeys(
    (input, key) => {
      // Note: read the selection as of this key, not of the last render (keys can come faster than renders).
      const at = rows[list.current()];
      const selected = at?.kind === 'doc' ? at.summary : undefined;
      if (!selected) return;
      if (key.return) nav.openInPlan(selected.id);
      else if (input === 'a' || input === 'b') {
        nav.setCompare(input === 'a' ? 'a' : 'b', selected.id);
        flash(t.compareSetTo(input === 'a' ? 'A' : 'B', selected.id));
      }
    },
    { isActive: active && !nav.captured },
  );
  useKeyHints(
    active,
    filter.editing ? [{ key: 'enter', label: t.keys.filterDone }, { key: 'esc', label: t.keys.clearQuery }] : [...listKeys(t), { key: 'enter', label: t.keys.openPlan }, { key: 'a', label: t.keys.setA }, { key: 'b', label: t.keys.setB }],
    'library',
  );

  const columns = layoutColumns(specs, listWidth - 1);
  const header = rowSpans(columns, { cmp: '', id: t.col.id, year: t.col.year, kind: t.col.kind, status: t.col.status, tasks: t.col.tasks, targets: t.col.targets, title: t.col.title });
  // Note: only the rows on screen are laid out (cutting a title to its column is most of a row's cost): at 2,000
  // documents, laying out every row took each key 0.1-0.2 s.
  const lines: Span[][] = new Array(rows.length);
  for (let k = list.offset; k < Math.min(rows.length, list.offset + listHeight); k++) lines[k] = lineOf(rows[k] as Row);
  function lineOf(row: Row): Span[] {
    if (row.kind === 'group') return [{ text: row.label, bold: true, color: color ? 'cyan' : undefined }];
    const s = row.summary;
    const mark = nav.compare.a === s.id ? 'A' : nav.compare.b === s.id ? 'B' : '';
    return rowSpans(columns, {
      cmp: [{ text: mark, bold: true, color: color ? 'magenta' : undefined }],
      id: s.id,
      year: yearLabel(s),
      kind: t.kind(s.kind),
      status: [{ text: t.status[s.status], color: color && s.status !== 'final' ? 'yellow' : undefined }],
      tasks: String(s.counts.tasks),
      targets: String(s.counts.targets),
      title: s.title ?? t.untitled,
    });
  }

  const detail = useMemo(() => {
    if (!selected) return [];
    const facts = [
      `${t.kind(selected.kind)} · ${t.status[selected.status]} · ${yearLabel(selected)}`,
      selected.issuer ? `${t.libraryDetail.issuer}: ${selected.issuer}` : null,
      selected.date ? `${t.libraryDetail.date}: ${selected.date}` : null,
    ].filter((x): x is string => x !== null);
    const blocks: Span[][] = [
      [{ text: selected.title ?? t.untitled, bold: true }],
      [{ text: facts.join(' · ') }],
      [{ text: t.libraryDetail.counts(selected.counts), dim: true }],
      [{ text: `${t.libraryDetail.file}: ${selected.file}`, dim: true }],
    ];
    return blocks.flatMap((b) => wrapSpans(b, detailWidth));
  }, [selected, t, detailWidth]);

  if (!active) return null;
  const docs = rows.filter((r) => r.kind === 'doc').length;
  const position = t.position(rows.slice(0, list.index + 1).filter((r) => r.kind === 'doc').length, docs);
  const listPane = (
    <Box flexDirection="column" width={listWidth}>
      {filter.editing || filter.query !== '' ? (
        <FilterBar filter={filter} shown={rows.filter((r) => r.kind === 'doc').length} total={documents.length} width={listWidth} />
      ) : (
        <Line text={[{ text: ' ' }, ...header.map((s) => ({ ...s, dim: true }))]} width={listWidth} />
      )}
      <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={listWidth} />
    </Box>
  );
  if (wide) {
    return (
      <Box flexDirection="row" width={width} height={height}>
        {listPane}
        <Box flexDirection="column" width={1}>
          {Array.from({ length: height }, (_, k) => (
            <Line key={k} text={[{ text: '│', dim: true }]} width={1} />
          ))}
        </Box>
        <Box flexDirection="column" width={detailWidth}>
          <Line text={[{ text: position, dim: true }]} width={detailWidth} />
          <TextView lines={detail} height={height - 1} width={detailWidth} />
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {listPane}
      <Line text={[{ text: `── ${position} `, dim: true }, { text: '─'.repeat(Math.max(0, width - 4 - widthOf(position))), dim: true }]} width={width} />
      <TextView lines={detail} height={detailHeight} width={width} />
    </Box>
  );
}
