import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "terminal-text",
    // Note: the width test measures every character of the Basic Multilingual Plane against string-width.
    testTimeout: 30_000,
  },
});
