// @plankb/core/align: relating plans to each other. Aligning two plans task by task; on top of the alignment, what
// changed between two versions (diff) and how lower plans take up an upper one (cascade); and the theme taxonomy
// by which plans are compared. Diff and cascade are here, not in entries of their own, because both are built on
// alignPlans and their results hold its links.

export type { AlignOptions, Alignment, TaskLink } from './align/align-plans.js';
export type { ClauseMatch } from './align/clauses.js';
export type { LinkSignal } from './align/signals.js';
export { alignPlans, DEFAULT_THRESHOLD } from './align/align-plans.js';
export { sharedPhrases } from './align/evidence.js';
export type { ChangeKind, DiffPair, PlanDiff, TaskRef } from './diff/diff-plans.js';
export { diffPlans } from './diff/diff-plans.js';
export type { DiffSegment } from './diff/text-diff.js';
export { diffText } from './diff/text-diff.js';
export type { TargetChange } from './diff/target-changes.js';
export type { Cascade, CascadeCell } from './cascade/cascade.js';
export { cascadePlan, lowerPlans } from './cascade/cascade.js';
export type { CascadeTarget, TargetRelation } from './cascade/cascade-targets.js';
export { relateTargets } from './cascade/cascade-targets.js';
export type { Theme } from './themes/taxonomy.js';
export { THEMES } from './themes/taxonomy.js';
export type { ThemeRow } from './themes/tag-tasks.js';
export { findTheme, targetThemes, themeMatrix, themesOf } from './themes/tag-tasks.js';
