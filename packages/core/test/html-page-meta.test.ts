// A government page's information table (政府信息公开 目录信息) in the forms sites give it: labels in their own cells
// without a colon (<th>索引号</th><td>…</td>), label and value in one cell (索引号：…), or a list of items outside the
// article's box (<li><span>索 引 号：</span>…</li>). Each must give the document's number and index number, and none
// must become a part of the document.
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../src/formats/html.js';
import { locateInSource } from '../src/formats/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const TITLE = '某县2024年应急管理工作要点';
const ARTICLE = `<div class="TRS_Editor" id="zoom"><p>2024年，全县应急管理工作要坚持人民至上、生命至上，统筹发展和安全，全力防范化解重大安全风险。</p>
<p>一、全力防范化解重大安全风险</p>
<p>1.深化烟花爆竹安全整治。全年关闭退出落后产能企业10家以上。责任单位：县应急管理局。</p>
<p>2.强化危险化学品监管。6月底前完成全县危化品企业安全评估。责任单位：县应急管理局。</p>
<p>二、着力提升应急救援能力</p>
<p>3.加强应急队伍建设。每个乡镇建成不少于30人的综合性应急救援队伍。责任单位：县应急管理局。</p>
<p style="text-align:right">某县应急管理局</p><p style="text-align:right">2024年3月28日</p></div>`;

const page = (head: string, info: string, body = ARTICLE): Buffer =>
  Buffer.from(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><div class="main">${info}<h1>${TITLE}</h1>${body}</div></body></html>`);

async function parsePage(html: Buffer) {
  const conversion = await convertHtml(html);
  const result = parseDocument(conversion.text, { file: 'page.html', format: 'text' });
  return { conversion, result, doc: result.documents[0] };
}

describe('a page’s information table or list', () => {
  it('should read labels in their own cells without a colon (名称, 文号, 生成日期 too)', async () => {
    const info = `<table class="xxgk"><tr><th>索引号</th><td>000000000/2024-00001</td><th>主题分类</th><td>安全生产</td></tr>
<tr><th>发布机构</th><td>某县应急管理局</td><th>生成日期</th><td>2024-03-28</td></tr>
<tr><th>名　　称</th><td colspan="3">${TITLE}</td></tr>
<tr><th>文　　号</th><td>某应急发〔2024〕6号</td><th>发布日期</th><td>2024-04-01</td></tr></table>`;
    const { conversion, result, doc } = await parsePage(page(`<title>${TITLE}_通知公告_某县人民政府</title>`, info));
    expect(conversion.metadata.标题).toBe(TITLE);
    expect(conversion.metadata.成文日期).toBe('2024-03-28');
    expect(doc?.docNumber).toBe('某应急发〔2024〕6号');
    expect(doc?.indexNumber).toBe('000000000/2024-00001');
    expect(doc?.title).toBe(TITLE);
    expect(result.parts.filter((p) => p.kind === 'notice')).toEqual([]);
    expect(doc?.tasks).toHaveLength(3);
    if (doc) expectExactQuotes(conversion.text, doc);
  });

  it('should read a label and its value in one cell', async () => {
    const info = `<table><tr><td>索引号：000000000/2024-00001</td><td>主题分类：安全生产</td></tr>
<tr><td>发布机构：某县应急管理局</td><td>成文日期：2024-03-28</td></tr>
<tr><td>文　　号：某应急发〔2024〕6号</td><td>发布日期：2024-04-01</td></tr></table>`;
    const { conversion, doc } = await parsePage(page(`<title>${TITLE}</title>`, info));
    expect(conversion.metadata.索引号).toBe('000000000/2024-00001');
    expect(doc?.docNumber).toBe('某应急发〔2024〕6号');
    expect(doc?.indexNumber).toBe('000000000/2024-00001');
  });

  it('should read a list of labelled items outside the article’s box, and point at each item', async () => {
    const info = `<ul class="gk-info"><li><span>索 引 号：</span>000000000/2024-00001</li><li><span>发文机关：</span>某县应急管理局</li>
<li><span>文　　号：</span>某应急发〔2024〕6号</li><li><span>成文日期：</span>2024年03月28日</li></ul>`;
    const { conversion, doc } = await parsePage(page(`<title>${TITLE}_通知公告_某县人民政府</title>`, info));
    expect(doc?.docNumber).toBe('某应急发〔2024〕6号');
    expect(doc?.indexNumber).toBe('000000000/2024-00001');
    const at = conversion.text.indexOf('文 号：某应急发');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(locateInSource(conversion, at)?.element).toBe('body > div > ul > li:nth-of-type(3)');
  });

  it('should leave a list of links, or a data table with a 标题 column, as they are', async () => {
    const links = `<ul><li>发布日期：2024-01-01 <a href="/1">某通知</a></li><li>发布日期：2024-01-02 <a href="/2">某公告</a></li></ul>`;
    const table = `<table><tr><th>序号</th><th>标题</th><th>发布日期</th></tr><tr><td>1</td><td>某县防汛工作方案</td><td>2024-05-01</td></tr></table>`;
    const { conversion } = await parsePage(page(`<title>${TITLE}</title>`, '', ARTICLE.replace(/<\/div>$/, `${links}${table}</div>`)));
    expect(conversion.metadata.标题).toBeUndefined();
    expect(conversion.text).toContain('| 1 | 某县防汛工作方案 | 2024-05-01 |');
  });
});

// The information block in the shapes sites give it outside a table: a definition list, a <div> of rows, a list whose
// labels stand bare in their own <span>. A plan page with no notice or signature has its number, date and issuer only
// there (seen on provincial and prefectural sites' 政策文件 pages).
describe('a page’s information block outside a table', () => {
  const UNSIGNED = ARTICLE.replace(/<p style="text-align:right">.*$/s, '</div>');
  const items: Array<[string, string]> = [['索 引 号', '000000000/2024-00001'], ['发布机构', '某县应急管理局'], ['文　　号', '某应急发〔2024〕6号'], ['成文日期', '2024-03-28'], ['标　　题', TITLE]];

  it('should read a definition list, a <div> of rows and a list of bare labels, and point at each item', async () => {
    for (const [info, selector] of [
      [`<dl class="xxgk">${items.map(([k, v]) => `<dt>${k}：</dt><dd>${v}</dd>`).join('')}</dl>`, 'body > div > dl > dt:nth-of-type(3)'],
      [`<div class="xxgk">${items.map(([k, v]) => `<div class="row"><span class="label">${k}：</span><span class="value">${v}</span></div>`).join('')}</div>`, 'body > div > div:nth-of-type(1) > div:nth-of-type(3)'],
      [`<ul class="xxgk">${items.map(([k, v]) => `<li><span class="lab">${k}</span><span>${v}</span></li>`).join('')}</ul>`, 'body > div > ul > li:nth-of-type(3)'],
      // Two pairs a row, as a four-cell table is laid out with <div>s.
      [`<div class="xxgk">${[0, 2, 4].map((k) => `<div class="row">${items.slice(k, k + 2).map(([l, v]) => `<span class="l">${l}：</span><span class="v">${v}</span>`).join('')}</div>`).join('')}</div>`, 'body > div > div:nth-of-type(1) > div:nth-of-type(2)'],
    ] as const) {
      const { conversion, result, doc } = await parsePage(page(`<title>${TITLE}_某县人民政府</title>`, info, UNSIGNED));
      expect(doc?.docNumber).toBe('某应急发〔2024〕6号');
      expect(doc?.indexNumber).toBe('000000000/2024-00001');
      expect(doc?.date).toBe('2024-03-28');
      expect(doc?.issuer).toBe('某县应急管理局');
      expect(doc?.tasks).toHaveLength(3);
      expect(result.documents).toHaveLength(1);
      const at = conversion.text.indexOf('某应急发');
      expect(locateInSource(conversion, at)?.element).toBe(selector);
      if (doc) expectExactQuotes(conversion.text, doc);
    }
  });

  it('should leave an article whose paragraphs open with labels here and there, and a line of a page’s date and source', async () => {
    const body = `<div id="zoom"><p>一、基本情况</p><p>名称：某县应急指挥中心。</p><p>地址：某县人民路1号。</p><p>文号：某应急发〔2024〕6号文件明确了职责。</p><p>标题：不作要求。</p><p>二、主要任务</p><p>1.加强应急队伍建设。每个乡镇建成综合性应急救援队伍。</p><p>2.强化危险化学品监管。完成危化品企业安全评估。</p></div>`;
    const dateLine = '<div class="info"><span>发布时间：2024-04-01</span><span>来源：县应急管理局</span><span>浏览次数：12</span></div>';
    const { conversion } = await parsePage(page(`<title>${TITLE}</title>`, dateLine, body));
    expect(conversion.metadata.文号).toBeUndefined();
    expect(conversion.text).toContain('名称：某县应急指挥中心。\n地址：某县人民路1号。\n文号：某应急发〔2024〕6号文件明确了职责。');
  });
});

// A plan published as a page without a signature (a 专栏 page): its date and issuer are only in the page's
// <meta name="PubDate"> and <meta name="ContentSource">, the fields of the content systems government sites run.
describe('a page’s PubDate and ContentSource', () => {
  const unsigned = ARTICLE.replace(/<p style="text-align:right">[^<]*<\/p>/g, '');
  const head = `<title>${TITLE}</title><meta name="PubDate" content="2024-04-01 10:15"><meta name="ContentSource" content="某县应急管理局">`;

  it('should give an unsigned plan its date and issuer, quoted from lines that point at the <meta>s', async () => {
    const { conversion, doc } = await parsePage(page(head, '', unsigned));
    expect(doc?.date).toBe('2024-04-01');
    expect(doc?.issuer).toBe('某县应急管理局');
    const at = conversion.text.indexOf('发布日期：2024-04-01 10:15');
    expect(at).toBeGreaterThan(0);
    expect(locateInSource(conversion, at)?.element).toBe('html > head > meta:nth-of-type(2)');
    expect(doc?.tasks).toHaveLength(3);
  });

  it('should leave a signed plan its signature’s date, and add nothing the information table gives', async () => {
    const signed = await parsePage(page(head, ''));
    expect(signed.doc?.date).toBe('2024-03-28');
    const info = `<ul><li>索引号：000000000/2024-00001</li><li>发布机构：某县应急管理局</li><li>发布日期：2024-04-01</li></ul>`;
    const { conversion } = await parsePage(page(head, info, unsigned));
    expect(conversion.text).not.toContain('发布日期：2024-04-01 10:15');
    expect(conversion.text).not.toContain('信息来源：');
  });
});
