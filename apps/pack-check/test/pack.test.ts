import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs @plankb/core and @plankb/cli (and any workspace package they depend
// on) as `pnpm publish` would, installs the tarballs into a fresh project
// outside the workspace with one `npm install`, and uses them there from ESM,
// CommonJS, TypeScript and the shell.

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/consumer/', import.meta.url));
const corePackage = JSON.parse(readFileSync(join(repoRoot, 'packages/core/package.json'), 'utf8')) as { version: string };
const cliPackage = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string };

/** The environment for the commands: no pnpm settings leaking into npm, no corpus override, a parse cache of their own. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key) && !key.startsWith('PLANKB_')) env[key] = value;
  }
  return { ...env, LANG: 'C.UTF-8', NO_COLOR: '1', PLANKB_CACHE_DIR: join(work, 'plankb-cache') };
}

/**
 * Run a command and return its stdout; on failure, throw with everything it printed.
 *
 * @param command The program.
 * @param args Its arguments.
 * @param cwd Where to run it.
 * @returns What it wrote to stdout.
 */
function sh(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${result.status ?? result.signal})\n` +
        `--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}\n${result.error?.message ?? ''}`,
    );
  }
  return result.stdout;
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

/** The workspace's packages (packages/*, apps/*), by name. */
function workspacePackages(): Map<string, { dir: string; manifest: Manifest }> {
  const found = new Map<string, { dir: string; manifest: Manifest }>();
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(repoRoot, group))) {
      const file = join(repoRoot, group, name, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      found.set(manifest.name, { dir: join(repoRoot, group, name), manifest });
    }
  }
  return found;
}

/**
 * The packages to pack: @plankb/core, @plankb/cli and every workspace package
 * they depend on, since a `workspace:` dependency becomes a registry version
 * range in the tarball and must be installed from its own tarball here.
 */
function packagesToPack(): Array<{ name: string; dir: string }> {
  const all = workspacePackages();
  const wanted = ['@plankb/core', '@plankb/cli'];
  for (let i = 0; i < wanted.length; i++) {
    const entry = all.get(wanted[i]!);
    if (!entry) throw new Error(`no workspace package named ${wanted[i]}`);
    for (const [dep, spec] of Object.entries(entry.manifest.dependencies ?? {})) {
      if (spec.startsWith('workspace:') && !wanted.includes(dep)) wanted.push(dep);
    }
  }
  return wanted.map((name) => ({ name, dir: all.get(name)!.dir }));
}

/** The one .tgz `pnpm pack` wrote to a folder. */
function tarballIn(dir: string): string {
  const [name] = readdirSync(dir).filter((file) => file.endsWith('.tgz'));
  if (name === undefined) throw new Error(`no tarball in ${dir}`);
  return join(dir, name);
}

let work = '';
let project = '';

beforeAll(() => {
  const packages = packagesToPack();
  for (const { dir } of packages) {
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${join(dir, 'dist')} is missing: run \`pnpm build\` first (turbo does, for \`pnpm test\`).`);
  }
  // Note: the real path, since Node reports module paths with symlinks resolved (macOS's /tmp).
  work = realpathSync(mkdtempSync(join(tmpdir(), 'plankb-pack-')));
  project = join(work, 'project');

  // Note: core's prepack copies the root seeds/ into packages/core/seeds and
  // postpack removes it. Packing in place would put that copy in front of the
  // tests running beside this one (defaultCorpusDir() would find it first, and
  // it vanishes mid-read), so core is packed from a copy laid out like the
  // repository: <stage>/seeds and <stage>/packages/core.
  const stage = join(work, 'stage');
  cpSync(join(repoRoot, 'seeds'), join(stage, 'seeds'), { recursive: true });
  cpSync(join(repoRoot, 'packages/core'), join(stage, 'packages/core'), {
    recursive: true,
    filter: (path) => !path.split(sep).some((part) => part === 'node_modules' || part === '.turbo'),
  });
  const tarballs = packages.map(({ name, dir }, i) => {
    const out = join(work, 'tarballs', String(i));
    // The others have no prepack; pnpm pack turns their `workspace:^` dependencies into `^<version>`.
    sh('pnpm', ['pack', '--pack-destination', out], name === '@plankb/core' ? join(stage, 'packages/core') : dir);
    return tarballIn(out);
  });

  mkdirSync(project);
  cpSync(fixtures, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'plankb-consumer', private: true, type: 'module' }, null, 2)}\n`);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'typescript@5.9.3'], project);
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed packages, installed outside the workspace', () => {
  it('should ship the seeds, schema, types and licence in @plankb/core, and no sources', () => {
    const installed = join(project, 'node_modules/@plankb/core');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'dist', 'package.json', 'schema', 'seeds']);
    expect(readdirSync(join(installed, 'seeds'))).toContain('manifest.json');
    // Note: the entry points (the SDK's subpaths and the converter process), with their types, and the chunks they
    // share or load on demand (the converters) and the declarations they share; no sources.
    const dist = readdirSync(join(installed, 'dist')).sort();
    const entries = ['index', 'corpus', 'track', 'export', 'search', 'align', 'convert-main'];
    expect(dist).toEqual(expect.arrayContaining(entries.flatMap((entry) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `${entry}.${ext}`))));
    const entryFile = new RegExp(`^(?:${entries.join('|')})\\.(?:c?js|d\\.c?ts)(?:\\.map)?$`);
    expect(dist.filter((file) => !entryFile.test(file) && !/^[\w-]+-[\w-]{8}\.(?:c?js|d\.c?ts)(?:\.map)?$/.test(file))).toEqual([]);
  });

  it('should load the bundled seeds from ESM: qingdao-2025 has 23 tasks', () => {
    const out = JSON.parse(sh('node', ['esm.mjs'], project)) as { dir: string; documents: number; tasks: number };
    expect(out).toEqual({ dir: join(project, 'node_modules/@plankb/core/seeds'), documents: 6, tasks: 23 });
  });

  it('should load the bundled seeds from CommonJS and resolve @plankb/core/schema.json', () => {
    const [json = '', schemaPath = ''] = sh('node', ['cjs.cjs'], project).trim().split('\n');
    expect(JSON.parse(json)).toEqual({ dir: join(project, 'node_modules/@plankb/core/seeds'), documents: 6, tasks: 23 });
    expect(schemaPath).toBe(join(project, 'node_modules/@plankb/core/schema/plan-document.schema.json'));
    expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toMatchObject({ title: 'PlanDocument' });
  });

  it('should type-check a TypeScript consumer against both the ESM and the CommonJS types', () => {
    // consumer.ts and consumer.cts use PlanDocument, Task and PlanIssue, and
    // each has a @ts-expect-error line that only compiles if the types are real.
    expect(sh(join(project, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], project)).toBe('');
  }, 120_000);

  it('should run the plankb bin: docs --format json lists the 6 bundled documents', () => {
    const documents = JSON.parse(sh('npx', ['--no', '--', 'plankb', 'docs', '--format', 'json'], project)) as Array<{ id: string }>;
    expect(documents.map((d) => d.id)).toEqual(['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030']);
  });

  it('should run plankb bundled, with its pieces outside the bundle found: help in Chinese, GB18030, XLSX, the terminal app', () => {
    // Note: the bin is one bundle; yargs' translations, iconv-lite (found from @plankb/core), the XLSX chunk and @plankb/tui are not in it.
    const help = spawnSync('npx', ['--no', '--', 'plankb', '--help'], { cwd: project, env: { ...cleanEnv(), LANG: 'zh_CN.UTF-8' }, encoding: 'utf8' });
    expect(help.stdout).toContain('选项：');
    // 2026年某某区数据工作要点 / 一、重点任务 / （一）推进共享。建设平台。 in GB18030
    const gb18030 = '32303236c4eac4b3c4b3c7f8cafdbeddb9a4d7f7d2aab5e30a0ad2bba1a2d6d8b5e3c8cecef10aa3a8d2bba3a9cdc6bdf8b9b2cfeda1a3bda8c9e8c6bdcca8a1a30a';
    writeFileSync(join(project, 'gbk.txt'), Buffer.from(gb18030, 'hex'));
    const parsed = JSON.parse(sh('npx', ['--no', '--', 'plankb', 'parse', 'gbk.txt', '--format', 'json'], project)) as { documents: Array<{ title: string }> };
    expect(parsed.documents[0]?.title).toBe('2026年某某区数据工作要点');
    sh('npx', ['--no', '--', 'plankb', 'targets', '--doc', 'qingdao-2025', '--format', 'xlsx', '--output', 'targets.xlsx'], project);
    expect(readFileSync(join(project, 'targets.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const tui = spawnSync('npx', ['--no', '--', 'plankb', 'tui'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    expect(tui.stderr).toContain('stdin is not a terminal');
    expect(tui.status).toBe(2);
  });

  it('should share the parse cache between the plankb bundle and @plankb/core', () => {
    // Note: both builds key the cache with a fingerprint of the same core sources. A cache of its own, filled by the bin only.
    const env = { ...cleanEnv(), PLANKB_CACHE_DIR: join(work, 'shared-cache') };
    expect(spawnSync('npx', ['--no', '--', 'plankb', 'docs'], { cwd: project, env }).status).toBe(0);
    const script = "import { loadCorpus } from '@plankb/core/corpus'; console.log(JSON.stringify(loadCorpus().cache));";
    const load = spawnSync('node', ['--input-type=module', '-e', script], { cwd: project, env, encoding: 'utf8' });
    expect(JSON.parse(load.stdout)).toMatchObject({ hits: 5, misses: 0 });
  });

  it('should print the versions of the packages that were packed', () => {
    expect(sh('npx', ['--no', '--', 'plankb', '--version'], project)).toBe(`${cliPackage.version}\n`);
    const installedCore = JSON.parse(readFileSync(join(project, 'node_modules/@plankb/core/package.json'), 'utf8')) as { version: string };
    expect(installedCore.version).toBe(corePackage.version);
  });
});
