import { Box } from 'ink';
import type { Span } from '../_utils/spans.js';
import { spansWidth } from '../_utils/spans.js';
import type { KeyHint } from '../_utils/keys.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';

export type Props = {
  /** The keys of the current screen, most useful first. */
  hints: readonly KeyHint[];
  /** The keys always shown at the right end (`? help`, `q quit`): the screen's keys are cut first. @default [] */
  always?: readonly KeyHint[];
  /** The width in columns. */
  width: number;
  /** A message to show instead of the screen's keys (after recording, say). @default null */
  message?: string | null;
};

/** The bottom line: the keys of the current screen (cut at the width) or a message, and the keys that are always there. */
export function Footer({ hints, always = [], width, message = null }: Props) {
  const { color } = useSettings();
  const keySpans = (list: readonly KeyHint[]): Span[] => {
    const spans: Span[] = [];
    list.forEach((h, k) => {
      if (k > 0) spans.push({ text: '  ' });
      spans.push({ text: h.key, bold: true, color: color ? 'cyan' : undefined }, { text: ` ${h.label}`, dim: true });
    });
    return spans;
  };
  const right = always.length > 0 ? [{ text: '  ' }, ...keySpans(always), { text: ' ' }] : [];
  const rightWidth = Math.min(width, spansWidth(right));
  const left: Span[] =
    message !== null
      ? [{ text: ` ${message}`, color: color ? 'green' : undefined, bold: true }]
      : [{ text: ' ' }, ...keySpans(hints.filter((h) => h.footer !== false))];
  return (
    <Box flexDirection="row" width={width}>
      <Line text={left} width={width - rightWidth} />
      {rightWidth > 0 ? <Line text={right} width={rightWidth} /> : null}
    </Box>
  );
}
