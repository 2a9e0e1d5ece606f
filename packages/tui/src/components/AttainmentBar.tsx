import type { AttainmentStatus } from '@plankb/core/track';
import { attainmentBar, STATUS_COLOR } from '../_utils/format.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';

export type Props = {
  /** The share of the way from baseline to target (1 = reached), or `null` when nothing was observed. */
  attainment: number | null;
  /** The target's status: gives the colour and the words after the bar. */
  status: AttainmentStatus;
  /** The bar's width in columns (the percentage and the status come after it). @default 20 */
  barWidth?: number;
  /** The whole line's width. */
  width: number;
};

/** An attainment bar with its percentage and the status in words, coloured by status. */
export function AttainmentBar({ attainment, status, barWidth = 20, width }: Props) {
  const { t, color } = useSettings();
  const tint = color ? STATUS_COLOR[status] : undefined;
  return <Line text={[...attainmentBar(attainment, barWidth, tint), { text: `  ${t.targets.status[status]}`, color: tint, bold: true }]} width={width} />;
}
