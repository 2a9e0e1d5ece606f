import type { Corpus, OpenedCorpus } from '@plankb/core/corpus';
import { Box, useApp } from 'ink';
import { useEffect, useState } from 'react';
import { setAmbiguousWide } from './_utils/ambiguous.js';
import type { SavedState } from './_utils/state.js';
import { SCREENS, type Lang, type ScreenId } from './_utils/messages.js';
import type { KeyHint } from './_utils/keys.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { Line } from './components/Line.js';
import { CorpusProvider, useCorpus } from './contexts/CorpusContext.js';
import { KeyboardProvider } from './contexts/KeyboardContext.js';
import { NavigationProvider, useNavigation } from './contexts/NavigationContext.js';
import { SettingsProvider, useSettings } from './contexts/SettingsContext.js';
import { StatusProvider, useStatus } from './contexts/StatusContext.js';
import { NO_TERMINAL, TerminalProvider, useTerminal, type Terminal } from './contexts/TerminalContext.js';
import { useTerminalSize, type TerminalSize } from './hooks/use-terminal-size.js';
import { Compare } from './screens/Compare.js';
import { Library } from './screens/Library.js';
import { Plan } from './screens/Plan.js';
import { Search } from './screens/Search.js';
import { Targets } from './screens/Targets.js';
import { Indicators } from './screens/Indicators.js';
import { Cascade } from './screens/Cascade.js';
import { Duties } from './screens/Duties.js';
import { useKeys } from './hooks/use-keys.js';

/** The smallest terminal the app draws in. */
export const MIN_SIZE: TerminalSize = { columns: 40, rows: 10 };

/** The letter of each screen, besides its number. */
const LETTERS: Readonly<Record<string, ScreenId>> = { l: 'library', p: 'plan', c: 'compare', t: 'targets', s: 'search', i: 'indicators', h: 'cascade', u: 'duties' };
/** The screens' numbers as keys (1-8). */
const NUMBER = new RegExp(`^[1-${SCREENS.length}]$`);
const NUMBERS = `1-${SCREENS.length}`;

export type Props = {
  /** The corpus to show: opened (`openCorpus()`, as `runApp` does: documents are read in full when a screen shows them) or loaded (`loadCorpus()`). */
  corpus: Corpus | OpenedCorpus;
  /** The store of observations (`defaultStoreDir(corpus.dir)` unless `--store`). */
  storeDir: string;
  /** The date targets are assessed at (YYYY-MM-DD). @default today */
  asOf?: string | undefined;
  /** The interface language. @default 'en' */
  lang?: Lang;
  /** Whether to use colour (off for NO_COLOR). @default true */
  color?: boolean;
  /** The screen to open on. @default where `initialState` left off, else 'library' */
  initialScreen?: ScreenId | undefined;
  /** Where the last run left off: screen, Plan's document, Compare's documents. @default the Library */
  initialState?: SavedState | null | undefined;
  /** Called with where the user is whenever it changes (`runApp` saves it for the next run). */
  onStateChange?: ((state: SavedState) => void) | undefined;
  /** The terminal's abilities: copy, suspend, open a file (`runApp` gives a real terminal's). @default none */
  terminal?: Terminal | undefined;
  /** Measure ambiguous-width characters as two columns (`runApp` sets it from its options). @default unchanged */
  ambiguousWide?: boolean | undefined;
  /** A fixed size instead of the terminal's (tests). @default the terminal's, following resizes */
  size?: TerminalSize | undefined;
};

/** The plankb terminal app: Library, Plan, Compare, Targets, Search, Indicators, Cascade and Duties, with a header, a footer of keys, and help. */
export function App({ corpus, storeDir, asOf, lang = 'en', color = true, initialScreen, initialState = null, onStateChange, terminal, ambiguousWide, size }: Props) {
  // Note: set before the first render measures anything; a module setting (see ambiguous.ts).
  useState(() => (ambiguousWide === undefined ? undefined : setAmbiguousWide(ambiguousWide)));
  const [first, second] = corpus.documents;
  const initialCompare = initialState?.compare ?? { a: first?.id ?? '', b: second?.id ?? first?.id ?? '' };
  return (
    <TerminalProvider terminal={terminal ?? NO_TERMINAL}>
    <SettingsProvider lang={lang} color={color}>
      <CorpusProvider corpus={corpus} storeDir={storeDir} asOf={asOf}>
        <NavigationProvider initialScreen={initialScreen ?? initialState?.screen ?? 'library'} initialCompare={initialCompare} initialPlanDoc={initialState?.planDoc ?? null}>
          <StatusProvider>
            <KeyboardProvider>
              <Shell size={size} onStateChange={onStateChange} />
            </KeyboardProvider>
          </StatusProvider>
        </NavigationProvider>
      </CorpusProvider>
    </SettingsProvider>
    </TerminalProvider>
  );
}

/** The frame around the screens, and the keys that work everywhere. */
function Shell({ size, onStateChange }: { size: TerminalSize | undefined; onStateChange: ((state: SavedState) => void) | undefined }) {
  const { columns, rows } = useTerminalSize(size);
  const { t, color } = useSettings();
  const { documents, reloadStore } = useCorpus();
  const nav = useNavigation();
  const status = useStatus();
  const { exit } = useApp();
  const { help, setHelp } = status;
  useEffect(() => {
    onStateChange?.({ screen: nav.screen, planDoc: nav.planDoc, compare: nav.compare });
  }, [onStateChange, nav.screen, nav.planDoc, nav.compare]);
  const terminal = useTerminal();

  useKeys(
    (input, key) => {
      // Note: while the help is open, it takes the keys (see HelpOverlay).
      if (help) return;
      // Note: alt+1…alt+8 switch screens from anywhere, a text field included, where digits are text.
      if (key.meta && !key.escape && NUMBER.test(input)) return nav.go(SCREENS[Number(input) - 1] as ScreenId);
      // Note: ctrl+z suspends from anywhere, as in any program run from a shell.
      if (key.ctrl && input === 'z') return void terminal.suspend();
      if (nav.isCaptured() || key.ctrl || (key.meta && !key.escape)) return;
      if (input === 'q') exit();
      else if (input === '?') setHelp(true);
      // Note: on a screen with a list to filter, / filters it; elsewhere it opens Search.
      else if (input === '/') {
        const filter = nav.filterOf(nav.screen);
        if (filter) filter.open();
        else nav.go('search');
      }
      else if (input === 'R') {
        reloadStore();
        status.flash(t.reloaded);
      }
      else if (NUMBER.test(input)) nav.go(SCREENS[Number(input) - 1] as ScreenId);
      else if (LETTERS[input]) nav.go(LETTERS[input] as ScreenId);
      // Note: esc on a filtered list clears the filter before it goes back.
      else if (key.escape) {
        if (!nav.filterOf(nav.screen)?.clear()) nav.back();
      }
    },
    { modified: true },
  );

  // Note: while a field or a picker has the keyboard, letters are text: quit is ctrl+c there.
  const always: KeyHint[] = [
    { key: '?', label: t.keys.help },
    nav.captured ? { key: 'ctrl+c', label: t.keys.quit } : { key: 'q', label: t.keys.quit },
  ];
  const global: KeyHint[] = nav.captured ? [] : [{ key: NUMBERS, label: t.keys.screens }, nav.filterOf(nav.screen) ? { key: '/', label: t.keys.filter } : { key: '/', label: t.keys.search }];
  // The help lists every global key.
  const helpGlobal: KeyHint[] = [
    { key: NUMBERS, label: t.keys.screens },
    { key: Object.keys(LETTERS).join(' '), label: Object.values(LETTERS).map((id) => t.screens[id]).join(', ') },
    { key: `alt+${NUMBERS}`, label: t.keys.screensAnywhere },
    { key: '/', label: `${t.keys.filter} / ${t.keys.search}` },
    { key: 'esc', label: t.keys.back },
    { key: '?', label: t.keys.help },
    { key: 'R', label: t.keys.reload },
    { key: 'q', label: t.keys.quit },
    { key: 'ctrl+c', label: t.keys.quitAnywhere },
    { key: 'ctrl+z', label: t.keys.suspend },
  ];
  // Note: the keys a screen set are shown only while that screen is shown (never a frame of one screen with another's keys).
  const hints = status.hintsFor === null || status.hintsFor === nav.screen ? status.hints : [];
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) {
    return <Line text={`plankb: ${MIN_SIZE.columns}×${MIN_SIZE.rows}+ (${columns}×${rows})`} width={columns} />;
  }
  const height = rows - 2;
  const screen = (id: ScreenId) => ({ active: nav.screen === id && !help, width: columns, height });
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header screen={nav.screen} width={columns} info={t.documents(documents.length)} />
      <Box flexDirection="column" width={columns} height={height} overflow="hidden">
        {help ? <HelpOverlay global={helpGlobal} screen={hints} width={columns} height={height} onClose={() => setHelp(false)} /> : null}
        {documents.length === 0 ? (
          // Note: with no documents no screen has anything to show; each says how to add one instead of "no tasks".
          help ? null : <Line text={[{ text: t.noDocuments, color: color ? 'yellow' : undefined }]} width={columns} />
        ) : (
          <>
            {nav.visited.has('library') ? <Library {...screen('library')} /> : null}
            {nav.visited.has('plan') ? <Plan {...screen('plan')} /> : null}
            {nav.visited.has('compare') ? <Compare {...screen('compare')} /> : null}
            {nav.visited.has('targets') ? <Targets {...screen('targets')} /> : null}
            {nav.visited.has('search') ? <Search {...screen('search')} /> : null}
            {nav.visited.has('indicators') ? <Indicators {...screen('indicators')} /> : null}
            {nav.visited.has('cascade') ? <Cascade {...screen('cascade')} /> : null}
            {nav.visited.has('duties') ? <Duties {...screen('duties')} /> : null}
          </>
        )}
      </Box>
      <Footer hints={help ? [] : [...hints, ...global]} always={help ? [{ key: t.keys.anyKey, label: t.keys.close }] : always} width={columns} message={status.message} />
    </Box>
  );
}
