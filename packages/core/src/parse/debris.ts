import type { SourceLine } from '../text/source-lines.js';

/**
 * Lines that web pages add around a document: navigation, print buttons,
 * font-size switches, share prompts, comment boxes. They are never content.
 */
// Note: the agency, perhaps the place, the month and day, 电 or 讯, perhaps the reporters in brackets.
const AGENCY = '(?:新华社|中新社|人民日报|光明日报|经济日报|本报)[\\u4e00-\\u9fff]{0,8}?';
const DAY_SENT = '[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)';
const REPORTERS = '(?:[\\s\\u3000]*[（(]记者[^（）()]{1,30}[）)])?';
const DATELINE = new RegExp(`^${AGENCY}(?:${DAY_SENT}|讯)${REPORTERS}$`);
/** The same dateline with its day, opening a line that a copy ran on into the title or the first paragraph. */
export const DATELINE_OPENING = new RegExp(`^${AGENCY}${DAY_SENT}${REPORTERS}`);
/** The same after a headline, a space or a sentence's end (…印发《关于…的意见》新华社北京3月10日电　近日，…). */
export const DATELINE_AFTER = new RegExp(`(?<=》|[\\s\\u3000]|[。！])${AGENCY}${DAY_SENT}${REPORTERS}`);

const DEBRIS: RegExp[] = [
  /^【?(?:返回上一级|返回上一页|返回顶部|返回首页|返回|打印本页|打印|关闭本页|关闭窗口|关闭|收藏|分享到?|纠错)[:：]?】?$/,
  // A breadcrumb: 首页 > 政务公开 > 政策文件.
  /^(?:首页|网站首页|主页)\s*[>＞»›/]/,
  // A note a 公文 carries under its date: （此件公开发布）, （此件主动公开）.
  /^[(（]此件[^()（）]{1,12}[)）]$/,
  /^【?(?:字号|字体)[:：]?\s*(?:[大中小]\s*)*】?$/,
  /^[大中小](?:\s+[大中小]){1,2}$/,
  // A share bar with the platforms' names as its links' text (分享到：微信 微博 QQ空间), as portals set it under an article.
  /^【?分享到?[:：]?】?\s*(?:(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|人人网|豆瓣|今日头条|钉钉)[\s、|｜]*)+$/,
  /^(?:扫一扫|扫码|微信扫一扫|扫描二维码|用手机扫描|手机扫码).*(?:打开|分享|阅读|当前页|查看|浏览)?$/,
  // Note: a page's link and comment boxes are headed with or without a colon (相关链接, 相关链接：).
  /^(?:发表评论|网友评论|暂时无内容|暂无内容|暂无评论|我要评论|相关链接|相关文件|附件下载|相关附件|相关阅读|相关新闻|延伸阅读)[:：]?$/,
  // The credits and controls a news or government page sets under an article: its editor, its source, its link, the
  // error-report button and the reading-colour switch. A plan's own lines never open with these labels.
  /^(?:责任编辑|编辑|责编|审核|审校|终审|文章来源|稿件来源|原文链接|原文地址|本文链接|文章链接|视力保护色|背景颜色|护眼模式)[:：]/,
  // Note: a portal sets the error-report button and the editor's credit on one line (【我要纠错】 责任编辑：王某).
  /^【?(?:我要纠错|纠错|我要打印)】?(?:\s*(?:责任编辑|编辑|责编)[:：].{0,20})?$/,
  /^(?:浏览次数|阅读次数|访问量|点击数|阅读量)[:：]?\s*\d*$/,
  /^当前位置[:：]/,
  // A WeChat article's (公众号) furniture, copied with its text: the prompt to follow the account (点击蓝字 关注我们,
  // 点击上方“某某发布”关注我们), the link to the original (阅读原文, 点击“阅读原文”查看更多), the follow box (微信扫一扫
  // 关注该公众号, 预览时标签不可点) and the reader's buttons (在看, 点赞, 写留言). A plan never tells its reader to click.
  /^点击.{0,16}(?:关注|阅读原文|查看原文|查看更多|了解更多)/,
  /^(?:预览时标签不可点|微信扫一扫(?:\s*关注该公众号)?|关注该公众号|(?:轻触)?阅读原文|在看|点赞|写留言|留言|继续滑动看下一个|向上滑动看下一个|喜欢此内容的人还喜欢)$/,
  // The byline WeChat sets under an article's title: 原创 (or 转载), the author or account, the date and time, the province.
  /^(?:原创|转载)\s+\S.{0,30}\d{1,2}:\d{2}(?:\s+\S{1,8})?$/,
  // Note: and the arrows it points down to the text or the account's card with (▼▼▼).
  /^(?:[▼▽⬇☟]\s*){2,}$/,
  /^(?:主动公开|依申请公开|不予公开|部分公开)$/,
  // A news agency's dateline alone on its line (新华社北京2月3日电, 新华社北京3月10日电（记者 张三）, 本报讯): central
  // documents reach most sites as Xinhua publishes them, the dateline over the title. It is the release's, not the text's.
  DATELINE,
  // The publication mark a site or a 版记 sets under the text: 公开方式：主动公开.
  /^(?:公开方式|公开属性|公开类型)[:：]\s*(?:主动公开|依申请公开|不予公开|部分公开)$/,
];

// Note: a government site's footer: its registration numbers (网站标识码, ICP备, 公网安备), copyright and credits. A footer
// line may be long (several of them on one line), but these marks never occur in a plan's text.
const SITE_FOOTER = /网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©|建议使用.{0,20}浏览器|^(?:网站地图|联系我们|网站声明|隐私声明|关于我们)(?:\s*[|｜]\s*|$)/i;
// The site's credit line names its host and maintainer together (主办单位：…  承办单位：…), which no duty clause does.
const SITE_CREDIT = /^主办(?:单位)?[:：].{2,40}(?:承办|维护|技术支持|运维)(?:单位)?[:：]/;
// A navigation bar: the home page and other section names set apart by bars (网站首页 | 政务公开 | 政务服务).
const NAVIGATION = /^(?:网站首页|首页)\s*[|｜]\s*[^|｜]{2,8}\s*[|｜]/;

// The links to the column's previous and next articles, with a colon or a space after the word (上一篇：…, 下一篇 …), and
// the other article's title after it, which may be long: no plan's line opens so.
const PREVIOUS_NEXT = /^(?:上一篇|下一篇|上一条|下一条)(?:[:：]|\s)/;

// A download link under an article: a file's name alone on its line, perhaps numbered and with its size
// (某市2025年…工作要点.docx, 1.任务分工表.xlsx（23.5KB）). A document's own text never is a file name.
const DOWNLOAD = /^[^\s。；;，,：:]{2,80}\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar)\s*(?:[(（]\s*[\d.]+\s*[KMG]?B\s*[)）])?$/i;

/**
 * Whether a line is web-page debris rather than document content.
 *
 * @param text One line.
 * @returns `true` for navigation, print and share controls and the like.
 */
export function isDebris(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 200) return false;
  if (SITE_FOOTER.test(t) || SITE_CREDIT.test(t) || NAVIGATION.test(t) || PREVIOUS_NEXT.test(t)) return true;
  // Note: a file name has a dot before its extension; most lines have no ASCII dot, and the pattern backtracks on each.
  if (t.includes('.') && DOWNLOAD.test(t)) return true;
  if (t.length > 40) return false;
  if (DEBRIS.some((re) => re.test(t))) return true;
  // Several controls on one line: 【字体：大 中 小】 打印本页 关闭窗口.
  const rest = t.replace(CONTROLS, '');
  return rest !== t && /^[\s【】[\]|｜]*$/.test(rest);
}

const CONTROLS = /【?字[号体][:：]?\s*(?:[大中小]\s*)+】?|【?(?:打印本页|打印|关闭窗口|关闭本页|关闭|收藏|纠错|返回顶部|分享到?[:：]?)】?/g;

// The heading of a page's box of links under its article (相关链接, 相关文件, 相关阅读 …), with or without a colon.
const LINK_BOX = /^【?(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关政策|相关解读|政策解读|延伸阅读|推荐阅读|热点推荐|猜你喜欢)】?[:：]?$/;
/** A link's title in such a box: short, and no sentence (a document's or a page's title, perhaps numbered or dated). */
const MAX_LINK_TITLE = 60;
const SENTENCE_END = /[。；;！!？?]$/;

/**
 * The lines of a page's box of links copied with its article: a link-box heading (相关链接：) and every line after it to
 * the end of the text, when each is a link's title (short, no sentence, perhaps numbered 1. 关于印发…的通知) or page
 * debris (上一篇：…, 分享到). Its numbered titles read as a list of tasks otherwise. A heading followed by text is kept.
 *
 * @param lines The file's lines.
 * @returns The indexes of the box's lines, or none.
 */
export function linkBoxLines(lines: readonly SourceLine[]): number[] {
  // Note: the box closes the page; look for its heading among the last lines only.
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen <= MAX_BOX_LINES; i--) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    if (LINK_BOX.test(text)) return Array.from({ length: lines.length - i }, (_, k) => i + k);
    if (text.length > MAX_LINK_TITLE || (SENTENCE_END.test(text) && !isDebris(text))) return [];
    seen++;
  }
  return [];
}

/** The most lines a box of links under an article holds (its titles, and the previous and next links). */
const MAX_BOX_LINES = 20;
