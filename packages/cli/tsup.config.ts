import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";
import { sourceFingerprint } from "../core/src/cache/code-fingerprint.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// Note: the CLI is bundled with its dependencies, unlike the SDK (whose
// dependencies stay external, as the style guide asks). A process that
// resolves and compiles some 200 ES modules spends most of its start there;
// one file starts in a fraction of that (docs/benchmarks.md, "CLI start").
// @plankb/core is bundled from its sources (the @plankb/source condition),
// so that what the CLI does not use is left out. Only @plankb/tui and exceljs
// stay outside: `plankb tui` imports the app when it runs, and the XLSX
// writer and reader import exceljs.

const require = createRequire(import.meta.url);
const yargsDir = dirname(require.resolve("yargs/package.json"));

/**
 * Core's modules find their seeds and load their optional dependencies
 * (remark, iconv-lite, pinyin-pro …) relative to `import.meta.url`. Bundled,
 * that would be dist/cli.js, whose package has neither; so `import.meta.url`
 * becomes the URL of the installed @plankb/core's package.json, and they
 * behave as they do unbundled. (Core imports zod as `import * as z`, so that
 * esbuild bundles only the parts of zod that are used, 200 KB rather than
 * 740 KB with its 40 translations.)
 */
const coreModules: Plugin = {
  name: "plankb-core-modules",
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8").replaceAll("import.meta.url", "__plankbCoreUrl");
      return { contents: text, loader: "ts" };
    });
  },
};

/**
 * With code splitting, esbuild puts a module in the chunks of every entry that reaches it through any import, and a
 * re-export is an import: a command that takes one name from `@plankb/core/corpus` reached, through that entry file,
 * every module of it that another command uses (the parser and zod, for `plankb docs`, which needs neither when the
 * cache holds the corpus). So the CLI's imports from core's entries are rewritten to import each name from the module
 * that defines it. Core's entry files hold only explicit re-exports (`export { a, b } from './x.js'`, ARCHITECTURE.md),
 * which makes the rewrite exact; a name an entry does not export fails the build.
 */
const coreEntryImports: Plugin = {
  name: "plankb-core-entry-imports",
  setup(build) {
    const coreDir = resolve("../core");
    const exportsMap = JSON.parse(readFileSync(join(coreDir, "package.json"), "utf8")).exports as Record<string, Record<string, unknown>>;
    // Note: by specifier (`@plankb/core/corpus`), each value name the entry exports: [defining module, its name there].
    const entries = new Map<string, Map<string, [path: string, name: string]>>();
    const namesOf = (specifier: string): Map<string, [string, string]> => {
      const known = entries.get(specifier);
      if (known) return known;
      const source = exportsMap[`.${specifier.slice("@plankb/core".length)}`]?.["@plankb/source"];
      if (typeof source !== "string") throw new Error(`${specifier}: not an entry of @plankb/core`);
      const file = join(coreDir, source);
      const names = new Map<string, [string, string]>();
      for (const m of readFileSync(file, "utf8").matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)\.js'/g)) {
        if (m[1]) continue;
        for (const spec of (m[2] as string).split(",").map((x) => x.trim()).filter(Boolean)) {
          const [local, exported = local] = spec.split(/\s+as\s+/) as [string, string?];
          names.set(exported, [join(dirname(file), `${m[3]}.ts`), local]);
        }
      }
      entries.set(specifier, names);
      return names;
    };
    build.onLoad({ filter: /[\\/]packages[\\/]cli[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8").replace(/import\s+\{([^}]*)\}\s*from\s*'(@plankb\/core(?:\/[a-z]+)?)';/g, (whole, list: string, specifier: string) => {
        const names = namesOf(specifier);
        const byModule = new Map<string, string[]>();
        for (const spec of list.split(",").map((x) => x.trim()).filter((x) => x !== "" && !x.startsWith("type "))) {
          const [name, alias] = spec.split(/\s+as\s+/) as [string, string?];
          const origin = names.get(name);
          if (!origin) throw new Error(`${args.path}: ${specifier} exports no ${name}`);
          const local = alias ?? name;
          byModule.set(origin[0], [...(byModule.get(origin[0]) ?? []), origin[1] === local ? local : `${origin[1]} as ${local}`]);
        }
        // Note: as many lines as the import had, so that the source map still points at the right lines.
        const lines = "\n".repeat(whole.split("\n").length - 1);
        return [...byModule].map(([path, locals]) => `import { ${locals.join(", ")} } from ${JSON.stringify(path)};`).join(" ") + lines;
      });
      return { contents: text, loader: "ts" };
    });
  },
};

/**
 * yargs reads its translations from `../../../locales` beside its own file;
 * bundled, that file is dist/cli.js. Point it at dist/locales, where
 * `onSuccess` copies the two languages plankb speaks.
 */
const yargsLocales: Plugin = {
  name: "plankb-yargs-locales",
  setup(build) {
    build.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const from = "resolve(__dirname, '../../../locales')";
      // Note: fail the build, not the translations, when a yargs upgrade moves them.
      if (!text.includes(from)) throw new Error(`${args.path}: no ${from}; update tsup.config.ts for this yargs`);
      return { contents: text.replace(from, "resolve(__dirname, '../locales')"), loader: "js" };
    });
  },
};

/**
 * yargs lays out its help with string-width, which builds its emoji patterns
 * and an Intl segmenter when imported: some 15 ms of every start. The bundle
 * gets plankb's own measure instead, which needs them only for text that is
 * not ASCII or Chinese (and then loads string-width).
 */
const ownStringWidth: Plugin = {
  name: "plankb-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: resolve("src/output/_string-width.ts") }));
  },
};

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  dts: false,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  // Note: exceljs stays outside too: it is one of the CLI's dependencies (an optional peer dependency of core, so an
  // app that does not write XLSX does not install its 23 MB), imported with `await import()` only by the XLSX
  // writer and reader; bundling it would ship it twice.
  noExternal: [/^(?!@plankb\/tui$|exceljs$)/],
  external: ["@plankb/tui", "exceljs"],
  // Note: the converters and other modules core imports with `await import()` go to chunks of their own, read only when used.
  splitting: true,
  esbuildPlugins: [coreModules, coreEntryImports, yargsLocales, ownStringWidth],
  // Note: the parse cache's code fingerprint, made from core's sources as core's own build makes it, so that both share the cache.
  define: { __PLANKB_CODE_FINGERPRINT__: JSON.stringify(sourceFingerprint("../core/src")) },
  esbuildOptions(options) {
    options.conditions = ["@plankb/source"];
    // Note: less text for Node to parse at every start (1.3 MB to 0.6 MB with zod imported as a namespace).
    // Names are kept, so that a stack trace still reads.
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  banner: {
    js: [
      "#!/usr/bin/env node",
      // Note: bundled CommonJS modules call require().
      "import { createRequire as __plankbCreateRequire } from 'node:module';",
      "const require = __plankbCreateRequire(import.meta.url);",
      // Note: every chunk gets this banner; the URL is resolved once per process, by the first chunk to load.
      "const __plankbCoreUrl = (globalThis.__plankbCoreUrl ??= import.meta.resolve('@plankb/core/package.json'));",
    ].join("\n"),
  },
  onSuccess: async () => {
    mkdirSync("dist/locales", { recursive: true });
    for (const lang of ["en", "zh_CN"]) copyFileSync(join(yargsDir, "locales", `${lang}.json`), join("dist/locales", `${lang}.json`));
  },
});
