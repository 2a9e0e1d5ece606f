import { Box } from 'ink';
import type { Span } from '../_utils/spans.js';
import { Line } from './Line.js';

export type Props = {
  /** The lines, already wrapped to the width (`wrapSpans`). */
  lines: ReadonlyArray<string | readonly Span[]>;
  /** The first line on screen (from `useScroll`). @default 0 */
  offset?: number;
  /** How many lines to show; padded with blank lines. */
  height: number;
  /** The width in columns. */
  width: number;
};

/** A window onto a block of wrapped text. */
export function TextView({ lines, offset = 0, height, width }: Props) {
  const shown = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {Array.from({ length: height }, (_, k) => (
        <Line key={k} text={shown[k] ?? ''} width={width} />
      ))}
    </Box>
  );
}
