// What the bench scripts share: timing a step in wall and CPU time, and grouping plans by the region above them
// (the cascade's lower plans of a plan are found in its region's group, not by scanning the whole corpus).
import type { PlanDocument } from '../packages/core/dist/index.js';

/** Wall and CPU time of a function, in milliseconds. */
export function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** The plans of a corpus by their parent region. */
export function plansByParent<T extends Pick<PlanDocument, 'parentRegion'>>(documents: readonly T[]): Map<string, T[]> {
  const byParent = new Map<string, T[]>();
  for (const d of documents) {
    if (d.parentRegion === null) continue;
    const group = byParent.get(d.parentRegion);
    if (group) group.push(d);
    else byParent.set(d.parentRegion, [d]);
  }
  return byParent;
}
