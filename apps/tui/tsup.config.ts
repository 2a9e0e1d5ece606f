import { defineConfig } from "tsup";

// ESM only, with types (the CLI imports the app with a dynamic import).
// tsup leaves everything in "dependencies" external: @plankb/core, ink,
// react and string-width are imported at run time.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  // Note: types are built against core's built types, not its src/ (the
  // @plankb/source condition): the declarations then match what a consumer
  // sees, and the build does not type-check core again.
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
