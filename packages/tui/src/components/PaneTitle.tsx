import type { Span } from '../_utils/spans.js';
import { fitSpans, spansWidth } from '../_utils/spans.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';

export type Props = {
  /** The pane's name. */
  title: string;
  /** Whether the keys go to this pane: its name is then shown reversed, else dimmed. @default true */
  focused?: boolean;
  /** What follows the name (a summary). @default [] */
  text?: string | readonly Span[];
  /** What the right end says: the position (`3 of 12`), the lines shown. @default '' */
  info?: string;
  /** The width in columns. */
  width: number;
};

/** A pane's title line: its name (reversed while the pane has the keyboard), a summary, and a position at the right. */
export function PaneTitle({ title, focused = true, text = [], info = '', width }: Props) {
  const { color } = useSettings();
  const name: Span = focused ? { text: ` ${title} `, inverse: true, bold: true, color: color ? 'cyan' : undefined } : { text: ` ${title} `, dim: true, bold: true };
  const body: Span[] = typeof text === 'string' ? (text === '' ? [] : [{ text: ` ${text}`, dim: true }]) : [{ text: ' ' }, ...text];
  const right: Span[] = info === '' ? [] : [{ text: ` ${info}`, dim: !focused, bold: focused }];
  // Note: the position stays whole; the summary is cut first.
  const rightWidth = Math.min(width, spansWidth(right));
  return <Line text={[...fitSpans([name, ...body], width - rightWidth), ...right]} width={width} />;
}
