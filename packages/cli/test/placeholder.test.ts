import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

test("should declare the plankb bin", () => {
  const pkg = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  ) as { bin?: Record<string, string> };
  expect(pkg.bin).toEqual({ plankb: "./dist/cli.js" });
});
