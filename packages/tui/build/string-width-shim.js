// The app's build substitutes this module for string-width in the bundled
// Ink (its text measuring and layout) and its helpers: text of ASCII and
// Chinese, nearly all the app draws, is measured by terminal-text's rule
// without string-width, whose first call builds its emoji patterns and an
// Intl segmenter (some 80 ms of CPU before the first frame). Anything else
// (other escapes, emoji, combining marks) goes to string-width as before. The
// ambiguous-wide mode reaches both (src/_utils/ambiguous.ts). See tsup.config.ts.
import { simpleWidthOf } from '@plankb/terminal-text';

// Note: string-width is required on its first use, not imported: its module builds an emoji pattern
// (`new RegExp('^\\p{RGI_Emoji}$', 'v')`, some 25 ms) and a segmenter when it is evaluated, and a bundled module
// that is required is evaluated when it is first required (esbuild wraps it). Text of ASCII and Chinese never needs it.
let real;
function realStringWidth(text, options) {
  real ??= require('string-width').default;
  return real(text, options);
}

// Note: the colours and styles Ink writes (SGR: ESC [ … m), which string-width strips before measuring; any other
// escape is left in the text, and string-width measures it.
const SGR = /\u001B\[[0-9;]*m/g;

export default function stringWidth(text, options) {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes) return realStringWidth(text, options);
  const width = simpleWidthOf(text.includes('\u001B') ? text.replace(SGR, '') : text);
  return width >= 0 ? width : realStringWidth(text, options);
}
