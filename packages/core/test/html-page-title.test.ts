// A saved page whose title is only in <title>, after which the site puts its name: a portal's (…_中国政府网) or, as
// often, the body's that runs the site (…_某市文化和旅游局). The site's name is no part of the document's title.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';

const page = (title: string): Uint8Array =>
  new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><div><p>一、加快文旅融合</p><p>（一）打造精品线路。推出精品线路10条。</p></div></body></html>`);

describe('a page title with the site’s name after it', () => {
  it('should drop the name of the body that runs the site, as it drops a portal’s', async () => {
    for (const [title, expected] of [
      ['黄山市2024年文化旅游工作要点_黄山市文化和旅游局', '黄山市2024年文化旅游工作要点'],
      ['某县2025年教育工作要点-某县教育委员会', '某县2025年教育工作要点'],
      ['国务院关于印发某方案的通知_中国政府网', '国务院关于印发某方案的通知'],
    ]) {
      const converted = await convertSource(page(title as string), 'html');
      expect(converted.metadata.title).toBe(expected);
      expect(converted.text.split('\n')).toContain(expected);
    }
  });
});

// A <title> with the column's and site's names around the document's (标题_栏目_站点, 站点 - 标题, 标题 | 部门 | 站点),
// and the page's heading outside the article's box: the title is the document's segment, read from the heading.
describe('a page title with several site and column segments', () => {
  const article = '<div id="zoom"><p>一、加快文旅融合</p><p>（一）打造精品线路。推出精品线路10条。</p></div>';
  const withHeading = (title: string, heading: string): Uint8Array =>
    new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="left-side"><h3>通知公告</h3></div><div class="right-main"><h1 class="art-title">${heading}</h1>${article}</div></body></html>`);

  it('should keep only the document’s segment, whichever side the site’s name is on', async () => {
    for (const title of [
      '某县2024年文旅工作要点_通知公告_某县人民政府',
      '某县2024年文旅工作要点 | 某县文化和旅游局 | 某县人民政府',
      '某县人民政府门户网站 - 某县2024年文旅工作要点',
      '某县2024年文旅工作要点_某县政府门户网站_某市',
      '某县2024年文旅工作要点--某县人民政府网',
    ]) {
      const converted = await convertSource(page(title), 'html');
      expect(converted.metadata.title).toBe('某县2024年文旅工作要点');
    }
  });

  it('should not cut a title at a dash inside a period, brackets or a word, nor at a subtitle’s ——', async () => {
    for (const title of ['某县文旅融合行动方案（2024-2026年）_某县人民政府', '关于印发《某县A-B级景区提升方案》的通知_某县文化和旅游局', '关于推进5G-A网络建设的通知_某县人民政府', '奋力谱写新篇章——某县2024年文旅工作要点_某县人民政府']) {
      const converted = await convertSource(page(title), 'html');
      expect(converted.metadata.title).toBe(title.replace(/_[^_]+$/, ''));
    }
  });

  it('should put the heading outside the article’s box before the text, pointing at it', async () => {
    const converted = await convertSource(withHeading('某县2024年文旅工作要点_通知公告_某县人民政府', '某县2024年文旅工作要点'), 'html');
    const lines = converted.text.split('\n');
    expect(lines[0]).toBe('某县2024年文旅工作要点');
    expect(converted.origins?.[0]?.element).toBe('body > div:nth-of-type(2) > h1');
    expect(converted.text).not.toContain('通知公告');
  });

  it('should read the title from the heading when the <title> is only the site’s name', async () => {
    const converted = await convertSource(withHeading('某县人民政府', '某县2024年文旅工作要点'), 'html');
    expect(converted.metadata.title).toBe('某县2024年文旅工作要点');
    expect(converted.text.split('\n')[0]).toBe('某县2024年文旅工作要点');
  });

  it('should give no title when the <title> is only the site’s name and no heading reads as a document’s', async () => {
    const converted = await convertSource(page('某县人民政府'), 'html');
    expect(converted.metadata.title).toBeUndefined();
    expect(converted.text).not.toContain('某县人民政府');
    const column = await convertSource(page('规划计划_某市生态环境局'), 'html');
    expect(column.metadata.title).toBeUndefined();
  });
});

// A notice's title opens with its issuer's name, which its signature repeats; an autonomous prefecture's or county's
// government or bureau has a name of 12 characters or more (延边朝鲜族自治州人民政府). With the title only in the page's
// heading, the article's opening lines hold that name but not the title.
describe('a notice whose heading is outside the article and whose issuer has a long name', () => {
  const TASKS = ['建设边境风情旅游带。串联图们江沿线景区，打造边境风情旅游精品线路3条', '发展冰雪旅游。提升滑雪场服务水平，冬季接待游客增长15%', '保护传承民族文化。加强非物质文化遗产保护，建设非遗工坊20个', '培育文旅消费新业态。发展民宿经济，培育特色民宿集聚区5个'].map((t, k) => `<p>（${'一二三四'[k]}）${t}。（牵头单位：州文化广电和旅游局）</p>`).join('');
  const notice = (heading: string, opening: string): Uint8Array =>
    new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>${heading}-某州人民政府</title></head><body><div class="Article_title"><h2>${heading}</h2></div><div id="ivs_content">${opening}<p>延州政发〔2024〕7号</p><p>各县（市）人民政府：</p><p>现将《延边州文旅产业发展实施意见》印发给你们，请认真贯彻落实。</p><p>延边朝鲜族自治州人民政府</p><p>2024年4月2日</p><p>延边州文旅产业发展实施意见</p><p>一、打造精品线路</p>${TASKS}</div></body></html>`);
  const title = '延边朝鲜族自治州人民政府关于印发延边州文旅产业发展实施意见的通知';

  it('should put the title before the text though the signature repeats the issuer', async () => {
    const converted = await convertSource(notice(title, ''), 'html');
    expect(converted.text.split('\n')[0]).toBe(title);
    // Note: the heading's box (div.Article_title) is what the title is read from.
    expect(converted.origins?.[0]?.element).toBe('body > div:nth-of-type(1)');
  });

  it('should not put it again when the article opens with it, in other brackets or spaces', async () => {
    const converted = await convertSource(notice(title, '<p>延边朝鲜族自治州人民政府关于印发<br>《延边州文旅产业发展实施意见》的通知</p>'), 'html');
    expect(converted.text.split('\n').slice(0, 2)).toEqual(['延边朝鲜族自治州人民政府关于印发', '《延边州文旅产业发展实施意见》的通知']);
  });
});
