import { defineConfig } from "tsup";

// ESM + CJS so CommonJS apps can import the SDK too. Dependencies stay
// external (tsup's default for everything in dependencies).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
});
