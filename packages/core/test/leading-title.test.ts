// A plan whose name ends in no document kind (…中央一号文件, a reprint's headline over a plan's full text) is named by the
// file's first line when that line stands alone above the text, as a title does; general to web pages, Word files and reprints.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const BODY = '做好今年的工作，要坚持稳中求进，统筹发展和安全，扎实推进各项任务落实。\n\n一、稳定粮食生产\n（一）稳定播种面积。确保粮食播种面积稳定。\n（二）提升单产水平。推进大面积提单产。\n';

describe('the first line as the title of a plan with no kind word in its name', () => {
  it('should take a short first line standing above a paragraph as the title, with its year, quoting it exactly', () => {
    const text = `2025年全县农业农村重点工作\n${BODY}`;
    const doc = parseDocument(text, { file: 'headline.txt' }).documents[0];
    expect([doc?.title, doc?.year]).toEqual(['2025年全县农业农村重点工作', 2025]);
    const at = doc?.provenance.title?.position;
    expect(at && text.slice(at.start.offset, at.end.offset)).toBe('2025年全县农业农村重点工作');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['稳定播种面积', '提升单产水平']);
  });

  it('should take it above a numbered heading too, after blank lines and page debris', () => {
    const doc = parseDocument(`\n\n2026年中央一号文件\n\n一、稳定粮食生产\n（一）稳定播种面积。确保粮食播种面积稳定。\n（二）提升单产水平。推进大面积提单产。\n`, { file: 'n.txt' }).documents[0];
    expect(doc?.title).toBe('2026年中央一号文件');
  });

  it('should not take a sentence, a field, an address, an issuer, a numbered heading or a date as the title', () => {
    for (const first of ['今年要坚持稳中求进，扎实推进各项工作', '索引号：11340000/2025-00012', '各乡镇人民政府', '某县农业农村局', '一、稳定粮食生产', '2025年3月5日']) {
      const doc = parseDocument(`${first}\n${BODY}`, { file: 'x.txt' }).documents[0];
      expect(doc?.title, first).not.toBe(first);
    }
  });

  it('should not take a line over a run of short lines (a menu, a list of links) as the title', () => {
    const doc = parseDocument(`农业农村专题\n政策文件\n工作动态\n${BODY}`, { file: 'menu.txt' }).documents[0];
    expect(doc?.title).toBeNull();
  });

  it('should leave a plan named by the notice that issues it to the notice', () => {
    const text = '关于印发《2025年农业重点工作安排》的通知\n各乡镇人民政府：\n现将《2025年农业重点工作安排》印发给你们，请认真贯彻落实。\n\n某县人民政府\n2025年3月1日\n\n一、稳定粮食生产\n（一）稳定播种面积。确保粮食播种面积稳定。\n（二）提升单产水平。推进大面积提单产。\n';
    expect(parseDocument(text, { file: 'notice.txt' }).documents[0]?.title).toBe('2025年农业重点工作安排');
  });
});
