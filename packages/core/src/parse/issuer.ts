import { nationalBodyAt } from '../region/national.js';

// The last words of an issuing body's name: 局, 办公室, 人民政府, 委员会, 厅, 部, 街道办事处 … (and 等八部门 for
// joint issuers).
// Note: people's organisations (妇女联合会, 总工会, 科学技术协会, 红十字会) and customs (海关) issue plans too; 会 alone would
// take in meetings and fairs (推进会, 博览会).
// Note: a ministry's or national bureau's departments (司: 国家能源局综合司, 财政部经济建设司) issue work points and
// notices in their own name.
const ORG_END = /(?:局|办公室|办公厅|人民政府|政府|委员会|委|办|中心|厅|部|署|院|司|领导小组|办事处|管委会|部门|联合会|工会|协会|学会|商会|红十字会|海关|指挥部)$/;

/**
 * A note on the seal after a signing body: （代章）, where a body without a seal of its own signs under another's
 * (某县乡村振兴领导小组（代章）, 某县人民政府办公室（代章）), or （盖章）, where the seal goes. It is no part of the name.
 */
export const SEAL_NOTE = /[（(](?:代章|盖章|公章|印章)[）)]$/;

/**
 * Whether a line is an issuing body alone (a signature or a header value): 上海市青浦区数据局, 国务院,
 * 水利部办公厅, 国家发展改革委、国家数据局, 工业和信息化部等八部门. Spaces padding a signature are ignored.
 *
 * @param text One line or a header value.
 * @returns Whether it names an issuer and nothing else.
 */
export function isIssuerName(text: string): boolean {
  const t = text.replace(/[\s\u00a0\u3000]+/g, '').replace(SEAL_NOTE, '');
  if (t.length < 2 || t.length > 40 || !/^[\u4e00-\u9fff（）()、]+$/.test(t)) return false;
  const national = nationalBodyAt(t);
  if (national && national.to === t.length) return true;
  return t.length >= 4 && ORG_END.test(t) && !/^(?:各|全|本|我|有关|相关|牵头|责任|配合)/.test(t);
}

// The place an issuer's name opens with (某市, the 某市 of 中共某市委, 市 alone, 国家): joint issuers of one place, or of
// the centre, share it.
const ISSUER_PLACE = /^(?:中共)?([\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|旗|盟)|国家)/;

/**
 * Joint issuers whose names a copy ran together with no space or 、 between them (泰州市发展和改革委员会泰州市财政局,
 * 中共舟山市委办公室舟山市人民政府办公室, 市发展改革委市工业和信息化局, 国家发展改革委国家能源局): a joint notice's
 * title sets them so when its line breaks are lost, and a signature over two lines flattened to one. The name is cut
 * where one issuer's name ends and another of the same place (or 中共 and that place) begins, each an issuer's name.
 *
 * @param name An issuer's name as written.
 * @returns The issuers, or the name alone.
 */
export function splitRunTogetherIssuers(name: string): string[] {
  const place = name.length >= 8 ? ISSUER_PLACE.exec(name)?.[1] : undefined;
  if (!place) return [name];
  for (let k = name.indexOf(place, 1); k > 0; k = name.indexOf(place, k + 1)) {
    const at = name.slice(k - 2, k) === '中共' ? k - 2 : k;
    const left = name.slice(0, at);
    const right = name.slice(at);
    if (isIssuerName(left) && isIssuerName(right)) return [left, ...splitRunTogetherIssuers(right)];
  }
  return [name];
}

/** The verbs by which a notice issues another document (关于印发…的通知, 关于转发…, 关于下达…计划的通知). */
export const ISSUING_VERBS = '印发|颁发|发布|转发|下达|公布';

// Note: a title broken after its issuer and flattened with a space for the break keeps one (某市人民政府办公室 关于印发…).
const NOTICE_ISSUER = new RegExp(`^([\u4e00-\u9fff（）()、]{2,40}?)[\\s\u3000]*关于(?:${ISSUING_VERBS})`);

/**
 * The issuer a notice's title opens with: 安徽省人民政府办公厅关于印发…的通知, 国务院关于印发…的通知.
 *
 * @param text A line.
 * @returns The issuer's range in the line, or `null`.
 */
export function noticeIssuer(text: string): { from: number; to: number } | null {
  const lead = text.length - text.trimStart().length;
  const m = NOTICE_ISSUER.exec(text.slice(lead));
  if (m && isIssuerName(m[1] ?? '')) return { from: lead, to: lead + (m[1]?.length ?? 0) };
  // Note: a party and government notice may say 印发 with no 关于, the bodies side by side (中共某省委办公厅　某省人民政府
  // 办公厅印发《…》的通知): each must name a body, as a joint title's do.
  const issued = ISSUED_WITHOUT_ABOUT.exec(text.slice(lead));
  const bodies = issued?.[1]?.trim().split(/[\s\u00a0\u3000、]+/) ?? [];
  if (!issued || bodies.length === 0 || !bodies.every((body) => isIssuerName(body))) return null;
  return { from: lead, to: lead + (issued[1]?.trimEnd().length ?? 0) };
}

// Note: or a news release's headline, the whole line (中共中央办公厅　国务院办公厅印发《关于…的意见》), as Xinhua and
// gov.cn publish a document of the centre or a province and sites repost it, the document's own title further down.
const ISSUED_WITHOUT_ABOUT = /^([\u4e00-\u9fff（）()、\s\u00a0\u3000]{4,80}?)印发《[^《》]{2,100}》(?:的通知|[\s\u00a0\u3000]*$)/;

/** The range of a line without the spaces that pad it (a signature's `国务院 \u00a0 \u00a0`) and a seal note closing it. */
export function paddedRange(text: string): { from: number; to: number } {
  const from = text.length - text.replace(/^[\s\u00a0\u3000]+/, '').length;
  const to = text.replace(/[\s\u00a0\u3000]+$/, '').replace(SEAL_NOTE, '').replace(/[\s\u00a0\u3000]+$/, '').length;
  return { from, to: Math.max(from, to) };
}
