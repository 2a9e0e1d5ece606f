import { useReducer, useRef } from 'react';
import { graphemesOf } from '@plankb/terminal-text';
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
 * too) goes in at the cursor; ←/→ move the cursor, ctrl+a/ctrl+e (Home/End)
 * go to the start and the end, backspace deletes the character before the
 * cursor, ctrl+u clears.
 */
export function TextInput({ value, onChange, focused = true, width, placeholder = '' }: Props) {
  // Note: keys can come faster than renders; each edit builds on the last one, not on a stale `value`.
  const latest = useRef(value);
  latest.current = value;
  // The cursor, in characters from the start; `null` is the end (where typing goes unless the user moved it).
  const cursorRef = useRef<number | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const change = (next: string, cursor: number | null): void => {
    latest.current = next;
    cursorRef.current = cursor;
    onChange(next);
    rerender();
  };
  const move = (cursor: number | null): void => {
    cursorRef.current = cursor;
    rerender();
  };
  useKeys(
    (input, key) => {
      const chars = graphemesOf(latest.current);
      const at = Math.min(cursorRef.current ?? chars.length, chars.length);
      const end = (k: number): number | null => (k >= chars.length ? null : k);
      if (key.backspace || key.delete) {
        if (at > 0) change([...chars.slice(0, at - 1), ...chars.slice(at)].join(''), cursorRef.current === null ? null : at - 1);
      } else if (key.ctrl && input === 'u') change('', null);
      else if (key.leftArrow) move(Math.max(0, at - 1));
      else if (key.rightArrow) move(end(at + 1));
      else if (key.home || (key.ctrl && input === 'a')) move(0);
      else if (key.end || (key.ctrl && input === 'e')) move(null);
      else if (input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape) {
        // eslint-disable-next-line no-control-regex
        const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
        if (text === '') return;
        const inserted = graphemesOf(text).length;
        change([...chars.slice(0, at), text, ...chars.slice(at)].join(''), cursorRef.current === null ? null : at + inserted);
      }
    },
    { isActive: focused, keepText: true, modified: true },
  );
  if (value === '') return <Line text={focused ? [{ text: ' ', inverse: true }, { text: placeholder, dim: true }] : [{ text: placeholder, dim: true }]} width={width} />;
  if (!focused) return <Line text={[{ text: value }]} width={width} />;
  const chars = graphemesOf(value);
  const at = Math.min(cursorRef.current ?? chars.length, chars.length);
  // Note: when the value is wider than the field, the window slides to keep the cursor in view.
  let from = 0;
  while (from < at && spansWidth([{ text: chars.slice(from, at + 1).join('') }]) + (at >= chars.length ? 1 : 0) > width) from += 1;
  const spans: Span[] = [{ text: chars.slice(from, at).join('') }, { text: chars[at] ?? ' ', inverse: true }, { text: chars.slice(at + 1).join('') }];
  return <Line text={fitSpans(spans.filter((x) => x.text !== ''), width)} width={width} />;
}
