// Characters a copy of a Word document or a PDF's extracted text leaves that are no content: pdftotext's form feed
// before the first line of each page (\f二、…, \f4.…), which hid the label of a page's first chapter or item; the object
// placeholder a picture of a Word document becomes (U+FFFC), which ran into the title; soft hyphens, direction marks
// and bidi embeddings, which stayed in titles. The form feed stays in the lines (it marks the page break running heads
// are found by) and is a space before a label; the others are hidden as zero-width spaces are.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { recogniseLabel } from '../src/text/numbering.js';
import { invisibleRanges } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

describe('a form feed before a label', () => {
  it('should be read as a space before the label', () => {
    expect(recogniseLabel('\f二、促进义务教育优质均衡')).toMatchObject({ style: 'cn-comma', number: 2, start: 1, contentStart: 3 });
    expect(recogniseLabel('\f4.推进集团化办学')).toMatchObject({ number: 4, start: 1 });
    expect(recogniseLabel('\f推进集团化办学')).toBeNull();
  });

  it('should leave a page\'s first chapter and item to the plan (pdftotext\'s page breaks)', () => {
    const text = '衢州市柯城区2025年教育工作要点\n一、推进学前教育普惠发展\n1.新建改扩建幼儿园3所，新增学位900个。（牵头单位：区教育局）\n2.普惠性幼儿园覆盖率达到95%以上。（牵头单位：区教育局）\n\f二、促进义务教育优质均衡\n3.新建中小学2所，新增学位2400个。（牵头单位：区教育局、区发改局）\n\f4.推进集团化办学，集团化办学覆盖率达到80%。（牵头单位：区教育局）\n';
    const doc = parseDocument(text, { file: 'pdftotext.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([
      ['一、', '推进学前教育普惠发展'],
      ['二、', '促进义务教育优质均衡'],
    ]);
    expect(doc?.tasks.map((t) => t.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区教育局'], ['区教育局'], ['区教育局', '区发改局'], ['区教育局']]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('format characters from Word and PDF copies', () => {
  it('should hide soft hyphens, direction marks, bidi embeddings and object placeholders', () => {
    expect(invisibleRanges('\ufffc某区\u00ad要点\u200e。\u202a镇村\u202c\u2066x\u2069')).toEqual([
      [0, 1],
      [3, 4],
      [6, 7],
      [8, 9],
      [11, 13],
      [14, 15],
    ]);
  });

  it('should read a notice whose title follows a picture, and tasks holding marks, without them', () => {
    const text = outdent`
      关于印发《汕尾市城区2025年“百千万工程”工作要点》的通知
      各镇人民政府、街道办事处：
      现将《汕尾市城区2025年“百千万工程”工作要点》印发给你们，请认真贯彻落实。
      \ufffc汕尾市城区2025年\u00ad“百千万工程”工作要点
      一、壮大县域经济
      （一）培育主导产业。规上工业增加值增长8%\u200e。（牵头单位：区工信局）
      （二）推进\u202a镇村建设\u202c。建成典型镇2个。（牵头单位：区住建局）
    `;
    const doc = parseDocument(text, { file: 'word.txt' }).documents[0];
    expect(doc?.title).toBe('汕尾市城区2025年“百千万工程”工作要点');
    // Note: a title is read without the characters hidden inside it, as it is read without a line break inside it.
    expect(doc?.tasks.map((t) => t.title)).toEqual(['培育主导产业', '推进镇村建设']);
    expect(doc?.targets.map((t) => [t.value, t.unit])).toEqual(expect.arrayContaining([[8, '%'], [2, '个']]));
    if (doc) expectExactQuotes(text, doc);
  });
});
