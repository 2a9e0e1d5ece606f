// Plans reposted as WeChat articles (公众号) and by news apps, copied with the article: emoji before the headings and
// after the titles (📌一、, 🔹（一）, …效能👍, ✅…工作要点), the byline under the title (原创 某某发布 2025年03月18日 09:12
// 江西), the prompt to follow the account and the buttons under the text. An emoji before a heading's number hid the
// number: such a plan gave no chapter and no task. The parser hides emoji as it hides zero-width spaces, and reads
// the article's furniture as page debris.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../src/formats/html.js';
import { isDebris } from '../src/parse/debris.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { invisibleRanges } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

describe('invisibleRanges and emoji', () => {
  it('should hide emoji, whole (two code units, joined sequences, skin tones), and the variation selector that asks for one', () => {
    expect(invisibleRanges('📌一、总体目标')).toEqual([[0, 2]]);
    expect(invisibleRanges('二、加强法治保障⚖️')).toEqual([[8, 10]]);
    expect(invisibleRanges('✅黄浦区👍🏻')).toEqual([
      [0, 1],
      [4, 8],
    ]);
    expect(invisibleRanges('👨‍👩‍👧家庭')).toEqual([[0, 8]]);
  });

  it('should leave the symbols plans number and mark items with, drawn as text', () => {
    expect(invisibleRanges('★重点任务 ● ■ ▶ © ® ™ ① ⑴ ※ √ × → ℃ ㎡ 〇 ～')).toEqual([]);
  });
});

const ARTICLE = outdent`
  点击蓝字 关注我们
  原创 江西发布 2025年03月18日 09:12 江西
  江西省数字经济做优做强“一号发展工程”2025年行动方案
  📌一、总体目标
  到2025年底，全省数字经济核心产业营业收入突破1.2万亿元，新建5G基站1.5万个。
  📌二、重点任务
  🔹（一）壮大电子信息产业。培育营业收入超百亿元企业5家。（牵头单位：省工业和信息化厅）
  🔹（二）推进产业数字化转型。新增上云企业1万家。（牵头单位：省工业和信息化厅，配合单位：省通信管理局）
  🔹（三）加快数字政府建设。政务服务事项网上可办率达到98%以上。（牵头单位：省政务服务管理局）
  👇👇👇
  预览时标签不可点
  微信扫一扫
  关注该公众号
  阅读原文
`;

describe('a plan reposted as a WeChat article, emoji before its headings', () => {
  const result = parseDocument(ARTICLE, { file: 'wechat.txt' });
  const doc = result.documents[0];

  it('should read its chapters and tasks, quoting the source exactly', () => {
    expect(doc?.title).toBe('江西省数字经济做优做强“一号发展工程”2025年行动方案');
    expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([
      ['一、', '总体目标'],
      ['二、', '重点任务'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['（一）', '壮大电子信息产业'],
      ['（二）', '推进产业数字化转型'],
      ['（三）', '加快数字政府建设'],
    ]);
    expect(doc?.assignments.map((a) => [a.taskId !== null, a.leadUnits])).toEqual([
      [true, ['省工业和信息化厅']],
      [true, ['省工业和信息化厅']],
      [true, ['省政务服务管理局']],
    ]);
    if (doc) expectExactQuotes(ARTICLE, doc);
  });

  it('should read the article\'s furniture as no part of the plan: no cut-off warning, no duty outside the tasks', () => {
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
    expect(result.issues.map((i) => i.code)).not.toContain('unmatched-assignment');
  });
});

describe('a plan with emoji after its title and headings', () => {
  const text = outdent`
    💡划重点！
    ✅黄浦区2025年优化营商环境工作要点
    一、深化政务服务改革💪
    1.推进“高效办成一件事”。新增集成服务场景10个。（牵头单位：区政务服务办）
    2.提升企业开办便利度。企业开办时间压缩至1个工作日。（牵头单位：区市场监管局）
    二、加强法治保障⚖️
    3.规范涉企执法检查。涉企检查次数同比下降20%。（牵头单位：区司法局）
  `;

  it('should read the title and the chapters without them', () => {
    const doc = parseDocument(text, { file: 'emoji.txt' }).documents[0];
    expect(doc?.title).toBe('黄浦区2025年优化营商环境工作要点');
    expect(doc?.sections.map((s) => s.title)).toEqual(['深化政务服务改革', '加强法治保障']);
    expect(doc?.tasks).toHaveLength(3);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a WeChat article\'s furniture', () => {
  it.each(['点击蓝字 关注我们', '点击上方“番禺发布”关注我们', '点击“阅读原文”查看更多', '阅读原文', '预览时标签不可点', '微信扫一扫关注该公众号', '在看', '原创 番禺发布 2025-03-05 18:30 广东', '转载 江西发布 2025年03月18日 09:12', '▼▼▼'])(
    'should read %s as page debris',
    (line) => {
      expect(isDebris(line)).toBe(true);
    },
  );

  it.each(['点击率提升至5%以上', '原创作品登记数量达到1200件', '关注群众急难愁盼问题', '在看守所推行远程视频会见', '▼', '↓↓'])('should read %s as text', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});

describe('a saved WeChat article whose headings are badges set in the line', () => {
  // WeChat editors (秀米, 135编辑器) set a heading's number in a coloured box beside its words, both boxes
  // display:inline-block; a browser shows one line (一、 主要目标), where each box read as a block gave the number and
  // the words on lines of their own.
  const badge = (label: string, words: string): string =>
    `<section style="margin:10px 0;"><section style="display: inline-block; background-color: rgb(214, 40, 40); padding: 3px 12px;"><span style="color:#fff;"><strong>${label}</strong></span></section><section style="display: inline-block; vertical-align: middle;"><span><strong>${words}</strong></span></section></section>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市2024年城乡居民增收行动方案</title></head><body><div class="rich_media_content" id="js_content" style="visibility: hidden;">
    <p>为拓宽城乡居民增收渠道，制定本方案。</p>${badge('一、', '主要目标')}<p>农村常住居民人均可支配收入增长8%左右。</p>${badge('二、', '重点任务')}
    ${badge('（一）', '实施就业增收行动')}<p>新增城镇就业3.2万人。（牵头单位：市人力资源社会保障局）</p><section style="display:inline;">（二）</section><section style="display:inline">实施产业增收行动</section><p>培育龙头企业20家。（牵头单位：市农业农村局）</p></div></body></html>`;

  it('should give each heading on one line, its number and words apart', async () => {
    const { text } = await convertHtml(Buffer.from(html));
    const lines = text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['一、 主要目标', '二、 重点任务', '（一） 实施就业增收行动', '（二）实施产业增收行动']));
    const doc = parseDocument(text, { format: 'text' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['实施就业增收行动', '实施产业增收行动']);
    if (doc) expectExactQuotes(text, doc);
  });
});
