// Pages that hold no plan of their own: a column's list of documents (headlines with summaries), which must give no
// plan and say what it is, and a notice that issues its plan as an attached file, whose error must name the file.
import { describe, expect, it } from 'vitest';
import { withConversionIssues } from '../src/corpus/parse-source.js';
import { convertHtml } from '../src/formats/html.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

const page = (title: string, body: string): Buffer =>
  Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

async function parsePage(html: Buffer) {
  const conversion = await convertHtml(html);
  const result = withConversionIssues(parseDocument(conversion.text, { file: 'page.html', format: 'text' }), 'page.html', conversion);
  return { conversion, result };
}

const item = (title: string, summary: string, date: string): string =>
  `<li><h3><a href="/c/${date}.html">${title}</a></h3><p class="summary">${summary}</p><span class="date">${date}</span></li>`;

const LIST = `<div class="list-main"><div class="list-title">规划计划</div><ul class="news-list">
${item('某市2024年大气污染防治工作方案', '为持续改善全市环境空气质量，到2024年底，全市PM2.5年均浓度控制在20微克/立方米以内。一、深化工业源治理。', '2024-04-10')}
${item('某市2024年水污染防治工作方案', '到2024年底，全市地表水国考断面水质优良比例达到85%。一、推进重点流域综合治理。二、加强饮用水水源保护。', '2024-03-28')}
${item('某市生态环境局2024年工作要点', '2024年，全市生态环境系统坚持以美丽建设为引领，深入打好污染防治攻坚战。一、持续改善生态环境质量。', '2024-02-20')}
</ul></div>`;

const PLAN = `<div id="zoom"><p>某市2024年大气污染防治工作方案</p><p>为持续改善全市环境空气质量，制定本方案。</p>
<p>一、深化工业源治理</p><p>（一）推进钢铁行业超低排放改造。年底前完成2家企业改造。责任单位：市生态环境局。</p>
<p>（二）开展挥发性有机物综合治理。完成重点企业治理30家。责任单位：市生态环境局。</p>
<p>二、强化移动源治理</p><p>（三）淘汰老旧车辆。全年淘汰国三及以下排放标准柴油货车500辆。责任单位：市公安局。</p>
<p>（四）推广新能源汽车。新增和更新公交车全部使用新能源汽车，全年推广新能源汽车1万辆以上，持续优化全市交通运输结构，减少机动车尾气排放。责任单位：市交通运输局。</p>
<p>（五）加强非道路移动机械监管。完成非道路移动机械编码登记全覆盖，开展抽检不少于200台次，严厉查处冒黑烟等违法行为。责任单位：市生态环境局。</p></div>`;

describe('a column’s list page', () => {
  it('should give no plan, and an error that says the page lists documents and names them', async () => {
    const { conversion, result } = await parsePage(page('规划计划_某市生态环境局', LIST));
    expect(conversion.text).toBe('');
    expect(result.documents).toEqual([]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('empty-input');
    expect(errors[0]?.message).toContain('This page lists 3 documents');
    expect(errors[0]?.message).toContain('《某市2024年大气污染防治工作方案》');
  });

  it('should read a plan page with a list of related documents at its end, in its box, as the plan', async () => {
    const related = `<ul class="xgwj">${item('某市2024年水污染防治工作方案', '', '2024-03-28')}${item('某市生态环境局2024年工作要点', '', '2024-02-20')}${item('某市“十四五”生态环境保护规划', '', '2022-06-15')}</ul>`;
    const { result } = await parsePage(page('某市2024年大气污染防治工作方案', PLAN.replace('</div>', `${related}</div>`)));
    expect(result.documents.map((d) => d.title)).toEqual(['某市2024年大气污染防治工作方案']);
    expect(result.documents[0]?.tasks).toHaveLength(5);
  });

  it('should read a plan written as list items that open with no link as the plan', async () => {
    const items = ['推进钢铁行业超低排放改造，年底前完成2家企业改造', '开展挥发性有机物综合治理，完成重点企业治理30家', '淘汰国三及以下排放标准柴油货车500辆'];
    const body = `<div class="content"><h1>某市2024年大气污染防治工作方案</h1><ol>${items.map((t) => `<li>${t}。<a href="/law.html">相关政策解读</a></li>`).join('')}</ol></div>`;
    const { conversion } = await parsePage(page('某市2024年大气污染防治工作方案', body));
    expect(conversion.text).toContain('1. 推进钢铁行业超低排放改造');
  });
});

describe('a short notice that issues several plans as attached files', () => {
  it('should not be taken for a column’s list, and its error should name the files', async () => {
    const files = ['某市教育发展规划', '某市学前教育行动计划', '某市职业教育提质方案'];
    const body = `<div class="xl-tit">关于印发某市教育三个文件的通知</div><div class="content"><p>各区教育局：现将三个文件印发给你们，请认真组织实施。</p>
<ul>${files.map((f, k) => `<li><a href="/files/${k}.pdf">${f}（2024—2026年）.pdf</a></li>`).join('')}</ul><p>某市教育局</p><p>2024年1月5日</p></div>`;
    const { conversion, result } = await parsePage(page('关于印发某市教育三个文件的通知', body));
    expect(conversion.text).toContain('各区教育局');
    expect(conversion.notes).toEqual([]);
    expect(result.issues.find((i) => i.code === 'no-structure')?.message).toContain('/files/2.pdf');
  });
});

describe('a notice that issues its plan as an attached file', () => {
  const notice = `<div class="xl-tit">关于印发《某市“十四五”教育发展专项规划》的通知</div><div class="article-content">
<p>各县（市、区）教育局：</p><p>经市政府同意，现将《某市“十四五”教育发展专项规划》印发给你们，请结合实际，认真组织实施。</p>
<p>附件：<a href="/files/P020220118.pdf">某市“十四五”教育发展专项规划.pdf</a></p><p style="text-align:right">某市教育局</p><p style="text-align:right">2022年1月14日</p></div>`;

  it('should say that the page issues 《…》 as an attachment, and name the file and its link', async () => {
    const { conversion, result } = await parsePage(page('关于印发《某市“十四五”教育发展专项规划》的通知', notice));
    expect(conversion.metadata.attachments).toBe('某市“十四五”教育发展专项规划.pdf');
    const error = result.issues.find((i) => i.code === 'no-structure');
    expect(error?.message).toContain('issues 《某市“十四五”教育发展专项规划》 as an attached file');
    expect(error?.message).toContain('/files/P020220118.pdf');
  });

  it('should leave a plan page with an attached copy as it is', async () => {
    const withCopy = PLAN.replace('</div>', '<p>附件：<a href="/files/plan.pdf">某市2024年大气污染防治工作方案.pdf</a></p></div>');
    const { conversion, result } = await parsePage(page('某市2024年大气污染防治工作方案', withCopy));
    expect(conversion.metadata.attachmentLinks).toBe('/files/plan.pdf');
    expect(result.documents).toHaveLength(1);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
