import type { Span } from '../_utils/spans.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';

/** A key and what it does, as the footer and the help show it. */
export interface KeyHint {
  key: string;
  label: string;
}

export type Props = {
  /** The keys of the current screen, most useful first. */
  hints: readonly KeyHint[];
  /** The width in columns. */
  width: number;
  /** A message to show instead of the keys (after recording, say). @default null */
  message?: string | null;
};

/** The bottom line: the keys of the current screen (cut at the width), or a message. */
export function Footer({ hints, width, message = null }: Props) {
  const { color } = useSettings();
  if (message !== null) return <Line text={[{ text: ` ${message}`, color: color ? 'green' : undefined, bold: true }]} width={width} />;
  const spans: Span[] = [{ text: ' ' }];
  hints.forEach((h, k) => {
    if (k > 0) spans.push({ text: '  ' });
    spans.push({ text: h.key, bold: true, color: color ? 'cyan' : undefined }, { text: ` ${h.label}`, dim: true });
  });
  return <Line text={spans} width={width} />;
}
