import { useLayoutEffect, useRef, useState } from 'react';
import type { ScreenId } from '../_utils/messages.js';
import { useNavigation } from '../contexts/NavigationContext.js';
import { useCapture } from './use-capture.js';
import { useKeys } from './use-keys.js';

/** A list's `/` filter: the text typed, and whether its field has the keyboard. */
export interface ListFilter {
  /** The text the rows must contain; '' for none. */
  query: string;
  /** Whether the field is open (it has the keyboard). */
  editing: boolean;
  setQuery: (query: string) => void;
  /** Whether a row's text passes the filter (case-insensitive; every word typed must occur). */
  matches: (text: string) => boolean;
}

/**
 * Whether text holds every word of a query, ignoring case.
 *
 * @param text The row's text.
 * @param query The query (words separated by spaces).
 * @returns `true` for an empty query.
 */
export function matchesQuery(text: string, query: string): boolean {
  const lower = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => lower.includes(w));
}

/**
 * `/` filters the screen's list (instead of opening Search): a field opens,
 * the rows narrow as one types, enter keeps the filter and gives the keys back
 * to the list, esc clears it (esc on a filtered list clears it too, before it
 * goes back a screen).
 *
 * @param screen The screen whose list this is.
 * @param active Whether the screen is shown and its list has the keyboard.
 * @param onChange Called when the query changes (to select the first row).
 * @returns The filter.
 */
export function useListFilter(screen: ScreenId, active: boolean, onChange: () => void = () => {}): ListFilter {
  const nav = useNavigation();
  const [query, setQueryState] = useState('');
  const [editing, setEditing] = useState(false);
  const latest = useRef(query);
  latest.current = query;
  const changed = useRef(onChange);
  changed.current = onChange;
  const setQuery = (next: string): void => {
    latest.current = next;
    setQueryState(next);
    changed.current();
  };
  useCapture(editing);
  // biome-ignore lint/correctness/useExhaustiveDependencies: setQuery reads refs only; registering again on every render would be wasted work.
  useLayoutEffect(() => {
    if (!active) return undefined;
    return nav.registerFilter(screen, {
      open: () => setEditing(true),
      clear: () => {
        if (latest.current === '') return false;
        setQuery('');
        return true;
      },
    });
  }, [active, nav.registerFilter, screen]);
  useKeys(
    (_input, key) => {
      if (key.return) setEditing(false);
      else if (key.escape) {
        setEditing(false);
        setQuery('');
      }
    },
    { isActive: active && editing },
  );
  return { query, editing, setQuery, matches: (text) => matchesQuery(text, query) };
}
