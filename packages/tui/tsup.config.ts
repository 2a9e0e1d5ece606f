import { defineConfig } from "tsup";

// ESM only, with types (the CLI imports the app with a dynamic import).
// tsup leaves everything in "dependencies" external: @plankb/core, ink,
// react and string-width are imported at run time.
export default defineConfig({
  // Note: production.ts is its own file, and index.js imports it as the
  // first of its imports: bundled, its one statement would run after the
  // imports of Ink and React, too late to pick their production builds.
  entry: ["src/index.ts", "src/production.ts"],
  esbuildPlugins: [
    {
      name: "keep-production-separate",
      setup(build) {
        build.onResolve({ filter: /^\.\/production\.js$/ }, (args) => (args.importer.endsWith("index.ts") ? { path: "./production.js", external: true } : undefined));
      },
    },
  ],
  format: ["esm"],
  // Note: types are built against core's built types, not its src/ (the
  // @plankb/source condition): the declarations then match what a consumer
  // sees, and the build does not type-check core again.
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
