import { Box } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { Messages } from '../_utils/messages.js';
import type { Span } from '../_utils/spans.js';
import type { KeyHint } from '../_utils/keys.js';
import { useCapture } from '../hooks/use-capture.js';
import { listKeys, useListNav } from '../hooks/use-list-nav.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';
import { PaneTitle } from './PaneTitle.js';
import { TextInput } from './TextInput.js';
import { ListView } from './ListView.js';
import { useKeys } from '../hooks/use-keys.js';

/**
 * The keys of an open picker, for the footer.
 *
 * @param t The interface strings.
 * @returns The hints.
 */
export function pickerHints(t: Messages): KeyHint[] {
  return [...listKeys(t), { key: 'enter', label: t.keys.select }, { key: 'esc', label: t.keys.cancel }, { key: '/', label: t.keys.filterType }];
}

/** A choice in a picker. */
export interface PickerItem {
  id: string;
  /** What the row shows. */
  label: string | readonly Span[];
}

export type Props = {
  /** The question above the list. */
  title: string;
  /** The choices. */
  items: readonly PickerItem[];
  /** The choice selected when the picker opens. @default the first */
  initialId?: string | undefined;
  /** Called with the chosen id on enter. */
  onSelect: (id: string) => void;
  /** Called on esc. */
  onCancel: () => void;
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
};

/** The text of a row, for filtering. */
const plain = (label: string | readonly Span[]): string => (typeof label === 'string' ? label : label.map((s) => s.text).join(''));

/**
 * A list to choose one item from: ↑/↓ to move, enter to choose, esc to cancel;
 * `/` and text filter the rows (esc clears the filter). It has the keyboard while open.
 */
export function Picker({ title, items, initialId, onSelect, onCancel, width, height }: Props) {
  useCapture(true);
  const { t } = useSettings();
  const [filter, setFilter] = useState<string | null>(null);
  const shown = useMemo(() => {
    const wanted = (filter ?? '').trim().toLowerCase();
    return wanted === '' ? items : items.filter((i) => i.id.toLowerCase().includes(wanted) || plain(i.label).toLowerCase().includes(wanted));
  }, [items, filter]);
  const listHeight = Math.max(1, height - 2);
  const initial = Math.max(0, items.findIndex((i) => i.id === initialId));
  const nav = useListNav({ count: shown.length, height: listHeight, active: filter === null, initial });
  useEffect(() => {
    if (filter !== null) nav.select(0);
  }, [filter]); // eslint-disable-line react-hooks/exhaustive-deps
  useKeys((input, key) => {
    if (key.escape) {
      if (filter !== null) setFilter(null);
      else onCancel();
    } else if (key.return) {
      const item = shown[nav.current()];
      if (item) onSelect(item.id);
    } else if (filter === null && input === '/') setFilter('');
    else if (filter !== null && key.downArrow) nav.select(nav.current() + 1);
    else if (filter !== null && key.upArrow) nav.select(Math.max(0, nav.current() - 1));
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <PaneTitle title={title} info={shown.length > 0 ? t.position(nav.index + 1, shown.length) : ''} width={width} />
      {filter === null ? (
        <Line text="" width={width} />
      ) : (
        <Box flexDirection="row" width={width}>
          <Line text={[{ text: '/ ', bold: true }]} width={2} />
          <TextInput value={filter} onChange={setFilter} width={width - 2} />
        </Box>
      )}
      <ListView rows={shown.map((i) => i.label)} selected={shown.length > 0 ? nav.index : -1} offset={nav.offset} height={listHeight} width={width} />
    </Box>
  );
}
