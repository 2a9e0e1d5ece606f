import type { PlanDocument } from '@plankb/core';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { cascadeRows, cascadeRowText, defaultUpper, STRONG_SCORE, takenUpCount, type CascadeRow } from '../_utils/cascade-rows.js';
import { layoutColumns, rowSpans, type ColumnSpec } from '../_utils/columns.js';
import { documentRow, rule, yearLabel } from '../_utils/format.js';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import type { KeyHint } from '../_utils/keys.js';
import { FilterBar } from '../components/FilterBar.js';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { PaneTitle } from '../components/PaneTitle.js';
import { Picker, pickerHints } from '../components/Picker.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
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

/** A lower plan's cell: its best link's score, drawn ● (strong), ○ (loose) or · (not taken up). */
function cellSpans(score: number, linked: boolean, color: boolean): Span[] {
  if (!linked) return [{ text: '·', dim: true }];
  const strong = score >= STRONG_SCORE;
  return [{ text: strong ? '●' : '○', color: color ? (strong ? 'green' : 'yellow') : undefined, bold: strong }, { text: ` ${score.toFixed(2)}` }];
}

/** Why a plan has no lower-level plans, and what to try. */
function noLowerText(upper: PlanDocument, anyYear: boolean, t: ReturnType<typeof useSettings>['t']): string {
  if (upper.region === null) return t.cascade.noRegion(upper.id);
  if (anyYear) return t.cascade.noLowerAnyYear(upper.region);
  return t.cascade.noLower(upper.region, yearLabel(upper));
}

/**
 * Cascade: a plan's tasks and which lower-level plans (its districts', of the
 * same years) take each up, with the score of the best link (core's
 * `cascadePlan`); the selected task's counterparts below; then each lower
 * plan's tasks with no counterpart above.
 */
export function Cascade({ active, width, height }: Props) {
  const { documents, documentOf } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const [upperId, setUpperId] = useState<string | null>(() => defaultUpper(documents));
  const [anyYear, setAnyYear] = useState(false);
  const [picking, setPicking] = useState(false);
  const upper = upperId === null ? undefined : documentOf(upperId);
  // Note: aligning is the costly part (each lower plan against the upper one); it runs when the plan or the years change, not on a key.
  const data = useMemo(() => (upper ? cascadeRows(upper, documents, documentOf, anyYear) : null), [upper, documents, documentOf, anyYear]);
  const keys = active && !picking;
  const filter = useListFilter('cascade', keys, () => list.select(0));
  const rows = useMemo(() => {
    const all = data?.rows ?? [];
    if (filter.query === '') return all;
    const kept = all.filter((r) => r.kind !== 'heading' && matchesQuery(cascadeRowText(r), filter.query));
    return all.filter((r) => kept.includes(r) || (r.kind === 'heading' && kept.some((k) => k.kind === 'orphan' && k.docId === r.docId)));
  }, [data, filter.query]);
  const detailHeight = Math.min(8, Math.max(3, Math.floor((height - 4) / 3)));
  const listHeight = Math.max(1, height - 3 - detailHeight - 1);
  const list = useListNav({ count: rows.length, height: listHeight, active: keys && !nav.captured, selectable: (i) => rows[i]?.kind !== 'heading' });
  const selected = rows[list.index];

  useKeys(
    (input, key) => {
      const row = rows[list.current()];
      if (input === 'd') setPicking(true);
      else if (input === 'a') {
        setAnyYear((x) => !x);
        list.select(0);
      } else if (key.return && row?.kind === 'task' && upper) nav.openInPlan(upper.id, row.row.taskId);
      else if (key.return && row?.kind === 'orphan') nav.openInPlan(row.docId, row.task.id);
      else if (input === 'b' && row?.kind === 'task') {
        // Note: b opens the counterpart below: the best-scored lower plan's first linked task.
        const best = [...row.row.cells].filter((c) => c.taskIds.length > 0).sort((x, y) => y.score - x.score)[0];
        if (best) nav.openInPlan(best.docId, best.taskIds[0] ?? null);
      }
    },
    { isActive: keys && !nav.captured },
  );
  const legend: KeyHint[] = [
    { key: '●', label: t.cascade.legend.strong, legend: true },
    { key: '○', label: t.cascade.legend.weak, legend: true },
    { key: '·', label: t.cascade.legend.none, legend: true },
  ];
  useKeyHints(
    active,
    picking
      ? pickerHints(t)
      : filter.editing
        ? [{ key: 'enter', label: t.keys.filterDone }, { key: 'esc', label: t.keys.clearQuery }]
        : [...listKeys(t), { key: 'enter', label: t.keys.openPlan }, { key: 'b', label: t.cascade.openLower }, { key: 'd', label: t.keys.upper }, { key: 'a', label: t.keys.anyYear }, ...legend],
    'cascade',
  );

  if (!active) return null;
  if (picking) {
    const idWidth = Math.max(0, ...documents.map((d) => d.id.length));
    return (
      <Picker
        title={t.cascade.pickUpper}
        items={documents.map((d) => ({ id: d.id, label: documentRow(d, t, idWidth, color) }))}
        initialId={upperId ?? undefined}
        onSelect={(id) => {
          setUpperId(id);
          list.select(0);
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
        width={width}
        height={height}
      />
    );
  }
  if (!upper || !data) return <Line text={t.noDocuments} width={width} />;
  const { lowers, cascade } = data;
  const title = (
    <PaneTitle
      title={t.screens.cascade}
      text={`${t.cascade.summary(upper.id, takenUpCount(cascade), cascade.rows.length, lowers.length)} · ${t.cascade.anyYear(anyYear)}`}
      info={rows.length > 0 ? t.position(rows.slice(0, list.index + 1).filter((r) => r.kind !== 'heading').length, rows.filter((r) => r.kind !== 'heading').length) : ''}
      width={width}
    />
  );
  if (lowers.length === 0) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        {title}
        <TextView lines={wrapSpans([{ text: noLowerText(upper, anyYear, t), color: color ? 'yellow' : undefined }], width)} height={height - 1} width={width} />
      </Box>
    );
  }

  // Note: one column per lower plan, headed by its region; the task's title takes the rest, and lower plans give way from the last when the terminal is narrow.
  const specs: ColumnSpec[] = [
    { key: 'task', min: 24 },
    ...lowers.map((d, k) => ({ key: `c${k}`, width: Math.max(6, Math.min(12, widthOf(d.region ?? d.id))), hide: k + 1 })),
  ];
  const columns = layoutColumns(specs, width - 1);
  const header = rowSpans(columns, { task: t.cascade.col.task, ...Object.fromEntries(lowers.map((d, k) => [`c${k}`, d.region ?? d.id])) });
  const lines = rows.map((r): Span[] => {
    if (r.kind === 'heading') return [{ text: t.cascade.orphans(r.docId, r.count), bold: true, color: color ? 'cyan' : undefined }];
    if (r.kind === 'orphan') return [{ text: `  ${r.task.label ?? ''}${r.task.title}` }];
    const taken = r.row.cells.some((c) => c.taskIds.length > 0);
    return rowSpans(columns, {
      task: [{ text: r.row.label ?? '', dim: true }, { text: r.row.title, dim: !taken }],
      ...Object.fromEntries(r.row.cells.map((c, k) => [`c${k}`, cellSpans(c.score, c.taskIds.length > 0, color)])),
    });
  });
  const detail = detailOf(selected, width, documentOf, t);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {title}
      {filter.editing || filter.query !== '' ? <FilterBar filter={filter} shown={rows.filter((r) => r.kind !== 'heading').length} total={data.rows.filter((r) => r.kind !== 'heading').length} width={width} /> : <Line text="" width={width} />}
      <Line text={[{ text: ' ' }, ...header.map((s) => ({ ...s, dim: true }))]} width={width} />
      <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} focused={!filter.editing} />
      <Line text={[{ text: rule('', width), dim: true }]} width={width} />
      <TextView lines={detail} height={detailHeight} width={width} />
    </Box>
  );
}

/** The detail of the selected row: for a task, its counterparts in each lower plan; for an orphan, its text. */
function detailOf(row: CascadeRow | undefined, width: number, documentOf: (id: string) => PlanDocument | undefined, t: ReturnType<typeof useSettings>['t']): Span[][] {
  if (!row || row.kind === 'heading') return [];
  if (row.kind === 'orphan') return wrapSpans([{ text: `${row.task.id}  `, dim: true }, { text: `${row.task.label ?? ''}${row.task.title}` }], width);
  const out: Span[][] = wrapSpans([{ text: `${row.row.taskId}  `, dim: true }, { text: `${row.row.label ?? ''}${row.row.title}`, bold: true }], width);
  for (const cell of row.row.cells) {
    if (cell.taskIds.length === 0) {
      out.push(...wrapSpans([{ text: t.cascade.notTakenUp(cell.docId), dim: true }], width));
      continue;
    }
    out.push(...wrapSpans([{ text: t.cascade.takenUp(cell.docId, cell.score.toFixed(2)) }], width));
    const tasks = documentOf(cell.docId)?.tasks ?? [];
    for (const id of cell.taskIds) {
      const task = tasks.find((x) => x.id === id);
      out.push(...wrapSpans([{ text: `  ${id}  `, dim: true }, { text: task ? `${task.label ?? ''}${task.title}` : '' }], width));
    }
  }
  return out;
}
