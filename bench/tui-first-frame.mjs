// Run by bench/run.ts in a fresh process: the terminal app (packages/tui's
// build) on the seeds, or on a corpus folder, on a fake 100×30 terminal.
// Reports, on stderr, the time from the process's start to the first frame
// (wall and CPU), the time each key takes to be drawn (j/k on the Library,
// then, unless `--no-screens`, the first visit of each screen), and exits.
//
//   node bench/tui-first-frame.mjs <packages/tui/dist/index.js> [<corpus folder> [--no-screens]]
//
// The first frame is the one that shows the Library: on the seeds, qingdao-2025 in it; on a corpus folder, its
// columns' header and the position of its selected document (1 of 2000).
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [tuiEntry, corpusDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const screensToo = !process.argv.includes('--no-screens');
const store = mkdtempSync(join(tmpdir(), 'plankb-bench-tui-'));

class Keyboard extends EventEmitter {
  isTTY = true;
  data = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  type(data) {
    this.data = data;
    this.emit('readable');
  }
}

class Terminal extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 30;
  text = '';
  waiting = null;
  write = (data) => {
    this.text += data;
    if (this.waiting?.test(this.text)) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve(performance.now());
    }
    return true;
  };
  /** The time of the first write after now that makes the output pass `test`. */
  next(test = () => true) {
    const from = this.text.length;
    return new Promise((resolve) => {
      this.waiting = { test: (text) => test(text.slice(from)), resolve };
    });
  }
}

const keyboard = new Keyboard();
const terminal = new Terminal();
const firstFrame = terminal.next((text) => (corpusDir === undefined ? text.includes('qingdao-2025') : text.includes('Title') && /\b1 of \d+\b/.test(text)));
const { runApp } = await import(tuiEntry);
const done = runApp({ stdin: keyboard, stdout: terminal, stderr: terminal, store, asOf: '2025-07-01', env: { LANG: 'C.UTF-8' }, ...(corpusDir === undefined ? {} : { corpus: corpusDir }), screen: 'library' });
const first = await firstFrame;
// Note: the process's CPU time to the first frame too: on a busy machine it varies much less than the wall time.
const firstCpu = process.cpuUsage();
await new Promise((resolve) => setTimeout(resolve, 300));

async function key(k, test) {
  const drawn = terminal.next(test);
  const sent = performance.now();
  keyboard.type(k);
  return (await drawn) - sent;
}
const keys = [];
for (let i = 0; i < 40; i++) keys.push(await key(i % 2 === 0 ? 'j' : 'k'));
const screens = {};
// Note: Search last: its query field takes the digits typed after it.
const SCREENS = [['2', 'Outline'], ['3', 'Shared phrases'], ['4', 'Region: all'], ['6', 'indicators'], ['7', 'Task of the plan'], ['8', 'Lead unit:'], ['5', 'Search:']];
for (const [k, mark] of screensToo ? SCREENS : []) screens[k] = await key(k, (text) => text.includes(mark));
keyboard.type('\u001B');
await new Promise((resolve) => setTimeout(resolve, 100));
keyboard.type('q');
await done;
rmSync(store, { recursive: true, force: true });
process.stderr.write(`@@plankb-tui ${JSON.stringify({ firstFrameMs: first, firstFrameCpuMs: (firstCpu.user + firstCpu.system) / 1000, keyMs: keys, screenMs: screens })}\n`);
