import { defineConfig } from "vitest/config";

// Each package has its own vitest.config.ts; `vitest` at the root runs them all.
// Note: apps/ also holds a README, so its glob names the config files.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*/vitest.config.ts"],
  },
});
