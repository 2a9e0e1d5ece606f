import { useLayoutEffect } from 'react';
import { useNavigation } from '../contexts/NavigationContext.js';

/**
 * Take the keyboard from the global keys (q, 1-5, /, ?, esc) while `active`:
 * a text field gets every letter, a picker its own esc.
 *
 * @param active Whether this component has the keyboard now.
 */
export function useCapture(active: boolean): void {
  const { capture } = useNavigation();
  // Note: a layout effect takes the keyboard as the field appears, before the next key can arrive.
  useLayoutEffect(() => (active ? capture() : undefined), [active, capture]);
}
