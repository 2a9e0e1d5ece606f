#!/usr/bin/env node
// `pnpm lint:imports`: the import graph's checks. dependency-cruiser reads the
// graph of the packages' and apps' sources and checks the rules in
// .dependency-cruiser.cjs (file cycles, which package may import which); this
// script adds the checks it cannot express: cycles between folders and private
// modules imported from outside their folder, each against a list of known
// exceptions with the reason they stay for now. It prints every folder cycle
// with the imports that make it, and fails on a new one or a new private
// import; an exception that no longer exists is reported, to be removed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCycles, folderCycles, folderEdges, privateImports } from './import-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = ['packages/core/src', 'packages/cli/src', 'packages/tui/src', 'packages/terminal-text/src', 'apps/lead-units/src'];

/** Cycles between folders that are known and stay until they are broken, each with its reason. */
const allowedCycles = [];

/** Private modules imported from outside their folder, known and staying until moved, each with its reason. */
const allowedPrivateImports = [];

const cruise = spawnSync(join(root, 'node_modules', '.bin', 'depcruise'), [...sources, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (cruise.error || cruise.stdout.trim() === '') {
  console.error(`dependency-cruiser failed (exit ${cruise.status}):\n${cruise.stderr}${cruise.error?.message ?? ''}`);
  process.exit(2);
}
const result = JSON.parse(cruise.stdout);
let failed = false;

// dependency-cruiser's own rules.
for (const violation of result.summary.violations) {
  if (violation.rule.severity !== 'error') continue;
  failed = true;
  const path = violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name ?? step)].join(' → ') : `${violation.from} → ${violation.to}`;
  console.error(`error ${violation.rule.name}: ${path}`);
}

// Folder cycles, each with the imports that make it.
const edges = folderEdges(result.modules);
const cycles = folderCycles(edges);
const { unexpected, stale } = compareCycles(cycles, allowedCycles);
for (const cycle of cycles) {
  const isNew = unexpected.includes(cycle);
  if (isNew) failed = true;
  console.log(`${isNew ? 'error new folder cycle' : 'allowed folder cycle'}: ${cycle.join(' ↔ ')}`);
  if (!isNew) console.log(`  why allowed: ${allowedCycles.find((a) => [...a.folders].sort().join() === cycle.join())?.reason}`);
  for (const from of cycle) {
    for (const [to, list] of edges.get(from) ?? []) {
      if (!cycle.includes(to)) continue;
      for (const edge of list) console.log(`  ${edge.from} → ${edge.to}${edge.typeOnly ? ' (type only)' : ''}`);
    }
  }
}
// Note: a stale exception is only reported: the work that breaks a cycle may
// land before anyone edits this list, and that must not turn CI red.
for (const gone of stale) {
  console.error(`note: the allowed folder cycle ${gone.folders.join(' ↔ ')} no longer exists; remove it from allowedCycles in scripts/check-imports.mjs`);
}

// Private modules.
const privates = privateImports(result.modules);
const known = (p) => allowedPrivateImports.some((a) => a.from === p.from && a.to === p.to);
for (const p of privates) {
  if (known(p)) {
    console.log(`allowed private import: ${p.from} → ${p.to}`);
    continue;
  }
  failed = true;
  console.error(`error private import: ${p.from} → ${p.to} (a _ module serves its own folder only; move what others need to a shared module)`);
}
for (const gone of allowedPrivateImports.filter((a) => !privates.some((p) => p.from === a.from && p.to === a.to))) {
  console.error(`note: the allowed private import ${gone.from} → ${gone.to} no longer exists; remove it from allowedPrivateImports in scripts/check-imports.mjs`);
}

console.log(
  `${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports; ${cycles.length} folder cycles (${unexpected.length} new), ${privates.length} private imports from outside (${privates.filter((p) => !known(p)).length} new)`,
);
process.exit(failed ? 1 : 0);
