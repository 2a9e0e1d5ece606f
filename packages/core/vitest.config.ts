import { defineConfig } from "vitest/config";

// Note: resolve workspace packages (@plankb/*) to their src/ so tests need no
// build. Since Vite 6 a `conditions` list replaces Vite's defaults, and tests
// in the node environment read `ssr.resolve.conditions`, not
// `resolve.conditions`; so both list the custom condition plus the defaults.
export default defineConfig({
  resolve: {
    conditions: ["@plankb/source", "module", "browser", "development|production"],
  },
  ssr: {
    resolve: {
      conditions: ["@plankb/source", "node", "development|production"],
    },
  },
  test: {
    name: "core",
    // Note: a guard against hangs, not a speed check (speed is measured by `pnpm bench`). Property tests and the
    // multi-process store tests run far longer on a loaded 2-core machine than the 5 s default allows.
    testTimeout: 60_000,
    setupFiles: ["test/setup-fast-check.ts"],
  },
});
