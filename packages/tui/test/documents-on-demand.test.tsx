import { type OpenedCorpus, openCorpus } from '@plankb/core/corpus';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app.js';
import { AS_OF, renderApp, tempStore } from './render.js';

// The app opens a corpus from its documents' heads (issue 19: the first frame at 20,000 documents): the Library,
// the header and the pickers read no document in full, and a screen reads only the documents it shows.

afterEach(cleanup);

/** The seeds opened as `runApp` opens a corpus, with every document read in full recorded, or refused. */
function watched(refuse = false): { corpus: OpenedCorpus; read: string[] } {
  const opened = openCorpus();
  const read: string[] = [];
  const corpus: OpenedCorpus = {
    ...opened,
    document(id) {
      if (refuse) throw new Error(`${id} was read in full`);
      read.push(id);
      return opened.document(id);
    },
    fullDocuments() {
      throw new Error('every document was read in full');
    },
  };
  return { corpus, read };
}

const app = (corpus: OpenedCorpus, screen?: 'library' | 'plan' | 'targets') =>
  renderApp(<App corpus={corpus} storeDir={tempStore()} asOf={AS_OF} size={{ columns: 120, rows: 30 }} initialScreen={screen} />);

describe('documents on demand', () => {
  it('should draw the Library, with each document\'s counts of tasks and targets, without reading any document in full', async () => {
    const { corpus } = watched(true);
    const a = app(corpus);
    const frame = await a.waitFor('qingdao-2025');
    expect(frame).toContain(`${corpus.documents.length} documents`);
    // Note: the Library's columns come from the heads' counts: the seed with most tasks shows its count on its row.
    const most = corpus.documents.reduce((m, d) => (d.counts.tasks > m.counts.tasks ? d : m));
    const row = frame.split('\n').find((line) => line.includes(` ${most.id} `)) ?? '';
    expect(row).toMatch(new RegExp(`\\b${most.counts.tasks}\\s+${most.counts.targets}\\b`));
  });

  it('should read only the document Plan shows', async () => {
    const { corpus, read } = watched();
    const a = app(corpus, 'plan');
    await a.waitFor('Outline');
    expect(new Set(read)).toEqual(new Set([corpus.documents[0]?.id]));
  });

  it('should read, for Targets, only the documents that hold targets', async () => {
    const { corpus, read } = watched();
    const a = app(corpus, 'targets');
    await a.waitFor('Region: all');
    const withTargets = corpus.documents.filter((d) => d.counts.targets > 0).map((d) => d.id);
    expect(withTargets.length).toBeGreaterThan(0);
    expect(withTargets.length).toBeLessThan(corpus.documents.length);
    expect(new Set(read)).toEqual(new Set(withTargets));
  });

  it('should start with runApp from the heads: loadCorpus is never called', async () => {
    vi.resetModules();
    vi.doMock('@plankb/core/corpus', async (original) => {
      const real = await original<typeof import('@plankb/core/corpus')>();
      return {
        ...real,
        loadCorpus: () => {
          throw new Error('loadCorpus reads every document in full');
        },
        openCorpus: (options?: Parameters<typeof real.openCorpus>[0]) => {
          const opened = real.openCorpus(options);
          return { ...opened, document: (id: string) => { throw new Error(`${id} was read in full`); } };
        },
      };
    });
    try {
      const { runApp } = await import('../src/cli.js');
      const { Keyboard, Terminal } = await import('./fake-terminal.js');
      const keyboard = new Keyboard();
      const terminal = new Terminal();
      const done = runApp({ stdin: keyboard as unknown as NodeJS.ReadStream, stdout: terminal as unknown as NodeJS.WriteStream, stderr: terminal as unknown as NodeJS.WriteStream, store: tempStore(), asOf: AS_OF, screen: 'library', env: { LANG: 'C.UTF-8' } });
      const start = Date.now();
      while (!terminal.text().includes('qingdao-2025')) {
        if (Date.now() - start > 10_000) throw new Error(`no first frame: ${terminal.text()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      keyboard.type('q');
      expect(await done).toBe(0);
    } finally {
      vi.doUnmock('@plankb/core/corpus');
      vi.resetModules();
    }
  });
});
