import { Box } from 'ink';
import { useState } from 'react';
import { wrapSpans, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { useSettings } from '../contexts/SettingsContext.js';
import { useKeys } from '../hooks/use-keys.js';
import type { KeyHint } from '../_utils/keys.js';
import { Line } from './Line.js';

export type Props = {
  /** The keys that work everywhere. */
  global: readonly KeyHint[];
  /** Every key of the screen the help was opened on, movement included. */
  screen: readonly KeyHint[];
  /** The width in columns. */
  width: number;
  /** The height in rows. */
  height: number;
  /** Called for a key that closes the help (any but ↓/j/↑/k while it scrolls). */
  onClose: () => void;
};

/**
 * One column of the help: a heading, then each key and what it does. A label
 * too long for the column wraps under itself; nothing is cut.
 */
function column(title: string, hints: readonly KeyHint[], width: number, cyan: boolean): Span[][] {
  const keyWidth = Math.min(Math.floor(width / 2), Math.max(0, ...hints.map((h) => widthOf(h.key))) + 2);
  const labelWidth = Math.max(1, width - 2 - keyWidth);
  const lines: Span[][] = [[{ text: title, bold: true, underline: true }]];
  for (const h of hints) {
    const keyLines = wrapSpans([{ text: h.key }], keyWidth - 1);
    const labelLines = wrapSpans([{ text: h.label }], labelWidth);
    for (let k = 0; k < Math.max(keyLines.length, labelLines.length); k++) {
      const key = (keyLines[k] ?? []).map((s) => s.text).join('');
      lines.push([{ text: `  ${key}${' '.repeat(Math.max(0, keyWidth - widthOf(key)))}`, bold: true, color: cyan ? 'cyan' : undefined }, ...(labelLines[k] ?? [])]);
    }
  }
  return lines;
}

/**
 * The list of keys (`?`): every key of the current screen and the global keys,
 * side by side when there is room, else one under the other. When it is taller
 * than the screen, ↓/j and ↑/k scroll it; any other key closes it.
 */
export function HelpOverlay({ global, screen, width, height, onClose }: Props) {
  const { t, color } = useSettings();
  const [offset, setOffset] = useState(0);
  // Note: the same key twice (↑↓ and j k both "move") is listed once per spelling; drop exact repeats only.
  const unique = (hints: readonly KeyHint[]): KeyHint[] => hints.filter((h, k) => hints.findIndex((x) => x.key === h.key) === k);
  const sideBySide = width >= 70;
  const half = sideBySide ? Math.floor((width - 1) / 2) : width;
  const legend = screen.filter((h) => h.legend);
  const left = [...column(t.helpScreen, unique(screen.filter((h) => !h.legend)), half, color), ...(legend.length > 0 ? [[], ...column(t.helpLegend, legend, half, color)] : [])];
  const right = column(t.helpGlobal, unique(global), sideBySide ? width - half - 1 : width, color);
  const body: Array<{ left: Span[]; right: Span[] | null }> = sideBySide
    ? Array.from({ length: Math.max(left.length, right.length) }, (_, k) => ({ left: left[k] ?? [], right: right[k] ?? [] }))
    : [...left, [], ...right].map((line) => ({ left: line, right: null }));
  const room = Math.max(1, height - 3);
  const max = Math.max(0, body.length - room);
  const at = Math.min(offset, max);
  useKeys((input, key) => {
    if (max > 0 && (key.downArrow || input === 'j')) setOffset(Math.min(max, at + 1));
    else if (max > 0 && (key.upArrow || input === 'k')) setOffset(Math.max(0, at - 1));
    else onClose();
    return true;
  }, { modified: true });
  const shown = body.slice(at, at + room);
  const more = at < max;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Line text={[{ text: t.helpTitle, bold: true }]} width={width} />
      <Line text="" width={width} />
      {Array.from({ length: room }, (_, k) => {
        const line = shown[k];
        if (!line) return <Line key={k} text="" width={width} />;
        if (line.right === null) return <Line key={k} text={line.left} width={width} />;
        return (
          <Box key={k} flexDirection="row" width={width}>
            <Line text={line.left} width={half} />
            <Line text="" width={1} />
            <Line text={line.right} width={width - half - 1} />
          </Box>
        );
      })}
      <Line text={[{ text: more ? t.helpMore : t.helpClose, dim: true }]} width={width} />
    </Box>
  );
}
