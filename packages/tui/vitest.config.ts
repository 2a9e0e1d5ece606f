import { defineConfig } from "vitest/config";

// Note: resolve workspace packages (@plankb/*) to their src/ so tests need no
// build (see packages/cli/vitest.config.ts for why both lists are spelled out).
// The tmux end-to-end test is the exception: it starts the built CLI.
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
    name: "tui",
    // Note: Ink renders asynchronously; a whole-app test takes a few hundred milliseconds per key on a slow machine.
    testTimeout: 30_000,
  },
});
