// Tests for the import-graph checks (node:test; `pnpm lint:imports` runs them first).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareCycles, folderCycles, folderEdges, folderOf, privateImports, privateOwner } from './import-graph.mjs';

/** A dependency-cruiser-like module list from `from -> to` pairs (`to!` marks a type-only import). */
function modules(pairs) {
  const bySource = new Map();
  for (const pair of pairs) {
    const [from, rawTo] = pair.split(' -> ');
    const typeOnly = rawTo.endsWith('!');
    const to = typeOnly ? rawTo.slice(0, -1) : rawTo;
    if (!bySource.has(from)) bySource.set(from, { source: from, dependencies: [] });
    bySource.get(from).dependencies.push({ resolved: to, dependencyTypes: typeOnly ? ['type-only'] : ['local'] });
  }
  return [...bySource.values()];
}

describe('folderCycles', () => {
  it('should find a cycle between two folders that no single file closes', () => {
    const edges = folderEdges(modules(['src/a/one.ts -> src/b/two.ts', 'src/b/three.ts -> src/a/four.ts']));
    assert.deepEqual(folderCycles(edges), [['src/a', 'src/b']]);
  });

  it('should find a cycle through three folders as one, and count type-only imports', () => {
    const edges = folderEdges(modules(['src/a/x.ts -> src/b/x.ts', 'src/b/x.ts -> src/c/x.ts!', 'src/c/x.ts -> src/a/x.ts', 'src/c/x.ts -> src/d/x.ts']));
    assert.deepEqual(folderCycles(edges), [['src/a', 'src/b', 'src/c']]);
    assert.equal(edges.get('src/b').get('src/c')[0].typeOnly, true);
  });

  it('should see no cycle in a layered graph, between a folder and its subfolders, or into node_modules', () => {
    const edges = folderEdges(
      modules([
        'src/cli/x.ts -> src/core/y.ts',
        'src/core/y.ts -> src/core/z.ts',
        'src/core/index.ts -> src/core/sub/a.ts',
        'src/core/sub/a.ts -> src/core/index.ts',
        'src/core/y.ts -> node_modules/zod/index.js',
        'node_modules/zod/index.js -> src/core/y.ts',
      ]),
    );
    assert.deepEqual(folderCycles(edges), []);
  });

  it('should keep two separate cycles apart', () => {
    const edges = folderEdges(modules(['p/a/x.ts -> p/b/x.ts', 'p/b/x.ts -> p/a/x.ts', 'p/c/x.ts -> p/d/x.ts', 'p/d/x.ts -> p/c/x.ts', 'p/b/x.ts -> p/c/x.ts']));
    assert.deepEqual(folderCycles(edges), [['p/a', 'p/b'], ['p/c', 'p/d']]);
  });
});

describe('compareCycles', () => {
  it('should allow a known cycle, flag a new one and one a third folder joined, and report a stale exception', () => {
    const allowed = [
      { folders: ['s/parse', 's/targets'], reason: 'known' },
      { folders: ['s/x', 's/y'], reason: 'gone' },
    ];
    const { unexpected, stale } = compareCycles([['s/parse', 's/targets'], ['s/align', 's/diff'], ['s/a', 's/b', 's/c']], allowed);
    assert.deepEqual(unexpected, [['s/align', 's/diff'], ['s/a', 's/b', 's/c']]);
    assert.deepEqual(stale.map((s) => s.reason), ['gone']);
    assert.deepEqual(compareCycles([['s/align', 's/parse', 's/targets']], allowed).unexpected, [['s/align', 's/parse', 's/targets']]);
  });
});

describe('private modules', () => {
  it('should name the folder a private file or folder belongs to', () => {
    assert.equal(privateOwner('packages/core/src/corpus/_x.ts'), 'packages/core/src/corpus');
    assert.equal(privateOwner('packages/core/src/_utils/similarity.ts'), 'packages/core/src');
    assert.equal(privateOwner('packages/core/src/corpus/load.ts'), undefined);
    assert.equal(folderOf('a/b/c.ts'), 'a/b');
  });

  it('should allow imports from the same folder and its subfolders, and flag the others', () => {
    const found = privateImports(
      modules([
        'src/corpus/add.ts -> src/corpus/_lock.ts',
        'src/commands/track/list.ts -> src/commands/_shared.ts',
        'src/corpus/find.ts -> src/_utils/similarity.ts',
        'src/track/store.ts -> src/corpus/_lock.ts',
        'src/output/diff.ts -> src/commands/_figures.ts',
        'src/commands/export.ts -> src/commands/track/_shared.ts',
        'src/x.ts -> node_modules/pkg/_internal.js',
      ]),
    );
    assert.deepEqual(found, [
      { from: 'src/track/store.ts', to: 'src/corpus/_lock.ts' },
      { from: 'src/output/diff.ts', to: 'src/commands/_figures.ts' },
      { from: 'src/commands/export.ts', to: 'src/commands/track/_shared.ts' },
    ]);
  });
});
