// Pages whose text is not where the converter looked: in an <iframe srcdoc> (the frame's page written in the
// attribute, shown where the frame is), in another page a frame shows (<frameset>, <iframe src>, a PDF viewer), or
// filled in by the page's script (a page saved as "HTML only" from a site built on a script framework). The first is
// read; the others give a clear error naming where the text is, where they gave a plan of a title and a footer, or
// "no plan" with no reason.
import { describe, expect, it } from 'vitest';
import { withConversionIssues } from '../src/corpus/parse-source.js';
import { convertHtml } from '../src/formats/html.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const TITLE = '某县县域商业体系建设实施方案';
const ARTICLE = [
  `<h2>${TITLE}</h2>`,
  '<p>为深入推进县域商业体系建设，促进农村消费提质扩容，结合我县实际，制定本方案。</p>',
  '<p>一、工作目标</p>',
  '<p>到2025年底，全县建成县级物流配送中心1个、乡镇商贸中心8个、村级便民商店120个。</p>',
  '<p>二、重点任务</p>',
  '<p>（一）完善县域商业网络。改造提升乡镇商贸中心8个。（责任单位：县商务局、各乡镇人民政府）</p>',
  '<p>（二）发展农村电子商务。培育电商示范村10个，开展电商培训1000人次。（责任单位：县商务局、县人社局）</p>',
  '<p>（三）健全农村物流体系。建设村级寄递物流综合服务站100个。（责任单位：县交通运输局）</p>',
  '<p>某县人民政府办公室</p><p>2024年4月8日</p>',
].join('\n');

const escapeAttribute = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (title: string, body: string): Buffer => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);
const SITE = (inner: string): string => `<div class="top">某县人民政府</div><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>${inner}<div class="foot">主办：某县人民政府办公室</div>`;

async function parsePage(html: Buffer) {
  const conversion = await convertHtml(html);
  const result = withConversionIssues(parseDocument(conversion.text, { file: 'page.html', format: 'text' }), 'page.html', conversion);
  return { conversion, result };
}

describe('a page whose article is in an <iframe srcdoc>', () => {
  for (const [name, frame] of [
    ['a whole page', `<iframe id="contentFrame" width="100%" height="2000" srcdoc="${escapeAttribute(`<html><head><meta charset="utf-8"><style>p{line-height:2}</style></head><body>${ARTICLE}</body></html>`)}"></iframe>`],
    ['a fragment, in a viewer box', `<div class="detail-bd"><iframe class="doc-viewer" title="正文" style="width:100%;border:0" srcdoc="${escapeAttribute(ARTICLE)}"></iframe></div>`],
  ] as const) {
    it(`should read the frame's page (${name}) where the frame is`, async () => {
      const { conversion, result } = await parsePage(page(`${TITLE}_政策文件_某县人民政府`, SITE(`<div class="article"><h1 class="title">${TITLE}</h1><div class="info">发布时间：2024-04-10</div>${frame}</div>`)));
      expect(conversion.text).toContain('（二）发展农村电子商务。');
      expect(conversion.text).not.toContain('line-height');
      const doc = result.documents[0];
      expect(doc?.tasks.map((t) => t.label)).toEqual(['（一）', '（二）', '（三）']);
      expect([doc?.issuer, doc?.date]).toEqual(['某县人民政府办公室', '2024-04-08']);
      if (doc) expectExactQuotes(conversion.text, doc);
    });
  }
});

describe('a page whose text is not in the file', () => {
  it('should say that a frameset shows its text in frames, naming them, and not read <noframes>', async () => {
    const html = Buffer.from(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><meta charset="utf-8"><title>关于印发《某区2024年农村人居环境整治提升工作方案》的通知</title></head>
      <frameset rows="120,*"><frame src="top.htm" name="top"><frame src="content/2024/0412/c_2094.htm" name="main"><noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></frameset></html>`);
    const { conversion, result } = await parsePage(html);
    expect(conversion.text).toBe('');
    expect(conversion.notes.map((n) => [n.code, n.severity])).toEqual([['no-article', 'error']]);
    expect(conversion.notes[0]?.message).toContain('content/2024/0412/c_2094.htm');
    expect(result.documents).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['empty-input']);
  });

  it('should name the file a PDF viewer shows', async () => {
    const html = page('政策文件详情', SITE(`<h1>${TITLE}</h1><iframe src="/pdfjs/web/viewer.html?file=%2Fupload%2F2024%2F%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88.pdf" width="100%" height="900"></iframe><iframe src="https://hm.example.com/stat.html" width="0" height="0"></iframe>`));
    const { conversion } = await parsePage(html);
    expect(conversion.notes[0]?.code).toBe('no-article');
    expect(conversion.notes[0]?.message).toContain('the file 实施方案.pdf in a viewer');
  });

  for (const [name, body] of [
    ['an empty box its script mounts the article in', `<noscript>请开启JavaScript</noscript><div id="app"></div><div class="footer-static">主办单位：某市人民政府办公室　网站标识码：4105000001</div><script src="/static/js/app.8c7d6e.js"></script>`],
    ['a template whose placeholders are empty', SITE(`<div class="detail-title">{{ article.title }}</div><div class="detail-info">发布时间：{{ article.pubDate }}</div><div class="detail-content" v-html="article.content"></div><script>new Vue({ el: '#app' });</script>`)],
  ] as const) {
    it(`should say that the script fills in the text (${name})`, async () => {
      const { conversion, result } = await parsePage(page('政府信息公开-详情', body));
      expect(conversion.text).toBe('');
      expect(conversion.notes[0]?.code).toBe('no-article');
      expect(conversion.notes[0]?.message).toMatch(/script fills in the article/);
      expect(result.issues.map((i) => i.code)).toEqual(['empty-input']);
    });
  }

  it('should leave a short notice that attaches its document, and a short page without frames or scripts, to the parse', async () => {
    const attaching = await parsePage(page('关于印发某县实施方案的通知', SITE(`<p>各乡镇：现将《${TITLE}》印发给你们。</p><p>附件：<a href="/u/fj.pdf">${TITLE}.pdf</a></p><script>var x = 1;</script>`)));
    expect(attaching.conversion.notes).toEqual([]);
    expect(attaching.conversion.text).toContain('附件');
    const short = await parsePage(page('通知', '<p>某市某局关于开展安全检查的通知，各单位于5月底前完成自查。</p>'));
    expect(short.conversion.notes).toEqual([]);
  });
});
