import { join } from 'node:path';
import { Box } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { documentRow, yearLabel } from '../_utils/format.js';
import { ancestorsOf, outlineRows, sectionDetailLines, taskDetailLines, type OutlineRow } from '../_utils/outline.js';
import type { Span } from '../_utils/spans.js';
import { Line } from '../components/Line.js';
import { ListView } from '../components/ListView.js';
import { PaneTitle } from '../components/PaneTitle.js';
import { Picker, pickerHints } from '../components/Picker.js';
import { TextView } from '../components/TextView.js';
import { useCorpus } from '../contexts/CorpusContext.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { useStatus } from '../contexts/StatusContext.js';
import { useTerminal } from '../contexts/TerminalContext.js';
import { oneLine } from '@plankb/terminal-text';
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

/** The Plan: a document's outline as a tree, and the selected task's full text with its targets, indicators and assignments beside it. */
export function Plan({ active, width, height }: Props) {
  const { documents, documentOf, dir } = useCorpus();
  const terminal = useTerminal();
  const { flash } = useStatus();
  const { t, color } = useSettings();
  const nav = useNavigation();
  const [docId, setDocId] = useState(() => nav.planDoc ?? documents[0]?.id ?? '');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<'tree' | 'detail'>('tree');
  const [picking, setPicking] = useState(false);
  // The row to select once the document is shown: a task, or a section (an indicator of a chapter's preamble).
  const [pending, setPending] = useState<{ kind: 'task' | 'section'; id: string } | null>(null);
  // Note: read in full only now, the first time this document is shown.
  const document = documentOf(docId) ?? documentOf(documents[0]?.id ?? '');
  const { setPlanDoc } = nav;
  useEffect(() => {
    if (document) setPlanDoc(document.id);
  }, [document, setPlanDoc]);

  const all = useMemo(() => (document ? outlineRows(document) : []), [document]);
  const sections = useMemo(() => new Map(document?.sections.map((s) => [s.id, s]) ?? []), [document]);
  const rows = useMemo(() => all.filter((row) => !ancestorsOf(row, sections).some((id) => collapsed.has(id))), [all, sections, collapsed]);

  const treeWidth = Math.max(24, Math.min(48, Math.round(width * 0.38)));
  const detailWidth = Math.max(10, width - treeWidth - 1);
  const paneHeight = Math.max(1, height - 2);
  const keys = active && !nav.captured && !picking;
  const tree = useListNav({ count: rows.length, height: paneHeight, active: keys && focus === 'tree' });
  const row = rows[tree.index];

  // Open what another screen asked for (Library's enter, Search's enter, Compare's enter).
  const request = nav.planRequest;
  useEffect(() => {
    if (!request) return;
    setDocId(request.docId);
    setPending(request.taskId !== null ? { kind: 'task', id: request.taskId } : request.sectionId !== null ? { kind: 'section', id: request.sectionId } : null);
    setFocus('tree');
    if (request.taskId === null && request.sectionId === null) {
      setCollapsed(new Set());
      tree.select(0);
    }
  }, [request]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (pending === null) return;
    const target = all.find((r) => (pending.kind === 'task' ? r.kind === 'task' && r.task.id === pending.id : r.kind === 'section' && r.section.id === pending.id));
    if (!target) return setPending(null);
    const hidden = ancestorsOf(target, sections).filter((id) => collapsed.has(id));
    if (target.kind === 'section' && collapsed.has(target.section.id)) hidden.push(target.section.id);
    if (hidden.length > 0) return setCollapsed((c) => new Set([...c].filter((id) => !hidden.includes(id))));
    const at = rows.indexOf(target);
    if (at >= 0) tree.select(at, true);
    setPending(null);
  }, [pending, all, rows, sections, collapsed, tree]);

  const detail = useMemo((): Span[][] => {
    if (!document || !row) return [[{ text: t.plan.noTasks, dim: true }]];
    return row.kind === 'task' ? taskDetailLines(document, row.task, t, detailWidth, color) : sectionDetailLines(document, row.section, t, detailWidth);
  }, [document, row, t, detailWidth, color]);
  const scroll = useScroll(detail.length, paneHeight, keys && focus === 'detail', row);

  const toggle = (r: OutlineRow | undefined, open?: boolean): void => {
    if (r?.kind !== 'section') return;
    const id = r.section.id;
    setCollapsed((c) => {
      const next = new Set(c);
      if (open ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const cycle = (step: 1 | -1): void => {
    setDocId((id) => {
      const k = documents.findIndex((d) => d.id === id);
      return documents[(k + step + documents.length) % documents.length]?.id ?? id;
    });
    tree.select(0);
  };

  useKeys(
    (input, key) => {
      const row = rows[tree.current()];
      if (key.tab) setFocus((f) => (f === 'tree' ? 'detail' : 'tree'));
      else if ((input === 'y' || input === 'Y' || input === 'e') && row && document) {
        const item = row.kind === 'task' ? row.task : row.section;
        if (input === 'e') {
          const error = terminal.openFile(join(dir, document.source.file), item.position.start.line);
          if (error !== null) flash(t.openFailed(error));
        } else {
          const text = input === 'y' ? item.id : row.kind === 'task' ? `${row.task.label ?? ''}${row.task.label ? ' ' : ''}${row.task.title}\n${row.task.body}` : `${row.section.label ?? ''}${row.section.title}`;
          flash(terminal.copy(text) ? t.copied(input === 'y' ? item.id : oneLine(text).slice(0, 24) + (text.length > 24 ? '…' : '')) : t.noClipboard);
        }
      }
      else if (input === 'd') setPicking(true);
      else if (input === ']') cycle(1);
      else if (input === '[') cycle(-1);
      else if (focus === 'tree') {
        if (key.return || input === ' ') {
          if (row?.kind === 'section') toggle(row);
          else setFocus('detail');
        } else if (key.leftArrow) {
          if (row?.kind === 'section' && !collapsed.has(row.section.id)) toggle(row, false);
          else if (row) {
            const parent = ancestorsOf(row, sections)[0];
            const at = rows.findIndex((r) => r.kind === 'section' && r.section.id === parent);
            if (at >= 0) tree.select(at);
          }
        } else if (key.rightArrow) {
          if (row?.kind === 'section' && collapsed.has(row.section.id)) toggle(row, true);
          else if (row?.kind === 'task') setFocus('detail');
        }
      } else if (key.leftArrow) setFocus('tree');
    },
    { isActive: keys },
  );
  useKeyHints(
    active,
    picking
      ? pickerHints(t)
      : [
          ...(focus === 'tree' ? listKeys(t) : scrollKeys(t)),
          focus === 'tree' ? { key: '←→', label: t.keys.fold } : { key: '←', label: t.keys.toTree },
          { key: 'tab', label: t.keys.pane },
          { key: 'd', label: t.keys.document },
          { key: '[ ]', label: t.keys.prevNextDoc },
          { key: 'y', label: t.keys.copyId, footer: false },
          { key: 'Y', label: t.keys.copyText, footer: false },
          { key: 'e', label: t.keys.openSource, footer: false },
          ...(focus === 'tree' ? [{ key: 'enter space', label: t.keys.readTask, footer: false }] : []),
        ],
    'plan',
  );

  if (!active) return null;
  if (picking) {
    return (
      <Picker
        title={t.plan.pickDocument}
        items={documents.map((d) => ({ id: d.id, label: documentRow(d, t, Math.max(...documents.map((x) => x.id.length)), color) }))}
        initialId={document?.id}
        onSelect={(id) => {
          setDocId(id);
          tree.select(0);
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
        width={width}
        height={height}
      />
    );
  }
  const treeLines = rows.map((r): Span[] => {
    const indent = '  '.repeat(r.depth);
    if (r.kind === 'section') {
      const mark = collapsed.has(r.section.id) ? '▸ ' : '▾ ';
      return [{ text: `${indent}${mark}${r.section.label ?? ''}${r.section.title}`, bold: true, color: color ? 'cyan' : undefined }];
    }
    return [{ text: `${indent}  ` }, { text: r.task.label ?? '·', dim: true }, { text: ` ${r.task.title}` }];
  });
  const title: Span[] = document
    ? [{ text: document.title ?? t.untitled, bold: true }, { text: `  ${document.id} · ${yearLabel(document)} · ${t.kind(document.kind)} · ${t.status[document.status]}`, dim: true }]
    : [];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Line text={title} width={width} />
      <Box flexDirection="row" width={width}>
        <PaneTitle title={t.panes.outline} focused={focus === 'tree'} info={rows.length > 0 ? t.position(tree.index + 1, rows.length) : ''} width={treeWidth} />
        <Line text={[{ text: '│', dim: true }]} width={1} />
        <PaneTitle title={t.panes.text} focused={focus === 'detail'} info={`${scroll > 0 ? '↑ ' : ''}${t.linesShown(scroll + 1, Math.min(detail.length, scroll + paneHeight), detail.length)}${scroll + paneHeight < detail.length ? ' ↓' : ''}`} width={detailWidth} />
      </Box>
      <Box flexDirection="row" width={width} height={paneHeight}>
        <ListView rows={treeLines} selected={tree.index} offset={tree.offset} height={paneHeight} width={treeWidth} focused={focus === 'tree'} />
        <Box flexDirection="column" width={1}>
          {Array.from({ length: paneHeight }, (_, k) => (
            <Line key={k} text={[{ text: '│', dim: true }]} width={1} />
          ))}
        </Box>
        <TextView lines={detail} offset={scroll} height={paneHeight} width={detailWidth} />
      </Box>
    </Box>
  );
}
