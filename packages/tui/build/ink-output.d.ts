// Types of build/ink-output.js, for its test (test/ink-output.test.ts).
export interface StyledChar {
  type: 'char';
  value: string;
  fullWidth: boolean;
  styles: readonly { code: string; endCode: string }[];
}
export function styledCharsOf(line: string): StyledChar[];
export function charsToString(chars: readonly StyledChar[]): string;
export function charToken(character: string): { type: 'char'; fullWidth: boolean };
export function sliceWhole(line: string, from: number, to: number): string | undefined;
export interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}
export default class Output {
  constructor(options: { width: number; height: number });
  write(x: number, y: number, text: string, options: { transformers: ((line: string, index: number) => string)[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}
