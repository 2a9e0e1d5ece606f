import { EventEmitter } from 'node:events';

// Note: Ink clears the whole terminal, scrollback included (`ESC[2J ESC[3J`),
// and redraws every line on every frame once the app is as tall as the
// terminal. The app instead runs Ink in its debug mode, where Ink writes each
// frame whole to a stream, and gives it a `FrameScreen`: that stream draws a
// frame on the alternate screen by rewriting only the lines that changed. The
// user's scrollback is never touched, and leaving the alternate screen
// restores what the terminal showed before.

const ESC = '\u001B[';
/** Switch to the alternate screen, hide the cursor, clear that screen (only it). */
export const ENTER_SCREEN = `${ESC}?1049h${ESC}?25l${ESC}H${ESC}2J`;
/** Show the cursor and return to the normal screen and its scrollback. */
export const LEAVE_SCREEN = `${ESC}?25h${ESC}?1049l`;
// Synchronized output: terminals that know it draw the update at once; others ignore it.
const BEGIN_UPDATE = `${ESC}?2026h`;
const END_UPDATE = `${ESC}?2026l`;

/**
 * The escape sequences that turn one frame into the next: each changed line
 * is rewritten in place (cursor to its row, erase the row, the new text).
 * Lines the same in both frames are not written at all.
 *
 * @param previous The lines on screen, or `null` when the screen is blank (first frame, after a resize).
 * @param next The lines of the new frame.
 * @param rows The terminal's height: lines below it are not drawn.
 * @returns What to write; empty when nothing changed.
 */
export function frameUpdate(previous: readonly string[] | null, next: readonly string[], rows: number): string {
  let out = '';
  const count = Math.min(rows, Math.max(next.length, previous?.length ?? 0));
  for (let row = 0; row < count; row++) {
    const line = next[row] ?? '';
    if (previous !== null && (previous[row] ?? '') === line) continue;
    out += `${ESC}${row + 1};1H${ESC}2K${line}`;
  }
  return out === '' ? '' : `${BEGIN_UPDATE}${out}${END_UPDATE}`;
}

/**
 * The stream Ink renders to: it has the terminal's size and resize events, and
 * draws each frame Ink writes onto the real terminal as a line diff. Frames
 * written in one turn of the event loop (a key that changes state twice) are
 * drawn once, as the last of them.
 */
export class FrameScreen extends EventEmitter {
  /** Ink checks this to decide how to draw. */
  readonly isTTY = true;
  private shown: string[] | null = null;
  private pending: string | null = null;
  private scheduled = false;
  private closed = false;
  private paused = false;
  /** The last frame Ink wrote, to draw again after a resize or a resume. */
  private last: string | null = null;
  private readonly onResize = (): void => {
    // Note: after a resize the terminal has reflowed what it showed; start from a blank screen.
    this.shown = null;
    this.emit('resize');
    this.schedule();
  };

  /**
   * @param out The terminal.
   */
  constructor(private readonly out: NodeJS.WriteStream) {
    super();
    out.on('resize', this.onResize);
  }

  get columns(): number {
    return this.out.columns;
  }

  get rows(): number {
    return this.out.rows;
  }

  /**
   * Take a frame from Ink (in debug mode Ink writes each frame whole).
   *
   * @param frame The frame.
   * @returns `true`.
   */
  write(frame: string | Uint8Array, callback?: () => void): boolean {
    if (typeof frame === 'string' && frame !== '') {
      this.pending = frame;
      this.schedule();
    }
    if (typeof callback === 'function') setImmediate(callback);
    return true;
  }

  /** Draw the last frame now. */
  flush(): void {
    this.scheduled = false;
    if (this.closed || this.paused) return;
    const frame = this.pending ?? this.last;
    this.pending = null;
    if (frame === null) return;
    this.last = frame;
    const lines = frame.split('\n');
    const rows = this.out.rows || lines.length;
    const update = frameUpdate(this.shown, lines, rows);
    if (this.shown === null) this.out.write(`${ESC}H${ESC}2J`);
    if (update !== '') this.out.write(update);
    this.shown = lines.slice(0, rows);
  }

  /** Stop drawing until `resume` (another program has the terminal). */
  pause(): void {
    this.paused = true;
  }

  /** Draw again, the whole frame (the screen was left to another program). */
  resume(): void {
    this.paused = false;
    this.shown = null;
    this.schedule();
  }

  /**
   * Write to the terminal directly, between frames (a clipboard request).
   *
   * @param data Escape sequences.
   */
  passthrough(data: string): void {
    this.out.write(data);
  }

  /** Stop drawing and listening to the terminal. */
  close(): void {
    this.closed = true;
    this.out.off('resize', this.onResize);
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }
}
