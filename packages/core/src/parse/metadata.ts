import type { DocumentKind, DocumentStatus } from '../model/types.js';
import { dateLine } from './dates.js';
import { NUMBER_TAIL } from './doc-number.js';
import { isIssuerName, ISSUING_VERBS } from './issuer.js';
import { recogniseLabel } from '../text/numbering.js';
import { scanDivisions } from '../region/scan-divisions.js';

export const PLAN_KINDS: ReadonlySet<DocumentKind> = new Set(['work-points', 'plan', 'action-plan', 'implementation-plan']);

/**
 * The one list of the words that mark a document's version in brackets after its title or on a line of their own,
 * with the status each states, the consultation draft first (公开征求意见稿 states it too). 试行 and 暂行 mark a
 * version in force for a trial period: a final version, which states no status, but still a marker to cut from the
 * title.
 */
const STATUS_WORDS: ReadonlyArray<readonly [word: string, status: DocumentStatus | null]> = [
  ['征求意见稿', 'consultation-draft'],
  ['公开征求意见稿', 'consultation-draft'],
  ['意见征求稿', 'consultation-draft'],
  ['草案', 'draft'],
  ['送审稿', 'draft'],
  // Note: the versions a draft goes through before it is signed: drafted for the signing body (代拟稿), submitted for
  // approval (报批稿), for deliberation (审议稿), for review (评审稿).
  ['代拟稿', 'draft'],
  ['报批稿', 'draft'],
  ['审议稿', 'draft'],
  ['评审稿', 'draft'],
  ['讨论稿', 'draft'],
  ['修订稿', 'draft'],
  ['初稿', 'draft'],
  ['试行', null],
  ['暂行', null],
];
// Note: a draft that goes out more than once counts its rounds or versions before the word: （第二次征求意见稿）,
// （二次征求意见稿）, （第三稿送审稿） is rare but 第二次/第三次 is how ministries and provinces alike number a draft put
// out for comment again, and 修改/再次 mark the same (再次征求意见稿).
// Note: besides the listed words, any version ending in 稿 (manuscript) is one: offices name their drafts freely
// (修改稿, 草拟稿, 公示稿, 征询意见稿, 第二稿), and a title never ends in a bracketed …稿 that is part of its name.
const ANY_DRAFT = '[\\u4e00-\\u9fff0-9]{0,10}稿';
const STATUS_WORD = `(?:第?[一二三四五六七八九十\\d]{1,2}次|再次)?(?:${STATUS_WORDS.map(([word]) => word).join('|')}|${ANY_DRAFT})`;

// Note: a status is set in round brackets (（征求意见稿）) or, by some offices and sites, in square ones (【征求意见稿】,
// [草案], 〔送审稿〕).
const OPEN = '[(（【［\\[〔]';
const CLOSE = '[)）】］\\]〕]';

const STATUS_MARKER = new RegExp(`${OPEN}(?:${STATUS_WORD})${CLOSE}`, 'g');

/** A status marker alone on a line, or at the end of a title: (征求意见稿), （草案）, 【征求意见稿】. */
export const STATUS_PAREN = new RegExp(`[ \\t\\u3000]*${OPEN}(?:${STATUS_WORD})${CLOSE}[ \\t\\u3000]*$`);

/**
 * The status a title or a status line states.
 *
 * @param text A title, or a line such as `(征求意见稿)`.
 * @returns `draft`, `consultation-draft`, or `null` when it says nothing (a final version says nothing).
 */
export function statusFromText(text: string): DocumentStatus | null {
  for (const [word, status] of STATUS_WORDS) if (status !== null && text.includes(word)) return status;
  const draft = DRAFT_MARKER.exec(text)?.[1];
  if (!draft || draft.endsWith('定稿')) return null;
  // Note: a draft put out for the public to see or answer (公示稿, 征询意见稿) is a consultation draft; any other, a draft.
  return /征求|征询|公示|意见/.test(draft) ? 'consultation-draft' : 'draft';
}

// A version ending in 稿 set in brackets or alone on its line (（修改稿）, 公示稿).
const DRAFT_MARKER = new RegExp(`(?:^|${OPEN})\\s*(${ANY_DRAFT})\\s*(?:${CLOSE}|$)`);

// An announcement or letter that puts a document out for comment: 关于公开征求《…》意见的公告, 关于征求《…》（征求意见稿）
// 意见的函, 关于就《…》公开征求意见的通知.
const ASKS_FOR_COMMENT = /征求[^《》。]{0,12}《[^《》]+》[^《》。]{0,12}意见|就《[^《》]+》[^《》。]{0,12}征求[^《》。]{0,12}意见/;

/**
 * The status of a document an issuing title puts out: one published for comment is a consultation draft, whatever
 * its own title says (its （征求意见稿） marker is often left off the copy under the announcement).
 *
 * @param title The title of the notice or announcement above the document.
 * @returns `consultation-draft`, or `null` when the title does not ask for comment.
 */
export function statusFromIssuingTitle(title: string): DocumentStatus | null {
  return ASKS_FOR_COMMENT.test(title) ? 'consultation-draft' : null;
}

// Note: a line holding only a status word may leave out the brackets (征求意见稿 under the title of a PDF's cover).
const STATUS_LINE = new RegExp(`^(?:${OPEN}(?:${STATUS_WORD})${CLOSE}|${STATUS_WORD})$`);

/**
 * The first status marker in brackets in a line that states a status: in 某办法（试行）（征求意见稿） the
 * （征求意见稿）, as （试行） states none.
 *
 * @param text A line.
 * @returns The marker's offsets in the line and its status, or `null`.
 */
export function statusMarkerIn(text: string): { from: number; to: number; status: DocumentStatus } | null {
  for (const m of text.matchAll(STATUS_MARKER)) {
    const status = statusFromText(m[0]);
    if (status !== null) return { from: m.index, to: m.index + m[0].length, status };
  }
  return null;
}

/** Whether a line is only a status marker, as when a title's (征求意见稿) sits on the next line. */
export function isStatusLine(text: string): boolean {
  return STATUS_LINE.test(text.trim());
}

// Note: every kind below is named by a title's last word (…分工表, …报告, …通知, …要点, …方案, …规划, 《…》, or a
// status before it: …（草案）), except 集体讨论…, 三年行动…, a title with a subtitle after a dash and one closing with
// its period unbracketed (…2025—2027年); one test of the last character skips the dozen patterns.
const TITLE_END = /[表案单告书见要况知》点划）)】\]〕施策法排措领作务动事目路署标工解账明读]$/;

/**
 * Whether a title could name a kind at all: what `kindFromTitle` needs, checked in one step.
 *
 * @param title A candidate title, trimmed.
 * @returns `false` when `kindFromTitle` is sure to return `null`.
 */
export function mayNameKind(title: string): boolean {
  return TITLE_END.test(title) || title.includes('集体讨论') || title.includes('三年行动') || title.includes('——') || (title.endsWith('年') && /[0-9０-９]\s*年$/.test(title));
}

/**
 * What kind of document a title names. Report and notice forms are checked
 * first, because their titles quote the plan they are about
 * (关于印发《…工作要点》的通知 is a notice).
 *
 * @param title A candidate title line.
 * @returns The kind, or `null` when the text does not read as a title.
 */
export function kindFromTitle(title: string): DocumentKind | null {
  // Note: a title line may close with its document number in brackets (…的通知（某政办发〔2024〕9号）).
  const t = withoutNumberTail(title).replace(STATUS_PAREN, '').trim();
  if (!mayNameKind(t)) return null;
  if (/(?:分工表|分工方案|任务清单|责任清单|任务分解表)$/.test(t)) return 'task-allocation';
  if (/(?:公众参与|征求意见)[^《》]*报告$/.test(t) && !/^《[^》]*》$/.test(t)) return 'consultation-report';
  if (/专家论证[^《》]*报告$/.test(t)) return 'expert-review';
  if (/风险评估[^《》]*报告$/.test(t)) return 'risk-assessment';
  if (/合法性审查[^《》]*(?:意见书|报告|意见)$/.test(t)) return 'legality-review';
  if (/(?:集体讨论[^《》]*|会议纪要|纪要)$/.test(t) || /^关于.*讨论情况$/.test(t)) return 'meeting-minutes';
  if (/(?:公告|通告)$/.test(t)) return 'announcement';
  // The papers that go with a plan explain it (关于《某市…实施方案》的起草说明, 某市…规划编制说明, 《…》政策解读): a part of
  // their own, never more of the plan; they name the document they explain, so a bare 编制说明 heading stays one.
  if (/(?:起草|编制|修订|制定|修改)(?:情况)?的?说明$|政策解读$|解读$/.test(t) && (/《[^》]+》/.test(t) || /(?:方案|规划|要点|计划|意见|措施|办法)(?:（[^）]*）)?(?:的)?(?:起草|编制|修订|制定|修改|政策)/.test(t))) return 'other';
  if (/通知$/.test(t)) return 'notice';
  if (/^关于.*(?:报告|意见书|情况)$/.test(t)) return 'other';
  // A plan title, perhaps wrapped in 《》 or behind a verb (编制《…》).
  const quoted = /《([^《》]+)》$/.exec(t);
  const core = stripTitleTail(quoted ? quoted[1] ?? '' : t);
  if (quoted && t.length - (quoted[0].length) > 4) return null;
  // Note: a subtitle after a dash on the title's line (…产业发展规划——打造…新平台) names no kind; the title before it does.
  const dash = quoted ? -1 : core.indexOf('——');
  // A heading with a dash (加强规划——引领发展) is no title: the part before must name its place or year.
  if (dash > 0 && planKindOf(core) === null) return NAMED_BY_PLACE_OR_YEAR.test(core.slice(0, dash)) ? planKindOf(stripTitleTail(core.slice(0, dash))) : null;
  return planKindOf(core) ?? (EDITION_TAIL.test(core) ? planKindOf(stripTitleTail(core.replace(EDITION_TAIL, ''))) : null);
}

// An edition, version or batch in brackets after a title's kind word, which names the text and not a new kind: …实施方案
// （修订版）, …规划（2021—2035年）（公众版）, …规划（简本）, …（2025年修订）, …工作要点（第一批）, …（全文）.
const EDITION_TAIL = /(?:[ \t\u3000]*[(（][^（）()。；;，,：:]{0,10}(?:版|简本|文本|全本|读本|修订|修正|修改|批|全文|摘要|解读)[)）])+[ \t\u3000]*$/;

// A title's tail after its kind word: the period or year it covers and its status, in either order:
// …行动计划（2021-2023年）, …实施方案(2025年—2027年), …规划（2021—2025年）（征求意见稿）, …政府工作报告（2024年）, …（试行）.
// Note: a web page's title may set the period without brackets (…三年行动计划2025—2027年); the digits may be full-width
// (（２０２１-２０２３年）, typed in an input method's full-width mode).
const TITLE_TAIL = new RegExp(`(?:(?:[ \\t\\u3000]*[(（]\\s*(?:[0-9０-９]{4}\\s*年?\\s*[-—–~～至到－]+\\s*[0-9０-９]{4}\\s*年?|[0-9０-９]{4}\\s*年度?|${STATUS_WORD})\\s*[)）])+|[ \\t\\u3000]*[0-9０-９]{4}\\s*年?\\s*[-—–~～至到－]+\\s*[0-9０-９]{4}\\s*年)[ \\t\\u3000]*$`);

/**
 * A title without its period and status tail, the part that ends in the kind word.
 *
 * @param title A title.
 * @returns The title up to its kind word.
 */
export function stripTitleTail(title: string): string {
  return title.replace(TITLE_TAIL, '').trim();
}

// How a plan's opening names its own genre: …，制定本行动方案。 / 现提出如下实施意见 / 特制定本规划。
const SELF_REFERENCE = /(?:制定|制订|编制|提出|形成)(?:了)?(?:如下|以下)?本?((?:行动|实施|工作|推进)?方案|(?:行动|工作)?计划|规划|(?:实施|指导)?意见|若干措施|措施|工作要点|要点)(?:[。；，,：:]|\s*$)/;

/**
 * The kind a plan with no title line gives itself in its opening sentence (为…，制定本行动方案。).
 *
 * @param text The plan's first paragraph.
 * @returns The kind, or `null` when the text does not name one.
 */
export function kindFromSelfReference(text: string): DocumentKind | null {
  const word = SELF_REFERENCE.exec(text)?.[1];
  return word ? planKindOf(word === '措施' ? '若干措施' : word) : null;
}

/**
 * The plan kind a title's last words name. Besides plans proper, the genres whose body is a list of measures that
 * bind units to work are read as plans: 意见 (指导意见, 实施意见), 若干措施/若干政策, 办法 with numbered articles, and
 * the government work report, whose tasks are the year's work.
 *
 * @param core A title without its period and status tail.
 * @returns The kind, or `null`.
 */
function planKindOf(core: string): DocumentKind | null {
  if (/(?:工作要点|要点)$/.test(core)) return 'work-points';
  if (/(?:行动方案|行动计划|攻坚方案)$/.test(core) || /三年行动/.test(core)) return 'action-plan';
  if (/(?:实施方案|实施意见|工作方案|推进方案|工作计划)$/.test(core)) return 'implementation-plan';
  if (/(?:规划|规划纲要|纲要)$/.test(core)) return 'plan';
  if (/(?:计划)$/.test(core)) return 'action-plan';
  if (/政府工作报告$/.test(core)) return 'work-points';
  if (/(?:指导意见|若干意见|的意见|改革方案|建设方案|方案|若干措施|若干举措|若干政策|政策措施|支持政策|考评办法|考核办法|评价办法)$/.test(core)) return 'implementation-plan';
  // A year's work under a name that says so (…2025年工作安排, …2024年重点工作, …2025年乡村振兴重点任务): the year keeps a bare heading such as
  // 重点工作 or 工作安排, which a plan's own chapters use, from reading as a title.
  if (/\d{4}\s*年度?.{0,30}(?:工作安排|重点工作|重点工作任务|重点任务|工作任务|目标任务)$/.test(core)) return 'work-points';
  // Measures a document counts or names as its own (关于加快数字经济发展的十条措施, 某市支持…的政策措施): a bare 保障措施 or
  // 主要举措 is a plan's chapter, so the name must count them (十条) or be a 公文 title (关于…的, or a place's …的).
  if (/.{4,}[一二三四五六七八九十百\d]+条(?:政策|工作|支持)?(?:措施|举措)$/.test(core)) return 'implementation-plan';
  if (/^(?:关于|[^的]{0,12}?[省市区县州旗]).{2,}的(?:政策|工作|支持)?(?:措施|举措)$/.test(core)) return 'implementation-plan';
  if (/.{4,}(?:行动纲领|工作安排)$/.test(core)) return core.endsWith('纲领') ? 'plan' : 'implementation-plan';
  // A campaign or a year's list of work under a place's name or a year (某市2024年质量提升行动, 某县2025年十件民生实事,
  // 某区2024年工作重点, 关于…的重点工作任务分工): the same words without a place or year are chapters and items of a plan
  // (开展质量提升行动, 工作重点), so the name must carry one.
  if (NAMED_BY_PLACE_OR_YEAR.test(core)) {
    if (/(?:整治|提升|攻坚|提质|治理|攻坚战|保卫战|专项)行动$/.test(core)) return 'action-plan';
    // Note: a year's opinions on its work (2025年全市教育工作意见, 关于2025年重点工作的安排意见), its list of work or
    // projects (重点工作推进清单, 为民办实事项目清单) and its target book (目标任务书) are the year's work as 要点 are.
    if (/(?:民生实事|办实事|实事项目|工作重点|工作思路|工作举措|工作部署|工作目标|重点工作清单|工作任务清单|工作台账|任务台账|工作意见|安排意见|工作清单|推进清单|实事项目清单|任务书)$/.test(core)) return 'work-points';
    if (/(?:任务分工|责任分工|责任分解|责任分解表|重点工作分解|任务分解)$/.test(core)) return 'implementation-plan';
  }
  return null;
}

// A name that carries a place (安庆市…, 某某县…: two characters or more before 省市县区州旗盟), a year, or 关于.
// Note: 全市, 本区, 城市 and 都市 are no place's name, and a verb (在, 开展, 推进 …) opens a heading, not a name.
const NAMED_BY_PLACE_OR_YEAR = /^关于|^(?!在|开展|推进|实施|加快|深化|加强|全面|深入|持续)[\u4e00-\u9fff]{2,10}?(?<![全本我各城都])(?:省|市|县|区|州|旗|盟)|[0-9０-９]{4}\s*年/;

/**
 * Whether a line could be a document's title: short, no sentence
 * punctuation, no numbering label, and a kind that `kindFromTitle` knows.
 *
 * @param text One line (or two lines joined).
 * @returns The kind it names, or `null`.
 */
export function titleKind(text: string): DocumentKind | null {
  const raw = text.trim();
  // Note: the cheap test first (a spaced-out title ends in its kind word as well); most lines fail it.
  // Note: a tab inside a line parts the cells of a copied table (信息分类⇥规划计划); a title is one cell.
  if (raw.length < 4 || !mayNameKind(raw) || raw.includes('\t')) return null;
  const t = closeLetterSpacing(raw);
  // Note: a title that issues a document may run longer: joint notices list a dozen bodies before 关于印发.
  if (t.length > 90 && (t.length > 160 || !ISSUES_A_DOCUMENT.test(t))) return null;
  if (/[。；;，,!！?？:：]/.test(t)) return null;
  if (recogniseLabel(t) || dateLine(t) || unbalanced(t, '《', '》') || unbalanced(t, '（', '）') || unbalanced(t, '(', ')')) return null;
  const kind = kindFromTitle(t);
  // Note: a title that issues a document (关于印发…) names the notice only with its last words (的通知); without them it
  // is the head of a notice's title broken over lines (…关于印发某市 / …三年行动计划 / （2025—2027年）的通知), though
  // it ends in the kind word of the plan it issues.
  if (kind !== null && kind !== 'notice' && kind !== 'announcement' && ISSUES_A_DOCUMENT.test(t)) return null;
  return kind;
}

/** The words by which a title issues a document: 关于印发, 关于转发, 关于下达 …. */
export const ISSUES_A_DOCUMENT = new RegExp(`关于(?:${ISSUING_VERBS})`);

/**
 * Whether a line opens a bracket it does not close, or closes one it did not open: the first or the last line of a
 * title broken inside the name it quotes or inside its period (…关于印发《某市数字乡村建设三年行动方案 / （2025—2027年）》
 * 的通知; …三年行动方案（2025—2027 / 年）). Either alone names a kind by its last words, but neither is a title; the
 * lines together are.
 */
function unbalanced(text: string, open: string, close: string): boolean {
  if (!text.includes(open) && !text.includes(close)) return false;
  let depth = 0;
  for (const c of text) {
    if (c === open) depth++;
    else if (c === close && --depth < 0) return true;
  }
  return depth !== 0;
}

// A heading set with letter spacing (合 肥 市 2024 年 数 字 政 府 建 设 工 作 要 点): PDF text and centred page headings put a
// space between the characters of a title, and the characters without the spaces are its words.
const LETTER_SPACED = /[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff]/;
const SPACE_IN_WORD = /(?<=[\u4e00-\u9fff0-9])[ \u3000\u00a0]+(?=[\u4e00-\u9fff0-9])/g;

/**
 * A title line without the letter spacing of its characters, when three or more characters stand one space apart,
 * and without the spaces set between Chinese and a number.
 *
 * @param text A title line.
 * @returns The text with the spaces between its characters closed, or the text itself.
 */
export function closeLetterSpacing(text: string): string {
  const closed = LETTER_SPACED.test(text) ? text.replace(SPACE_IN_WORD, '') : closeLineBreaks(text);
  return /\d[ \u3000\u00a0]|[ \u3000\u00a0]\d/.test(closed) ? closed.replace(DIGIT_SPACE, '') : closed;
}

// Note: a title broken over two or three lines, as a red-headed document or a cover centres it (某市人民政府 / 关于加快
// 建设全国一体化算力网络 / 节点城市的实施意见), and flattened with a space for each break, as a crawler collapses a page's
// whitespace; the title as it is cited has none. The space between joint issuers side by side (中共中央　国务院关于…,
// 中共某省委办公厅　某省人民政府办公厅印发…) is the title's own and stays.
// Note: one space, as a crawler leaves for a line break; a wider gap is the title's own spacing (通　　知).
const SPACE_BETWEEN_WORDS = /(?<=[\u4e00-\u9fff“”《》（）])[ \u3000\u00a0](?=[\u4e00-\u9fff“”《》（])/g;
// A place or a zone named alone as one of joint issuers (广州市黄埔区 广州开发区关于…, the two names of one administration).
const PLACE_NAME = /^[\u4e00-\u9fff]{1,10}(?:省|市|县|区|州|旗|盟)$/;
const issuerOrPlace = (name: string): boolean => isIssuerName(name) || PLACE_NAME.test(name);
// Where the last issuer's name ends in a title: before 关于 or the issuing verb.
const ISSUERS_END = new RegExp(`关于|(?:${ISSUING_VERBS})《`);

function closeLineBreaks(text: string): string {
  if (!/[ \u3000\u00a0]/.test(text)) return text;
  return text.replace(SPACE_BETWEEN_WORDS, (space: string, at: number) => (betweenIssuers(text, at, at + 1) ? space : ''));
}

/** Whether the space at `from`…`to` parts two issuers' names (the words since the last space, and up to the next or to 关于). */
function betweenIssuers(text: string, from: number, to: number): boolean {
  const before = text.slice(0, from).split(/[ \u3000\u00a0]+/).pop() ?? '';
  const rest = text.slice(to);
  const end = Math.min(...[rest.search(/[ \u3000\u00a0]/), rest.search(ISSUERS_END)].filter((k) => k >= 0), rest.length);
  return issuerOrPlace(before) && issuerOrPlace(rest.slice(0, end));
}

// Note: PDF text and Word's automatic spacing set a space between Chinese and a number (玉林市 2025 年城市更新工作要点);
// a title as it is cited has none.
const DIGIT_SPACE = /(?<=[\u4e00-\u9fff])[ \u3000\u00a0]+(?=\d)|(?<=\d)[ \u3000\u00a0]+(?=[\u4e00-\u9fff])/g;

/**
 * The span of a title line that is the plan's name: without the 《》 around it
 * and without a trailing status marker.
 *
 * @param text The title line.
 * @returns Character range `[from, to)` in `text`.
 */
export function titleCore(text: string): { from: number; to: number } {
  let from = text.length - text.trimStart().length;
  let to = text.trimEnd().length;
  if (text[from] === '《' && text[to - 1] === '》' && text.indexOf('》') === to - 1) {
    from++;
    to--;
  }
  // Note: a news release's headline names the plan it reprints in 《》 (某市印发《…实施方案》): the name is the title.
  const headline = text.includes('《') ? headlineTitle(text.slice(from, to)) : null;
  if (headline) return { from: from + headline.from, to: from + headline.to };
  to = from + withoutNumberTail(text.slice(from, to)).length;
  // Note: a site's note that the page gives the whole text (…政府工作报告（全文）), as portals and news sites title a
  // report or plan they reprint, is no part of the title.
  const note = FULL_TEXT_NOTE.exec(text.slice(from, to));
  if (note) to = from + note.index;
  const status = STATUS_PAREN.exec(text.slice(from, to));
  if (status) to = from + status.index;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { from, to };
}

// A news release's headline: who issued the document, then 印发 (出台, 发布) and the document's name in 《》
// (宜宾市印发《宜宾市推动大规模设备更新和消费品以旧换新实施方案》, 中共中央办公厅　国务院办公厅印发《关于…的意见》,
// 市政府办公室印发《…》).
const HEADLINE = /^([\u4e00-\u9fff（）()、\s\u3000]{2,60}?)(?:印发|出台|发布|公布|颁布)了?《([^《》]{4,80})》$/;
// Who may stand before the verb: a body (isIssuerName), a place (宜宾市, 我市), or a government or office named by its
// level alone (市政府, 省委办公厅), as a government's own site heads its news.
const LEVEL_ONLY = /^(?:我(?:省|市|县|区|州|旗)|(?:省|市|县|区|州|旗)(?:委|政府|人民政府)(?:办公厅|办公室)?)$/;

/** Whether a name is one place's whole name (宜宾市, 四川省, 鼓楼区). */
function isPlaceName(name: string): boolean {
  const [only, ...more] = scanDivisions(name, false);
  return only !== undefined && more.length === 0 && only.from === 0 && only.to === name.length;
}

/**
 * The document a news release's headline names, when it is a plan (the name in 《》 closes in a plan's kind): a page
 * that reprints a plan under such a headline, with no title line of its own, is that plan.
 *
 * @param text A line, trimmed.
 * @returns The range of the name inside the 《》, or `null`.
 */
export function headlineTitle(text: string): { from: number; to: number } | null {
  if (!text.includes('《')) return null;
  const m = HEADLINE.exec(text);
  const name = m?.[2];
  if (!m || !name) return null;
  const issuers = (m[1] ?? '').trim().split(/[\s\u3000、]+/);
  if (!issuers.every((who) => isIssuerName(who) || LEVEL_ONLY.test(who) || isPlaceName(who))) return null;
  const kind = kindFromTitle(name);
  if (kind === null || !PLAN_KINDS.has(kind)) return null;
  const from = text.length - name.length - 1;
  return { from, to: from + name.length };
}

const FULL_TEXT_NOTE = /[\s\u3000]*[（(](?:全文|附全文|全文发布|原文)[)）]\s*$/;

/** A title line without the document number in brackets that may close it; the cheap test first. */
function withoutNumberTail(title: string): string {
  return /号\s*[)）]\s*$/.test(title) ? title.replace(NUMBER_TAIL, '') : title;
}


/**
 * Whether a value can be an index number (索引号): codes of letters and digits with dashes and slashes,
 * QG000000120250010, 11310000002425869H/2025-00123, hfgx-2024-0156. A labelled value may be lower case and short (a
 * site's own scheme); an unlabelled line must look like the national scheme (upper case, six digits or more).
 *
 * @param value The value, trimmed.
 * @param labelled Whether a 索引号 label names it.
 */
export function isIndexNumber(value: string, labelled: boolean): boolean {
  const digits = (value.match(/\d/g) ?? []).length;
  // Note: a date alone (2024-04-10) is no code, labelled or not.
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(value)) return false;
  if (labelled) return /^[A-Za-z0-9][A-Za-z0-9\-/._]{3,60}$/.test(value) && digits >= 4;
  return /^[A-Z0-9][A-Z0-9\-/]{7,40}$/.test(value) && digits >= 6;
}

/** An index number (索引号) line: QG000000120250010, 11310000002425869H/2025-00123, 索引号：hfgx-2024-0156. */
export function indexNumberIn(text: string): { from: number; to: number } | null {
  const t = text.trim();
  const lead = text.indexOf(t);
  // Note: sites space the label's characters (索 引 号) as they do other labels.
  const labelled = /^索[ \u3000]*引[ \u3000]*号[ \u3000]*[:：]\s*/.exec(t);
  const value = labelled ? t.slice(labelled[0].length) : t;
  if (!isIndexNumber(value, labelled !== null)) return null;
  const from = lead + (labelled ? labelled[0].length : 0);
  return { from, to: from + value.length };
}

/** An issuing body alone on a line: 上海市青浦区数据局, 上海市青浦区人民政府办公室. */
export function isOrgLine(text: string): boolean {
  const t = text.trim();
  return /^[\u4e00-\u9fff（）()]{3,30}(?:局|办公室|人民政府|政府|委员会|委|办|中心|厅|部|署|院|公司|领导小组)$/.test(t);
}

/** The addressee line that opens a notice: 各镇、街道,区委、区政府各部、委、办、局…: */
export function isAddresseeLine(text: string): boolean {
  const t = text.trim();
  // Note: 各位代表： greets the audience of a speech or report; a notice's addressees are bodies (各区人民政府…：).
  return /^各.{1,150}[:：]$/.test(t) && !t.startsWith('各位');
}
