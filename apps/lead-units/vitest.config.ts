import { defineConfig } from "vitest/config";

// Note: no "@plankb/source" condition (unlike packages/*): the tests use
// @plankb/core's build, as an app outside the repository would.
export default defineConfig({
  test: {
    name: "lead-units",
  },
});
