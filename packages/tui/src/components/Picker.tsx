import { Box } from 'ink';
import type { Messages } from '../_utils/messages.js';
import type { Span } from '../_utils/spans.js';
import type { KeyHint } from './Footer.js';
import { useCapture } from '../hooks/use-capture.js';
import { listKeys, useListNav } from '../hooks/use-list-nav.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';
import { PaneTitle } from './PaneTitle.js';
import { ListView } from './ListView.js';
import { useKeys } from '../hooks/use-keys.js';

/**
 * The keys of an open picker, for the footer.
 *
 * @param t The interface strings.
 * @returns The hints.
 */
export function pickerHints(t: Messages): KeyHint[] {
  return [...listKeys(t), { key: 'enter', label: t.keys.select }, { key: 'esc', label: t.keys.cancel }];
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

/** A list to choose one item from: ↑/↓ to move, enter to choose, esc to cancel. It has the keyboard while open. */
export function Picker({ title, items, initialId, onSelect, onCancel, width, height }: Props) {
  useCapture(true);
  const { t } = useSettings();
  const listHeight = Math.max(1, height - 2);
  const initial = Math.max(0, items.findIndex((i) => i.id === initialId));
  const nav = useListNav({ count: items.length, height: listHeight, active: true, initial });
  useKeys((_input, key) => {
    if (key.escape) onCancel();
    else if (key.return) {
      const item = items[nav.current()];
      if (item) onSelect(item.id);
    }
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <PaneTitle title={title} info={items.length > 0 ? t.position(nav.index + 1, items.length) : ''} width={width} />
      <Line text="" width={width} />
      <ListView rows={items.map((i) => i.label)} selected={nav.index} offset={nav.offset} height={listHeight} width={width} />
    </Box>
  );
}
