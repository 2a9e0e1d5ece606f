// The import graph's rules for dependency-cruiser. `pnpm lint:imports`
// (scripts/check-imports.mjs, which `pnpm lint` and `pnpm test` run, and so CI)
// checks them, and checks cycles between folders from the same graph.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment:
        'A module imports a module that imports it back (directly or through others). Cycles closed only by type imports are left to the folder check: they cost nothing at run time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'packages-not-on-apps',
      comment: 'Packages never depend on apps (apps are built on the packages).',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-not-on-cli-or-tui',
      comment: '@plankb/core is the bottom layer: it imports neither the CLI nor the terminal app.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(cli|tui)/' },
    },
    {
      name: 'tui-not-on-cli',
      comment: 'The CLI opens the terminal app, not the other way round.',
      severity: 'error',
      from: { path: '^packages/tui/' },
      to: { path: '^packages/cli/' },
    },
    {
      name: 'terminal-text-below-cli-and-tui',
      comment: 'terminal-text is what the CLI and the app share about terminal text: it imports neither, nor core.',
      severity: 'error',
      from: { path: '^packages/terminal-text/' },
      to: { path: '^packages/(cli|tui|core)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|dist-old|test/realfiles|test/realdocs|test/fixtures|test/golden)/' },
    // Note: the workspace packages resolve to their src/ through the custom
    // export condition, as in vitest and tsc, so an import of @plankb/core from
    // the CLI is an edge to packages/core/src/index.ts.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@plankb/source', 'import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
