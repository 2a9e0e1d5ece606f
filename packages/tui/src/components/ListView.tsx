import { Box } from 'ink';
import type { Span } from '../_utils/spans.js';
import { Line } from './Line.js';

export type Props = {
  /** Every row of the list, each a line of spans. */
  rows: ReadonlyArray<string | readonly Span[]>;
  /** The selected row, or -1 for none. @default -1 */
  selected?: number;
  /** The first row on screen (from `useListNav`). @default 0 */
  offset?: number;
  /** How many rows to show; the list is padded with blank lines to this height. */
  height: number;
  /** The list's width in columns. */
  width: number;
  /** Whether the list has the keyboard: its selection is shown reversed, else marked with `›`. @default true */
  focused?: boolean;
};

/** A window onto a list of rows with one selected: a one-column gutter marks the selection. */
export function ListView({ rows, selected = -1, offset = 0, height, width, focused = true }: Props) {
  const shown = rows.slice(offset, offset + height);
  const more = rows.length > offset + height;
  return (
    <Box flexDirection="column" width={width} height={height}>
      {Array.from({ length: height }, (_, k) => {
        const row = shown[k];
        const at = offset + k;
        const isSelected = row !== undefined && at === selected;
        // Note: the gutter shows the selection, ↑ on the first line when rows are above, ↓ on the last when the list goes on.
        const gutter = isSelected ? '›' : k === height - 1 && more ? '↓' : k === 0 && offset > 0 ? '↑' : ' ';
        return (
          <Box key={k} flexDirection="row" width={width}>
            <Line text={[{ text: gutter, bold: true, dim: !isSelected }]} width={1} />
            <Line text={row ?? ''} width={width - 1} style={isSelected ? (focused ? { inverse: true } : { bold: true }) : {}} />
          </Box>
        );
      })}
    </Box>
  );
}
