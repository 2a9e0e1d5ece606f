import { useInput } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { isModified, type KeyHandler, splitKeys } from '../_utils/keys.js';
import { useKeyRegistry } from '../contexts/KeyboardContext.js';

/**
 * Handle keys while `isActive`, one key at a time. Inside the app the handler
 * is registered during the render with the `KeyboardProvider`, so it takes
 * effect before the next key; outside it, this is Ink's `useInput`.
 *
 * @param handler The key handler.
 * Note: ctrl+letter and alt+letter reach only handlers that ask for them
 * (`modified`): Ink reports ctrl+d as the input `d` with `key.ctrl`, and a
 * handler that reads only `input` would take it for a plain `d`.
 *
 * @param handler The key handler.
 * @param options `isActive` (default true); `keepText` to take runs of text whole (text fields); `modified` to take ctrl+ and alt+ letters too.
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean; keepText?: boolean; modified?: boolean } = {}): void {
  const registry = useKeyRegistry();
  const id = useRef(Symbol('keys')).current;
  const active = options.isActive ?? true;
  const keepText = options.keepText ?? false;
  const modified = options.modified ?? false;
  // Note: registered in the render on purpose (see KeyboardProvider); the entry keeps its place in the order.
  if (registry) registry.current.set(id, { handler, active, keepText, modified });
  useLayoutEffect(
    () => () => {
      registry?.current.delete(id);
    },
    [registry, id],
  );
  useInput(
    (input, key) => {
      if (isModified(key, input) && !modified) return;
      for (const [i, k] of splitKeys(input, key, keepText)) handler(i, k);
    },
    { isActive: registry === null && active },
  );
}
