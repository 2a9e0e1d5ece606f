import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const shim = fileURLToPath(new URL("./build/east-asian-width-shim.js", import.meta.url));

// ESM only, with types (the CLI imports the app with a dynamic import).
//
// Note: unlike core, the app bundles its dependencies (Ink, React, its
// reconciler, yoga and their small helpers) into one file, and builds React's
// production code only. Loaded as ~60 separate modules, several of them
// CommonJS that Node lexes before an ESM import, they took about half of the
// start to the first frame (bench: 0.65 s -> 0.38 s on the seeds), over the
// 0.5 s budget. @plankb/core stays external: the CLI and the app share it.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  esbuildPlugins: [
    {
      // Note: Ink measures text with string-width and places characters with is-fullwidth-code-point, both on
      // get-east-asian-width; the shim lets the app's ambiguous-wide mode reach them (src/_utils/ambiguous.ts).
      name: "ambiguous-width-shim",
      setup(build) {
        let realDir: string | undefined;
        build.onResolve({ filter: /^get-east-asian-width$/ }, async (args) => {
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
    },
  ],
  // Note: @plankb/terminal-text, private, is bundled like the other dependencies; only @plankb/core stays outside.
  noExternal: [/^(?!@plankb\/core(?:\/|$)|react-devtools-core)/],
  // Note: Ink imports react-devtools-core only when DEV=true; it is not installed.
  external: ["react-devtools-core"],
  // Note: React and its reconciler pick their development or production build from NODE_ENV; the app is run as a product.
  define: { "process.env.NODE_ENV": '"production"' },
  // Note: bundled CommonJS code requires Node's built-in modules (signal-exit: events, assert); ESM has no `require` of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Note: types are built against core's built types, not its src/ (the
  // @plankb/source condition): the declarations then match what a consumer
  // sees, and the build does not type-check core again.
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
