// The app's build substitutes this module for string-width in the bundled
// Ink (its text measuring and layout) and its helpers: text of ASCII and
// Chinese, nearly all the app draws, is measured by terminal-text's rule
// without string-width, whose first call builds its emoji patterns and an
// Intl segmenter (some 80 ms of CPU before the first frame). Anything else
// (ANSI escapes, emoji, combining marks) goes to string-width as before. The
// ambiguous-wide mode reaches both (src/_utils/ambiguous.ts). See tsup.config.ts.
import { simpleWidthOf } from '@plankb/terminal-text';
import realStringWidth from 'string-width';

export default function stringWidth(text, options) {
  if (typeof text !== 'string') return realStringWidth(text, options);
  const width = simpleWidthOf(text);
  return width >= 0 ? width : realStringWidth(text, options);
}
