import { useLayoutEffect } from 'react';
import type { KeyHint } from '../_utils/keys.js';
import { useStatus } from '../contexts/StatusContext.js';

/**
 * Put a screen's keys in the footer (and the help) while it is the active screen.
 *
 * Note: a layout effect, so that the keys change in the same commit as the
 * screen; the hints carry the screen's id, and the footer shows them only
 * while that screen is shown, so a frame never pairs one screen with
 * another's keys.
 *
 * @param active Whether the screen is shown.
 * @param hints Its keys, most useful first.
 * @param screen The screen's id. @default null
 */
export function useKeyHints(active: boolean, hints: readonly KeyHint[], screen: string | null = null): void {
  const { setHints } = useStatus();
  const key = JSON.stringify(hints);
  useLayoutEffect(() => {
    if (active) setHints(JSON.parse(key) as KeyHint[], screen);
  }, [active, key, setHints, screen]);
}
