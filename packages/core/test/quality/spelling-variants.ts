// The development set in the other spellings its kind of document is written in. Offices and sites spell the same
// labels, brackets and punctuation in several ways (1. 1． 1、; （一） and (一); 〔2024〕 [2024] （2024）; a space after a
// label or between Chinese and digits; ASCII punctuation; “” or 「」 quotes; 第一部分 for 一、). A document says the same
// in each spelling, so each must give the facts the plain files give (facts.json): a rule written against one spelling
// fails here before it meets a document from an office that writes the other. Markdown files keep their own spelling.
import type { FormatVariant } from './format-variants.js';

const HAN = '\\u3400-\\u9fff';
/** A label at the start of a line: 一、 （一） 1. 1． 1、 (the outline's heading styles). */
const LINE_LABEL = /^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、](?!\d)))/gm;

/** A variant that rewrites plain-text files only. */
function spelling(name: string, describe: string, rewrite: (text: string) => string): FormatVariant {
  return { name, describe, make: (text, markdown) => (markdown ? text : rewrite(text)) };
}

export const SPELLING_VARIANTS: readonly FormatVariant[] = [
  // Note: a digit label before Chinese text, at a line's start or glued inside a flattened line (…发展5.狠抓…); not a decimal.
  spelling('arabic-comma', 'items numbered 1、 instead of 1.', (t) => t.replace(new RegExp(`(^|[^\\d.])(\\d{1,2})[.．](?=[${HAN}“])`, 'gm'), '$1$2、')),
  spelling('arabic-full-stop', 'items numbered 1． (full-width point) instead of 1. or 1、', (t) => t.replace(/^(\s*)(\d{1,2})[.、](?!\d)/gm, '$1$2．')),
  spelling('ascii-brackets', 'ASCII parentheses for full-width ones: (一), (1), (牵头单位: …)', (t) => t.replace(/（/g, '(').replace(/）/g, ')')),
  spelling('label-space', 'a full-width space after every heading label (一、\u3000总体要求)', (t) => t.replace(LINE_LABEL, '$1\u3000')),
  spelling('spaced-latin', 'a space between Chinese and Latin letters or digits (达到 95% 以上), as some editors set it', (t) =>
    t.replace(new RegExp(`([${HAN}])([A-Za-z0-9])`, 'g'), '$1 $2').replace(new RegExp(`([A-Za-z0-9%])([${HAN}])`, 'g'), '$1 $2'),
  ),
  spelling('ascii-punctuation', 'ASCII commas, semicolons and colons followed by a space', (t) => t.replace(/，/g, ', ').replace(/；/g, '; ').replace(/：/g, ': ')),
  spelling('corner-quotes', 'corner quotes 「」 instead of “”', (t) => t.replace(/“/g, '「').replace(/”/g, '」')),
  spelling('part-chapters', 'chapters headed 第一部分 instead of 一、', (t) => t.replace(/^(\s*)([一二三四五六七八九十]+)、/gm, '$1第$2部分 ')),
  // Note: the 、 after a chapter's numeral left out, a space in its stead (WeChat articles' heading badges, copies that lost it).
  spelling('cn-space', 'chapters headed 一 总体要求 (a space) instead of 一、总体要求', (t) => t.replace(/^(\s*)([一二三四五六七八九十]+)、(?=[\u4e00-\u9fff“]{2})/gm, '$1$2 ')),
  spelling('doc-number-brackets', 'the year of a document number in （） instead of 〔〕', (t) => t.replace(/〔(\d{4})〕/g, '（$1）')),
  spelling('circled-numbers', 'sub-items numbered ① instead of （1）', (t) => t.replace(/^(\s*)（(\d{1,2})）/gm, (_, indent: string, n: string) => `${indent}${String.fromCodePoint(0x2460 + Number(n) - 1)}`)),
];
