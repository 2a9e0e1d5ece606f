// Ink's own modules, and the packages as Ink finds them, for the tests of the build's Ink shims (vitest.config.ts
// resolves `#ink/…` from Ink's build folder, as tsup.config.ts does); untyped there.
declare module '#ink/*';
