import { EventEmitter } from 'node:events';

// A fake terminal for runApp: a keyboard to type into and a screen that keeps every write.

/** A terminal's keyboard: Ink reads it in raw mode. */
export class Keyboard extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  type(data: string): void {
    this.data = data;
    this.emit('readable');
  }
}

/** A terminal's screen: keeps every write. */
export class Terminal extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 30;
  writes: string[] = [];
  write = (data: string): boolean => {
    this.writes.push(data);
    return true;
  };
  text(from = 0): string {
    return this.writes.slice(from).join('');
  }
}
