import { expect, test } from "vitest";
import { PLACEHOLDER } from "./index.js";

test("should export the placeholder", () => {
  expect(PLACEHOLDER).toBe(true);
});
