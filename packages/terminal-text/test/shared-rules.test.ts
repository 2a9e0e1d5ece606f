import { describe, expect, it } from 'vitest';
import { languageFromEnv } from '../src/language.js';
import { isWordChar, mayEndLine, mayStartLine } from '../src/line-breaks.js';
import { oneLine, setAmbiguousWide, truncate, widthOf } from '../src/width.js';

// The CLI and the app each had their own copy of these rules; each case below is one where the copies differed.
describe('the rules the CLI and the app share', () => {
  it('should drop a space before the cut (the app showed `数据 …`)', () => {
    expect(truncate('数据 共享平台建设', 7)).toBe('数据…');
  });

  it('should put a line on one line alike: breaks with the spaces around them become one space, C1 controls go', () => {
    // The app left `a   b`; the CLI kept U+0085 and did not read U+2028 as a break.
    expect(oneLine('算力 \n 数据')).toBe('算力 数据');
    expect(oneLine('算力\u2028数据\u0085')).toBe('算力 数据');
  });

  it('should measure ambiguous characters as two columns in ambiguous-wide mode, also where the fast path measured one', () => {
    try {
      expect(widthOf('“算力”')).toBe(6);
      setAmbiguousWide(true);
      expect(widthOf('“算力”')).toBe(8);
      expect(widthOf('abc')).toBe(3);
    } finally {
      setAmbiguousWide(false);
    }
  });

  it('should break lines by one set of rules: — and ‰ do not start a line, a number with a comma is one word', () => {
    // The CLI lacked ‰, the app —; the CLI split 32,321 at the comma.
    expect(mayStartLine('‰')).toBe(false);
    expect(mayStartLine('—')).toBe(false);
    expect(mayStartLine('数')).toBe(true);
    expect(mayEndLine('《')).toBe(false);
    expect([...'32,321'].every(isWordChar)).toBe(true);
    expect(isWordChar('é')).toBe(true);
    expect(isWordChar('数')).toBe(false);
  });

  it('should take the language from the first of LC_ALL, LC_MESSAGES and LANG that is set', () => {
    expect(languageFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LC_ALL: '', LANG: 'zh_TW.UTF-8' })).toBe('zh');
    expect(languageFromEnv({})).toBe('en');
  });
});
