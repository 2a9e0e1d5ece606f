import type { DocumentKind, DocumentLevel, DocumentStatus } from '@plankb/core';
import type { AttainmentStatus } from '@plankb/core/track';
import type { ChangeKind } from '@plankb/core/align';
import { en } from './messages-en.js';
import { zh } from './messages-zh.js';
import type { ScreenMessages } from './messages-screens.js';

/** The interface languages. Document text is shown as written, whatever the language. */
export type Lang = 'zh' | 'en';

/** The top-level screens, in tab order. */
export const SCREENS = ['library', 'plan', 'compare', 'targets', 'search', 'indicators', 'cascade', 'duties'] as const;
export type ScreenId = (typeof SCREENS)[number];

/** A compare row's kind: a pair's change, or a task with no counterpart on the other side. */
export type RowKind = Exclude<ChangeKind, 'added' | 'removed'> | 'only-a' | 'only-b';

/** Every interface string of the app. */
export interface Messages extends ScreenMessages {
  screens: Record<ScreenId, string>;
  documents: (n: number) => string;
  notTty: (stream: 'stdin' | 'stdout') => string;
  keys: Record<
    | 'move' | 'open' | 'back' | 'quit' | 'help' | 'search' | 'screens' | 'pane' | 'nextChange' | 'prevChange' | 'pickA' | 'pickB' | 'swap'
    | 'record' | 'region' | 'document' | 'theme' | 'clear' | 'fold' | 'scroll' | 'save' | 'cancel' | 'field' | 'type' | 'select' | 'setA' | 'setB'
    | 'prevNextDoc' | 'openPlan' | 'clearQuery' | 'changes' | 'pickAB' | 'editQuery' | 'results'
    | 'page' | 'ends' | 'deleteChar' | 'letters' | 'typeMore' | 'screensAnywhere' | 'quitAnywhere' | 'anyKey' | 'close' | 'unfold' | 'readTask'
    | 'toTree' | 'fieldBack' | 'filterType' | 'reload' | 'suspend' | 'copyId' | 'copyText' | 'openSource' | 'openSide' | 'cursor' | 'baselineToggle'
    | 'filter' | 'history' | 'correct' | 'progress' | 'unit' | 'state' | 'anyYear' | 'upper' | 'filterDone',
    string
  >;
  helpTitle: string;
  helpGlobal: string;
  helpScreen: string;
  helpClose: string;
  /** The heading of a screen's legend in the help. */
  helpLegend: string;
  /** The help goes on below (it scrolls). */
  helpMore: string;
  /** After y or Y. */
  copied: (what: string) => string;
  /** When the terminal cannot take the clipboard. */
  noClipboard: string;
  /** When the editor or pager could not be run. */
  openFailed: (error: string) => string;
  /** After R. */
  reloaded: string;
  /** What every screen says when the corpus has no documents. */
  noDocuments: string;
  /** The position in a list: `3 of 12`. */
  position: (k: number, n: number) => string;
  /** The lines of a text shown: `lines 1–20 of 35`. */
  linesShown: (from: number, to: number, n: number) => string;
  /** The names of the panes, in their title lines. */
  panes: Record<'outline' | 'text' | 'pairs' | 'texts' | 'results' | 'documents' | 'targets', string>;
  level: Record<DocumentLevel, string>;
  /** Shown for a document whose text states no title. */
  untitled: string;
  kind: (kind: DocumentKind) => string;
  status: Record<DocumentStatus, string>;
  col: Record<'id' | 'year' | 'kind' | 'status' | 'tasks' | 'targets' | 'title' | 'metric' | 'target' | 'attainment' | 'state' | 'latest' | 'deadline' | 'region' | 'doc', string>;
  libraryDetail: {
    issuer: string;
    date: string;
    file: string;
    counts: (c: { chapters: number; goals: number; tasks: number; assignments: number; targets: number; indicators: number }) => string;
  };
  compareSetTo: (side: 'A' | 'B', id: string) => string;
  plan: {
    noTasks: string;
    sectionTasks: (n: number) => string;
    targets: string;
    indicators: string;
    assignments: string;
    themes: string;
    lead: string;
    supporting: string;
    due: string;
    by: (year: string) => string;
    asOf: (date: string) => string;
    pickDocument: string;
    goals: string;
  };
  compare: {
    kinds: Record<RowKind, string>;
    summary: (s: Record<ChangeKind, number>, pairs: number) => string;
    score: string;
    evidence: string;
    noCounterpart: (id: string) => string;
    targetChange: (metric: string, change: string, fields: string, direction: string | null) => string;
    targetChanges: string;
    targetKinds: Record<'unchanged' | 'changed' | 'added' | 'removed', string>;
    fields: Record<'value' | 'unit' | 'comparator' | 'deadline', string>;
    direction: Record<'more-ambitious' | 'less-ambitious' | 'mixed', string>;
    pickA: string;
    pickB: string;
    same: string;
    noChanges: string;
    changeOf: (k: number, n: number) => string;
    /** What each change kind, and the score, mean (the help's legend). */
    legend: Record<RowKind | 'score', string>;
    /** What the ┌ └ marks of a group of merged or split pairs mean. */
    groupLegend: string;
  };
  targets: {
    status: Record<AttainmentStatus, string>;
    all: string;
    filters: (region: string, doc: string, theme: string) => string;
    count: (shown: number, total: number) => string;
    none: string;
    latest: (value: string, date: string) => string;
    noLatest: string;
    baseline: (value: string, date: string, source: string) => string;
    baselineSource: Record<'indicator' | 'recorded' | 'first-observation' | 'assumed-zero', string>;
    expected: (value: string) => string;
    ratio: (value: string) => string;
    deadline: (date: string) => string;
    pickRegion: string;
    pickDocument: string;
    pickTheme: string;
    store: (dir: string) => string;
    storeProblems: (n: number) => string;
    recordTitle: (metric: string) => string;
    value: string;
    date: string;
    source: string;
    note: string;
    recorded: (value: string, id: string) => string;
    /** An observation dated after the assessment date: recorded, but not counted in the status shown. */
    recordedLater: (value: string, id: string, date: string, asOf: string) => string;
    /** The selected target has observations dated after the assessment date. */
    later: (n: number, asOf: string, last: string) => string;
    badValue: string;
    badDate: string;
    recordedBaseline: (value: string, id: string) => string;
    role: string;
    roles: Record<'observation' | 'baseline', string>;
    /** Asked on esc when the form has something typed. */
    discard: string;
  };
  search: {
    prompt: string;
    placeholder: string;
    hint: string;
    results: (n: number) => string;
    none: string;
    kinds: Record<'task' | 'target' | 'indicator', string>;
  };
}

/**
 * The interface strings of a language.
 *
 * @param lang `zh` or `en`.
 * @returns The strings.
 */
export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}
