import { SCREENS, type ScreenId } from '../_utils/messages.js';
import { spansWidth, type Span } from '../_utils/spans.js';
import { widthOf } from '@plankb/terminal-text';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';

export type Props = {
  /** The screen shown: its tab is highlighted. */
  screen: ScreenId;
  /** The width in columns. */
  width: number;
  /** What the right end says (the corpus). @default '' */
  info?: string;
};

/** The top line: the app's name and a numbered tab per screen. */
export function Header({ screen, width, info = '' }: Props) {
  const { t, color } = useSettings();
  const name: Span = { text: ' plankb ', bold: true, color: color ? 'cyan' : undefined };
  // Note: with eight screens, a narrow terminal cannot name every tab: the others then show their number only, the current one its name.
  const tabs = (short: boolean): Span[] =>
    SCREENS.map((id, k) => (id === screen ? { text: ` ${k + 1} ${t.screens[id]} `, inverse: true, bold: true } : { text: short ? ` ${k + 1} ` : ` ${k + 1} ${t.screens[id]} ` }));
  const full = [name, ...tabs(false)];
  const spans: Span[] = spansWidth(full) <= width ? full : [name, ...tabs(true)];
  const room = width - spansWidth(spans) - 1;
  const infoWidth = widthOf(info);
  if (info !== '' && room > infoWidth + 2) spans.push({ text: `${' '.repeat(room - infoWidth)}${info}`, dim: true });
  return <Line text={spans} width={width} />;
}
