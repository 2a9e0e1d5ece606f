// The English interface strings (see messages.ts).
import type { DocumentKind } from '@plankb/core';
import type { Messages } from './messages.js';

const KIND_EN: Partial<Record<DocumentKind, string>> = {
  'work-points': 'work points',
  plan: 'plan',
  'action-plan': 'action plan',
  'implementation-plan': 'implementation plan',
  'task-allocation': 'task table',
};
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const en: Messages = {
  screens: { library: 'Library', plan: 'Plan', compare: 'Compare', targets: 'Targets', search: 'Search' },
  documents: (n) => plural(n, 'document'),
  notTty: (stream) =>
    `plankb tui is an interactive terminal app, and ${stream} is not a terminal.\n` +
    'For plain output, use the CLI: `plankb docs` lists the documents, `plankb tasks <doc>` shows a plan\'s tasks, `plankb targets` lists the targets.\n',
  keys: {
    move: 'move', open: 'open', back: 'back', quit: 'quit', help: 'help', search: 'search', screens: 'screens', pane: 'pane',
    nextChange: 'next change', prevChange: 'previous change', pickA: 'pick A', pickB: 'pick B', swap: 'swap', record: 'record observation',
    region: 'region', document: 'document', theme: 'theme', clear: 'clear filters', fold: 'fold', scroll: 'scroll', save: 'save', cancel: 'cancel',
    field: 'next field', type: 'type to search', select: 'select', setA: 'compare as A', setB: 'compare as B', prevNextDoc: 'document',
    openPlan: 'open in Plan', clearQuery: 'clear', changes: 'next/previous change', pickAB: 'pick A/B', editQuery: 'edit query',
    results: 'results',
  },
  helpTitle: 'Keys',
  helpGlobal: 'Everywhere',
  helpScreen: 'On this screen',
  helpClose: 'Press any key to close.',
  level: { national: 'national', province: 'province', city: 'city', district: 'district', county: 'county', town: 'town', street: 'street', unknown: 'region' },
  untitled: '(no title)',
  kind: (kind) => KIND_EN[kind] ?? kind,
  status: { final: 'final', draft: 'draft', 'consultation-draft': 'consultation draft' },
  col: {
    id: 'Id', year: 'Year', kind: 'Kind', status: 'Status', tasks: 'Tasks', targets: 'Targets', title: 'Title', metric: 'Target',
    target: 'Value', attainment: 'Attainment', state: 'Status', latest: 'Latest', deadline: 'Deadline', region: 'Region', doc: 'Document',
  },
  libraryDetail: {
    issuer: 'Issuer',
    date: 'Date',
    file: 'File',
    counts: (c) =>
      `${plural(c.chapters, 'chapter')} · ${plural(c.goals, 'goal')} · ${plural(c.tasks, 'task')} · ${plural(c.assignments, 'assignment')} · ${plural(c.targets, 'target')} · ${plural(c.indicators, 'indicator')}`,
  },
  compareSetTo: (side, id) => `Compare ${side}: ${id}`,
  plan: {
    noTasks: 'This document has no tasks.',
    sectionTasks: (n) => plural(n, 'task'),
    targets: 'Targets',
    indicators: 'Indicators',
    assignments: 'Assignments',
    themes: 'Themes',
    lead: 'lead',
    supporting: 'supporting',
    due: 'due',
    by: (year) => `by ${year}`,
    asOf: (date) => `as of ${date}`,
    pickDocument: 'Open which document?',
    goals: 'Goals',
  },
  compare: {
    kinds: {
      unchanged: 'same', retitled: 'retitled', modified: 'modified', moved: 'moved', merged: 'merged', split: 'split', 'only-a': 'only A', 'only-b': 'only B',
    },
    summary: (s, pairs) => {
      const kinds = (['retitled', 'modified', 'moved', 'merged', 'split', 'unchanged'] as const).filter((k) => s[k] > 0).map((k) => `${s[k]} ${k === 'unchanged' ? 'same' : k}`);
      return `${plural(pairs, 'pair')}${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''} · ${s.removed} only in A · ${s.added} only in B`;
    },
    score: 'score',
    evidence: 'Shared phrases',
    noCounterpart: (id) => `No matching task in ${id}.`,
    targetChange: (metric, change, fields, direction) => `${metric}: ${change}${fields ? ` (${fields})` : ''}${direction ? `, ${direction}` : ''}`,
    targetChanges: 'Targets',
    targetKinds: { unchanged: 'unchanged', changed: 'changed', added: 'only in B', removed: 'only in A' },
    fields: { value: 'value', unit: 'unit', comparator: 'comparator', deadline: 'deadline' },
    direction: { 'more-ambitious': 'more ambitious', 'less-ambitious': 'less ambitious', mixed: 'mixed' },
    pickA: 'Compare which document as A (left)?',
    pickB: 'Compare which document as B (right)?',
    same: 'Pick two different documents.',
    noChanges: 'No changes.',
    changeOf: (k, n) => `change ${k} of ${n}`,
  },
  targets: {
    status: {
      achieved: 'achieved', 'on-track': 'on track', 'needs-acceleration': 'needs acceleration', 'limited-progress': 'limited progress',
      deteriorating: 'deteriorating', overdue: 'overdue', 'no-data': 'no data',
    },
    all: 'all',
    filters: (region, doc, theme) => `Region: ${region} · Document: ${doc} · Theme: ${theme}`,
    count: (shown, total) => `${shown} of ${plural(total, 'target')}`,
    none: 'No targets match these filters.',
    latest: (value, date) => `Latest: ${value} on ${date}`,
    noLatest: 'Latest: nothing recorded yet (press o to record an observation)',
    baseline: (value, date, source) => `Baseline: ${value} on ${date} (${source})`,
    baselineSource: { indicator: 'from the plan', recorded: 'recorded', 'first-observation': 'first observation', 'assumed-zero': 'assumed zero' },
    expected: (value) => `Expected by now: ${value}`,
    ratio: (value) => `Progress ratio: ${value}`,
    deadline: (date) => `Due ${date}`,
    pickRegion: 'Show targets of which region?',
    pickDocument: 'Show targets of which document?',
    pickTheme: 'Show targets of which theme?',
    store: (dir) => `Store: ${dir}`,
    storeProblems: (n) => `${plural(n, 'line')} of the store could not be read`,
    recordTitle: (metric) => `Record an observation: ${metric}`,
    value: 'Value',
    date: 'Date',
    source: 'Source',
    note: 'Note',
    recorded: (value, id) => `Recorded ${value} for ${id}.`,
    badValue: 'The value must be a number, such as 63000 or 6.3万.',
    badDate: 'The date must be YYYY-MM-DD.',
  },
  search: {
    prompt: 'Search',
    placeholder: 'type Chinese, pinyin (suanli) or initials (sl)',
    hint: 'Titles, bodies, targets and indicators of every document.',
    results: (n) => plural(n, 'result'),
    none: 'Nothing found.',
    kinds: { task: 'task', target: 'target', indicator: 'indicator' },
  },
};
