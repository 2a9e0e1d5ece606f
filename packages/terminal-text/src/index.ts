// @plankb/terminal-text: what the CLI and the app share about text on a terminal. A private workspace package
// that both bundle (packages/cli/tsup.config.ts, packages/tui/tsup.config.ts); it imports no other package of
// plankb, so the dependency direction stays CLI → app → core with this below both (ARCHITECTURE.md).
export { languageFromEnv, type Lang } from './language.js';
export { isWordChar, mayEndLine, mayStartLine } from './line-breaks.js';
export { ELLIPSIS, fit, graphemesOf, isAmbiguousWide, oneLine, pad, setAmbiguousWide, simpleWidthOf, truncate, widest, widthOf } from './width.js';
