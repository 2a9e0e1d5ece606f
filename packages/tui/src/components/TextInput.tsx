import { useRef } from 'react';
import { graphemes } from '../_utils/text.js';
import { fitSpans, spansWidth, type Span } from '../_utils/spans.js';
import { Line } from './Line.js';
import { useKeys } from '../hooks/use-keys.js';

export type Props = {
  /** The text typed so far. */
  value: string;
  /** Called with the new text on every change. */
  onChange: (value: string) => void;
  /** Whether the field has the keyboard (and shows its cursor). @default true */
  focused?: boolean;
  /** The width in columns; a long value shows its end. */
  width: number;
  /** Shown, dimmed, while the field is empty. @default '' */
  placeholder?: string;
};

/**
 * A one-line text field: typed and pasted text (Chinese from an input method
 * too) goes in at the end, backspace deletes a character, ctrl+u clears.
 */
export function TextInput({ value, onChange, focused = true, width, placeholder = '' }: Props) {
  // Note: keys can come faster than renders; each edit builds on the last one, not on a stale `value`.
  const latest = useRef(value);
  latest.current = value;
  const change = (next: string): void => {
    latest.current = next;
    onChange(next);
  };
  useKeys(
    (input, key) => {
      if (key.backspace || key.delete) change(graphemes(latest.current).slice(0, -1).join(''));
      else if (key.ctrl && input === 'u') change('');
      else if (input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape) {
        // eslint-disable-next-line no-control-regex
        change(latest.current + input.replace(/[\u0000-\u001f\u007f]/g, ''));
      }
    },
    { isActive: focused, keepText: true, modified: true },
  );
  const cursor: Span = { text: ' ', inverse: true };
  if (value === '') return <Line text={focused ? [cursor, { text: placeholder, dim: true }] : [{ text: placeholder, dim: true }]} width={width} />;
  // Note: when the value is wider than the field, show its end, where the cursor is.
  const room = Math.max(1, width - (focused ? 1 : 0));
  let shown = value;
  while (spansWidth([{ text: shown }]) > room) shown = graphemes(shown).slice(1).join('');
  return <Line text={fitSpans(focused ? [{ text: shown }, cursor] : [{ text: shown }], width)} width={width} />;
}
