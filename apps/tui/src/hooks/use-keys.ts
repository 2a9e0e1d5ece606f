import { useInput, type Key } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { splitKeys } from '../_utils/keys.js';
import { useKeyRegistry } from '../contexts/KeyboardContext.js';

/** A key handler, as Ink's `useInput` calls it. */
export type KeyHandler = (input: string, key: Key) => void;

/**
 * Handle keys while `isActive`, one key at a time. Inside the app the handler
 * is registered during the render with the `KeyboardProvider`, so it takes
 * effect before the next key; outside it, this is Ink's `useInput`.
 *
 * @param handler The key handler.
 * @param options `isActive` (default true); `keepText` to take runs of text whole (text fields).
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean; keepText?: boolean } = {}): void {
  const registry = useKeyRegistry();
  const id = useRef(Symbol('keys')).current;
  const active = options.isActive ?? true;
  const keepText = options.keepText ?? false;
  // Note: registered in the render on purpose (see KeyboardProvider); the entry keeps its place in the order.
  if (registry) registry.current.set(id, { handler, active, keepText });
  useLayoutEffect(
    () => () => {
      registry?.current.delete(id);
    },
    [registry, id],
  );
  useInput(
    (input, key) => {
      for (const [i, k] of splitKeys(input, key, keepText)) handler(i, k);
    },
    { isActive: registry === null && active },
  );
}
