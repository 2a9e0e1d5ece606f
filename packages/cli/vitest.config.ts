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
    name: "cli",
    // Note: the e2e tests spawn the built bin, which parses the whole corpus;
    // on a busy 2-core CI machine that can pass vitest's default 5 s.
    testTimeout: 30_000,
  },
});
