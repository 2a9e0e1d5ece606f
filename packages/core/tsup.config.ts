import { defineConfig } from "tsup";
import { sourceFingerprint } from "./src/cache/code-fingerprint.js";

// ESM + CJS so CommonJS apps can import the SDK too. Dependencies stay
// external (tsup's default for everything in dependencies).
export default defineConfig({
  // Note: convert-main is the converter process that parseFile runs for web pages, Word and PDF files (formats/convert-sync.ts).
  entry: { index: "src/index.ts", "convert-main": "src/formats/convert-main.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Note: shims give the CommonJS build an import.meta.url, which finds the bundled seeds.
  shims: true,
  // Note: the parse cache's code fingerprint, from the sources (the CLI's bundle computes the same, and so shares the cache).
  define: { __PLANKB_CODE_FINGERPRINT__: JSON.stringify(sourceFingerprint("src")) },
});
