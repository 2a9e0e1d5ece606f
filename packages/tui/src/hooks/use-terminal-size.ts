import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** A terminal's size in columns and rows. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

/**
 * The terminal's size, following resizes (stdout's `resize` event).
 *
 * @param fixed A size to use instead (tests, previews).
 * @returns The size; 80×24 when the stream does not say.
 */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const { stdout } = useStdout();
  // Note: a pseudo-terminal can report 0 columns; fall back to the classic 80×24.
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return undefined;
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, fixed]);
  return fixed ?? size;
}
