import { defineConfig } from "tsup";
import { sourceFingerprint } from "./src/cache/code-fingerprint.js";

// ESM + CJS so CommonJS apps can import the SDK too. Dependencies stay
// external (tsup's default for everything in dependencies). One entry per
// subpath of package.json's "exports" (the root, corpus, track, export,
// search, align: docs/sdk.md).
export default defineConfig({
  // Note: convert-main is the converter process that parseFile runs for web pages, Word and PDF files (formats/convert-sync.ts).
  entry: {
    index: "src/index.ts",
    corpus: "src/corpus.ts",
    track: "src/track.ts",
    export: "src/export.ts",
    search: "src/search.ts",
    align: "src/align.ts",
    "convert-main": "src/formats/convert-main.ts",
  },
  format: ["esm", "cjs"],
  // Note: code the entries share goes to chunks in both formats (tsup splits only ESM unless asked), so that
  // PlanError is one class whichever subpaths an app requires, and the module-level caches are not duplicated.
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Note: shims give the CommonJS build an import.meta.url, which finds the bundled seeds.
  shims: true,
  // Note: the parse cache's code fingerprint, from the sources (the CLI's bundle computes the same, and so shares the cache).
  define: { __PLANKB_CODE_FINGERPRINT__: JSON.stringify(sourceFingerprint("src")) },
});
