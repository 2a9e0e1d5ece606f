import { appendEntries, type DutyState, planDuties, recorderName, TASK_STATUSES, taskProgressEntry, type TaskStatus } from '@plankb/core/track';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { layoutColumns, rowSpans } from '../_utils/columns.js';
import { DUTY_STATES, dutyRows, leadUnits, stateCounts, unitMatches } from '../_utils/duty-rows.js';
import { documentRow, rule } from '../_utils/format.js';
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

type Picking = 'unit' | 'state' | 'doc' | 'status' | null;

/** The colour of each state, as `plankb track tasks` paints it. */
const STATE_COLOR: Record<DutyState, string> = { overdue: 'red', due: 'yellow', open: 'white', done: 'green', dropped: 'gray' };

/**
 * Duties: the task tables' rows (core's `planDuties`), grouped by lead unit,
 * each with its deadline and whether it is overdue, due within 30 days, open,
 * done or dropped as of the assessment date, as `plankb track tasks` lists
 * them; `s` records a task's progress (`plankb track task`).
 */
export function Duties({ active, width, height }: Props) {
  const { documentOf, documentsWith, store, storeDir, reloadStore, asOf } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const terminal = useTerminal();
  const { flash } = useStatus();
  const [unit, setUnit] = useState<string | null>(null);
  const [state, setState] = useState<DutyState | null>(null);
  const [docId, setDocId] = useState<string | null>(null);
  const [picking, setPicking] = useState<Picking>(null);
  // Note: as the CLI does, the plans with a task table: their duties have lead units and dates.
  const withTables = documentsWith('assignments');
  const all = useMemo(() => withTables.flatMap((d) => planDuties(d, store.progress, asOf)), [withTables, store, asOf]);
  const keys = active && picking === null;
  const filter = useListFilter('duties', keys, () => list.select(0));
  const duties = useMemo(
    () =>
      all.filter(
        (d) =>
          (docId === null || d.docId === docId) &&
          (unit === null || d.leadUnits.some((u) => unitMatches(u, unit))) &&
          (state === null || d.state === state) &&
          matchesQuery(`${d.taskId ?? ''} ${d.taskTitle ?? ''} ${d.content} ${d.leadUnits.join(' ')} ${d.supportingUnits.join(' ')}`, filter.query),
      ),
    [all, docId, unit, state, filter.query],
  );
  // Note: filtered by a unit, only that unit's heading is shown (a duty it shares is not listed again under the other lead).
  const rows = useMemo(() => {
    const grouped = dutyRows(duties);
    if (unit === null) return grouped;
    return grouped.filter((r) => r.unit !== null && unitMatches(r.unit, unit));
  }, [duties, unit]);
  const detailHeight = Math.min(6, Math.max(3, height - 10));
  const listHeight = Math.max(1, height - 2 - detailHeight - 1);
  const list = useListNav({ count: rows.length, height: listHeight, active: keys && !nav.captured, selectable: (i) => rows[i]?.kind === 'duty' });
  const current = rows[list.index];
  const duty = current?.kind === 'duty' ? current.duty : undefined;

  useKeys(
    (input, key) => {
      const row = rows[list.current()];
      const selected = row?.kind === 'duty' ? row.duty : undefined;
      if (input === 'w') setPicking('unit');
      else if (input === 'f') setPicking('state');
      else if (input === 'd') setPicking('doc');
      else if (input === 'x') {
        setUnit(null);
        setState(null);
        setDocId(null);
        filter.setQuery('');
      } else if (input === 'o' && selected) {
        if (selected.taskId === null) flash(t.duties.noTask);
        else setPicking('status');
      } else if (input === 'y' && selected?.taskId) flash(terminal.copy(selected.taskId) ? t.copied(selected.taskId) : t.noClipboard);
      else if (key.return && selected) nav.openInPlan(selected.docId, selected.taskId);
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
            { key: 'o', label: t.keys.progress },
            { key: 'w', label: t.keys.unit },
            { key: 'f', label: t.keys.state },
            { key: 'd', label: t.keys.document },
            { key: 'x', label: t.keys.clear },
            { key: 'enter', label: t.keys.openPlan },
            { key: 'y', label: t.keys.copyId, footer: false },
          ],
    'duties',
  );

  const record = (status: TaskStatus): void => {
    const task = duty?.taskId ? documentOf(duty.docId)?.tasks.find((x) => x.id === duty.taskId) : undefined;
    if (!task || !duty) return;
    try {
      appendEntries(storeDir, [taskProgressEntry({ task, status, date: asOf, by: recorderName() })]);
    } catch (error) {
      flash(error instanceof Error ? error.message : String(error));
      return;
    }
    reloadStore();
    flash(t.duties.recorded(t.duties.status[status], task.id, asOf));
  };

  if (!active) return null;
  if (picking) {
    const everything: PickerItem = { id: '', label: [{ text: t.targets.all, bold: true }] };
    const idWidth = Math.max(0, ...withTables.map((d) => d.id.length));
    const options: Record<NonNullable<Picking>, { title: string; items: PickerItem[]; current: string | null; choose: (id: string | null) => void }> = {
      unit: { title: t.duties.pickUnit, items: [everything, ...leadUnits(all).map((u) => ({ id: u, label: u }))], current: unit, choose: setUnit },
      state: {
        title: t.duties.pickState,
        items: [everything, ...DUTY_STATES.map((s) => ({ id: s, label: [{ text: t.duties.state[s], color: color ? STATE_COLOR[s] : undefined }] }))],
        current: state,
        choose: (id) => setState(id as DutyState | null),
      },
      doc: { title: t.targets.pickDocument, items: [everything, ...withTables.map((d) => ({ id: d.id, label: documentRow(d, t, idWidth, color) }))], current: docId, choose: setDocId },
      status: {
        title: t.duties.pickStatus(duty?.taskId ?? ''),
        items: TASK_STATUSES.map((s) => ({ id: s, label: t.duties.status[s] })),
        current: duty?.status ?? 'in-progress',
        choose: (id) => {
          if (id !== null) record(id as TaskStatus);
        },
      },
    };
    const o = options[picking];
    return (
      <Picker
        title={o.title}
        items={o.items}
        initialId={o.current ?? ''}
        onSelect={(id) => {
          o.choose(id === '' ? null : id);
          if (picking !== 'status') list.select(0);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
        width={width}
        height={height}
      />
    );
  }
  if (withTables.length === 0) return <TextView lines={wrapSpans([{ text: t.duties.noTables, dim: true }], width)} height={height} width={width} />;

  const stateWidth = Math.max(widthOf(t.duties.col.state), ...DUTY_STATES.map((s) => widthOf(t.duties.state[s])));
  const idWidth = Math.max(widthOf(t.duties.col.task), ...all.map((d) => widthOf((d.taskId ?? '').slice((d.taskId ?? '').indexOf(':') + 1))));
  const columns = layoutColumns(
    [
      { key: 'due', width: 10 },
      { key: 'task', width: Math.min(8, idWidth), hide: 2 },
      { key: 'content', min: 24 },
      { key: 'leads', width: 20, hide: 1 },
      { key: 'state', width: stateWidth },
    ],
    width - 1,
  );
  const header = rowSpans(columns, t.duties.col);
  const lines = rows.map((r): Span[] => {
    if (r.kind === 'unit') {
      const counts = stateCounts(r.duties).map(([s, n]) => `${n} ${t.duties.state[s]}`).join(', ');
      return [{ text: t.duties.group(r.unit ?? t.duties.noLead, r.duties.length, counts), bold: true, color: color ? 'cyan' : undefined }];
    }
    const d = r.duty;
    const others = d.leadUnits.filter((u) => r.unit === null || u !== r.unit);
    return rowSpans(columns, {
      due: d.due ?? [{ text: '—', dim: true }],
      task: [{ text: (d.taskId ?? '').slice((d.taskId ?? '').indexOf(':') + 1), dim: true }],
      content: d.content,
      leads: [{ text: others.join('、'), dim: true }],
      state: [{ text: t.duties.state[d.state], color: color ? STATE_COLOR[d.state] : undefined, bold: d.state === 'overdue' || d.state === 'due' }],
    });
  });
  const counts = stateCounts(duties).map(([s, n]) => `${n} ${t.duties.state[s]}`).join(', ');
  const top: Span[] = [
    { text: t.duties.filters(unit ?? t.targets.all, state === null ? t.targets.all : t.duties.state[state]) },
    { text: `  ${t.duties.count(duties.length, all.length, asOf)}${counts === '' ? '' : `: ${counts}`}`, dim: true },
  ];
  const detail: Span[][] = [];
  if (duty) {
    detail.push(...wrapSpans([{ text: `${duty.taskId ?? duty.docId}  `, dim: true }, { text: duty.taskTitle ?? '', bold: true }, { text: duty.taskTitle && duty.content !== duty.taskTitle ? ` · ${duty.content}` : '' }], width).slice(0, 3));
    const facts = [
      duty.leadUnits.length > 0 ? t.duties.leads(duty.leadUnits.join('、')) : null,
      duty.supportingUnits.length > 0 ? t.duties.supporting(duty.supportingUnits.join('、')) : null,
      duty.dueText ? t.duties.dueText(duty.dueText) : null,
      duty.status ? t.duties.statusLine(t.duties.status[duty.status]) : null,
    ].filter((f): f is string => f !== null);
    detail.push(...wrapSpans([{ text: facts.join(' · '), dim: true }], width));
  }
  const dutyCount = rows.filter((r) => r.kind === 'duty').length;
  const position = t.position(rows.slice(0, list.index + 1).filter((r) => r.kind === 'duty').length, dutyCount);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {filter.editing || filter.query !== '' ? <FilterBar filter={filter} shown={duties.length} total={all.length} width={width} /> : <Line text={top} width={width} />}
      <Line text={[{ text: ' ' }, ...header.map((s) => ({ ...s, dim: true }))]} width={width} />
      {rows.length === 0 ? (
        <TextView lines={wrapSpans([{ text: filter.query !== '' ? t.filter.none(filter.query) : t.duties.none, dim: true }], width)} height={listHeight} width={width} />
      ) : (
        <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} focused={!filter.editing} />
      )}
      <Line text={[{ text: rule(dutyCount > 0 ? position : '', width), dim: true }]} width={width} />
      <TextView lines={detail} height={detailHeight} width={width} />
    </Box>
  );
}
