/**
 * Lines that web pages add around a document: navigation, print buttons,
 * font-size switches, share prompts, comment boxes. They are never content.
 */
const DEBRIS: RegExp[] = [
  /^【?(?:返回上一级|返回上一页|返回顶部|返回首页|返回|打印本页|打印|关闭本页|关闭窗口|关闭|收藏|分享到?|纠错)[:：]?】?$/,
  // A breadcrumb: 首页 > 政务公开 > 政策文件.
  /^(?:首页|网站首页|主页)\s*[>＞»›/]/,
  // A note a 公文 carries under its date: （此件公开发布）, （此件主动公开）.
  /^[(（]此件[^()（）]{1,12}[)）]$/,
  /^【?(?:字号|字体)[:：]?\s*(?:[大中小]\s*)*】?$/,
  /^[大中小](?:\s+[大中小]){1,2}$/,
  /^(?:扫一扫|扫码|微信扫一扫).*(?:打开|分享|阅读|当前页)?$/,
  /^(?:发表评论|网友评论|暂时无内容|暂无内容|暂无评论|我要评论|相关链接|相关文件|附件下载)$/,
  /^(?:浏览次数|阅读次数|访问量|点击数|阅读量)[:：]?\s*\d*$/,
  /^(?:上一篇|下一篇)[:：]/,
  /^当前位置[:：]/,
  /^(?:主动公开|依申请公开|不予公开|部分公开)$/,
];

/**
 * Whether a line is web-page debris rather than document content.
 *
 * @param text One line.
 * @returns `true` for navigation, print and share controls and the like.
 */
export function isDebris(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  if (DEBRIS.some((re) => re.test(t))) return true;
  // Several controls on one line: 【字体：大 中 小】 打印本页 关闭窗口.
  const rest = t.replace(CONTROLS, '');
  return rest !== t && /^[\s【】[\]|｜]*$/.test(rest);
}

const CONTROLS = /【?字[号体][:：]?\s*(?:[大中小]\s*)+】?|【?(?:打印本页|打印|关闭窗口|关闭本页|关闭|收藏|纠错|返回顶部|分享到?[:：]?)】?/g;
