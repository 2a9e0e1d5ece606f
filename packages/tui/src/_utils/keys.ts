import type { Key } from 'ink';

// Note: the key types live here, below components/, contexts/ and hooks/, which all use them.

/** A key handler, as Ink's `useInput` calls it; returning `true` keeps the key from the handlers registered after it. */
export type KeyHandler = (input: string, key: Key) => boolean | void;

/** A key and what it does, as the footer and the help show it. */
export interface KeyHint {
  key: string;
  label: string;
  /** Whether the footer shows it; `false` for keys only the help lists (j/k, PgUp/PgDn…). @default true */
  footer?: boolean;
  /** Not a key but an entry of the screen's legend (a change kind on Compare): the help lists it under its own heading. @default false */
  legend?: boolean;
}

const BLANK: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

const CONTROL: Readonly<Record<string, Partial<Key>>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\t': { tab: true },
  '\u007F': { delete: true },
  '\b': { backspace: true },
};

/**
 * Split what Ink reports as one input into the keys it was made of. Ink
 * delivers a run of plain characters read at once as one string: keys typed
 * while the app was busy (`nn`, `jjj⏎`), or a paste.
 *
 * @param input The input as Ink gives it.
 * @param key Its key flags.
 * @param keepText Keep runs of text whole (a text field takes a paste as one), splitting off only enter, tab and backspace.
 * @returns The keys, in order.
 */
export function splitKeys(input: string, key: Key, keepText = false): Array<[string, Key]> {
  const chars = Array.from(input);
  if (chars.length <= 1 || key.ctrl || key.meta) return [[input, key]];
  const out: Array<[string, Key]> = [];
  let run = '';
  const flush = (): void => {
    if (run === '') return;
    if (keepText) out.push([run, { ...BLANK }]);
    else for (const c of run) out.push([c, { ...BLANK, shift: /[A-Z]/.test(c) }]);
    run = '';
  };
  for (const c of chars) {
    const control = CONTROL[c];
    if (control) {
      flush();
      out.push(['', { ...BLANK, ...control }]);
    } else run += c;
  }
  flush();
  return out;
}

/**
 * Whether a key is a letter or digit typed with ctrl or alt (`ctrl+d`,
 * `alt+1`): Ink reports those as the plain character with `key.ctrl` or
 * `key.meta` set. Esc (which Ink also marks `meta`) and named keys are not.
 *
 * @param key The key flags.
 * @param input The input Ink reported.
 * @returns `true` for a modified character.
 */
export function isModified(key: Key, input: string): boolean {
  return input !== '' && !key.escape && (key.ctrl || key.meta);
}
