// Where a saved page's article is: typed with line breaks instead of paragraphs, beside a sidebar of summaries or
// a long footer, or in one cell of an old page's layout table. Each must give the article's lines, and only them.
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../src/formats/html.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const page = (title: string, body: string): Buffer =>
  Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

// An article of about 400 Chinese characters, written as text and <br>s (no <p>), as many old editors save it.
const BR_ARTICLE = [
  '2024年是实现“十四五”规划目标任务的关键一年，全市交通运输工作要坚持稳中求进，加快建设交通强市。',
  '<b>一、加快重大项目建设</b>',
  '（一）推进高速公路建设。加快两条高速公路建设，全年完成高速公路投资80亿元。牵头科室：规划建设科。',
  '（二）实施普通国省道改造。完成普通国省道改造提升120公里，9月底前完成主要路段改造。牵头科室：公路管理科。',
  '（三）推进农村公路建设。新改建农村公路500公里，实施农村公路安全生命防护工程300公里。牵头科室：公路管理科。',
  '<b>二、提升运输服务水平</b>',
  '（四）发展城乡客运一体化。具备条件的建制村通客车率保持100%，城乡客运一体化发展水平进一步提升。牵头科室：运输管理科。',
  '（五）加快物流体系建设。建成县级物流园区3个、乡镇快递服务站100个，农村物流网络基本覆盖。牵头科室：运输管理科。',
  '<b>三、强化安全和行业治理</b>',
  '（六）抓好安全生产。道路运输较大以上事故零发生，全年开展安全隐患排查整治行动4次。牵头科室：安全监督科。',
].join('<br>\n');

const SIDEBAR = `<div class="side-box"><h4>相关文件</h4>
<p><a href="/1.html">某市综合立体交通网规划</a></p>
<p>为加快建设交通强市，到2035年，基本建成现代化高质量综合立体交通网，实现市域一小时通达、县域半小时上高速，全面支撑全市经济社会高质量发展和人民群众美好出行需要。</p>
<p><a href="/2.html">某市农村公路管理养护体制改革实施方案</a></p>
<p>为深化农村公路管理养护体制改革，建立权责清晰、齐抓共管的农村公路管理机构和运行机制，建立以公共财政为主、多渠道筹措为辅的农村公路养护资金保障机制。</p></div>`;

const FOOTER = `<div class="footer"><p>主办单位：某市交通运输局　承办单位：某市大数据中心　网站标识码：5203000012　备案号：黔ICP备10001234号</p>
<p>地址：某省某市新区市政府大楼四楼　邮编：五六三零零零　联系电话：零八五一一二三四五六七八　传真：零八五一一二三四五六七</p>
<p>温馨提示：本网站所发布信息仅供参考，如需引用请注明出处。建议使用谷歌浏览器、火狐浏览器或者其他主流浏览器访问本网站，以获得最佳浏览效果。</p></div>`;

// An old page's footer row, in the same layout table as the article: enough text that the article's cell holds less than four fifths.
const FOOTER_TEXT = '主办单位：某市交通运输局　承办单位：某市大数据中心<br>地址：某省某市新区市政府大楼四楼　邮编：五六三零零零　联系电话：零八五一一二三四五六七八<br>温馨提示：本网站所发布信息仅供参考，如需引用请注明出处。建议使用谷歌浏览器、火狐浏览器或者其他主流浏览器访问本网站。';

const TITLE = '某市交通运输局2024年交通运输工作要点';

async function parsePage(html: Buffer) {
  const { text } = await convertHtml(html);
  const result = parseDocument(text, { file: 'page.html', format: 'text' });
  return { text, result };
}

describe('an article written with line breaks', () => {
  it('should be found beside a sidebar of summaries in paragraphs, and the sidebar left out', async () => {
    const html = page(`${TITLE} - 某市交通运输局`, `<div class="wrapper"><div class="left"><div class="pages_title">${TITLE}</div><div class="pages_content">${BR_ARTICLE}</div></div><div class="right">${SIDEBAR}</div></div>`);
    const { text, result } = await parsePage(html);
    expect(text).toContain('（五）加快物流体系建设。');
    expect(text).not.toContain('基本建成现代化高质量综合立体交通网');
    expect(result.parts.map((p) => p.title)).toEqual([TITLE]);
    const doc = result.documents[0];
    expect(doc?.tasks.map((t) => t.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should be found above a long footer in paragraphs, and the footer left out', async () => {
    const html = page(TITLE, `<div class="menu"><a href="/">网站首页</a><a href="/xxgk/">信息公开</a></div><div class="wrapper"><div class="pages_content">${BR_ARTICLE}</div></div>${FOOTER}`);
    const { text, result } = await parsePage(html);
    expect(text).toContain('（一）推进高速公路建设。');
    expect(text).not.toContain('网站标识码');
    expect(text).not.toContain('网站首页');
    expect(result.documents[0]?.title).toBe(TITLE);
    expect(result.documents[0]?.tasks).toHaveLength(6);
  });

  it('should not be lost beside 200 characters of paragraphs in a box the site gives no name', async () => {
    const unnamed = SIDEBAR.replace('class="side-box"', 'class="r2"');
    const { text } = await convertHtml(page(TITLE, `<div class="wrapper"><div class="l1">${BR_ARTICLE}</div><div class="r2">${unnamed}${unnamed}</div></div>`));
    expect(text).toContain('（六）抓好安全生产。');
  });

  it('should keep a page whose text is all in a box its site calls a footer (nothing else to read)', async () => {
    const { text } = await convertHtml(page('通知', `<div class="footer"><p>某市某局关于开展安全检查的通知，各单位于5月底前完成自查。</p></div>`));
    expect(text).toContain('各单位于5月底前完成自查');
  });

  it('should not take a content box for furniture when its class also says it holds the article', async () => {
    const article = BR_ARTICLE.replace(/<br>/g, '</p><p>');
    const { text } = await convertHtml(page(TITLE, `<div class="main-content side"><p>${article}</p></div>${SIDEBAR}`));
    expect(text).toContain('（三）推进农村公路建设。');
  });
});

describe('an old page laid out with a table', () => {
  it('should read the cell that holds the article as lines, not as one row of a data table', async () => {
    const html = page(TITLE, `<table><tr><td colspan="2" class="bt"><strong>${TITLE}</strong></td></tr><tr><td>发布时间：2024-03-12</td><td>来源：局办公室</td></tr><tr><td colspan="2" class="bt_content">${BR_ARTICLE}</td></tr><tr><td colspan="2">${FOOTER_TEXT}</td></tr></table>`);
    const { text, result } = await parsePage(html);
    const lines = text.split('\n');
    expect(lines).toContain('一、加快重大项目建设');
    expect(lines.some((l) => l.startsWith('（二）实施普通国省道改造。'))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(100);
    expect(result.documents[0]?.tasks).toHaveLength(6);
  });

  it('should keep a data table whose cells hold a few lines each as rows', async () => {
    const html = page('任务清单', `<p>某区2024年重点任务清单</p><table><tr><th>任务</th><th>措施</th><th>责任单位</th></tr><tr><td>建设学校</td><td>新建学校2所。<br>改扩建学校3所。<br>新增学位2000个。</td><td>区教育局</td></tr><tr><td>培训教师</td><td>培训教师500人次。</td><td>区教育局</td></tr></table>`);
    const { text } = await convertHtml(html);
    expect(text).toContain('| 建设学校 | 新建学校2所。 改扩建学校3所。 新增学位2000个。 | 区教育局 |');
  });
});

describe('an article whose body is one paragraph', () => {
  // Many editors save a plan's whole body in one <p> (lines joined by <br>s), under a title and a notice in their own
  // paragraphs: that paragraph holds nearly all the page's text, but the box is what holds it and its siblings.
  const NOTICE = '各县（市、区）交通运输局，局机关各科室：现将《某市交通运输局2024年交通运输工作要点》印发给你们，请认真贯彻落实。';
  const SIGNATURE = '某市交通运输局<br>2024年2月20日';

  it('should keep the title, the notice and its signature beside the one long paragraph', async () => {
    const html = page(`${TITLE} - 某市交通运输局`, `<div class="article"><h2>${TITLE}</h2><p>${NOTICE}</p><p>${SIGNATURE}</p><p>${BR_ARTICLE}</p></div>${FOOTER}`);
    const { text, result } = await parsePage(html);
    expect(text).toContain(NOTICE);
    expect(text).toContain('2024年2月20日');
    expect(text).not.toContain('网站标识码');
    const doc = result.documents.find((d) => d.tasks.length > 0);
    expect(doc?.title).toBe(TITLE);
    expect(doc?.date).toBe('2024-02-20');
    expect(doc?.tasks).toHaveLength(6);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still find the box when it holds nothing but that paragraph', async () => {
    const html = page(TITLE, `<div class="menu"><a href="/">网站首页</a></div><div class="pages_content"><p>${BR_ARTICLE}</p></div>${FOOTER}`);
    const { text, result } = await parsePage(html);
    expect(text).not.toContain('网站首页');
    expect(text).not.toContain('网站标识码');
    expect(result.documents[0]?.tasks).toHaveLength(6);
  });
});

describe('an article that is mostly a task table', () => {
  // A plan set out as a table (任务清单, 分工方案, work points in a table) after a short notice: the table holds nearly
  // all the page's text, but the notice's number, addressees, signature and date and the plan's title are its siblings.
  const TASKS = ['建设市级公共数据平台，完成二期工程', '推进政务数据共享，新增共享接口200个', '开展公共数据授权运营试点', '培育数据标注产业基地1个', '建设城市数据中台，汇聚数据10亿条', '推进数据要素市场化配置改革', '完善数据安全管理制度', '开展数据资源普查，编制资源目录', '建设算力调度平台，新增算力500P', '推进“一网通办”事项全覆盖', '开展数字技能培训1万人次', '建立首席数据官制度'];
  const TABLE = `<table border="1"><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>${TASKS.map((t, k) => `<tr><td>${k + 1}</td><td>${t}</td><td>市数据局</td><td>市财政局、市委网信办</td><td>2025年${k % 2 ? 6 : 12}月底</td></tr>`).join('')}</table>`;
  const HEADING = '某市人民政府办公室关于印发某市2025年数据工作要点的通知';
  const NOTICE = '<p>某政办发〔2025〕8号</p><p>各县（市、区）人民政府，市政府各部门：</p><p>现将《某市2025年数据工作要点》印发给你们，请认真抓好落实。</p><p>某市人民政府办公室</p><p>2025年3月10日</p><p>某市2025年数据工作要点</p>';

  it('should keep the notice, its signature and the plan’s title beside the table', async () => {
    const html = page(`${HEADING}_某市人民政府`, `<div class="nav"><a href="/">首页</a></div><h1 class="title">${HEADING}</h1><div id="zoom">${NOTICE}${TABLE}</div>${FOOTER}`);
    const { text, result } = await parsePage(html);
    expect(text).toContain('某政办发〔2025〕8号\n各县（市、区）人民政府，市政府各部门：');
    expect(text).not.toContain('网站标识码');
    const doc = result.documents.find((d) => d.tasks.length > 0);
    expect([doc?.title, doc?.docNumber, doc?.date, doc?.issuer]).toEqual(['某市2025年数据工作要点', '某政办发〔2025〕8号', '2025-03-10', '某市人民政府办公室']);
    expect(doc?.tasks).toHaveLength(12);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep a box that only wraps the table or the one paragraph as the box, without the site’s text around it', async () => {
    const welcome = '<div class="side"><p>欢迎访问某市人民政府门户网站，本站提供政务公开、政务服务和互动交流等栏目。</p></div>';
    for (const article of [TABLE, `<p>${BR_ARTICLE}</p>`]) {
      const { text } = await parsePage(page('某市2025年数据工作要点', `<div class="wrap">${welcome}<div class="con"><div class="TRS_Editor">${article}</div></div></div>`));
      expect(text).not.toContain('欢迎访问');
    }
  });

  it('should keep a table straight under the page’s body as the box, without the site’s text beside it', async () => {
    const html = page('某市2025年数据工作要点', `<p>欢迎访问某市人民政府门户网站，本站提供政务公开、政务服务和互动交流等栏目。</p>${TABLE}<p>本网站所发布信息仅供参考，如需引用请注明出处。</p>`);
    const { text } = await parsePage(html);
    expect(text).not.toContain('欢迎访问');
    expect(text).toContain('| 1 | 建设市级公共数据平台，完成二期工程 | 市数据局 | 市财政局、市委网信办 | 2025年12月底 |');
  });
});

describe('an article typed a <div> a line', () => {
  // Editors that write each paragraph as a <div> (as others write <p>) save an article with no <p> at all; a page's
  // related articles under it give their summaries in <p>s. Measured by paragraphs alone, the summaries were the
  // article: the plan was lost and its related news read instead (found with two crafted pages, a prefecture's plan
  // above 相关阅读 and a district's work points beside 推荐阅读).
  const DIV_ARTICLE = BR_ARTICLE.split('<br>\n').map((line) => `<div style="text-indent:2em">${line}</div>`).join('\n');
  const RELATED = ['州政府召开交通运输工作推进会', '我市农村公路建设取得新成效', '市交通运输局开展安全生产大检查', '全市城乡客运一体化工作现场会召开'].map(
    (headline, k) => `<div class="item"><a href="/news/${k}.html">${headline}</a><p>近日，${headline.slice(0, 6)}总结去年工作，安排部署今年重点任务，要求各县区各部门以更大力度推进交通运输高质量发展，切实抓好安全生产和行业治理，确保各项目标任务按期完成，以优异成绩助推经济社会发展。</p></div>`,
  );

  for (const [name, box] of [['相关阅读', 'xgyd'], ['推荐阅读', 'tjyd']] as const) {
    it(`should be read, not the summaries of ${name} in paragraphs beside it`, async () => {
      const html = page(`${TITLE} - 某市交通运输局`, `<div class="container"><div class="detail"><div class="detail-title">${TITLE}</div><div class="detail-content">${DIV_ARTICLE}</div></div><div class="${box}"><h3>${name}</h3>${RELATED.join('')}</div></div>`);
      const { text, result } = await parsePage(html);
      expect(text).toContain('（五）加快物流体系建设。');
      const doc = result.documents[0];
      expect(doc?.title).toBe(TITLE);
      expect(doc?.tasks.slice(0, 6).map((t) => t.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
      if (doc) expectExactQuotes(text, doc);
    });
  }
});
