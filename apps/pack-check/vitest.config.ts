import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "pack-check",
    // Note: `npm install` reaches the registry for the packages' dependencies.
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
