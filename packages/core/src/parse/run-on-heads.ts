// The head of a notice and its signature, when a copy lost their line breaks (a spreadsheet cell's or a web page's
// text: 关于印发《…》的通知皖政办秘〔2021〕82号各市人民政府：…请认真贯彻落实。国务院办公厅2020年11月1日…工作要点一、…).
// 公文 lay these out on lines of their own everywhere (GB/T 9704: title, number, addressee, body, signature, date), so a
// line is cut where one of them ends and the next begins, and the parser reads them as on a well-formed page.
import { DATELINE_AFTER, DATELINE_OPENING } from './debris.js';
import { findDocNumbers } from './doc-number.js';
import { isIssuerName } from './issuer.js';
import { headlineTitle } from './metadata.js';
import { cutLines, spacesAfter } from './run-on-lines.js';
import { scanDivisions } from '../region/scan-divisions.js';
import type { SourceLine } from '../text/source-lines.js';

// A cover's year and month, perhaps its day, in digits or Chinese numerals, right after the title.
const COVER_DATE = /^[\s\u3000]*(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?/;
// That note, cut onto a line of its own so that its date dates the plan as on a laid-out page.
const ADOPTION_NOTE = /^[\s\u3000]*[（(][\s\u3000]*[12１２〇零一二][\s0-9０-９〇零一二三四五六七八九]{3,7}年[^（）()。]{0,36}?人民代表大会[^（）()。]{0,30}?(?:通过|批准)[）)]/;
// A newspaper database's source fields before the text (云南日报 / 2 0 0 1年 / 0 2月 / 2 0日 / 第 A0 1版 /, CNKI's
// export of a newspaper's page), or the attachment's mark (附件, 附件1) of a plan copied from its notice's attachment:
// the text, and its title, start after them.
const NEWSPAPER_SOURCE = /^[^。]{0,40}?年\s*\/\s*[\d\s]{1,4}月\s*\/\s*[\d\s]{1,4}日\s*\/\s*第\s*[A-Z]?[\d\s]{1,6}版\s*\/\s*/;

/** Lines shorter than this are laid out already: only a flattened line holds a head and a body. */
const MIN_FLATTENED = 60;

// A web address runs on printable ASCII; Chinese text right after it starts a new line (…/ea52.html安徽省人民政府…).
const URL = /https?:\/\/[\x21-\x7e]+/g;

// The title of a notice, from the start of a piece: 关于 … the kind that closes it, with no sentence's punctuation.
// Note: a body's own 意见 or 措施 set out the same way (某市人民政府关于加快…的实施意见　某府发〔2024〕7号　各县（区）人民政府：).
const NOTICE_TITLE = /^[^。；！？，,：:]{0,60}?关于[^。；！？]{2,200}?的(?:通知|决定|(?:实施|指导)?意见|批复|函|通告|公告|若干措施)/;

// The people and bodies a notice is sent to (主送机关), closing with a colon: 各市人民政府，省政府各部门，各直属机构：
const ADDRESSEE = /^各[^。；！？：:]{1,80}[：:]/;

// A signing body: an office, a government or a party organ, with no punctuation.
const SIGNER = /[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|人民代表大会常务委员会|政府|办公厅|办公室|委员会|管委会|管理委员会|领导小组|指挥部|局|厅|部|委|院|署|中心|党委|党组|街道办事处|办事处)/;
/** Any full date (in ASCII or full-width digits, as some offices type them), to pass over lines without one before the signature's pattern is tried. */
// Note: a signature's date may be spaced (2025 年 5 月 6 日) or dotted (2025.2.18), as offices type them, and a year in
// Chinese numerals may write zero as a circle (二○二四年), as Word's symbol for it is.
// Note: or with slashes or hyphens (2024/03/05, 2024-03-05), as a form or a site's template prints it; the same separator
// twice, so that a period (2024-2026年) is no date.
const FULL_DATE = /[0-9０-９]\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[〇○零]|(?:19|20)\d{2}(?:\.\d{1,2}\.|\/\d{1,2}\/|-\d{1,2}-)\d{1,2}/;
const DATE = /(?:19|20|１９|２０)[0-9０-９]{2}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}(?:\.\d{1,2}\.|\/\d{1,2}\/|-\d{1,2}-)\d{1,2}(?![\d./-])/;
// At a line's start or after a sentence's end: a signer then the date, or the date alone, then a note in brackets
// (（此件公开发布）).
// Note: a right-aligned signature keeps the spaces that aligned it (。　　　　国务院　　　　2016年11月24日).
// Note: a page flattened with spaces for its line breaks sets one before the note too (…2019年1月24日 （此件公开发布）).
// Joint issuers sign side by side, a space between (某市数据局　某市发展和改革局　2025年5月6日).
const SIGNATURE = new RegExp(`(?<=^|[。！][\\s\u3000]*)(${SIGNER.source}(?:[\\s\u3000]+${SIGNER.source}){0,5})?[\\s\u3000]*(${DATE.source})([\\s\u3000]*[（(][^）)]{1,12}[）)])?`, 'g');
// The same at the end of the text after a closing bracket: the last item's duty clause (…。（牵头单位：某局）), which
// ends a plan's text as often as a full stop does, then the signature.
const SIGNATURE_AFTER_BRACKET = new RegExp(`(?<=[）)][\\s\u3000]*)(${SIGNER.source})?[\\s\u3000]*(${DATE.source})([（(][^）)]{1,12}[）)])?(?=[\\s\u3000]*$)`);
// A cover under the title: perhaps a draft's note, then the issuers and the year and month (…规划（征求意见稿）某市发展和
// 改革委员会二〇二五年十一月目录…), as a plan's cover sets them on lines of their own.
const COVER = new RegExp(
  String.raw`^[\s\u3000]*([（(][^（）()]{2,12}[）)])?[\s\u3000]*(${SIGNER.source}(?:[\s\u3000]+${SIGNER.source}){0,5})[\s\u3000]*(${COVER_DATE.source.slice(1)})`,
);
// An announcement's head, the body's name and 公告, then its number counted by year (某市人民政府公告2024年第3号,
// …公告（2024年第3号）), over the title of the plan it publishes.
const ANNOUNCEMENT_HEAD = /^([\s\u3000]*[\u4e00-\u9fff]{2,30}?公告)[\s\u3000]*[(（]?[〔［[【]?\s*(?:19|20)\d{2}\s*年?\s*[〕］\]】]?\s*第\s*\d{1,4}\s*号[)）]?[\s\u3000]*/;
// A draft's status in brackets at the top of its first page, above the title (【征求意见稿】, （送审稿）): a line of its own.
const STATUS_MARK = /^[\s\u3000]*[【（(〔[][\s\u3000]*(?:公开)?(?:征求意见稿|意见征求稿|送审稿|草案|讨论稿|修订稿|审议稿)[\s\u3000]*[】）)〕\]][\s\u3000]*/;
// A plan's title opening the text, run into what follows it: the preamble's first words (为…, 根据…, 按照…, 近年来, 当前,
// “十四五”时期是…), a report's subtitle (——2024年3月5日在…), the table of contents (目录) or the first heading (一、);
// a page flattened with spaces for its line breaks sets a space between.
// A plan adopted by a people's congress (五年规划纲要) sets the note of its adoption under its title, opening with its
// date: （2021年1月23日某省第十三届人民代表大会第五次会议通过）. A page flattened with spaces for its line breaks sets
// one after the title; a cover dates the plan under its title (…规划二〇二五年十二月); a work programme's preamble often
// opens with its year (2025年是“十四五”规划收官之年), a three-year plan's with its years (2024-2026年是…).
// Note: a title broken over lines (某某县 / 数字乡村建设三年行动计划 / （2024—2026年）) keeps a space for each break on a
// page flattened so, its period after one: one space between Chinese words or before a number, never around a
// breadcrumb's arrow.
// Note: a task list is titled as one (…重点任务清单, …任务分解表, …分工表), as offices publish a year's tasks on their own;
// so are measures titled 若干政策 (支持工业互联网发展若干政策, …服务业高质量发展若干政策) as 若干措施 are, and a year's
// 重点工作安排 as its 工作要点.
// Note: the text may open with its first division instead (…规划第一章 发展基础, …办法第一章 总则, …规划第一部分, …纲要第一篇, …要点Ⅰ、),
// as plans in chapters, regulations in articles and work points numbered in Roman numerals do, or with the year's aims
// (2025年全市统计工作的总体要求是：, 2025年工作的主要目标是：), as work points open.
const FIRST_DIVISION = String.raw`第[一1１][\s\u3000]*(?:章|部分|编|篇)|第一条|[Ⅰ][、.．]|I[.．](?=[\s\u3000]*[\u4e00-\u9fff])`;
// Note: or with its first item, when it has no chapters (a 任务分工方案 or a short 工作要点 numbered 1. 2. from the start:
// …任务分工方案1.实施智能制造试点示范。…); before words, as 1、2月份 counts months.
const FIRST_ITEM = String.raw`[1１][.．、](?=[\u4e00-\u9fff“])`;
const YEAR_AIMS = String.raw`[^。；，,：:]{0,24}?(?:总体要求|指导思想|主要目标|工作思路|总体思路)`;
// Note: or with the page's fields that a site prints under an article's title (发布日期：…, 时间：…, 来源：…, 浏览次数：…,
// and the information table some sites set under it: 索引号：…, 发文字号：…, 主题分类：…),
// its publication time bare (2024-03-15　来源：…) or its font-size and print buttons (【字体：大 中 小】), run into it when
// the page is flattened with no space for its line breaks (…工作要点发布日期：2024-02-27信息来源：…). A title holds no
// colon, so a label and its colon right after a plan's kind word are the fields, never the title's end; nor does it
// hold a date with its day in dashed, slashed or dotted digits, nor an underscore.
const PAGE_FIELD =
  String.raw`(?:(?:(?:发布|成文|印发|公开|发文)?(?:日期|时间)|(?:信息|文章|稿件)?来源|发布(?:机构|单位|者|人)|发文机关|浏览次数|阅读次数|点击(?:数|量|次数)|访问量|作者|字[号体]|分享到|(?:信息)?索引号|发文字号|文号|(?:主题|信息)分类)[\s\u3000]*[:：]` +
  String.raw`|【[\s\u3000]*(?:字[号体]|打印|关闭|分享|收藏)|(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)` +
  // Note: or the site's name after the page's <title> (…工作要点_黄冈市人民政府门户网站), as a saved page heads its text.
  String.raw`|[_＿](?=[\u4e00-\u9fff]))`;
// A page's field right at a place (after a notice's title).
const PAGE_FIELD_AT = new RegExp(String.raw`^[\s\u3000]*${PAGE_FIELD}`);
/** How far past a notice's title its page fields are looked through for the addressee after them. */
const MAX_FIELDS = 200;
// The addressee after the page's fields, run into the last field's value (…发文字号：某政办〔2025〕8号各乡镇人民政府，…：):
// after a document number, a date or a space, 各 opens the addressee's line.
const FIELDS_THEN_ADDRESSEE = /^([^。]*?(?:号|日|\d|[\s\u3000]))(?=各[^。；！？：:]{1,80}[：:])/;
const TITLE_BREAK = String.raw`(?<=[\u4e00-\u9fff”》）])[ \u3000](?=[\u4e00-\u9fff0-9“《])`;
const LEADING_TITLE = new RegExp(
  String.raw`^[^。；，,：:！？\s](?:[^。；，,：:！？\s]|${TITLE_BREAK}){3,59}?(?:方案|计划|规划|要点|意见|办法|措施|政策|纲要|报告|细则|清单|分解表|分工表|工作安排)` +
    String.raw`(?:[（(][^）)。]{1,20}[）)]|[ \u3000][（(](?:19|20)\d{2}[^）)。]{1,16}[）)])?` +
    String.raw`(?=[\s\u3000]*(?:为(?!主|重点|核心|期|准|此)|根据|按照|依据|近年来|当前|——|目[\s\u3000]*录|“十[一二三四五六七八九]五”时期|一、|${FIRST_ITEM}|${FIRST_DIVISION}|${PAGE_FIELD}` +
    String.raw`|[（(][\s\u3000]*[12１２〇零一二][\s0-9０-９〇零一二三四五六七八九]{3,7}年[^（）()。]{0,36}?人民代表大会` +
    String.raw`|(?:19|20)\d{2}(?:[-—–－至](?:19|20)\d{2})?年(?:是|以来|，|${YEAR_AIMS})|${COVER_DATE.source.slice(1)}|${COVER.source.slice(1)}|[\s\u3000]+(?=\S)))`,
);
// A signature dated by its year and month, after a sentence's end or a closing bracket, ending the text.
const MONTH_SIGNATURE = new RegExp(
  `(?<=[。！）)][\\s\u3000]*)(${SIGNER.source}(?:[\\s\u3000]+${SIGNER.source}){0,5})[\\s\u3000]*((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月)(?=[\\s\u3000]*$)`,
);
/** How far from the text's end a signature after a bracket is looked for: a signer, a date and a note. */
const SIGNATURE_TAIL = 80;
// The same, from a given place (after an attachment note).
const SIGNATURE_AT = new RegExp(`[\\s\u3000]*(${SIGNER.source})?[\\s\u3000]*(${DATE.source})([（(][^）)]{1,12}[）)])?`, 'y');
// A notice's attachment note after its last sentence (GB/T 9704 7.3.4: 附件：…, 附件1：…), naming the plan it issues.
// Note: or after the duty's bracket that closes the last item (…（责任单位：区发改局） 附件：1．…).
const ATTACHMENT_NOTE = /(?<=[。！）)][\s\u3000]*)附件\s*\d*\s*[:：][\s\u3000]*/g;
// The attachment's mark over the attached plan (附件, 附件1), right after the signature.
const ATTACHMENT_MARK = /^[\s\u3000]*附件\s*\d*(?![:：\d])[\s\u3000]*/;
// The word of that mark, its number read by markedTitle.
const ATTACHMENT_WORD = /^[\s\u3000]*附件[\s\u3000]*/;
// An item's number in an attachment note's list (1. 2. 1、 1．).
const ITEM_NUMBER = /[\s\u3000]*\d{1,2}[\s\u3000]*[.．、][\s\u3000]*/y;
// A further attachment's title: no sentence and no item's number (2.) in it, closing in a document's kind.
const MAX_ATTACHED_TITLE = 60;
const ATTACHED_TITLE = /^(?:[^。；！？，\s\d]|\d(?![.．、]))+/;
const ATTACHED_KIND_END = /(?:表|清单|台账|方案|计划|要点|办法|细则|名单|目录|指南)(?:[（(][^）)]{1,20}[）)])?$/;
// The record at a notice's foot (版记, GB/T 9704): 抄送：… and the print line, the office and date with 印发, each a line.
const RECORD = new RegExp(`(?<=[。！][\\s\u3000]*)(?:抄送[：:]|(?:${SIGNER.source})[\\s\u3000]*(?:${DATE.source})印发$)`, 'g');
// A work report's subtitle (——2024年3月5日在第十四届全国人民代表大会第二次会议上), then its speaker and greeting (各位代表：).
const REPORT_SUBTITLE = new RegExp(`——[\\s\u3000]*(?:${DATE.source})在[^。；！？]{4,60}?会议上`, 'g');
const GREETING = /(?<=[\u4e00-\u9fff\s\u3000])各位(?:代表|委员)[，,]?(?:同志们)?[：:]/g;
// A page's date field (成文日期：2025-03-05, 发布时间：2024年3月12日 16:30), as a site's information table labels it.
const FIELD_DATE = new RegExp(
  `(?:成文|发文|印发|签发|生成|发布|公布|公开)(?:日期|时间)[\\s\u3000]*[:：][\\s\u3000]*(?:${DATE.source})(?:[ \u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?`,
  'g',
);
// A field's label and colon (生成日期：, 有效性：, 标　　题：).
const NEXT_FIELD = /^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,6}[:：]/;
// A red header: the (first) issuer's name, perhaps another beside it, then 文件.
const RED_HEADER = /^[\s\u3000]*([\u4e00-\u9fff（）()]{4,40}?)(?:[\s\u3000]+[\u4e00-\u9fff（）()]{4,40}?)*文件/;
/** The most characters between a red header and the title: the number, the signers, the spaces between. */
const MAX_HEADER_TO_TITLE = 80;
/** How far into a line a news release's dateline is looked for after its headline. */
const MAX_HEADLINE = 160;
// A date alone in brackets (（2024年1月1日）), perhaps set apart by spaces.
const DATE_UNDER_TITLE = new RegExp(`^[\\s\u3000]*[（(][\\s\u3000]*(?:${DATE.source})[\\s\u3000]*[）)]`);
// What follows a date in a sentence rather than closing a signature (2020年11月1日起施行, …日前完成, …日，…).
const DATE_IN_SENTENCE = /^[，,、的起至前后以在召开印发发布]/;

// The plan a notice issues, named in 《》 in the sentence that issues it (现将《…》印发给你们, 《…》已经…同意，现印发…,
// 我部制定了《…》): a title closing in a plan's kind, perhaps with its period or status in brackets (（2021-2023年）, （试行）).
const NAMED = /《([^》]{4,80}?(?:方案|计划|规划|要点|意见|办法|措施|纲要|细则|清单|政策|安排|重点)(?:[（(][^）)》]{1,20}[）)])?)》/g;
// Note: plain searches, not a pattern tried at every character.
// Note: a county's notice that forwards a city's plan hands it over so too (现将《某市…实施方案》（某政办〔2024〕12号）转发给你们).
const issues = (text: string): boolean => text.includes('印发') || text.includes('制定') || text.includes('出台') || text.includes('转发');

/**
 * Split lines on which a copy ran a notice's title, number, addressee, signature and date, and the title of the plan it
 * issues, into the body around them. Each piece keeps its source offsets.
 *
 * @param lines The file's lines.
 * @returns The lines with those parts cut onto lines of their own, renumbered in order.
 */
export function splitRunOnHeads(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.length >= MIN_FLATTENED)) return lines as SourceLine[];
  const issued = issuedTitles(lines);
  const first = lines.find((l) => l.text.trim() !== '');
  return cutLines(lines, (line) => lineCuts(line, line === first, issued));
}

/** Where a line is cut before and after the parts of a notice's head run into it (ascending; none to keep it whole). */
function lineCuts(line: SourceLine, isFirst: boolean, issued: readonly string[]): number[] {
  const cuts = line.text.length >= MIN_FLATTENED ? cutsOf(line.text, issued) : titleAfterSignature(line.text, issued);
  // Note: only where a title stands, the text's first line; elsewhere such a phrase is a sentence's subject.
  const opening = isFirst && line.text.length >= MIN_FLATTENED;
  const announced = opening && line.text.includes('公告') ? ANNOUNCEMENT_HEAD.exec(line.text) : null;
  // Note: a site's breadcrumb (首页 > 政务公开 > 政策文件 ) sets a space before the article's title on a page flattened
  // with spaces for its line breaks; the title starts after it, as after a newspaper's source fields.
  const marked = opening
    ? ((NEWSPAPER_SOURCE.exec(line.text) ?? ATTACHMENT_MARK.exec(line.text) ?? STATUS_MARK.exec(line.text) ?? announced ?? BREADCRUMB.exec(line.text))?.[0].length ?? 0)
    : 0;
  const source = opening && marked === 0 ? gluedCrumbs(line.text) : marked;
  const leading = opening ? LEADING_TITLE.exec(line.text.slice(source)) : null;
  if (source > 0 && leading && !cuts.includes(source)) cuts.unshift(source);
  // Note: the announcement's name and its number each a line, as laid out.
  if (announced && leading && !cuts.includes(announced[1]?.length ?? 0)) cuts.unshift(announced[1]?.length ?? 0);
  const titleEnd = source + (leading?.[0].length ?? 0);
  if (leading && !cuts.includes(titleEnd)) cuts.unshift(titleEnd);
  // A news release's headline naming a plan (某市印发《…实施方案》) run into the page's fields or its text: a line of
  // its own, as the page sets it.
  // Note: after a breadcrumb a page flattened with spaces for its line breaks runs into it (首页 > 政务公开 > 政策文件 宜宾市印发《…》).
  const crumbs = opening && !leading ? source || (BREADCRUMB.exec(line.text)?.[0].length ?? 0) : 0;
  const headline = opening && !leading ? headlineEnd(line.text.slice(crumbs)) : null;
  if (headline !== null && !cuts.includes(crumbs + headline)) cuts.unshift(crumbs + headline);
  if (headline !== null && crumbs > 0 && !cuts.includes(crumbs)) cuts.unshift(crumbs);
  const under = leading ? (ADOPTION_NOTE.exec(line.text.slice(titleEnd)) ?? COVER_DATE.exec(line.text.slice(titleEnd))) : null;
  if (under && titleEnd + under[0].length < line.text.length) cuts.push(titleEnd + under[0].length);
  const cover = leading && !under ? COVER.exec(line.text.slice(titleEnd)) : null;
  // Note: each on a line of its own, as the cover sets them: the draft's note, the issuer, the date.
  if (cover) for (const part of [cover[1] ?? '', cover[2] ?? '', cover[3] ?? '']) cuts.push(titleEnd + cover[0].indexOf(part) + part.length);
  return cuts.sort((a, b) => a - b);
}

// A site's breadcrumb over an article (首页 > 政务公开 > 政策文件), a space after its last step; sites label it
// (当前位置：首页 > …, 您现在的位置：首页 > …).
const BREADCRUMB = /^[\s\u3000]*(?:(?:当前位置|您(?:现在)?的位置|所在位置)[:：][\s\u3000]*)?(?:首页|网站首页|主页)(?:[\s\u3000]*[>＞»›][\s\u3000]*[^\s\u3000>＞»›]{2,12})+[\s\u3000]+(?![>＞»›])/;

// The same flattened with no space after its last step (首页>政务公开>政策文件大同市2025年…): up to its last arrow.
// Note: each step lazily, so that the steps stop at the last arrow and the last step runs on into the title.
const GLUED_CRUMBS = /^[\s\u3000]*(?:(?:当前位置|您(?:现在)?的位置|所在位置)[:：][\s\u3000]*)?(?:首页|网站首页|主页)(?:[\s\u3000]*[>＞»›][\s\u3000]*[^\s\u3000>＞»›]{2,12}?)*[\s\u3000]*[>＞»›][\s\u3000]*/;
/** The longest last step of a breadcrumb: a column's name (政策文件, 区政府办文件, 通知公告). */
const MAX_STEP = 10;
// What a plan's title or a release's headline opens with: its year, 关于, or its place's full name (checked in the
// gazetteer).
const TITLE_OPENING = /^(?:(?:19|20)\d{2}年|关于)/;

/**
 * Where the title starts after a breadcrumb run into it with no space (首页>政务公开>政策文件大同市2025年…工作要点):
 * the last step is a column's short name, and the title (or a release's headline) opens a few characters on with a
 * year, 关于 or a place's full name, as plan titles do. 0 when no such title follows a breadcrumb.
 */
function gluedCrumbs(text: string): number {
  const m = text.includes('首页') || text.includes('主页') ? GLUED_CRUMBS.exec(text) : null;
  if (!m) return 0;
  const from = m[0].length;
  for (let k = from + 2; k <= from + MAX_STEP && k < text.length; k++) {
    const rest = text.slice(k);
    const place = TITLE_OPENING.test(rest) ? null : scanDivisions(rest.slice(0, 12), false)[0];
    if (!TITLE_OPENING.test(rest) && !(place && place.from === 0 && !place.short)) continue;
    // Note: or a news release's headline naming the plan (宜宾市印发《…实施方案》).
    if (LEADING_TITLE.test(rest) || headlineEnd(rest) !== null) return k;
  }
  return 0;
}

/** Where a news release's headline that opens a line ends (after its 》 and the spaces after it), or `null`. */
function headlineEnd(text: string): number | null {
  const close = text.indexOf('》');
  if (close < 0 || close > MAX_HEADLINE) return null;
  const lead = text.length - text.trimStart().length;
  const end = spacesAfter(text, close + 1);
  return end < text.length && headlineTitle(text.slice(lead, close + 1)) !== null ? end : null;
}

/**
 * On a short line: a signature whose date runs into the title of the plan the notice issues (某市人民政府办公厅
 * 2021年9月2日某市…若干政策), or a sentence that does; other short lines are laid out already.
 */
function titleAfterSignature(text: string, issued: readonly string[]): number[] {
  if (issued.length === 0) return [];
  const cuts = new Set<number>();
  for (const m of text.includes('日') ? text.matchAll(SIGNATURE) : []) {
    const end = (m.index ?? 0) + m[0].length;
    const title = issued.find((t) => text.startsWith(t, end));
    if (!title) continue;
    cuts.add(end);
    if (end + title.length < text.length) cuts.add(end + title.length);
  }
  issuedTitleCuts(text, issued, cuts);
  cuts.delete(0);
  return [...cuts].sort((a, b) => a - b);
}

// An attachment's mark inside the text, after the last sentence or duty bracket of the attachment before it (…支持企业
// 转型。附件2某区…重点任务清单1.完成…): a notice that issues a plan and its task list, or a file of a notice's
// attachments copied together, sets each under its mark (附件1, 附件2) on a page of its own.
const MARK_IN_TEXT = /(?<=[。！？）)][\s\u3000]*)附件[\s\u3000]*(?![\d\s\u3000]*[:：])/g;

/**
 * The cuts of an attachment's mark inside a flattened line, and of the title under it: the mark, the title and the
 * text each a line, as laid out. The title is one the notice named, or one that closes in a plan's or a list's kind
 * before the text's first words, its first heading or its first item; the mark's number and a title's year are told
 * apart as markedTitle does.
 */
function attachmentMarkCuts(text: string, issued: readonly string[], cuts: Set<number>): void {
  for (const m of text.matchAll(MARK_IN_TEXT)) {
    const from = (m.index ?? 0) + m[0].length;
    for (let digits = 2; digits >= 0; digits--) {
      if (!/^\d*$/.test(text.slice(from, from + digits))) continue;
      const at = spacesAfter(text, from + digits);
      // Note: a title opens with a word or with its year (2025年), never with the rest of the mark's number.
      if (!/^(?:[\u4e00-\u9fff“《]|(?:19|20)\d{2}年)/.test(text.slice(at, at + 5))) continue;
      const named = issued.find((t) => text.startsWith(t, at))?.length ?? 0;
      const length = named || (LEADING_TITLE.exec(text.slice(at))?.[0].length ?? 0) || attachedTitle(text, at);
      if (length === 0) continue;
      cuts.add(m.index ?? 0);
      cuts.add(at);
      if (at + length < text.length) cuts.add(spacesAfter(text, at + length));
      break;
    }
  }
}

/**
 * A plan the notice issues, starting after a sentence's end or a closing bracket without its 《》 (…负责解释。某省…行动计划（2021-2023年）为…):
 * the second plan of a notice that issues two, or a plan its notice ran into.
 */
function issuedTitleCuts(text: string, issued: readonly string[], cuts: Set<number>): void {
  for (const title of issued) {
    for (let at = text.indexOf(title); at > 0; at = text.indexOf(title, at + 1)) {
      const end = at + title.length;
      // Note: or after the bracket of a duty, which closes a plan's last item as often as a full stop (…（责任单位：市商务局）).
      if (!/[。！？）)][\s\u3000]*$/.test(text.slice(Math.max(0, at - 8), at)) || /[》”]/.test(text[end] ?? '')) continue;
      cuts.add(at);
      if (end < text.length) cuts.add(end);
    }
  }
}

/** The titles the file's notices say they issue, longest first. */
function issuedTitles(lines: readonly SourceLine[]): string[] {
  const titles = new Set<string>();
  for (const line of lines) {
    // Note: most lines name no document; splitting each into sentences cost more than the rest of this pass.
    if (!line.text.includes('《') || !issues(line.text)) continue;
    for (const sentence of line.text.split(/(?<=[。！？])/)) {
      if (issues(sentence)) for (const m of sentence.matchAll(NAMED)) titles.add(m[1] as string);
    }
  }
  return [...titles].sort((a, b) => b.length - a.length);
}

/** Where a flattened line is cut, ascending. */
function cutsOf(text: string, issued: readonly string[]): number[] {
  const cuts = new Set<number>();
  for (const m of text.includes('://') ? text.matchAll(URL) : []) {
    // Note: a page flattened with spaces for its line breaks sets one after the address too.
    const end = spacesAfter(text, (m.index ?? 0) + m[0].length);
    if (/[\u4e00-\u9fff【]/.test(text[end] ?? '')) cuts.add(end);
  }
  // A news agency's dateline opening the line (新华社北京2月3日电中共中央　国务院关于…): a line of its own, as on the page.
  const dateline = text.includes('日电') || text.includes('日讯') ? DATELINE_OPENING.exec(text) : null;
  if (dateline) cuts.add(spacesAfter(text, dateline[0].length));
  // Note: or after a news release's headline (中共中央办公厅　国务院办公厅印发《关于…的意见》新华社北京3月10日电…): the
  // headline, the dateline and the paragraph it opens each a line. Only near the line's start, where a release opens.
  const after = !dateline && text.includes('日电') ? DATELINE_AFTER.exec(text.slice(0, MAX_HEADLINE)) : null;
  if (after) {
    cuts.add(after.index);
    cuts.add(spacesAfter(text, after.index + after[0].length));
  }
  if (text.includes('期') || text.includes('间')) fieldDateCuts(text, cuts);
  if (text.includes('文件')) redHeaderCuts(text, cuts);
  // A notice's title at the start of a piece, then its number, its addressee, or its title again.
  for (const start of [0, ...cuts]) headCuts(text, start, cuts);
  // Note: a signature's date is a full date; most lines have none, and the pattern is tried at every character.
  const dated = (text.includes('日') || text.includes('.') || text.includes('/') || text.includes('-')) && FULL_DATE.test(text);
  for (const m of dated ? text.matchAll(SIGNATURE) : []) signatureCuts(text, m, issued, cuts);
  if (dated) signatureAfterBracket(text, issued, cuts);
  else if (text.includes('月')) monthSignatureAtEnd(text, cuts);
  // The notice's attachment note (附件：<the plan's title>) between its last sentence and its signature, which the
  // signature's pattern does not see after a sentence's end.
  for (const m of dated && text.includes('附件') ? text.matchAll(ATTACHMENT_NOTE) : []) {
    const at = m.index ?? 0;
    const end = attachmentList(text, at + m[0].length, issued, cuts);
    if (end === null) continue;
    cuts.add(at);
    SIGNATURE_AT.lastIndex = end;
    const signature = SIGNATURE_AT.exec(text);
    if (signature) signatureCuts(text, signature, issued, cuts);
  }
  for (const m of text.includes('抄送') || text.endsWith('印发') ? text.matchAll(RECORD) : []) cuts.add(m.index ?? 0);
  for (const m of text.includes('——') ? text.matchAll(REPORT_SUBTITLE) : []) {
    cuts.add(m.index ?? 0);
    cuts.add((m.index ?? 0) + m[0].length);
  }
  for (const m of text.includes('各位') ? text.matchAll(GREETING) : []) cuts.add(m.index ?? 0);
  if (text.includes('附件')) attachmentMarkCuts(text, issued, cuts);

  issuedTitleCuts(text, issued, cuts);
  cuts.delete(0);
  return [...cuts].sort((a, b) => a - b);
}

/**
 * The last of a page's fields over the article (…发布日期：2025-03-10生成日期：2025-03-10柯桥区2025年…工作要点一、…), its
 * date run into the article's title: the title starts after the date, and ends where a plan's title ends.
 */
function fieldDateCuts(text: string, cuts: Set<number>): void {
  for (const m of text.matchAll(FIELD_DATE)) {
    const end = (m.index ?? 0) + m[0].length;
    const at = spacesAfter(text, end);
    // Note: another field after it (a tab, a label and its colon) is the table's own layout, read by the header reader;
    // a tab before a plan's title is a page's lines joined by tabs (…发布日期：2024-04-22\t某区2024年重点工程计划\t为…).
    const title = LEADING_TITLE.exec(text.slice(at));
    if ((text[end] === '\t' && !title) || !/[\u4e00-\u9fff“]/.test(text[at] ?? '') || NEXT_FIELD.test(text.slice(at, at + 12)) || DATE_IN_SENTENCE.test(text.slice(end))) continue;
    cuts.add(at);
    if (title && at + title[0].length < text.length) cuts.add(at + title[0].length);
  }
}

/**
 * A red header (版头, GB/T 9704: the issuer's name and 文件) at the line's start, then the number, perhaps the signer
 * (签发人：张某某, which an upward document carries on the number's line), and the title, which opens with the issuer's
 * name again (某市人民政府办公室文件　某府办字(2024)23号　签发人：张某某　某市人民政府办公室关于…): the header, the number
 * and the signer each a line, the title starting where the issuer's name comes again. The signer's name runs into the
 * title otherwise, and the colon before it hides the title from the notice's pattern.
 */
function redHeaderCuts(text: string, cuts: Set<number>): void {
  const header = RED_HEADER.exec(text);
  const issuer = header?.[1];
  if (!header || !issuer || !isIssuerName(issuer)) return;
  const end = header[0].length;
  const title = text.indexOf(issuer, end);
  if (title < 0 || title - end > MAX_HEADER_TO_TITLE) return;
  cuts.add(spacesAfter(text, end));
  const signer = text.lastIndexOf('签发人', title);
  if (signer > end) cuts.add(signer);
  cuts.add(title);
}

/**
 * A signature dated by its year and month alone closing the text (…。（牵头单位：某局）平湖市经济和信息化局2024年6月), as
 * a plan's last page or cover signs it: the signers and the month each a line. Only the text's last characters are
 * searched, and only a text with no full date, whose signature the patterns above read.
 */
function monthSignatureAtEnd(text: string, cuts: Set<number>): void {
  const from = Math.max(0, text.length - SIGNATURE_TAIL);
  const m = MONTH_SIGNATURE.exec(text.slice(from));
  if (!m) return;
  const at = from + m.index;
  cuts.add(at);
  cuts.add(at + m[0].length - (m[2] ?? '').length);
}

/** The cuts of a signature closing the text after a bracket; only the text's last characters are searched. */
function signatureAfterBracket(text: string, issued: readonly string[], cuts: Set<number>): void {
  const from = Math.max(0, text.length - SIGNATURE_TAIL);
  const m = SIGNATURE_AFTER_BRACKET.exec(text.slice(from));
  if (!m) return;
  m.index += from;
  signatureCuts(text, m, issued, cuts);
}

/** A signature's cuts: signer, date and note each on a line, as GB/T 9704 lays them out, then the plan's title. */
function signatureCuts(text: string, m: RegExpExecArray | RegExpMatchArray, issued: readonly string[], cuts: Set<number>): void {
  const at = m.index ?? 0;
  let end = at + m[0].length;
  if (DATE_IN_SENTENCE.test(text.slice(end))) return;
  cuts.add(at);
  const date = end - (m[3] ?? '').length - (m[2] ?? '').length;
  cuts.add(date);
  if (m[3]) cuts.add(date + (m[2] ?? '').length);
  if (end < text.length) cuts.add(end);
  end = spacesAfter(text, end);
  // The attachment's mark above the plan it attaches (附件, 附件1), on a line of its own.
  const marked = markedTitle(text, end, issued);
  if (marked !== null) {
    end = marked;
    cuts.add(end);
  }
  // The plan's title right after the signature, as the notice named it.
  const title = issued.find((t) => text.startsWith(t, end));
  if (title && end + title.length < text.length) cuts.add(end + title.length);
}

/**
 * The attachment's mark and the title it stands over (附件1 2025年…工作要点, or run together: 附件12025年…工作要点, where
 * the mark's number and the title's year are told apart by the title the notice named).
 *
 * @returns Where the title starts, or `null` when no mark with a named title after it stands at `at`.
 */
function markedTitle(text: string, at: number, issued: readonly string[]): number | null {
  const mark = ATTACHMENT_WORD.exec(text.slice(at));
  if (!mark) return null;
  const from = at + mark[0].length;
  for (let digits = 2; digits >= 0; digits--) {
    if (!/^\d*$/.test(text.slice(from, from + digits)) || text.length < from + digits) continue;
    const title = spacesAfter(text, from + digits);
    if (/[:：]/.test(text[from + digits] ?? '')) return null;
    if (issued.some((t) => text.startsWith(t, title))) return title;
  }
  return null;
}

/**
 * The list an attachment note opens (附件：1.某市2025年…工作要点 2.…任务分工表), each item numbered when there are
 * several: each title a line of its own, as the note sets them. An item is a plan the notice named, or any title
 * closing in a document's kind (…分工表, …清单, …方案) that a space, the next item or the signature follows.
 *
 * @returns Where the list ends, or `null` when the note names no plan of the notice.
 */
function attachmentList(text: string, from: number, issued: readonly string[], cuts: Set<number>): number | null {
  let at = from;
  for (let item = 0; ; item++) {
    ITEM_NUMBER.lastIndex = at;
    const number = ITEM_NUMBER.exec(text);
    if (item > 0 && !number) return at;
    const start = number ? at + number[0].length : at;
    const named = issued.find((t) => text.startsWith(t, start));
    // Note: a further item may open with the plan's title (…工作要点任务分工表): the longer reading wins.
    // Note: so may the first, when no notice names the attachments: a plan's own note after its last sentence (…落到实处。
    // 附件：1.某镇…重点项目表 2.某镇…任务分解表 某镇人民政府 2025年3月1日), its titles closing in a kind (表, 清单, 方案).
    const length = Math.max(named?.length ?? 0, attachedTitle(text, start));
    if (length === 0) return item > 0 ? at : null;
    at = start + length;
    cuts.add(at);
  }
}

/**
 * The length of a further attachment's title at `at`: the longest stretch closing in a document's kind (…要点任务分工表,
 * not …要点) that another item, a signature or a space follows.
 */
function attachedTitle(text: string, at: number): number {
  const stretch = ATTACHED_TITLE.exec(text.slice(at, at + MAX_ATTACHED_TITLE))?.[0] ?? '';
  for (let k = stretch.length; k >= 2; k--) {
    if (!ATTACHED_KIND_END.test(stretch.slice(0, k))) continue;
    ITEM_NUMBER.lastIndex = at + k;
    SIGNATURE_AT.lastIndex = at + k;
    if (/[\s\u3000]/.test(text[at + k] ?? ' ') || ITEM_NUMBER.test(text) || SIGNATURE_AT.test(text)) return k;
  }
  return 0;
}

/** Whether two titles say the same in other brackets, dashes or spaces. */
function sameTitle(a: string, b: string): boolean {
  const bare = (t: string): string => t.replace(/[\s\u3000（）()〔〕［］[\]—–－‑-]/g, '');
  return bare(a) === bare(b);
}

function headCuts(text: string, start: number, cuts: Set<number>): void {
  // Note: a notice's title says 关于 within its first characters; most lines do not, and the pattern is costly on a long line.
  const opening = text.indexOf('关于', start);
  if (opening < 0 || opening > start + 62) return;
  const title = NOTICE_TITLE.exec(text.slice(start, start + 320));
  if (!title) return;
  // A red header's number above the title (某市人民政府办公室文件　某政办〔2025〕12号　某市…关于…的通知): the number is a
  // line of its own, and the title starts after it.
  const [above] = findDocNumbers(title[0].slice(0, title[0].indexOf('关于')));
  if (above && above.from > 0) {
    // Note: with no space between, the header's 文件 runs into the number's abbreviation (…办公室文件余政办〔2025〕12号).
    const header = title[0].lastIndexOf('文件', above.to);
    cuts.add(start + (header > above.from ? header + 2 : above.from));
    const after = spacesAfter(text, start + above.to);
    cuts.add(after);
    headCuts(text, after, cuts);
    return;
  }
  let at = start + title[0].length;
  const rest = (): string => text.slice(at);
  // The title again (a legal database prints it twice, the second time maybe with other brackets or dashes:
  // …（2021—2023年）的通知 / …(2021-2023年)的通知), then the number in brackets or bare, then the addressee.
  const again = rest().startsWith(title[0]) ? title : NOTICE_TITLE.exec(rest().slice(0, 320));
  if (again && sameTitle(again[0], title[0])) {
    cuts.add(at);
    at += again[0].length;
  }
  // Note: a page flattened with its paragraphs' breaks as spaces sets the number and the addressee apart by one
  // (…的通知 某政发〔2024〕7号 各乡镇人民政府：).
  const [number] = findDocNumbers(rest().slice(0, 40));
  const numberAt = /^[\s\u3000]*[（(]?/.exec(rest())?.[0].length ?? 0;
  if (number && number.from === numberAt) {
    cuts.add(at);
    at += number.to;
    if (/^[）)]/.test(rest())) at += 1;
    at = spacesAfter(text, at);
  }
  // The date in brackets under the title, where a document sent by a party committee and a government, or by the
  // Central Committee and the State Council, is dated when published (…的意见（2024年1月1日）推进中国式现代化…): the
  // date is a line of its own, and the preamble starts after it.
  const dated = DATE_UNDER_TITLE.exec(rest());
  if (dated) {
    cuts.add(at);
    at += dated[0].length;
    cuts.add(spacesAfter(text, at));
    return;
  }
  // The page's fields under the notice's title (…的通知发布时间：…来源：…, …的通知索引号：…发文字号：…): a line of their
  // own, as the page sets them, so that the header reader reads them; the addressee after them starts another.
  if (PAGE_FIELD_AT.test(rest())) {
    cuts.add(spacesAfter(text, at));
    const addressee = FIELDS_THEN_ADDRESSEE.exec(rest().slice(0, MAX_FIELDS));
    if (addressee) cuts.add(at + addressee.index + (addressee[1]?.length ?? 0));
    return;
  }
  // Note: a page flattened with spaces for its line breaks sets one before the addressee too.
  if (/^[\s\u3000]+各/.test(rest())) at = spacesAfter(text, at);
  const addressee = ADDRESSEE.exec(rest());
  if (addressee || (at > start + title[0].length && /^[\u4e00-\u9fff《]/.test(rest()))) cuts.add(at);
  if (addressee && at + addressee[0].length < text.length) cuts.add(at + addressee[0].length);
}
