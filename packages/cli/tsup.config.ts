import { defineConfig } from "tsup";

// ESM only. tsup leaves everything in "dependencies" external, so
// @plankb/core, yargs and string-width are imported at run time, not bundled.
export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  dts: false,
  sourcemap: true,
  clean: true,
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
});
