import { defineConfig } from "vitest/config";

// Each package has its own vitest.config.ts; `vitest` at the root runs them all.
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
