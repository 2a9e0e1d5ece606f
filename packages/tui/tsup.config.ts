import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import { sourceFingerprint } from "../core/src/cache/code-fingerprint.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// Note: Ink measures text with string-width and places characters with is-fullwidth-code-point, both on
// get-east-asian-width; the shim lets the app's ambiguous-wide mode reach them (src/_utils/ambiguous.ts).
const eastAsianShim = fileURLToPath(new URL("./build/east-asian-width-shim.js", import.meta.url));
// Note: string-width's first call costs some 80 ms; the shim measures ASCII and Chinese without it.
const stringWidthShim = fileURLToPath(new URL("./build/string-width-shim.js", import.meta.url));

// Note: Ink's output assembly and its escape sanitizing, the largest part of the CPU from `render` to the first frame,
// get faster versions of the same output (build/ink-output.js, build/ink-sanitize-ansi.js; test/ink-output.test.ts).
const inkBuildDir = realpathSync(fileURLToPath(new URL("./node_modules/ink/build", import.meta.url)));
const inkShims = new Map([
  ["./output.js", fileURLToPath(new URL("./build/ink-output.js", import.meta.url))],
  ["./sanitize-ansi.js", fileURLToPath(new URL("./build/ink-sanitize-ansi.js", import.meta.url))],
]);

/**
 * Ink's modules named in `inkShims`, imported by Ink, resolve to the shims; a shim imports Ink's own module, or a
 * package as Ink finds it, as `#ink/<specifier>` (resolved from Ink's build folder).
 */
const inkModules: Plugin = {
  name: "plankb-ink-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\/(output|sanitize-ansi)\.js$/ }, (args) => {
      const shim = inkShims.get(args.path);
      if (shim === undefined || realpathSync(args.resolveDir) !== inkBuildDir) return undefined;
      return { path: shim };
    });
    build.onResolve({ filter: /^#ink\// }, async (args) => {
      const specifier = args.path.slice("#ink/".length);
      if (specifier.startsWith("./")) return { path: join(inkBuildDir, specifier) };
      const real = await build.resolve(specifier, { kind: args.kind, resolveDir: inkBuildDir });
      return real.errors.length > 0 ? { errors: real.errors } : { path: real.path };
    });
  },
};

/**
 * Resolve a package to a shim module everywhere in the bundle but in the shim itself, which gets the real one
 * (resolved from where the first importer found it).
 */
function substitute(name: string, shim: string): Plugin {
  const filter = new RegExp(`^${name.replace(/[-/]/g, "\\$&")}$`);
  return {
    name: `${name}-shim`,
    setup(build) {
      let realDir: string | undefined;
      build.onResolve({ filter }, async (args) => {
        // Note: build.resolve runs this callback again; the real module is asked for with pluginData.
        if ((args.pluginData as { real?: boolean } | undefined)?.real) return undefined;
        if (args.importer !== shim) {
          realDir ??= args.resolveDir;
          return { path: shim };
        }
        const real = await build.resolve(args.path, { kind: args.kind, resolveDir: realDir ?? args.resolveDir, pluginData: { real: true } });
        return { path: real.path };
      });
    },
  };
}

// ESM only, with types (the CLI imports the app with a dynamic import).
//
// Note: unlike core, the app bundles its dependencies (Ink, React, its
// reconciler, yoga and their small helpers) into one file, and builds React's
// production code only. Loaded as ~60 separate modules, several of them
// CommonJS that Node lexes before an ESM import, they took about half of the
// start to the first frame (bench: 0.65 s -> 0.38 s on the seeds), over the
// 0.5 s budget.
//
// @plankb/core is bundled too, from its sources (the @plankb/source
// condition), as the CLI bundles it: its built entries import zod as 95
// separate modules, and a start spent some 200 ms of CPU resolving and
// compiling those and core's chunks for code the first frame does not run.
// Bundled, what the app does not use is left out, and the screens' heavy
// parts (alignment, search, export) sit in chunks imported on a screen's
// first visit (`splitting`).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  esbuildPlugins: [
    {
      // Note: core's modules find their seeds and optional dependencies (remark, iconv-lite, pinyin-pro …) from
      // `import.meta.url`; bundled, that is the URL of the installed @plankb/core's package.json (the banner sets it).
      name: "plankb-core-modules",
      setup(build) {
        build.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].*\.ts$/ }, (args) => ({
          contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", "__plankbCoreUrl"),
          loader: "ts",
        }));
      },
    },
    {
      // Note: yoga's loader (emscripten) fetches its own wasm, a data: URL, with `fetch` when the global exists, and
      // Node's fetch loads undici: 100-190 ms of CPU before the first frame. Without `fetch` it decodes the base64 itself.
      name: "yoga-without-fetch",
      setup(build) {
        build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
          const text = readFileSync(args.path, "utf8");
          // Note: fail the build, not the start, when a yoga upgrade changes its loader.
          if (!/typeof fetch\b/.test(text)) throw new Error(`${args.path}: no typeof fetch; update tsup.config.ts for this yoga`);
          // Note: and it decodes it with atob and a loop over 95,000 characters (some 6 ms, in code not yet compiled); Buffer does it in C++.
          const decode = "var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c";
          if (!text.includes(decode)) throw new Error(`${args.path}: no base64 loop; update tsup.config.ts for this yoga`);
          const contents = text.replace(/typeof fetch\b/g, "typeof __plankbNoFetch").replace(decode, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))');
          return { contents, loader: "js" };
        });
      },
    },
    inkModules,
    substitute("get-east-asian-width", eastAsianShim),
    substitute("string-width", stringWidthShim),
  ],
  // Note: @plankb/terminal-text, private, and @plankb/core are bundled like the other dependencies.
  noExternal: [/^(?!react-devtools-core$|exceljs$)/],
  // Note: Ink imports react-devtools-core only when DEV=true; it is not installed.
  // Note: exceljs, which core imports only to write XLSX (never in the app), stays outside as in the CLI.
  external: ["react-devtools-core", "exceljs"],
  splitting: true,
  define: {
    // Note: React and its reconciler pick their development or production build from NODE_ENV; the app is run as a product.
    "process.env.NODE_ENV": '"production"',
    // Note: the parse cache's code fingerprint, made from core's sources as core's and the CLI's builds make it, so that all share the cache.
    __PLANKB_CODE_FINGERPRINT__: JSON.stringify(sourceFingerprint("../core/src")),
  },
  esbuildOptions(options) {
    options.conditions = ["@plankb/source"];
    // Note: less text for Node to compile at every start, as in the CLI; names are kept, so that a stack trace still reads.
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  banner: {
    js: [
      // Note: bundled CommonJS code requires Node's built-in modules (signal-exit: events, assert); ESM has no `require` of its own.
      "import { createRequire as __createRequire } from 'node:module';",
      "const require = __createRequire(import.meta.url);",
      // Note: every chunk gets this banner; the URL is resolved once per process, by the first chunk to load.
      "const __plankbCoreUrl = (globalThis.__plankbCoreUrl ??= import.meta.resolve('@plankb/core/package.json'));",
    ].join("\n"),
  },
  // Note: types are built against core's built types, not its src/ (the
  // @plankb/source condition): the declarations then match what a consumer
  // sees, and the build does not type-check core again.
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
