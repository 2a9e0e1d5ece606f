import { type IndicatorRow, indicatorRows } from '@plankb/core/export';
import { join } from 'node:path';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { layoutColumns, rowSpans } from '../_utils/columns.js';
import { documentRow, formatValue, rule } from '../_utils/format.js';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { FilterBar } from '../components/FilterBar.js';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { Picker, pickerHints, type PickerItem } from '../components/Picker.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useTerminal } from '../contexts/TerminalContext.js';
import { useKeyHints } from '../hooks/use-key-hints.js';
import { useKeys } from '../hooks/use-keys.js';
import { matchesQuery, useListFilter } from '../hooks/use-list-filter.js';
import { listKeys, useListNav } from '../hooks/use-list-nav.js';

export type Props = {
  /** Whether this is the screen shown (inactive screens keep their state but draw nothing). */
  active: boolean;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

type Picking = 'region' | 'doc' | null;

const COMPARATOR: Record<string, string> = { '>': '> ', '>=': '≥ ', '<=': '≤ ', '<': '< ', '=': '' };

/** An indicator's value as stated: bound, approximation, number and unit (`> 2,400 亿元`, `~ 63,000 架`). */
export function indicatorValue(row: Pick<IndicatorRow, 'comparator' | 'approx' | 'value' | 'unit'>): string {
  return `${row.comparator === null ? '' : (COMPARATOR[row.comparator] ?? '')}${row.approx ? '~' : ''}${formatValue(row.value, row.unit)}`;
}

/**
 * Indicators: every figure the plans state of where things stand (现状,
 * `indicatorRows`), with its value, date and where it is stated; filters by
 * region and document, `/` by text; enter opens it in Plan on its task or section.
 */
export function Indicators({ active, width, height }: Props) {
  const { documents, documentOf, documentsWith, dir } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const terminal = useTerminal();
  const { flash } = useStatus();
  const [region, setRegion] = useState<string | null>(null);
  const [docId, setDocId] = useState<string | null>(null);
  const [picking, setPicking] = useState<Picking>(null);
  const rows = useMemo(() => indicatorRows(documentsWith('indicators')), [documentsWith]);
  const keys = active && picking === null;
  const filter = useListFilter('indicators', keys, () => list.select(0));
  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (region === null || r.region === region || r.parentRegion === region) &&
          (docId === null || r.docId === docId) &&
          matchesQuery(`${r.docId} ${r.id} ${r.subject ?? ''}${r.metric} ${r.quote}`, filter.query),
      ),
    [rows, region, docId, filter.query],
  );
  const detailHeight = Math.min(6, Math.max(3, height - 10));
  const listHeight = Math.max(1, height - 2 - detailHeight - 1);
  const list = useListNav({ count: shown.length, height: listHeight, active: keys && !nav.captured });
  const item = shown[list.index];

  useKeys(
    (input, key) => {
      const row = shown[list.current()];
      if (input === 'r') setPicking('region');
      else if (input === 'd') setPicking('doc');
      else if (input === 'x') {
        setRegion(null);
        setDocId(null);
        filter.setQuery('');
      } else if (input === 'y' && row) flash(terminal.copy(row.id) ? t.copied(row.id) : t.noClipboard);
      else if (input === 'Y' && row) flash(terminal.copy(row.quote) ? t.copied(row.id) : t.noClipboard);
      else if (input === 'e' && row) {
        const error = terminal.openFile(join(dir, row.file), row.position.start.line);
        if (error !== null) flash(t.openFailed(error));
      } else if (key.return && row) nav.openInPlan(row.docId, row.taskId, row.taskId === null ? row.sectionId : null);
    },
    { isActive: keys && !nav.captured },
  );
  useKeyHints(
    active,
    picking
      ? pickerHints(t)
      : filter.editing
        ? [{ key: 'enter', label: t.keys.filterDone }, { key: 'esc', label: t.keys.clearQuery }]
        : [
            ...listKeys(t),
            { key: 'enter', label: t.keys.openPlan },
            { key: 'r', label: t.keys.region },
            { key: 'd', label: t.keys.document },
            { key: 'x', label: t.keys.clear },
            { key: 'y', label: t.keys.copyId, footer: false },
            { key: 'Y', label: t.keys.copyText, footer: false },
            { key: 'e', label: t.keys.openSource, footer: false },
          ],
    'indicators',
  );

  if (!active) return null;
  if (picking) {
    const all: PickerItem = { id: '', label: [{ text: t.targets.all, bold: true }] };
    const withRows = documents.filter((d) => d.counts.indicators > 0);
    const idWidth = Math.max(...withRows.map((d) => d.id.length), 0);
    const regions = [...new Set(withRows.flatMap((d) => [d.region, d.parentRegion]).filter((r): r is string => r !== null))];
    const items = picking === 'doc' ? withRows.map((d) => ({ id: d.id, label: documentRow(d, t, idWidth, color) })) : regions.map((r) => ({ id: r, label: r }));
    return (
      <Picker
        title={picking === 'doc' ? t.indicators.pickDocument : t.indicators.pickRegion}
        items={[all, ...items]}
        initialId={(picking === 'doc' ? docId : region) ?? ''}
        onSelect={(id) => {
          if (picking === 'doc') setDocId(id === '' ? null : id);
          else setRegion(id === '' ? null : id);
          list.select(0);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
        width={width}
        height={height}
      />
    );
  }

  const columns = layoutColumns(
    [
      { key: 'doc', width: Math.min(20, Math.max(widthOf(t.indicators.col.doc), ...documents.map((d) => widthOf(d.id)))), hide: 2 },
      { key: 'metric', min: 24 },
      // Note: as wide as the widest value (24,000,000,000 人次), up to 22 columns.
      { key: 'value', width: Math.min(22, Math.max(widthOf(t.indicators.col.value), ...rows.map((r) => widthOf(indicatorValue(r))))), align: 'right' },
      { key: 'asOf', width: 10 },
      { key: 'where', width: 14, hide: 1 },
    ],
    width - 1,
  );
  const header = rowSpans(columns, t.indicators.col);
  const lines = shown.map((r): Span[] =>
    rowSpans(columns, {
      doc: [{ text: r.docId, dim: true }],
      metric: r.subject && !r.metric.includes(r.subject) ? `${r.subject}${r.metric}` : r.metric,
      value: indicatorValue(r),
      asOf: r.asOf ?? [{ text: '—', dim: true }],
      where: [{ text: r.taskId ?? documentOf(r.docId)?.sections.find((s) => s.id === r.sectionId)?.title ?? '—', dim: true }],
    }),
  );
  const top: Span[] = [
    { text: t.indicators.filters(region ?? t.targets.all, docId ?? t.targets.all) },
    { text: `  ${t.indicators.count(shown.length, rows.length)}`, dim: true },
  ];
  const detail: Span[][] = [];
  if (item) {
    const doc = documentOf(item.docId);
    const section = doc?.sections.find((s) => s.id === item.sectionId);
    detail.push(...wrapSpans([{ text: `${item.id}  `, dim: true }, { text: item.quote }], width).slice(0, 3));
    const facts = [
      item.asOf ? t.indicators.asOf(item.asOf) : t.indicators.noAsOf,
      item.taskId ? t.indicators.inTask(item.taskId) : section ? t.indicators.inSection(section.title) : null,
      `${item.file}:${item.position.start.line}`,
    ].filter((f): f is string => f !== null);
    detail.push(...wrapSpans([{ text: facts.join(' · '), dim: true }], width));
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {filter.editing || filter.query !== '' ? <FilterBar filter={filter} shown={shown.length} total={rows.length} width={width} /> : <Line text={top} width={width} />}
      <Line text={[{ text: ' ' }, ...header.map((s) => ({ ...s, dim: true }))]} width={width} />
      {shown.length === 0 ? (
        <TextView lines={wrapSpans([{ text: filter.query !== '' ? t.filter.none(filter.query) : t.indicators.none, dim: true }], width)} height={listHeight} width={width} />
      ) : (
        <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} focused={!filter.editing} />
      )}
      <Line text={[{ text: rule(shown.length > 0 ? t.position(list.index + 1, shown.length) : '', width), dim: true }]} width={width} />
      <TextView lines={detail} height={detailHeight} width={width} />
    </Box>
  );
}
