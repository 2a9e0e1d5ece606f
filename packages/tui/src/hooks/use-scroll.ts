import { useEffect, useState } from 'react';
import { useKeys } from './use-keys.js';

/**
 * Scroll a block of text: ↑/↓ and k/j by a line, PgUp/PgDn and space by a page, g/G to the ends.
 *
 * @param total How many lines the text has.
 * @param height How many lines fit.
 * @param active Whether the keys scroll this text now.
 * @param resetKey Scroll back to the top when this changes (another item shown).
 * @returns The first line on screen.
 */
export function useScroll(total: number, height: number, active: boolean, resetKey?: unknown): number {
  const [offset, setOffset] = useState(0);
  const max = Math.max(0, total - height);
  useEffect(() => setOffset(0), [resetKey]);
  useKeys(
    (typed, key) => {
      const input = key.ctrl || key.meta ? '' : typed;
      const page = Math.max(1, height - 1);
      if (key.downArrow || input === 'j') setOffset((o) => Math.min(max, o + 1));
      else if (key.upArrow || input === 'k') setOffset((o) => Math.max(0, o - 1));
      else if (key.pageDown || input === ' ' || (key.ctrl && typed === 'd')) setOffset((o) => Math.min(max, o + page));
      else if (key.pageUp || (key.ctrl && typed === 'u')) setOffset((o) => Math.max(0, o - page));
      else if (key.home || input === 'g') setOffset(0);
      else if (key.end || input === 'G') setOffset(max);
    },
    { isActive: active, modified: true },
  );
  return Math.min(offset, max);
}
