// Checks on a module graph (dependency-cruiser's): import cycles between
// folders, and private modules imported from outside their folder.
//
// Note: dependency-cruiser finds cycles between files and can flag folder
// cycles, but it cannot allow one known cycle between two given folders
// without also hiding any other cycle through them. So the folder graph is
// built here from its module graph and split into strongly connected
// components: each component of two or more folders is one cycle, compared
// with the allowed ones as a whole (a third folder joining a known cycle makes
// a new one).

/**
 * The folder of a module path (`packages/core/src/parse/x.ts` → `packages/core/src/parse`).
 *
 * @param {string} path A module path with forward slashes.
 * @returns {string} Its folder.
 */
export function folderOf(path) {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

/**
 * The import edges between folders, each with the module edges behind it.
 * Edges into a subfolder of the importing folder or out of node_modules are
 * left out: a folder holding its own subfolders is not a cycle.
 *
 * @param {Array<{source: string, dependencies: Array<{resolved: string, dependencyTypes?: string[]}>}>} modules
 *   dependency-cruiser's `modules`.
 * @returns {Map<string, Map<string, Array<{from: string, to: string, typeOnly: boolean}>>>} from folder → to folder → module edges.
 */
export function folderEdges(modules) {
  /** @type {Map<string, Map<string, Array<{from: string, to: string, typeOnly: boolean}>>>} */
  const edges = new Map();
  for (const module of modules) {
    const from = folderOf(module.source);
    for (const dependency of module.dependencies) {
      const target = dependency.resolved;
      if (target.includes('node_modules/') || !/\.[cm]?[jt]sx?$/.test(target)) continue;
      const to = folderOf(target);
      if (to === from || to.startsWith(`${from}/`) || from.startsWith(`${to}/`)) continue;
      const typeOnly = (dependency.dependencyTypes ?? []).includes('type-only');
      let row = edges.get(from);
      if (!row) edges.set(from, (row = new Map()));
      const list = row.get(to) ?? [];
      list.push({ from: module.source, to: target, typeOnly });
      row.set(to, list);
    }
  }
  return edges;
}

/**
 * The cycles of a folder graph: its strongly connected components of two or
 * more folders (Tarjan's algorithm), each sorted, in sorted order.
 *
 * @param {Map<string, Map<string, unknown>>} edges from folder → to folder → anything.
 * @returns {string[][]} The cycles.
 */
export function folderCycles(edges) {
  const nodes = new Set(edges.keys());
  for (const row of edges.values()) for (const to of row.keys()) nodes.add(to);
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  // Note: iterative, so a deep graph cannot overflow the call stack.
  for (const root of [...nodes].sort()) {
    if (index.has(root)) continue;
    const work = [{ node: root, targets: [...(edges.get(root)?.keys() ?? [])], i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.targets.length) {
        const to = frame.targets[frame.i++];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, targets: [...(edges.get(to)?.keys() ?? [])], i: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a.join().localeCompare(b.join()));
}

/**
 * Compare the cycles found with the allowed ones (each a set of folders).
 *
 * @param {string[][]} found The cycles, as folderCycles returns them.
 * @param {Array<{folders: string[], reason: string}>} allowed The known cycles and why they stay for now.
 * @returns {{unexpected: string[][], stale: Array<{folders: string[], reason: string}>}}
 *   Cycles that are not allowed, and allowed ones that no longer exist (to be removed from the list).
 */
export function compareCycles(found, allowed) {
  const key = (folders) => [...folders].sort().join('\n');
  const allowedKeys = new Set(allowed.map((a) => key(a.folders)));
  const foundKeys = new Set(found.map(key));
  return {
    unexpected: found.filter((cycle) => !allowedKeys.has(key(cycle))),
    stale: allowed.filter((a) => !foundKeys.has(key(a.folders))),
  };
}

/**
 * The folder a private module belongs to: the folder holding its first `_`
 * segment (`src/corpus/_x.ts` → `src/corpus`, `src/_utils/y.ts` → `src`), or
 * undefined when the path has none.
 *
 * @param {string} path A module path.
 * @returns {string | undefined} The owning folder.
 */
export function privateOwner(path) {
  const match = /(^|\/)_[^/]+/.exec(path);
  if (!match) return undefined;
  return match.index === 0 ? '.' : path.slice(0, match.index);
}

/**
 * Imports of a private module (a file or folder named `_x`) from outside the
 * folder it belongs to. Its folder's subfolders count as inside: the private
 * module serves that folder's whole subtree, as `_utils/` at a package's
 * `src/` serves the package.
 *
 * @param {Array<{source: string, dependencies: Array<{resolved: string}>}>} modules dependency-cruiser's `modules`.
 * @returns {Array<{from: string, to: string}>} The offending imports.
 */
export function privateImports(modules) {
  const found = [];
  for (const module of modules) {
    for (const { resolved } of module.dependencies) {
      if (resolved.includes('node_modules/')) continue;
      const owner = privateOwner(resolved);
      if (owner === undefined || owner === '.') continue;
      if (!module.source.startsWith(`${owner}/`)) found.push({ from: module.source, to: resolved });
    }
  }
  return found;
}
