import type { DocumentLevel } from '../model/types.js';
import type { Division } from './divisions.js';
import { nationalBodyAt } from './national.js';
import { provinceOf, scanDivisions, within, type Mention } from './scan-divisions.js';

export interface RegionGuess {
  region: string;
  parentRegion: string | null;
  province: string | null;
  level: DocumentLevel;
  /** Where the region's name was found in the searched text. */
  from: number;
  to: number;
  /** The text writes the region's full name there (not a short form such as 上海, nor a national body). */
  exact: boolean;
}

// What may stand between a place and a place within it in one name: nothing, or its government's name.
// Note: or the Xinjiang Production and Construction Corps and its division (新疆生产建设兵团第八师石河子市): the corps'
// divisions govern the cities the region names them with, and each signs with both (第八师石河子市人民政府).
const ADJOINING = /^[\s\u3000]*(?:人民政府|政府|人民政府办公室|政府办公室|生产建设兵团(?:第[一二三四五六七八九十]{1,3}师)?)?[\s\u3000]*$/;

// What may open a text before the place it is about: a year, 关于.
const TEXT_HEAD = /^[\s\u3000]*(?:(?:19|20)\d{2}\s*年度?)?(?:关于)?$/;

const RANK: Record<Division['level'], number> = { province: 0, city: 1, district: 2, county: 2, town: 3, street: 3 };

/** The national region, for documents of the State Council, its ministries and commissions. */
export const NATIONAL = '全国';

function levelOf(d: Division): DocumentLevel {
  return d.municipality ? 'city' : d.level;
}

/**
 * The guess for a division. Districts of a province-level city keep the city as parent and no province (上海市青浦区),
 * as the seeds always had; any other division keeps its parent (a district its city, a county its city or, for a
 * county the province governs directly, its province) and its province.
 */
export function guessFor(d: Division, from: number, to: number, exact: boolean, parent: Division | null = d.parent): RegionGuess {
  // Note: a name several places share, with nothing to tell which, keeps no parent and no province.
  const province = parent ? provinceOf(parent) : d.level === 'province' ? d : null;
  return {
    region: d.name,
    parentRegion: parent?.name ?? null,
    province: province === null || province.municipality ? null : province.name,
    level: levelOf(d),
    from,
    to,
    exact,
  };
}

function support(candidate: Division, others: readonly Mention[]): number {
  return others.filter((m) => m.candidates.some((c) => c !== candidate && (within(candidate, c) || within(c, candidate)))).length;
}

/** The candidate of a mention that the other names agree with most (南山区 after 深圳市 is Shenzhen's). */
function bestCandidate(mention: Mention, others: readonly Mention[]): { division: Division; support: number; unique: boolean } {
  let best = mention.candidates[0] as Division;
  let bestSupport = -1;
  let tie = false;
  for (const c of mention.candidates) {
    const s = support(c, others);
    if (s > bestSupport || (s === bestSupport && RANK[c.level] < RANK[best.level])) {
      tie = s === bestSupport && RANK[c.level] === RANK[best.level];
      best = c;
      bestSupport = s;
    } else if (s === bestSupport && RANK[c.level] === RANK[best.level]) tie = true;
  }
  return { division: best, support: bestSupport, unique: !tie };
}

// A street or town the gazetteer does not have yet (divisions change every year), named right after its district or
// county (奉贤区人民政府头桥街道办事处) or at the head of a title (头桥街道建设用地…).
const STREET_AFTER = /^(?:人民政府|政府)?([\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))(?=办事处|人民政府|政府|党工委|党委|\s*(?:19|20)\d{2})/;
const STREET_HEAD = /^(?:\d{4}\s*年度?)?([\u4e00-\u9fff]{2,4}?街道)/;

// Note: the Party centre numbers its yearly documents (中央一号文件, each year's on rural work), and sites, reposts and
// Word copies title a document by that name alone (2026年中央一号文件, 中央一号文件全文): it is a national document. A
// place named before it (某省贯彻落实2026年中央一号文件…) is the document's own and wins, as a body's name does.
const CENTRAL_SERIES = /^[\s　]*(?:(?:19|20)\d{2}[\s　]*年(?:度)?)?[\s　]*(中央[一二三四五六七八九十]{1,3}号文件)/;

function centralSeriesAt(text: string): { from: number; to: number } | null {
  const m = text.includes('号文件') ? CENTRAL_SERIES.exec(text) : null;
  if (!m) return null;
  const to = m[0].length;
  return { from: to - (m[1] ?? '').length, to };
}

/**
 * Find the region a title, an issuer's name or a document number names: the most local division, placed in the
 * national gazetteer (GB/T 2260) with its parent and province. Names the text writes together fix which place an
 * ambiguous name is (鼓楼区 after 南京市); `context` (the issuer, for a title) helps the same way. National bodies
 * (国务院, 工业和信息化部, 国家发展改革委) give 全国.
 *
 * @param text A title, an issuer's name or a doc number's issuer part.
 * @param context Other texts of the same document that may settle an ambiguous name; they are not searched.
 * @param contextStreets Whether the context's towns and streets count too (their index is large: a long context is
 *   read for its provinces, cities and counties only).
 * @returns The region, or `null` when none is named.
 */
export function findRegion(text: string, context: readonly string[] = [], contextStreets = true): RegionGuess | null {
  const mentions = scanDivisions(text);
  const national = nationalBodyAt(text) ?? centralSeriesAt(text);
  if (national && (mentions.length === 0 || (mentions[0]?.from ?? 0) >= national.to)) {
    return { region: NATIONAL, parentRegion: null, province: null, level: 'national', from: national.from, to: national.to, exact: false };
  }
  const around = context.flatMap((c) => scanDivisions(c, contextStreets));
  // Note: the places the context names, each by its best reading, found once: a context of a text's first pages names
  // dozens, and each is read against all the others.
  let aroundDivisions: Division[] | null = null;
  const aroundBest = (): Division[] => (aroundDivisions ??= around.map((m) => bestCandidate(m, around.filter((o) => o !== m)).division));
  let pick: { mention: Mention; division: Division; parent: Division | null } | null = null;
  const seen: Division[] = [];
  for (const mention of mentions) {
    // Only names written together make one place (深圳市南山区, 奉贤区人民政府头桥街道办事处); a name further on is
    // what the document is about, not whose it is (山东省支持青岛市…: 山东省's).
    const last = pick?.mention;
    if (last && !ADJOINING.test(text.slice(last.to, mention.from))) break;
    // Note: a short form right after a place that holds none of the places it may be is a word of a name within that
    // place, not another division (东湖 of 武汉市东湖高新区 is no 东湖区, which is Nanchang's; 松山 of 东莞松山湖高新区 no
    // 松山区): a zone or a landmark is named after a lake, a hill or a river as often as a county is. A full name
    // (奉贤区…头桥街道, a street the gazetteer lacks) still nests as the text writes it.
    const held = pick?.division;
    if (last && held && mention.short && !mention.candidates.some((c) => within(c, held))) break;
    const best = bestCandidate(mention, [...mentions.filter((m) => m !== mention), ...around]);
    const division = best.division;
    // Note: tens of thousands of towns have three-character names, some of them words (…水乡, …新镇): a town or
    // street counts only after its district or at the head of the text (头桥街道建设用地…, 2025年泗泾镇…).
    if (RANK[division.level] === RANK.town && !last && !TEXT_HEAD.test(text.slice(0, mention.from))) break;
    let parent = best.unique ? division.parent : null;
    if (best.support === 0) {
      // The text's own nesting wins over a same-named place elsewhere: 奉贤区…头桥街道 is Fengxian's, whatever else
      // is so named; so does the nesting its issuer gives (a title 头桥街道… issued by 上海市奉贤区…).
      const above = [...seen, ...aroundBest()].filter((d) => RANK[d.level] < RANK[division.level]);
      const nearest = above.sort((x, y) => RANK[y.level] - RANK[x.level])[0];
      if (nearest) parent = nearest;
    }
    if (!pick || RANK[division.level] > RANK[pick.division.level]) pick = { mention, division, parent };
    seen.push(division);
  }
  // Note: a city's 城区, 郊区 or 矿区 that the text leaves open (铜陵市郊区农村道路提升方案) is the district when the
  // context names that district (the plan's issuer, 铜陵市郊区人民政府): a district's plan is titled with its name as
  // its government signs it.
  const city = pick?.division.level === 'city' ? pick : null;
  const area = city ? around.find((m) => m.candidates.length === 1 && m.candidates[0]?.parent === city.division && text.startsWith(m.text, city.mention.to)) : undefined;
  if (city && area && !mentions.some((m) => m.from === city.mention.to)) {
    const division = area.candidates[0] as Division;
    pick = { mention: { ...area, from: city.mention.to, to: city.mention.to + area.text.length }, division, parent: division.parent };
  }
  const street = streetNotInGazetteer(text, pick);
  if (street) return street;
  if (!pick) return placeholder(text);
  const exact = !pick.mention.short;
  return guessFor(pick.division, pick.mention.from, pick.mention.to, exact, pick.parent);
}

function streetNotInGazetteer(text: string, pick: { mention: Mention; division: Division } | null): RegionGuess | null {
  if (pick && RANK[pick.division.level] >= RANK.town) return null;
  const district = pick && RANK[pick.division.level] === RANK.district ? pick : null;
  const after = district ? STREET_AFTER.exec(text.slice(district.mention.to)) : null;
  const head = after ? null : STREET_HEAD.exec(text);
  const name = after?.[1] ?? head?.[1];
  if (!name || /^(?:乡镇|城镇|各|全|本|关于)/.test(name)) return null;
  const from = after && district ? district.mention.to + after[0].indexOf(name) : (head?.index ?? 0) + (head?.[0].indexOf(name) ?? 0);
  const parent = district?.division ?? null;
  const province = parent ? provinceOf(parent) : null;
  return {
    region: name,
    parentRegion: parent?.name ?? null,
    province: province && !province.municipality ? province.name : null,
    level: /街道$/.test(name) ? 'street' : 'town',
    from,
    to: from + name.length,
    exact: true,
  };
}

// Templates and samples name their place 某某市, 某区, 某某街道 ("such-and-such city"): a region of that level with no
// place in the gazetteer, so that a template parses as the document it stands for.
const PLACEHOLDER = /某{1,2}(省|自治区|市|区|县|街道|镇|乡)/;
const PLACEHOLDER_LEVEL: Record<string, DocumentLevel> = { 省: 'province', 自治区: 'province', 市: 'city', 区: 'district', 县: 'county', 街道: 'street', 镇: 'town', 乡: 'town' };

function placeholder(text: string): RegionGuess | null {
  const m = PLACEHOLDER.exec(text);
  if (!m) return null;
  return { region: m[0], parentRegion: null, province: null, level: PLACEHOLDER_LEVEL[m[1] ?? ''] ?? 'unknown', from: m.index, to: m.index + m[0].length, exact: true };
}
