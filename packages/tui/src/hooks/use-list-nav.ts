import { useReducer, useRef } from 'react';
import type { KeyHint } from '../_utils/keys.js';
import type { Messages } from '../_utils/messages.js';
import { useKeys } from './use-keys.js';

/** The letters a list takes for movement (the rest can go elsewhere: into a query). */
export const LIST_KEYS: ReadonlySet<string> = new Set(['j', 'k', 'g', 'G']);

/**
 * The movement keys of a list, for the footer (↑↓ only) and the help (all of them).
 *
 * @param t The interface strings.
 * @returns The hints.
 */
export function listKeys(t: Messages): KeyHint[] {
  return [
    { key: '↑↓', label: t.keys.move },
    { key: 'j k', label: t.keys.move, footer: false },
    { key: 'PgUp PgDn', label: t.keys.page, footer: false },
    { key: 'ctrl+d ctrl+u', label: t.keys.page, footer: false },
    { key: 'g G', label: t.keys.ends, footer: false },
    { key: 'Home End', label: t.keys.ends, footer: false },
  ];
}

/**
 * The keys of a scrolling text pane, for the help.
 *
 * @param t The interface strings.
 * @returns The hints.
 */
export function scrollKeys(t: Messages): KeyHint[] {
  return [
    { key: '↑↓', label: t.keys.scroll },
    { key: 'j k', label: t.keys.scroll, footer: false },
    { key: 'PgUp PgDn space', label: t.keys.page, footer: false },
    { key: 'ctrl+d ctrl+u', label: t.keys.page, footer: false },
    { key: 'g G', label: t.keys.ends, footer: false },
  ];
}

export interface ListNavOptions {
  /** How many rows the list has. */
  count: number;
  /** How many rows fit on screen. */
  height: number;
  /** Whether the keys move this list now. */
  active: boolean;
  /** Rows the selection may rest on (group headings may not); all by default. */
  selectable?: (index: number) => boolean;
  /** The row selected at first. */
  initial?: number;
}

export interface ListNav {
  /** The selected row. */
  index: number;
  /** The selected row now, even before a re-render (for keys that arrive quickly one after another). */
  current: () => number;
  /** Select a row (clamped to the list); `center` scrolls it to the middle of the window (a jump from elsewhere). */
  select: (index: number, center?: boolean) => void;
  /** The first row on screen. */
  offset: number;
}

const clamp = (n: number, low: number, high: number): number => Math.max(low, Math.min(high, n));

/**
 * Keyboard selection in a scrolling list: ↑/↓ and k/j move, PgUp/PgDn (and
 * ctrl+u/ctrl+d) move a page, Home/End (and g/G) go to the ends. The list
 * scrolls to keep the selection on screen.
 *
 * @param options The list's size and whether it has the keyboard.
 * @returns The selection and the scroll offset.
 */
export function useListNav({ count, height, active, selectable = () => true, initial = 0 }: ListNavOptions): ListNav {
  // Note: the selection lives in a ref, so that keys typed faster than the
  // app renders each move on from the last one, not from a stale render.
  const wanted = useRef(initial);
  const offsetRef = useRef(0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const nearest = (from: number, step: 1 | -1): number => {
    for (let i = from; i >= 0 && i < count; i += step) if (selectable(i)) return i;
    return -1;
  };
  const settle = (target: number, step: 1 | -1): number => {
    const at = clamp(target, 0, Math.max(0, count - 1));
    const found = nearest(at, step);
    if (found >= 0) return found;
    const other = nearest(at, step === 1 ? -1 : 1);
    return other >= 0 ? other : at;
  };
  const current = (): number => (count === 0 ? 0 : settle(wanted.current, 1));
  const move = (to: number, step: 1 | -1): void => {
    wanted.current = settle(to, step);
    rerender();
  };
  useKeys(
    (typed, key) => {
      // Note: ctrl+d and ctrl+u page; other ctrl+ and alt+ letters are not the letter's key.
      const input = key.ctrl || key.meta ? '' : typed;
      const from = current();
      const page = Math.max(1, height - 1);
      const next = nearest(from + 1, 1);
      const previous = nearest(from - 1, -1);
      if (key.downArrow || input === 'j') move(next >= 0 ? next : from, 1);
      else if (key.upArrow || input === 'k') move(previous >= 0 ? previous : from, -1);
      else if (key.pageDown || (key.ctrl && typed === 'd')) move(from + page, 1);
      else if (key.pageUp || (key.ctrl && typed === 'u')) move(from - page, -1);
      else if (key.home || input === 'g') move(0, 1);
      else if (key.end || input === 'G') move(count - 1, -1);
    },
    { isActive: active && count > 0, modified: true },
  );

  const index = current();
  // Keep the selection on screen, scrolling as little as possible.
  let offset = offsetRef.current;
  if (index < offset) offset = index;
  if (index >= offset + height) offset = index - height + 1;
  // Note: show a group heading just above the first selectable row instead of scrolling past it.
  if (offset > 0 && index === offset && !selectable(offset - 1)) offset -= 1;
  offset = clamp(offset, 0, Math.max(0, count - height));
  offsetRef.current = offset;

  const select = (i: number, center = false): void => {
    const at = settle(i, 1);
    if (center) offsetRef.current = Math.max(0, at - Math.floor(height / 2));
    move(at, 1);
  };
  return { index, current, select, offset };
}
