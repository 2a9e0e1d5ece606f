import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Corpus, loadCorpus } from '@plankb/core/corpus';
import { render } from 'ink-testing-library';
import { afterAll } from 'vitest';
import type { ReactElement, ReactNode } from 'react';
import type { Lang, ScreenId } from '../src/_utils/messages.js';
import { CorpusProvider } from '../src/contexts/CorpusContext.js';
import { KeyboardProvider } from '../src/contexts/KeyboardContext.js';
import { NavigationProvider } from '../src/contexts/NavigationContext.js';
import { SettingsProvider } from '../src/contexts/SettingsContext.js';
import { StatusProvider } from '../src/contexts/StatusContext.js';

/** Keys as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  ctrlU: '\u0015',
} as const;

let corpus: Corpus | undefined;

/** The bundled seeds, loaded once per test file. */
export function seeds(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty store folder for a test, removed when the test file is done. */
export function tempStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plankb-tui-'));
  made.push(dir);
  return join(dir, '.plankb');
}

/** The date the tests assess targets at, so that statuses do not change with the calendar. */
export const AS_OF = '2025-07-01';

export interface ProviderOptions {
  corpus?: Corpus;
  storeDir?: string;
  lang?: Lang;
  color?: boolean;
  screen?: ScreenId;
  asOf?: string;
}

/**
 * Wrap a component in every provider the app has (settings, corpus, navigation, footer status).
 *
 * @param children The component.
 * @param options The corpus (the seeds), store (a temporary one), language (en), colour and start screen.
 * @returns The wrapped element.
 */
export function withProviders(children: ReactNode, options: ProviderOptions = {}): ReactElement {
  const c = options.corpus ?? seeds();
  return (
    <SettingsProvider lang={options.lang ?? 'en'} color={options.color ?? true}>
      <CorpusProvider corpus={c} storeDir={options.storeDir ?? tempStore()} asOf={options.asOf ?? AS_OF}>
        <NavigationProvider initialScreen={options.screen ?? 'library'} initialCompare={{ a: c.documents[0]?.id ?? '', b: c.documents[1]?.id ?? '' }}>
          <StatusProvider>
            <KeyboardProvider>{children}</KeyboardProvider>
          </StatusProvider>
        </NavigationProvider>
      </CorpusProvider>
    </SettingsProvider>
  );
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Let React run the effects of the last render (Ink re-subscribes input handlers in effects). */
const settle = async (): Promise<void> => {
  for (let k = 0; k < 3; k++) await new Promise((resolve) => setImmediate(resolve));
};

/** A rendered app under test, with helpers to type keys and wait for the screen to settle. */
export interface TestApp {
  stdin: { write: (data: string) => void };
  stdout: NodeJS.EventEmitter;
  frames: string[];
  unmount: () => void;
  rerender: (tree: ReactElement) => void;
  /** The last frame drawn. */
  frame: () => string;
  /** Send keys one by one, letting the app render after each. */
  press: (...keys: string[]) => Promise<void>;
  /** Type text as one paste. */
  type: (text: string) => Promise<void>;
  /** Wait until the frame passes a test (contains a text, matches a pattern), and return it. */
  waitFor: (test: string | RegExp | ((frame: string) => boolean), timeout?: number) => Promise<string>;
}

function withHelpers(result: ReturnType<typeof render>): TestApp {
  const frame = (): string => result.lastFrame() ?? '';
  return {
    stdin: result.stdin,
    stdout: result.stdout,
    frames: result.frames,
    unmount: result.unmount,
    rerender: result.rerender,
    frame,
    /** Send keys one by one, letting the app render after each. */
    async press(...keys: string[]): Promise<void> {
      await settle();
      for (const key of keys) {
        result.stdin.write(key);
        // Note: Ink holds a lone escape until the next turn, in case a longer sequence follows.
        if (key === KEY.escape) await tick(10);
        await settle();
      }
      await tick(10);
    },
    /** Type text as one paste. */
    async type(text: string): Promise<void> {
      result.stdin.write(text);
      await tick(30);
    },
    /** Wait until the frame passes a test (or contains a text). */
    async waitFor(test: string | RegExp | ((frame: string) => boolean), timeout = 5000): Promise<string> {
      const ok = typeof test === 'string' ? (f: string) => f.includes(test) : test instanceof RegExp ? (f: string) => test.test(f) : test;
      const start = Date.now();
      while (!ok(frame())) {
        if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${String(test)}; the frame is:\n${frame()}`);
        await tick(20);
      }
      return frame();
    },
  };
}

/**
 * Render a component inside the app's providers with ink-testing-library,
 * with helpers to type keys and wait for the screen to settle.
 *
 * @param ui The component.
 * @param options See `withProviders`.
 * @returns ink-testing-library's result, plus `press`, `type`, `frame` and `waitFor`.
 */
export function renderWithProviders(ui: ReactNode, options: ProviderOptions = {}): TestApp {
  return withHelpers(render(withProviders(ui, options)));
}

/**
 * Render the whole app (which brings its own providers).
 *
 * @param app The `<App …/>` element, with a fixed `size`.
 * @returns As `renderWithProviders`.
 */
export function renderApp(app: ReactElement): TestApp {
  return withHelpers(render(app));
}
