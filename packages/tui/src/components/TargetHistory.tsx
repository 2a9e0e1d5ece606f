import { isIsoDay, type Target } from '@plankb/core';
import { appendEntries, observationEntry, type ObservationEntry, readTypedNumber, recorderName } from '@plankb/core/track';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { layoutColumns, rowSpans } from '../_utils/columns.js';
import { formatTarget, formatValue, rule } from '../_utils/format.js';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useCapture } from '../hooks/use-capture.js';
import { useKeys } from '../hooks/use-keys.js';
import { useListNav } from '../hooks/use-list-nav.js';
import { Line } from './Line.js';
import { ListView } from './ListView.js';
import { ObservationForm, type ObservationValues } from './ObservationForm.js';
import { PaneTitle } from './PaneTitle.js';
import { TextView } from './TextView.js';

export type Props = {
  /** The target whose observations are shown. */
  target: Target;
  /** Called on esc. */
  onClose: () => void;
  /** Whether it has the keyboard (the help is not open). @default true */
  active?: boolean;
  /** Called when the correction form opens or closes (the screen's footer changes). */
  onCorrecting?: ((open: boolean) => void) | undefined;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

/**
 * The entries that replace each entry (`supersedes`): an entry with a replacement is no longer counted.
 *
 * @param entries The store's observations.
 * @returns The id of the entry that corrected each corrected one.
 */
export function correctedBy(entries: readonly ObservationEntry[]): ReadonlyMap<string, string> {
  return new Map(entries.filter((e) => e.supersedes !== null).map((e) => [e.supersedes as string, e.id]));
}

/**
 * A target's observation history, newest first, corrected entries included
 * (struck through, with the entry that corrected them), as `plankb track list
 * --all` shows it; `c` corrects the selected entry as `plankb track correct`
 * does: a new entry supersedes it, and the original stays in the store.
 */
export function TargetHistory({ target, onClose, active = true, onCorrecting, width, height }: Props) {
  const { store, storeDir, reloadStore, asOf } = useCorpus();
  const { t, color } = useSettings();
  const { flash } = useStatus();
  const [correcting, setCorrecting] = useState<ObservationEntry | null>(null);
  // Note: the history has the keyboard: esc closes it rather than leaving the screen.
  useCapture(active);
  const entries = useMemo(
    () => store.observations.filter((o) => o.target === target.id).sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt)),
    [store, target.id],
  );
  const replaced = useMemo(() => correctedBy(store.observations), [store]);
  const detailHeight = 4;
  const listHeight = Math.max(1, height - 3 - detailHeight);
  const list = useListNav({ count: entries.length, height: listHeight, active: active && correcting === null });
  const entry = entries[list.index];
  const open = (e: ObservationEntry | null): void => {
    setCorrecting(e);
    onCorrecting?.(e !== null);
  };

  useKeys(
    (input, key) => {
      const selected = entries[list.current()];
      if (key.escape) {
        onClose();
        return true;
      }
      if (input === 'c' && selected) {
        const by = replaced.get(selected.id);
        if (by !== undefined) flash(t.history.alreadyCorrected(selected.id, by));
        else open(selected);
      }
      return undefined;
    },
    { isActive: active && correcting === null },
  );

  const submit = (old: ObservationEntry, values: ObservationValues): string | null => {
    const value = readTypedNumber(values.value, old.unit);
    if (value === null) return t.targets.badValue;
    const date = values.date.trim();
    if (!isIsoDay(date)) return t.targets.badDate;
    const source = values.source.trim() || null;
    const note = values.note.trim() || null;
    if (value === old.value && date === old.date && source === old.source && note === old.note && values.role === old.role) return t.history.nothingChanged;
    try {
      const fresh = observationEntry({ target, value, date, unit: old.unit, role: values.role, source, note, by: recorderName(), supersedes: old.id });
      appendEntries(storeDir, [fresh]);
      reloadStore();
      open(null);
      flash(t.history.corrected(old.id, fresh.id));
    } catch (error) {
      if (error instanceof Error) return error.message;
      throw error;
    }
    return null;
  };

  if (correcting) {
    return (
      <ObservationForm
        title={t.history.correctTitle(correcting.id)}
        subtitle={`${target.id} · ${formatTarget(target)}`}
        unit={correcting.unit}
        defaultDate={asOf}
        initial={{ value: String(correcting.value), date: correcting.date, source: correcting.source ?? '', note: correcting.note ?? '', role: correcting.role }}
        onSubmit={(values) => submit(correcting, values)}
        onCancel={() => open(null)}
        width={width}
      />
    );
  }
  const roleWidth = Math.max(widthOf(t.history.col.role), widthOf(t.history.superseded), ...Object.values(t.targets.roles).map(widthOf));
  const columns = layoutColumns(
    [
      { key: 'date', width: 10 },
      { key: 'value', width: 16, align: 'right' },
      { key: 'role', width: roleWidth },
      { key: 'source', min: 12 },
      { key: 'entry', width: 29, hide: 1 },
    ],
    width - 1,
  );
  const lines = entries.map((e): Span[] => {
    const old = replaced.has(e.id);
    const cell = (text: string): Span[] => [{ text, dim: old, strikethrough: old }];
    return rowSpans(columns, {
      date: cell(e.date),
      value: cell(formatValue(e.value, e.unit)),
      // Note: a corrected entry says so in words too: strikethrough does not show everywhere (a text capture, some terminals).
      role: old ? [{ text: t.history.superseded, dim: true }] : [{ text: t.targets.roles[e.role], color: color && e.role === 'baseline' ? 'cyan' : undefined }],
      source: [{ text: e.source ?? '—', dim: true }],
      entry: [{ text: e.id, dim: true }],
    });
  });
  const detail: Span[][] = [];
  if (entry) {
    const by = replaced.get(entry.id);
    detail.push(...wrapSpans([{ text: `${entry.id}  `, dim: true }, { text: t.history.recordedBy(entry.recordedBy, entry.recordedAt), dim: true }], width));
    if (by !== undefined) detail.push([{ text: t.history.correctedBy(by), color: color ? 'yellow' : undefined }]);
    if (entry.supersedes !== null) detail.push([{ text: `↺ ${entry.supersedes}`, dim: true }]);
    if (entry.note) detail.push(...wrapSpans([{ text: `${t.history.col.note}: ${entry.note}` }], width));
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      <PaneTitle title={t.history.title(target.metric, target.id)} info={entries.length > 0 ? t.position(list.index + 1, entries.length) : ''} width={width} />
      <Line text={[{ text: ' ' }, ...rowSpans(columns, t.history.col).map((s) => ({ ...s, dim: true }))]} width={width} />
      {entries.length === 0 ? (
        <TextView lines={wrapSpans([{ text: t.history.none, dim: true }], width)} height={listHeight} width={width} />
      ) : (
        <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} />
      )}
      <Line text={[{ text: rule('', width), dim: true }]} width={width} />
      <TextView lines={detail} height={detailHeight} width={width} />
    </Box>
  );
}
