import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The environment for the commands: no pnpm settings leaking into npm, no corpus override, a parse cache of their
 * own, and no NODE_PATH (pnpm's bin shims set it to the workspace's packages, where require() would find what the
 * fresh project does not have).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key) && !key.startsWith('PLANKB_') && key !== 'NODE_PATH') env[key] = value;
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
/** A fresh project with @plankb/core alone installed, as an app that only uses the SDK has it. */
let coreOnly = '';

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

  coreOnly = join(work, 'core-only');
  mkdirSync(coreOnly);
  writeFileSync(join(coreOnly, 'package.json'), `${JSON.stringify({ name: 'plankb-sdk-only', private: true, type: 'module' }, null, 2)}\n`);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballs[packages.findIndex(({ name }) => name === '@plankb/core')]!], coreOnly);
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

/** One text of a plan, parsed by the checks below that need a document of their own. */
const PLAN = '2026年某某区数据工作要点\\n\\n一、重点任务\\n（一）推进数据共享。建设共享平台。\\n（二）夯实算力基础。建设算力中心。\\n';

/**
 * Each entry point of @plankb/core, an expression that runs one of its functions (`m` is the entry, `root` the
 * root entry), and what the expression gives. The same expressions run from ESM and from CommonJS.
 */
const SUBPATH_CHECKS: Array<{ subpath: string; run: string; expected: unknown }> = [
  { subpath: '@plankb/core', run: `m.parseDocument('${PLAN}', { file: 'plan.txt' }).documents[0].tasks.map((t) => t.title)`, expected: ['推进数据共享', '夯实算力基础'] },
  {
    subpath: '@plankb/core/corpus',
    // Note: the error is thrown by /corpus and checked against the root's class: one PlanError across entries.
    run: "[m.loadCorpus().documents.length, (() => { try { m.findDocument([], 'nope'); } catch (e) { return e instanceof root.PlanError && e.code; } })()]",
    expected: [6, 'unknown-id'],
  },
  { subpath: '@plankb/core/track', run: "m.parseCsv('target_id,value\\nqingdao-2025:tg1,5\\n')", expected: [['target_id', 'value'], ['qingdao-2025:tg1', '5']] },
  { subpath: '@plankb/core/export', run: "m.toCsv([{ a: 1 }], [{ name: 'a', type: 'int', description: '', get: (r) => r.a }])", expected: '\ufeffa\n1\n' },
  {
    subpath: '@plankb/core/search',
    // Note: a pinyin query, so that pinyin-pro is loaded from the installed package.
    run: `m.buildSearchIndex(root.parseDocument('${PLAN}', { file: 'plan.txt' }).documents).search('suanli').map((h) => h.item.title)`,
    expected: ['夯实算力基础'],
  },
  {
    subpath: '@plankb/core/align',
    run: "m.diffText('推进共享', '推进数据共享')",
    expected: [
      { op: 'equal', text: '推进' },
      { op: 'insert', text: '数据' },
      { op: 'equal', text: '共享' },
    ],
  },
];

/**
 * A script that loads a subpath and prints what its check gives, as JSON.
 *
 * @param check The subpath and its expression.
 * @param system `esm` (import) or `cjs` (require).
 * @returns The script's text.
 */
function checkScript(check: (typeof SUBPATH_CHECKS)[number], system: 'esm' | 'cjs'): string {
  const load =
    system === 'esm'
      ? `import * as m from '${check.subpath}';\nimport * as root from '@plankb/core';\n`
      : `const m = require('${check.subpath}');\nconst root = require('@plankb/core');\n`;
  return `${load}console.log(JSON.stringify(${check.run}));\n`;
}

/** The installed packages of a project (npm's lock file lists each copy once) and the size of its node_modules. */
function footprint(dir: string): { packages: number; megabytes: number } {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  const kilobytes = Number(sh('du', ['-sk', 'node_modules'], dir).split('\t')[0]);
  return { packages: Object.keys(lock.packages).filter((key) => key !== '').length, megabytes: Math.round(kilobytes / 1024) };
}

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
    // Note: the JSON Schemas of the CLI's JSON outputs, exported as ./schema/*.json.
    for (const [file, title] of [['plan-diff', 'PlanDiff'], ['cascade', 'Cascade'], ['attainment', 'Attainment'], ['search-result', 'SearchResult'], ['alignment', 'Alignment']]) {
      const path = sh('node', ['-p', `require.resolve('@plankb/core/schema/${file}.schema.json')`], project).trim();
      expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ title });
    }
  });

  it.each(SUBPATH_CHECKS)('should import $subpath from ESM and require it from CommonJS, and run one of its functions', (check) => {
    const name = check.subpath.replace('@plankb/', '').replace(/\W+/g, '-');
    writeFileSync(join(project, `${name}.mjs`), checkScript(check, 'esm'));
    writeFileSync(join(project, `${name}.cjs`), checkScript(check, 'cjs'));
    expect(JSON.parse(sh('node', [`${name}.mjs`], project))).toEqual(check.expected);
    expect(JSON.parse(sh('node', [`${name}.cjs`], project))).toEqual(check.expected);
  });

  it('should resolve every subpath to its types under moduleResolution node16 (ESM and CommonJS) and bundler', () => {
    // Note: subpaths.ts and subpaths.cts use a function and a named type of each entry, and @ts-expect-error lines that
    // only compile if the types are real (not `any`).
    const tsc = join(project, 'node_modules/.bin/tsc');
    expect(sh(tsc, ['--noEmit', '-p', 'tsconfig.node16.json'], project)).toBe('');
    expect(sh(tsc, ['--noEmit', '-p', 'tsconfig.bundler.json'], project)).toBe('');
  }, 120_000);

  it('should install @plankb/core alone without the Excel and Parquet writers, and say what to install when one is used', () => {
    // Note: exceljs and hyparquet-writer are optional peer dependencies; archiver, fast-csv and unzipper come only with exceljs.
    const installed = readdirSync(join(coreOnly, 'node_modules'));
    expect(installed.filter((name) => ['exceljs', 'hyparquet-writer', 'archiver', 'fast-csv', 'unzipper'].includes(name))).toEqual([]);
    const script = [
      "import { toCsv, toParquet, toXlsx } from '@plankb/core/export';",
      "const columns = [{ name: 'a', type: 'int', description: '', get: (r) => r.a }];",
      'const codes = [toCsv([{ a: 1 }], columns).length];',
      "try { await toXlsx([{ a: 1 }], columns, 'a'); } catch (e) { codes.push(e.code, e.message.includes('npm install exceljs')); }",
      "try { toParquet([{ a: 1 }], columns); } catch (e) { codes.push(e.code, e.message.includes('npm install hyparquet-writer')); }",
      'console.log(JSON.stringify(codes));',
    ].join('\n');
    writeFileSync(join(coreOnly, 'writers.mjs'), script);
    expect(JSON.parse(sh('node', ['writers.mjs'], coreOnly))).toEqual([5, 'missing-dependency', true, 'missing-dependency', true]);
    // Note: the figures for docs/sdk.md and the README; before the writers became optional: 313 packages, 345 MB.
    const { packages, megabytes } = footprint(coreOnly);
    console.log(`@plankb/core installed alone: ${packages} packages, ${megabytes} MB in node_modules`);
    // Note: exceljs alone brings about 180 packages (313 with it, 134 without when measured).
    expect(packages).toBeLessThan(200);
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

  // Note: `script` (util-linux) gives the app the terminal it needs; CI runs on Linux, where it is part of the base system.
  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'should draw the terminal app from its bundle with neither Ink nor React installed, and quit on q',
    async () => {
      // Note: @plankb/tui bundles Ink, React and its other dependencies, so it lists them as devDependencies only.
      expect(['ink', 'react', 'react-reconciler', 'yoga-layout'].filter((name) => existsSync(join(project, 'node_modules', name)))).toEqual([]);
      const app = spawn('script', ['-qec', 'npx --no -- plankb tui', '/dev/null'], { cwd: project, env: cleanEnv() });
      let screen = '';
      let quit = false;
      const code = await new Promise<number | null>((resolve) => {
        app.stdout.on('data', (chunk: Buffer) => {
          screen += chunk.toString('utf8');
          // Note: q once the library's list is drawn, not after a delay.
          if (!quit && screen.includes('qingdao-2025')) {
            quit = true;
            app.stdin.write('q');
          }
        });
        app.on('close', resolve);
      });
      expect(quit).toBe(true);
      expect(code).toBe(0);
    },
    60_000,
  );

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
