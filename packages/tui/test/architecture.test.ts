import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's repository section: dependencies run one way, from apps to packages.

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function workspace(group: 'packages' | 'apps'): Manifest[] {
  return readdirSync(join(repoRoot, group))
    .map((name) => join(repoRoot, group, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Manifest);
}

describe('the workspace layout', () => {
  it('should have no package depend on an app', () => {
    const apps = new Set(workspace('apps').map((m) => m.name));
    const edges = workspace('packages').flatMap((m) =>
      [m.dependencies, m.devDependencies, m.peerDependencies, m.optionalDependencies].flatMap((deps) => Object.keys(deps ?? {}).filter((d) => apps.has(d)).map((d) => `${m.name} → ${d}`)),
    );
    expect(edges).toEqual([]);
  });

  it('should keep the terminal app a package that the CLI depends on', () => {
    expect(workspace('packages').map((m) => m.name)).toContain('@plankb/tui');
    expect(workspace('packages').find((m) => m.name === '@plankb/cli')?.dependencies).toHaveProperty('@plankb/tui');
  });
});
