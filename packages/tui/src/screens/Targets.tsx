import { isIsoDay, isPlanError } from '@plankb/core';
import { appendEntries, observationEntry, readTypedNumber, recorderName } from '@plankb/core/track';
import { THEMES } from '@plankb/core/align';
import { join } from 'node:path';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { layoutColumns, rowSpans } from '../_utils/columns.js';
import { attainmentBar, documentRow, formatTarget, formatValue, rule, STATUS_COLOR } from '../_utils/format.js';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { filterTargets, targetItems, type TargetFilter } from '../_utils/target-rows.js';
import { widthOf } from '@plankb/terminal-text';
import { AttainmentBar } from '../components/AttainmentBar.js';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { ObservationForm, type ObservationValues } from '../components/ObservationForm.js';
import { Picker, pickerHints, type PickerItem } from '../components/Picker.js';
import { FilterBar } from '../components/FilterBar.js';
import { TargetHistory } from '../components/TargetHistory.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useTerminal } from '../contexts/TerminalContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useKeyHints } from '../hooks/use-key-hints.js';
import { listKeys, useListNav } from '../hooks/use-list-nav.js';
import { useKeys } from '../hooks/use-keys.js';
import { matchesQuery, useListFilter } from '../hooks/use-list-filter.js';

/** The target's name column's least width: other columns are left out before it gets narrower. */
const METRIC_MIN = 24;
/** The width the target's name reaches before the bar and the status words grow. */
const METRIC_ROOM = 28;

export type Props = {
  /** Whether this is the screen shown (inactive screens keep their state but draw nothing). */
  active: boolean;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

type Picking = 'region' | 'doc' | 'theme' | null;

const NO_FILTER: TargetFilter = { region: null, docId: null, theme: null };

/**
 * Targets: every target with its attainment bar (`assessTarget` against the
 * store), status, latest observation and deadline; filters by region,
 * document and theme; `o` records an observation.
 */
export function Targets({ active, width, height }: Props) {
  const { documents, documentsWith, store, storeDir, reloadStore, asOf, dir } = useCorpus();
  const terminal = useTerminal();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const { flash } = useStatus();
  const [filter, setFilter] = useState<TargetFilter>(NO_FILTER);
  const [picking, setPicking] = useState<Picking>(null);
  const [recording, setRecording] = useState(false);
  // Note: v shows the selected target's observations, corrected ones too; c there corrects one (plankb track correct).
  const [history, setHistory] = useState(false);
  const [correcting, setCorrecting] = useState(false);

  const items = useMemo(() => targetItems(documentsWith('targets'), store.observations, asOf), [documentsWith, store, asOf]);
  // Note: / narrows the list by text (id, metric, quote) on top of the region, document and theme filters.
  const text = useListFilter('targets', active && picking === null && !recording && !history, () => list.select(0));
  const shown = useMemo(
    () => filterTargets(items, filter).filter((x) => matchesQuery(`${x.document.id} ${x.target.id} ${x.target.subject ?? ''}${x.target.metric} ${x.target.quote}`, text.query)),
    [items, filter, text.query],
  );
  const detailHeight = Math.min(6, Math.max(3, height - 10));
  const listHeight = Math.max(1, height - 2 - detailHeight - 1);
  const keys = active && !nav.captured && picking === null && !recording && !history;
  const list = useListNav({ count: shown.length, height: listHeight, active: keys });
  const item = shown[list.index];

  useKeys(
    (input, key) => {
      const item = shown[list.current()];
      if (input === 'r') setPicking('region');
      else if (input === 'd') setPicking('doc');
      else if (input === 'f') setPicking('theme');
      else if (input === 'x') {
        setFilter(NO_FILTER);
        text.setQuery('');
      }
      else if (input === 'o' && item) setRecording(true);
      else if (input === 'v' && item) setHistory(true);
      else if (input === 'y' && item) flash(terminal.copy(item.target.id) ? t.copied(item.target.id) : t.noClipboard);
      else if (input === 'e' && item) {
        const error = terminal.openFile(join(dir, item.document.source.file), item.target.position.start.line);
        if (error !== null) flash(t.openFailed(error));
      }
      else if (key.return && item) nav.openInPlan(item.document.id, item.target.taskId, item.target.taskId === null ? item.target.sectionId : null);
    },
    { isActive: keys },
  );
  useKeyHints(
    active,
    picking
      ? pickerHints(t)
      : text.editing
      ? [{ key: 'enter', label: t.keys.filterDone }, { key: 'esc', label: t.keys.clearQuery }]
      : history && !correcting
      ? [...listKeys(t), { key: 'c', label: t.keys.correct }, { key: 'esc', label: t.keys.back }]
      : recording || correcting
      ? [
          { key: 'enter', label: t.keys.save },
          { key: 'tab', label: t.keys.field },
          { key: 'esc', label: t.keys.cancel },
          { key: '↓', label: t.keys.field, footer: false },
          { key: 'shift+tab ↑', label: t.keys.fieldBack, footer: false },
          { key: 'backspace', label: t.keys.deleteChar, footer: false },
          { key: 'ctrl+u', label: t.keys.clearQuery, footer: false },
          { key: '← → ctrl+a ctrl+e', label: t.keys.cursor, footer: false },
          { key: 'space', label: t.keys.baselineToggle, footer: false },
        ]
      : [
          ...listKeys(t),
          { key: 'o', label: t.keys.record },
          { key: 'v', label: t.keys.history },
          { key: 'r', label: t.keys.region },
          { key: 'd', label: t.keys.document },
          { key: 'f', label: t.keys.theme },
          { key: 'x', label: t.keys.clear },
          { key: 'enter', label: t.keys.openPlan },
          { key: 'y', label: t.keys.copyId, footer: false },
          { key: 'e', label: t.keys.openSource, footer: false },
        ],
    'targets',
  );

  const submit = (values: ObservationValues): string | null => {
    if (!item) return null;
    const value = readTypedNumber(values.value, item.target.unit);
    if (value === null) return t.targets.badValue;
    if (!isIsoDay(values.date.trim())) return t.targets.badDate;
    try {
      const entry = observationEntry({
        target: item.target,
        value,
        date: values.date.trim(),
        source: values.source.trim() || null,
        note: values.note.trim() || null,
        role: values.role,
        by: recorderName(),
      });
      appendEntries(storeDir, [entry]);
    } catch (error) {
      if (isPlanError(error) || error instanceof Error) return error.message;
      throw error;
    }
    reloadStore();
    setRecording(false);
    const date = values.date.trim();
    // Note: assessTarget counts only observations up to the assessment date; say so rather than show an unchanged status as if the value were counted.
    if (date > asOf) flash(t.targets.recordedLater(formatValue(value, item.target.unit), item.target.id, date, asOf));
    else if (values.role === 'baseline') flash(t.targets.recordedBaseline(formatValue(value, item.target.unit), item.target.id));
    else flash(t.targets.recorded(formatValue(value, item.target.unit), item.target.id));
    return null;
  };

  if (!active) return null;
  if (history && item) {
    return (
      <TargetHistory
        target={item.target}
        onClose={() => {
          setHistory(false);
          setCorrecting(false);
        }}
        onCorrecting={setCorrecting}
        width={width}
        height={height}
      />
    );
  }
  if (recording && item) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <ObservationForm
          title={t.targets.recordTitle(item.target.metric)}
          subtitle={`${item.target.id} · ${formatTarget(item.target)}`}
          unit={item.target.unit}
          defaultDate={asOf}
          onSubmit={submit}
          onCancel={() => setRecording(false)}
          width={width}
        />
      </Box>
    );
  }
  if (picking) {
    const all: PickerItem = { id: '', label: [{ text: t.targets.all, bold: true }] };
    const regions = [...new Set(documents.map((d) => d.region).filter((r): r is string => r !== null))];
    const options: Record<NonNullable<Picking>, { title: string; items: PickerItem[]; current: string | null; set: (id: string | null) => TargetFilter }> = {
      region: { title: t.targets.pickRegion, items: regions.map((r) => ({ id: r, label: r })), current: filter.region, set: (id) => ({ ...filter, region: id }) },
      doc: {
        title: t.targets.pickDocument,
        items: documents.filter((d) => d.counts.targets > 0).map((d) => ({ id: d.id, label: documentRow(d, t, Math.max(...documents.map((x) => x.id.length)), color) })),
        current: filter.docId,
        set: (id) => ({ ...filter, docId: id }),
      },
      theme: {
        title: t.targets.pickTheme,
        items: THEMES.filter((th) => items.some((x) => x.themes.includes(th.id))).map((th) => ({ id: th.id, label: [{ text: th.name, bold: true }, { text: `  ${th.en}`, dim: true }] })),
        current: filter.theme,
        set: (id) => ({ ...filter, theme: id }),
      },
    };
    const o = options[picking];
    return (
      <Picker
        title={o.title}
        items={[all, ...o.items]}
        initialId={o.current ?? ''}
        onSelect={(id) => {
          setFilter(o.set(id === '' ? null : id));
          list.select(0);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
        width={width}
        height={height}
      />
    );
  }

  // Note: the target's name gets room first: the bar and the status words grow only from what is left once it has METRIC_ROOM columns, so a wider terminal never shows a narrower name or fewer columns.
  const statusFull = Math.min(18, Math.max(...Object.values(t.targets.status).map(widthOf)));
  const layout = (bar: number, status: number) =>
    layoutColumns(
      [
        { key: 'doc', width: Math.min(20, Math.max(widthOf(t.col.doc), ...documents.map((d) => widthOf(d.id)))), hide: 2 },
        { key: 'metric', min: METRIC_MIN },
        { key: 'target', width: 12 },
        { key: 'bar', width: bar + 6 },
        { key: 'status', width: status },
        { key: 'latest', width: 14, hide: 1 },
        { key: 'deadline', width: 10 },
      ],
      width - 1,
    );
  let barWidth = 10;
  let statusWidth = Math.min(13, statusFull);
  let columns = layout(barWidth, statusWidth);
  const spare = Math.max(0, (columns.find((c) => c.key === 'metric')?.width ?? 0) - METRIC_ROOM);
  if (spare > 0) {
    const moreStatus = Math.min(spare, statusFull - statusWidth);
    const moreBar = Math.min(spare - moreStatus, 10);
    statusWidth += moreStatus;
    barWidth += moreBar;
    columns = layout(barWidth, statusWidth);
  }
  const header = rowSpans(columns, { doc: t.col.doc, metric: t.col.metric, target: t.col.target, bar: t.col.attainment, status: t.col.state, latest: t.col.latest, deadline: t.col.deadline });
  const showsDoc = columns.some((c) => c.key === 'doc');
  const lines = shown.map((x): Span[] => {
    const a = x.attainment;
    const tint = color ? STATUS_COLOR[a.status] : undefined;
    return rowSpans(columns, {
      doc: [{ text: x.document.id, dim: true }],
      // Note: without the document column, a draft's target is marked, so that it never looks like the final version's.
      metric: [
        ...(!showsDoc && x.document.status !== 'final' ? [{ text: `${t.status[x.document.status]} · `, color: color ? 'yellow' : undefined, dim: !color }] : []),
        { text: x.target.subject && !x.target.metric.includes(x.target.subject) ? `${x.target.subject}${x.target.metric}` : x.target.metric },
      ],
      target: formatTarget(x.target),
      bar: attainmentBar(a.attainment, barWidth, tint),
      status: [{ text: t.targets.status[a.status], color: tint, bold: a.status !== 'no-data' }],
      latest: a.latest ? formatValue(a.latest.value, a.unit) : [{ text: '—', dim: true }],
      deadline: a.deadline ?? '—',
    });
  });
  const themeName = filter.theme === null ? t.targets.all : (THEMES.find((th) => th.id === filter.theme)?.name ?? filter.theme);
  const filterLine: Span[] = [
    { text: t.targets.filters(filter.region ?? t.targets.all, filter.docId ?? t.targets.all, themeName) },
    { text: `  ${t.targets.count(shown.length, items.length)}`, dim: true },
  ];
  const detail: Span[][] = [];
  if (item) {
    const a = item.attainment;
    detail.push(...wrapSpans([{ text: `${item.target.id}  `, dim: true }, { text: item.target.quote }], width).slice(0, 2));
    // Note: observations after the assessment date are not counted; the detail says so, where the status would otherwise look unchanged.
    const later = store.observations.filter((o) => o.target === item.target.id && o.date > asOf).map((o) => o.date).sort();
    if (later.length > 0) detail.push(...wrapSpans([{ text: t.targets.later(later.length, asOf, later.at(-1) as string), color: color ? 'yellow' : undefined, inverse: !color }], width));
    const facts = [
      a.latest ? t.targets.latest(formatValue(a.latest.value, a.unit), a.latest.date) : t.targets.noLatest,
      a.baseline ? t.targets.baseline(formatValue(a.baseline.value, a.unit), a.baseline.date, t.targets.baselineSource[a.baseline.source]) : null,
      a.expected !== null ? t.targets.expected(formatValue(a.expected, a.unit)) : null,
      a.progressRatio !== null ? t.targets.ratio(a.progressRatio.toFixed(2)) : null,
      a.deadline ? t.targets.deadline(a.deadline) : null,
    ].filter((f): f is string => f !== null);
    detail.push(...wrapSpans([{ text: facts.join(' · ') }], width));
  }
  if (store.problems.length > 0) detail.push([{ text: t.targets.storeProblems(store.problems.length), color: color ? 'yellow' : undefined }]);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {text.editing || text.query !== '' ? <FilterBar filter={text} shown={shown.length} total={items.length} width={width} /> : <Line text={filterLine} width={width} />}
      <Line text={[{ text: ' ' }, ...header.map((s) => ({ ...s, dim: true }))]} width={width} />
      {shown.length === 0 ? (
        <TextView lines={[[{ text: text.query !== '' ? t.filter.none(text.query) : t.targets.none, dim: true }]]} height={listHeight} width={width} />
      ) : (
        <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} focused={!text.editing} />
      )}
      <Line text={[{ text: rule(shown.length > 0 ? t.position(list.index + 1, shown.length) : '', width), dim: true }]} width={width} />
      {item ? <AttainmentBar attainment={item.attainment.attainment} status={item.attainment.status} barWidth={Math.min(30, Math.max(10, Math.floor(width / 4)))} width={width} /> : null}
      <TextView lines={detail} height={Math.max(0, detailHeight - (item ? 1 : 0))} width={width} />
    </Box>
  );
}
