import { useEffect } from 'react';
import type { KeyHint } from '../components/Footer.js';
import { useStatus } from '../contexts/StatusContext.js';

/**
 * Put a screen's keys in the footer (and the help) while it is the active screen.
 *
 * @param active Whether the screen is shown.
 * @param hints Its keys, most useful first.
 */
export function useKeyHints(active: boolean, hints: readonly KeyHint[]): void {
  const { setHints } = useStatus();
  const key = JSON.stringify(hints);
  useEffect(() => {
    if (active) setHints(JSON.parse(key) as KeyHint[]);
  }, [active, key, setHints]);
}
