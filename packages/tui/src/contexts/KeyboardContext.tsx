import { useInput, type Key } from 'ink';
import { createContext, useCallback, useContext, useRef, type MutableRefObject, type ReactNode } from 'react';
import { isModified, splitKeys } from '../_utils/keys.js';
import type { KeyHandler } from '../_utils/keys.js';

/** A component's key handler, as registered on its last render. */
export interface KeyEntry {
  handler: KeyHandler;
  active: boolean;
  /** Take runs of text whole (a text field), rather than one character at a time. */
  keepText: boolean;
  /** Also take ctrl+letter and alt+letter (`ctrl+d`, `alt+1`); other handlers never see them. */
  modified: boolean;
}

/** The key handlers of the app, in the order they were first registered (the app's, then the screens'). */
export type KeyRegistry = MutableRefObject<Map<symbol, KeyEntry>>;

const KeyboardContext = createContext<KeyRegistry | null>(null);

export type Props = {
  children?: ReactNode;
};

/**
 * Read the keyboard once for the whole app and hand each key to the handlers
 * registered with `useKeys`.
 *
 * Note: Ink's own `useInput` subscribes a handler in an effect, after the
 * render. A key read before that effect runs (the app was busy: a diff, the
 * search index) would reach the handlers of the screen that was left. Here
 * handlers are registered during the render, so a key always reaches the
 * screen that is shown; keys read together (`nn`, `jjj⏎`) are handled one by one.
 */
export function KeyboardProvider({ children }: Props) {
  const registry = useRef(new Map<symbol, KeyEntry>());
  const dispatch = useCallback((input: string, key: Key) => {
    for (const [run, runKey] of splitKeys(input, key, true)) {
      const keys = splitKeys(run, runKey, false);
      for (const entry of [...registry.current.values()]) {
        if (!entry.active) continue;
        if (isModified(runKey, run) && !entry.modified) continue;
        if (entry.keepText) {
          if (entry.handler(run, runKey) === true) break;
        } else if (keys.map(([i, k]) => entry.handler(i, k)).includes(true)) break;
      }
    }
  }, []);
  useInput(dispatch);
  return <KeyboardContext.Provider value={registry}>{children}</KeyboardContext.Provider>;
}

/**
 * The key registry, when the app provides one.
 *
 * @returns The registry, or `null` outside a `KeyboardProvider`.
 */
export function useKeyRegistry(): KeyRegistry | null {
  return useContext(KeyboardContext);
}
