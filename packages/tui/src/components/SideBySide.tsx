import { Box } from 'ink';
import type { DetailLine } from '../_utils/compare-rows.js';
import { Line } from './Line.js';

export type Props = {
  /** The lines: across the width, or a left and a right half. */
  lines: readonly DetailLine[];
  /** The first line on screen. @default 0 */
  offset?: number;
  /** How many lines to show; padded with blank lines. */
  height: number;
  /** The width in columns; each half gets `(width - 3) / 2`, with ` │ ` between. */
  width: number;
};

/** Two texts side by side (A and B of a comparison), with full-width lines above them; scrolls as one. */
export function SideBySide({ lines, offset = 0, height, width }: Props) {
  const half = Math.floor((width - 3) / 2);
  const shown = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {Array.from({ length: height }, (_, k) => {
        const line = shown[k];
        if (!line || 'full' in line) return <Line key={k} text={line?.full ?? ''} width={width} />;
        return (
          <Box key={k} flexDirection="row" width={width}>
            <Line text={line.left} width={half} />
            <Line text={[{ text: ' │ ', dim: true }]} width={3} />
            <Line text={line.right} width={width - half - 3} />
          </Box>
        );
      })}
    </Box>
  );
}
