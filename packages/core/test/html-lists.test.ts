// An ordered list in a web page: the browser draws its items' numbers, which the page's text does not hold. A plan
// whose items are <ol><li> must keep the numbers a reader sees, or its items read as unnumbered text.
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../src/formats/html.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

const page = (body: string): Buffer => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"></head><body><div class="main">${body}</div></body></html>`);

describe('ordered lists in web pages', () => {
  it('should number the items as a browser shows them, from the list start', async () => {
    const { text } = await convertHtml(page('<h1>某市2025年数据工作要点</h1><ol><li>建设数据平台。</li><li>推进数据开放。</li></ol><ol start="3"><li>完善标准。</li></ol><ul><li>一个要点</li></ul>'));
    expect(text.trim().split('\n')).toEqual(['某市2025年数据工作要点', '1. 建设数据平台。', '2. 推进数据开放。', '3. 完善标准。', '一个要点']);
  });

  it('should keep the label of an item numbered by hand, and number none twice', async () => {
    const { text } = await convertHtml(page('<ol><li>1. 建设数据平台。</li><li><span>（二）</span>推进数据开放。</li></ol>'));
    expect(text.trim().split('\n')).toEqual(['1. 建设数据平台。', '（二）推进数据开放。']);
  });

  it('should draw a Chinese list style as 一、二、', async () => {
    const { text } = await convertHtml(page('<ol style="list-style-type: cjk-ideographic"><li>总体要求</li><li>重点任务</li></ol>'));
    expect(text.trim().split('\n')).toEqual(['一、总体要求', '二、重点任务']);
  });

  it('should give a plan written as an ordered list its tasks, with their duties', async () => {
    const { text } = await convertHtml(page('<h1>某市2025年数据工作要点</h1><ol><li>建设数据平台。（责任单位：市数据局）</li><li>推进数据开放。（责任单位：市数据局）</li></ol>'));
    const doc = parseDocument(text, { file: 'list.html', format: 'text' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '推进数据开放']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市数据局'], ['市数据局']]);
  });
});
