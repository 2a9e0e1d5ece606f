// The app's build substitutes this module for get-east-asian-width in the
// bundled Ink and its helpers (string-width; is-fullwidth-code-point, which
// ansi-tokenize and slice-ansi use): once the app turns on its ambiguous-wide
// mode (src/_utils/ambiguous.ts), Ink lays out and places ambiguous-width
// characters as two columns, as the app's own fitting does, so that boxes side
// by side stay aligned. See tsup.config.ts. Plain JavaScript: the package's
// private exports (_isWide) have no types.
import { _isFullWidth, _isFullwidth, _isWide as isWideOnly, eastAsianWidth as measure, eastAsianWidthType } from 'get-east-asian-width';

const wide = () => globalThis.__plankbAmbiguousWide === true;

export function eastAsianWidth(codePoint, options = {}) {
  return measure(codePoint, { ambiguousAsWide: Boolean(options.ambiguousAsWide) || wide() });
}

export function _isWide(codePoint) {
  return isWideOnly(codePoint) || (wide() && eastAsianWidthType(codePoint) === 'ambiguous');
}

export { _isFullWidth, _isFullwidth, eastAsianWidthType };
