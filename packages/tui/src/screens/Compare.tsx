import { diffPlans } from '@plankb/core/align';
import { documentRow } from '../_utils/format.js';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { compareDetailLines, compareRows, GROUP_MARK, KIND_COLOR, titleSpans } from '../_utils/compare-rows.js';
import { fitSpans, type Span, type SpanStyle } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { Picker, pickerHints } from '../components/Picker.js';
import { SideBySide } from '../components/SideBySide.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useKeyHints } from '../hooks/use-key-hints.js';
import { listKeys, scrollKeys, useListNav } from '../hooks/use-list-nav.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useKeys } from '../hooks/use-keys.js';

export type Props = {
  /** Whether this is the screen shown (inactive screens keep their state but draw nothing). */
  active: boolean;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

/**
 * Compare: two documents' tasks side by side as `diffPlans` aligns them, each
 * pair with its change and the characters that changed; n/N jump between
 * changes, and the detail shows the evidence for a match.
 */
export function Compare({ active, width, height }: Props) {
  const { documents, documentOf } = useCorpus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const { flash } = useStatus();
  const [focus, setFocus] = useState<'list' | 'detail'>('list');
  const [picking, setPicking] = useState<'a' | 'b' | null>(null);
  const a = documentOf(nav.compare.a);
  const b = documentOf(nav.compare.b);
  const same = !a || !b || a.id === b.id;
  const diff = useMemo(() => (a && b && a.id !== b.id ? diffPlans(a, b) : null), [a, b]);
  const rows = useMemo(() => (diff && a && b ? compareRows(diff, a, b) : []), [diff, a, b]);
  const changes = useMemo(() => rows.flatMap((r, k) => (r.kind === 'unchanged' ? [] : [k])), [rows]);

  const bodyHeight = Math.max(4, height - 2);
  const listHeight = Math.max(2, Math.floor(bodyHeight * 0.4));
  const detailHeight = Math.max(1, bodyHeight - listHeight - 1);
  const keys = active && !nav.captured && picking === null;
  const list = useListNav({ count: rows.length, height: listHeight, active: keys && focus === 'list' });
  const row = rows[list.index];
  const detail = useMemo(() => (row && a && b ? compareDetailLines(row, a, b, t, width, color) : []), [row, a, b, t, width, color]);
  const scroll = useScroll(detail.length, detailHeight, keys && focus === 'detail', row);

  const jump = (step: 1 | -1): void => {
    if (changes.length === 0) return flash(t.compare.noChanges);
    const from = list.current();
    const next = step === 1 ? (changes.find((k) => k > from) ?? changes[0]) : (changes.findLast((k) => k < from) ?? changes.at(-1));
    if (next !== undefined) list.select(next);
  };
  useKeys(
    (input, key) => {
      if (input === 'n') jump(1);
      else if (input === 'N') jump(-1);
      else if (input === 'a' || input === 'b') setPicking(input === 'a' ? 'a' : 'b');
      else if (input === 'x') nav.swapCompare();
      else if (key.tab) setFocus((f) => (f === 'list' ? 'detail' : 'list'));
      else if ((key.return || input === 'A' || input === 'B') && rows[list.current()]) {
        // Note: enter and A open A's task (B's when only B has one); B opens B's.
        const row = rows[list.current()] as (typeof rows)[number];
        const side = input === 'B' ? (row.b ? 'b' : 'a') : row.a ? 'a' : 'b';
        const ref = side === 'a' ? row.a : row.b;
        if (ref) nav.openInPlan(side === 'a' ? nav.compare.a : nav.compare.b, ref.id);
      }
    },
    { isActive: keys },
  );
  useKeyHints(
    active,
    picking
      ? pickerHints(t)
      : [
          { key: 'n/N', label: t.keys.changes },
          ...(focus === 'list' ? listKeys(t) : scrollKeys(t)),
          { key: 'tab', label: t.keys.pane },
          { key: 'a/b', label: t.keys.pickAB },
          { key: 'x', label: t.keys.swap },
          { key: 'enter', label: t.keys.openPlan },
          { key: 'A B', label: t.keys.openSide, footer: false },
          ...(Object.keys(t.compare.legend) as Array<keyof typeof t.compare.legend>).map((k) => ({
            key: k === 'score' ? t.compare.score : t.compare.kinds[k],
            label: t.compare.legend[k],
            footer: false,
            legend: true,
          })),
          { key: `${GROUP_MARK.first} ${GROUP_MARK.last}`, label: t.compare.groupLegend, footer: false, legend: true },
        ],
    'compare',
  );

  if (!active) return null;
  if (picking) {
    return (
      <Picker
        title={picking === 'a' ? t.compare.pickA : t.compare.pickB}
        items={documents.map((d) => ({ id: d.id, label: documentRow(d, t, Math.max(...documents.map((x) => x.id.length)), color) }))}
        initialId={nav.compare[picking]}
        onSelect={(id) => {
          nav.setCompare(picking, id);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
        width={width}
        height={height}
      />
    );
  }
  const docLine = (label: string, id: string, title: string): Span[] => [
    { text: ` ${label} `, inverse: true, bold: true },
    { text: ` ${id} `, bold: true },
    { text: title, dim: true },
  ];
  const half = Math.floor((width - 1) / 2);
  const header = (
    <Box flexDirection="row" width={width}>
      <Line text={docLine('A', nav.compare.a, a?.title ?? '')} width={half} />
      <Line text="" width={1} />
      <Line text={docLine('B', nav.compare.b, b?.title ?? '')} width={width - half - 1} />
    </Box>
  );
  if (same || !diff) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        {header}
        <Line text={[{ text: t.compare.same, color: color ? 'yellow' : undefined }]} width={width} />
      </Box>
    );
  }
  const kindWidth = Math.max(...Object.values(t.compare.kinds).map(widthOf));
  const cellW = Math.max(4, Math.floor((width - 1 - kindWidth - 1 - 3) / 2));
  const lines = rows.map((r): Span[] => [
    ...fitSpans([{ text: t.compare.kinds[r.kind], color: color ? KIND_COLOR[r.kind] : undefined, dim: r.kind === 'unchanged' }], kindWidth),
    { text: r.group === null ? ' ' : GROUP_MARK[r.group], color: color ? KIND_COLOR[r.kind] : undefined },
    ...fitSpans(titleSpans(r.a, r.pair, 'a', color), cellW),
    { text: ' │ ', dim: true },
    ...fitSpans(titleSpans(r.b, r.pair, 'b', color), cellW),
  ]);
  const at = changes.indexOf(list.index);
  const position = rows.length > 0 ? `  ${t.position(list.index + 1, rows.length)}` : '';
  const focusStyle = (focused: boolean): SpanStyle => (focused ? { bold: true, color: color ? 'cyan' : undefined, inverse: !color } : { dim: true });
  const facts = [
    at >= 0 ? t.compare.changeOf(at + 1, changes.length) : null,
    row?.pair ? `${t.compare.score} ${row.pair.score.toFixed(2)}` : null,
    row ? t.compare.kinds[row.kind] : null,
    row?.pair?.moved && row.kind !== 'moved' ? t.compare.kinds.moved : null,
  ].filter((x): x is string => x !== null);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {header}
      {/* Note: the title of the pane with the keyboard is bold and coloured (reversed without colour); the other's is dim. */}
      <Box flexDirection="row" width={width}>
        <Line text={[{ ...focusStyle(focus === 'list'), text: t.compare.summary(diff.summary, diff.pairs.length) }]} width={width - widthOf(position)} />
        <Line text={[{ ...focusStyle(focus === 'list'), text: position }]} width={widthOf(position)} />
      </Box>
      <ListView rows={lines} selected={list.index} offset={list.offset} height={listHeight} width={width} focused={focus === 'list'} />
      <Line text={[{ text: '── ', dim: true }, { ...focusStyle(focus === 'detail'), text: facts.join(' · ') }, { text: ` ${'─'.repeat(Math.max(0, width - 4 - widthOf(facts.join(' · '))))}`, dim: true }]} width={width} />
      <SideBySide lines={detail} offset={scroll} height={detailHeight} width={width} />
    </Box>
  );
}
