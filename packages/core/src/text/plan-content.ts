import type { Section, Task } from '../model/types.js';
import type { Locator } from './locator.js';
import type { SourceLine } from './source-lines.js';

/** A plan's content as the readers that run after the outline see it: its lines and what the outline made of them. */
export interface PlanContent {
  docId: string;
  lines: readonly SourceLine[];
  locator: Locator;
  /** The plan's content lines, `[from, to)`. */
  from: number;
  to: number;
  tasks: readonly Task[];
  sections: readonly Section[];
}
