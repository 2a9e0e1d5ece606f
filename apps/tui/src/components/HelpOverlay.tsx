import { Box } from 'ink';
import type { Span } from '../_utils/spans.js';
import { cellWidth, pad } from '../_utils/text.js';
import { useSettings } from '../contexts/SettingsContext.js';
import type { KeyHint } from './Footer.js';
import { Line } from './Line.js';

export type Props = {
  /** The keys that work everywhere. */
  global: readonly KeyHint[];
  /** The keys of the screen the help was opened on. */
  screen: readonly KeyHint[];
  /** The width in columns. */
  width: number;
  /** The height in rows; the help is padded to it. */
  height: number;
};

/** The list of keys (`?`): the current screen's keys and the global keys, side by side when there is room. */
export function HelpOverlay({ global, screen, width, height }: Props) {
  const { t, color } = useSettings();
  const keyWidth = Math.min(14, Math.max(0, ...[...global, ...screen].map((h) => cellWidth(h.key))) + 2);
  const row = (h: KeyHint): Span[] => [{ text: `  ${pad(h.key, keyWidth)}`, bold: true, color: color ? 'cyan' : undefined }, { text: h.label }];
  const section = (title: string, hints: readonly KeyHint[]): Array<string | Span[]> => [[{ text: title, bold: true, underline: true }], ...hints.map(row)];
  const left = section(t.helpScreen, screen);
  const right = section(t.helpGlobal, global);
  const sideBySide = width >= 60;
  const body = Array.from({ length: Math.max(left.length, right.length) }, (_, k) => k);
  const half = Math.floor(width / 2);
  const head: Array<string | Span[]> = [[{ text: t.helpTitle, bold: true }], ''];
  const tail: Array<string | Span[]> = ['', [{ text: t.helpClose, dim: true }]];
  const stacked: Array<string | Span[]> = [...head, ...left, '', ...right, ...tail];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {sideBySide ? (
        <>
          {head.map((line, k) => (
            <Line key={`h${k}`} text={line} width={width} />
          ))}
          {body.map((k) => (
            <Box key={`b${k}`} flexDirection="row" width={width}>
              <Line text={left[k] ?? ''} width={half} />
              <Line text={right[k] ?? ''} width={width - half} />
            </Box>
          ))}
          {tail.map((line, k) => (
            <Line key={`t${k}`} text={line} width={width} />
          ))}
        </>
      ) : (
        stacked.slice(0, height).map((line, k) => <Line key={k} text={line} width={width} />)
      )}
    </Box>
  );
}
