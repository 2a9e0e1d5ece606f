// The app's build substitutes this module for Ink's sanitize-ansi.js (see tsup.config.ts), which every text node
// passes through before it is laid out: Ink keeps colour and style sequences (SGR) and hyperlinks and strips any
// other escape, tokenizing the whole text whenever it holds an escape at all, which the app's coloured text always
// does (some 15 ms of CPU before the first frame). Text whose only escapes are well-formed SGR sequences is
// returned as it is, which is what Ink's tokenizing returns for it; anything else goes to Ink's function.
// Plain JavaScript, as the other build shims; test/ink-output.test.ts checks it against Ink's.
import inkSanitizeAnsi from '#ink/./sanitize-ansi.js';

// Note: what Ink keeps of a CSI sequence: final `m`, no intermediate bytes, parameters of digits, `:` and `;`.
const SGR = /\u001B\[[\d:;]*m/g;
// Note: Ink's hasAnsiControlCharacters (ansi-tokenizer.js) as a regular expression: ESC, or a C1 control character
// (Ink walks the text by code points and tests each for 0x80-0x9F, which no surrogate is).
const CONTROL = /[\u001B\u0080-\u009F]/;

export default function sanitizeAnsi(text) {
  if (!CONTROL.test(text)) return text;
  if (!CONTROL.test(text.replace(SGR, ''))) return text;
  return inkSanitizeAnsi(text);
}
