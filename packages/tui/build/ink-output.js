// The app's build substitutes this module for Ink's output.js (see tsup.config.ts): the same Output class, which
// assembles a frame from the text Ink writes at each position, with the same result, character for character, in
// far less time. A CPU profile of the start put Ink's assembly at about 90 ms of the 210 ms from `render` to the
// first frame, spent cutting every line into graphemes with Intl.Segmenter, copying each character's styles and
// comparing the styles of every two neighbouring characters, all in code the JIT has not compiled yet.
//
// What changes, and why the frame stays the same:
// - A line of plain text that a clip leaves whole (each line of a box with overflow hidden, as the app's screens
//   are) is not cut by slice-ansi, which would tokenize it to give it back unchanged (see `sliceWhole`).
// - A line of plain text between colour and style sequences (ESC [ … m), every character of it one that is a
//   grapheme of its own (ASCII, Chinese, CJK and general punctuation, box drawing), is cut character by character;
//   each character's token comes from ansi-tokenize's own `tokenize` (remembered per character), the sequences'
//   tokens too. Any other line (links, other escapes, emoji, combining marks, Hangul …) goes through `tokenize`
//   whole, as in Ink.
// - The characters between two sequences share one styles array, which nobody changes (Ink's blank cells and the
//   second cell of a wide character already share theirs).
// - Writing a row out, two neighbours with equal styles need no codes between them: ansi-tokenize's `diffAnsiCodes`
//   of two equal reduced style lists is empty; it is asked only where the styles change.
// Plain JavaScript, as the other build shims; test/ink-output.test.ts checks it against Ink's class.
import { ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, styledCharsFromTokens, styledCharsToString, tokenize } from '#ink/@alcalzone/ansi-tokenize';
import sliceAnsi from '#ink/slice-ansi';
// Note: as Ink finds it, which the build resolves to the string-width shim as it does Ink's own import.
import stringWidth from '#ink/string-width';

/** The colour and style sequences ansi-tokenize reads as SGR codes (its findSGRSequenceEndIndex: digits and `;`, then `m`). */
const SGR = /\u001B\[[0-9;]*m/g;
const NO_STYLES = Object.freeze([]);

/**
 * Whether a code point is a grapheme of its own wherever it stands: no grapheme cluster rule joins it to a
 * neighbour that is also in this set (no marks, joiners, variation selectors, controls, Hangul or emoji).
 */
function standsAlone(code) {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa1 && code <= 0xff && code !== 0xad) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2500 && code <= 0x25ff) ||
    (code >= 0x3000 && code <= 0x3029) ||
    (code >= 0x3030 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

// Note: by character, its token from `tokenize`; a second table for the ambiguous-wide mode, in which some
// characters are tokenized as wide (src/_utils/ambiguous.ts).
const charTokens = [new Map(), new Map()];

const NARROW = Object.freeze({ type: 'char', value: '', fullWidth: false });
const WIDE = Object.freeze({ type: 'char', value: '', fullWidth: true });

/**
 * The token `tokenize` gives a character that stands alone (its value aside: callers take the character itself).
 * Printable ASCII is narrow and a CJK ideograph wide in either mode (East Asian Width Na and W); every other
 * character is asked of `tokenize` once. (Asked of it, each distinct ideograph of 2,000 documents' titles cost a
 * segmenter pass: some 57 ms of the first frame there.)
 */
export function charToken(character) {
  const code = character.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return NARROW;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return WIDE;
  const tokens = charTokens[globalThis.__plankbAmbiguousWide === true ? 1 : 0];
  let token = tokens.get(character);
  if (token === undefined) {
    token = tokenize(character)[0];
    tokens.set(character, token);
  }
  return token;
}

/** Push the styled characters of plain text; false (and nothing trustworthy pushed) when a character is not simple. */
function pushPlain(text, styles, into) {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!standsAlone(code)) return false;
    into.push({ type: 'char', value: text[index], fullWidth: charToken(text[index]).fullWidth, styles });
  }
  return true;
}

/** `styledCharsFromTokens(tokenize(line))`, faster for lines of simple characters and SGR sequences. */
export function styledCharsOf(line) {
  const chars = [];
  let styles = NO_STYLES;
  let from = 0;
  for (const match of line.matchAll(SGR)) {
    if (!pushPlain(line.slice(from, match.index), styles, chars)) return styledCharsFromTokens(tokenize(line));
    styles = reduceAnsiCodesIncremental(styles, tokenize(match[0]));
    from = match.index + match[0].length;
  }
  if (!pushPlain(line.slice(from), styles, chars)) return styledCharsFromTokens(tokenize(line));
  return chars;
}

// Note: characters slice-ansi gives two columns as emoji whatever their East Asian width (it tests this property).
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;

/**
 * `sliceAnsi(line, from, to)` when that is the whole line: plain text (no escapes), all of it characters that stand
 * alone, cut from its start to at least its width. slice-ansi adds no codes to text without any, and measures such
 * a character as two columns exactly when ansi-tokenize calls it full-width (both ask is-fullwidth-code-point; the
 * emoji that slice-ansi also counts as two are left to it). `undefined` for any other cut.
 */
export function sliceWhole(line, from, to) {
  if (from !== 0 || EMOJI_PRESENTATION.test(line)) return undefined;
  let width = 0;
  for (let index = 0; index < line.length; index++) {
    if (!standsAlone(line.charCodeAt(index))) return undefined;
    width += charToken(line[index]).fullWidth ? 2 : 1;
  }
  return width <= to ? line : undefined;
}

function sameStyles(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index].code !== b[index].code || a[index].endCode !== b[index].endCode) return false;
  return true;
}

/** `styledCharsToString(chars)`, with no style comparison between neighbours whose styles are equal. */
export function charsToString(chars) {
  if (chars.length === 0) return styledCharsToString(chars);
  let text = ansiCodesToString(chars[0].styles);
  let previous = chars[0].styles;
  for (const char of chars) {
    if (!sameStyles(previous, char.styles)) text += ansiCodesToString(diffAnsiCodes(previous, char.styles));
    text += char.value;
    previous = char.styles;
  }
  return text + ansiCodesToString(diffAnsiCodes(previous, []));
}

class OutputCaches {
  widths = new Map();
  blockWidths = new Map();
  styledChars = new Map();
  getStyledChars(line) {
    let cached = this.styledChars.get(line);
    if (cached === undefined) {
      cached = styledCharsOf(line);
      this.styledChars.set(line, cached);
    }
    return cached;
  }
  getStringWidth(text) {
    let cached = this.widths.get(text);
    if (cached === undefined) {
      cached = stringWidth(text);
      this.widths.set(text, cached);
    }
    return cached;
  }
  getWidestLine(text) {
    let cached = this.blockWidths.get(text);
    if (cached === undefined) {
      let lineWidth = 0;
      for (const line of text.split('\n')) lineWidth = Math.max(lineWidth, this.getStringWidth(line));
      cached = lineWidth;
      this.blockWidths.set(text, cached);
    }
    return cached;
  }
}

// Note: every blank cell is this one object; cells are replaced, never changed.
const BLANK = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: NO_STYLES });

/** Ink 6.8's Output (build/output.js), line for line but for the three changes above. */
export default class Output {
  width;
  height;
  operations = [];
  caches = new OutputCaches();
  constructor(options) {
    const { width, height } = options;
    this.width = width;
    this.height = height;
  }
  write(x, y, text, options) {
    const { transformers } = options;
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers });
  }
  clip(clip) {
    this.operations.push({ type: 'clip', clip });
  }
  unclip() {
    this.operations.push({ type: 'unclip' });
  }
  get() {
    const output = [];
    for (let y = 0; y < this.height; y++) output.push(new Array(this.width).fill(BLANK));
    const clips = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      if (operation.type === 'unclip') clips.pop();
      if (operation.type === 'write') {
        const { text, transformers } = operation;
        let { x, y } = operation;
        let lines = text.split('\n');
        const clip = clips.at(-1);
        if (clip) {
          const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
          const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
          if (clipHorizontally) {
            const width = this.caches.getWidestLine(text);
            if (x + width < clip.x1 || x > clip.x2) continue;
          }
          if (clipVertically) {
            const height = lines.length;
            if (y + height < clip.y1 || y > clip.y2) continue;
          }
          if (clipHorizontally) {
            lines = lines.map((line) => {
              const from = x < clip.x1 ? clip.x1 - x : 0;
              const width = this.caches.getStringWidth(line);
              const to = x + width > clip.x2 ? clip.x2 - x : width;
              return sliceWhole(line, from, to) ?? sliceAnsi(line, from, to);
            });
            if (x < clip.x1) x = clip.x1;
          }
          if (clipVertically) {
            const from = y < clip.y1 ? clip.y1 - y : 0;
            const height = lines.length;
            const to = y + height > clip.y2 ? clip.y2 - y : height;
            lines = lines.slice(from, to);
            if (y < clip.y1) y = clip.y1;
          }
        }
        let offsetY = 0;
        for (let [index, line] of lines.entries()) {
          const currentLine = output[y + offsetY];
          if (!currentLine) continue;
          for (const transformer of transformers) line = transformer(line, index);
          const characters = this.caches.getStyledChars(line);
          let offsetX = x;
          for (const character of characters) {
            currentLine[offsetX] = character;
            const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
            if (characterWidth > 1) {
              for (let index = 1; index < characterWidth; index++) {
                currentLine[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
              }
            }
            offsetX += characterWidth;
          }
          offsetY++;
        }
      }
    }
    const generatedOutput = output
      .map((line) => {
        const lineWithoutEmptyItems = line.filter((item) => item !== undefined);
        return charsToString(lineWithoutEmptyItems).trimEnd();
      })
      .join('\n');
    return { output: generatedOutput, height: output.length };
  }
}
