import { describe, expect, it } from 'vitest';
import { defaultLang, detectLang, messages } from '../src/i18n.js';

/** Every string a catalogue holds, with functions called on sample values. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(2, ['x']))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}

describe('i18n', () => {
  it('should have the same non-empty strings in English and Chinese', () => {
    const en = strings(messages('en'));
    const zh = strings(messages('zh'));
    expect(zh.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, text] of [...en, ...zh]) expect(text.trim(), key).not.toBe('');
  });

  it('should write the Chinese catalogue in Chinese', () => {
    const zh = strings(messages('zh'));
    const untranslated = zh.filter(([, text]) => !/[\u4e00-\u9fff]/.test(text) && !/^[-()（）、 ，,；;:：[\]]*$/.test(text));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('should default to Chinese when LANG starts with zh', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('en');
  });

  it('should read --lang before yargs runs, in both spellings', () => {
    expect(detectLang(['docs', '--lang', 'zh'], {})).toBe('zh');
    expect(detectLang(['docs', '--lang=en'], { LANG: 'zh_CN' })).toBe('en');
    expect(detectLang(['docs', '--lang', 'fr'], { LANG: 'zh_CN' })).toBe('zh');
  });
});
