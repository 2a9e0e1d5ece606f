import { realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Note: `#ink/<specifier>`, in the build's Ink shims (build/ink-*.js) and their test, is resolved from Ink's build
// folder, as tsup.config.ts resolves it.
const inkBuildDir = realpathSync(fileURLToPath(new URL("./node_modules/ink/build", import.meta.url)));

// Note: resolve workspace packages (@plankb/*) to their src/ so tests need no
// build (see packages/cli/vitest.config.ts for why both lists are spelled out).
// The tmux end-to-end test is the exception: it starts the built CLI.
export default defineConfig({
  plugins: [
    {
      name: "plankb-ink-modules",
      enforce: "pre",
      async resolveId(id) {
        if (!id.startsWith("#ink/")) return null;
        const specifier = id.slice("#ink/".length);
        if (specifier.startsWith("./")) return join(inkBuildDir, specifier);
        return this.resolve(specifier, join(inkBuildDir, "index.js"), { skipSelf: true });
      },
    },
  ],
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
