import type { Section, SectionRole } from '../model/types.js';
import type { FigureInput } from './extract-figures.js';

/** The task or section a figure belongs to, and the headings over it. */
export interface Owner {
  taskId: string | null;
  sectionId: string | null;
  role: SectionRole;
  /** The enclosing section titles, for as-of dates such as “十四五”时期. */
  path: string[];
  /** The task's title, when a task holds the figure. */
  taskTitle: string | null;
}

interface Spanned {
  position: { start: { offset: number }; end: { offset: number } };
}

/** What `ownerAt` looks things up in, built once per plan. */
interface OwnerIndex {
  sectionById: Map<string, Section>;
}

const ownerIndexes = new WeakMap<FigureInput, OwnerIndex>();

/** The last item (in document order) starting at or before `offset`, by binary search; -1 when none. */
function lastStartingBy(items: readonly Spanned[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.position.start.offset ?? Infinity) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function pathOf(sectionById: ReadonlyMap<string, Section>, id: string | null): Section[] {
  const path: Section[] = [];
  for (let s = id ? sectionById.get(id) : undefined; s; s = s.parentId ? sectionById.get(s.parentId) : undefined) path.unshift(s);
  return path;
}

function inside(p: { start: { offset: number }; end: { offset: number } }, offset: number): boolean {
  return p.start.offset <= offset && offset < p.end.offset;
}

/** The item holding `offset`: the last one starting by it, when it has not ended. */
function holding<T extends Spanned>(items: readonly T[], offset: number): T | undefined {
  const item = items[lastStartingBy(items, offset)];
  return item && inside(item.position, offset) ? item : undefined;
}

// Note: tasks, goals and sections come in document order and do not overlap (sections nest), so the item that holds an
// offset is found by binary search; scanning them all for every figure made a plan of 37,000 tasks take minutes.
export function ownerAt(input: FigureInput, offset: number): Owner {
  let index = ownerIndexes.get(input);
  if (!index) {
    index = { sectionById: new Map(input.sections.map((s) => [s.id, s])) };
    ownerIndexes.set(input, index);
  }
  // Note: the helpers are functions of the module, not closures made for each of the many figures looked up.
  const { sectionById } = index;
  const task = holding(input.tasks, offset);
  if (task) {
    const path = pathOf(sectionById, task.sectionId);
    return { taskId: task.id, sectionId: task.sectionId, role: path.at(-1)?.role ?? 'tasks', path: path.map((s) => s.title), taskTitle: task.title };
  }
  const goal = holding(input.goals, offset);
  // The innermost section holding the offset: the last one starting before it, or the nearest of its ancestors that holds it.
  const last: Section | undefined = input.sections[lastStartingBy(input.sections, offset)];
  let section = last;
  while (section && !inside(section.position, offset)) section = section.parentId ? sectionById.get(section.parentId) : undefined;
  // Note: a heading glued to its body on one line (专栏8　环境治理保护重点工程（一）…) may span its title only;
  // the body after it on the same line is still its own.
  if (last && last !== section && last.position.end.line === input.locator.positionOf(offset, offset).start.line) section = last;
  const path = pathOf(sectionById, section?.id ?? null);
  return { taskId: null, sectionId: goal?.sectionId ?? section?.id ?? null, role: goal ? 'goals' : (section?.role ?? 'context'), path: path.map((s) => s.title), taskTitle: null };
}

