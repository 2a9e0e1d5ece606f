// Word's automatic numbering as Word draws it, in two forms Word writes that the labels missed: a multilevel list
// linked to heading styles (标题 1 → 一、, 标题 2 → （一）) whose third level numbers the items under the headings
// directly, and a level in a format Word 2007 did not have (001, 002, …), written as `custom` with a fallback.
import { describe, expect, it } from 'vitest';
import { numberingLabels } from '../src/formats/docx-numbering.js';

const level = (ilvl: number, format: string, text: string, style = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${style === '' ? '' : `<w:pStyle w:val="${style}"/>`}<w:lvlText w:val="${text}"/></w:lvl>`;
const styled = (style: string): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl: number): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

describe('a multilevel list linked to heading styles', () => {
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '1')}${level(1, 'chineseCounting', '（%2）', '2')}${level(2, 'decimal', '%3.')}</w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const styles = `<w:styles><w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="20"><w:name w:val="heading 2 base"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="20"/></w:style></w:styles>`;
  const document = [styled('1'), styled('2'), numbered(1, 2), numbered(1, 2), styled('2'), numbered(1, 2), numbered(1, 2), styled('1'), styled('2'), numbered(1, 2)].join('');

  it('should restart the items under each heading, the headings and the items being one list', () => {
    expect(numberingLabels(document, numbering, styles)).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '2.', '二、', '（一）', '1.']);
  });

  it('should count them as one list without styles.xml too, when one w:num holds the list', () => {
    expect(numberingLabels(document, numbering)).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '2.', '二、', '（一）', '1.']);
  });
});

describe('a level in a custom format', () => {
  const custom = (ilvl: number, pattern: string, fallback: string, text: string): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${pattern}"/></mc:Choice><mc:Fallback><w:numFmt w:val="${fallback}"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${custom(1, '001, 002, 003, ...', 'decimalZero', '%2.')}${custom(2, '1st, 2nd, 3rd, ...', 'decimal', '（%3）')}</w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

  it('should draw a zero-padded pattern as Word does, and another in its fallback format', () => {
    const document = [numbered(1, 0), numbered(1, 1), numbered(1, 1), numbered(1, 2)].join('');
    expect(numberingLabels(document, numbering)).toEqual(['一、', '001.', '002.', '（1）']);
  });
});
