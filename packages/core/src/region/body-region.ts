// The region of a plan that states it nowhere but in its body (a page cut from a spreadsheet cell: no title, no
// issuer, no number). A plan speaks of its own place in the first person and addresses its own units: 我省, 全省,
// 省大数据局牵头 in a province's plan; 我市, 全市, 市工业和信息化局 in a city's; 我国, 各地区, 各省（区、市）, the
// ministries in a national one. The level those words give is the plan's; the division of that level the body
// names most is its region. Random mentions of other places (对标深圳, 青岛市…办公室负责) are fewer, or of another level.
import type { DocumentLevel } from '../model/types.js';
import type { Division } from './divisions.js';
import { guessFor, NATIONAL, type RegionGuess } from './find-region.js';
import { scanDivisions, within } from './scan-divisions.js';

type BodyLevel = 'national' | 'province' | 'city' | 'district';

// Each level's words with their weight: a first-person name of the place counts most; an office of that level
// (省教育厅, 市财政局) little each, since a plan names many.
const SIGNALS: ReadonlyArray<[BodyLevel, RegExp, number]> = [
  ['national', /我国/g, 2],
  ['national', /各地区|各地方|各省[（(]区、市[）)]|各省、自治区、直辖市|国务院有关部门|国务院各部门/g, 3],
  ['national', /(?:财政部|商务部|教育部|科技部|工业和信息化部|国家发展改革委|人力资源社会保障部|生态环境部|水利部|农业农村部|住房城乡建设部|交通运输部)/g, 0.5],
  ['province', /我省/g, 3],
  ['province', /全省|各市(?!场)/g, 1],
  ['province', /省[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)/g, 0.2],
  ['city', /我市/g, 3],
  ['city', /全市(?!场)/g, 1],
  ['city', /(?<![省全我城各超])市[\u4e00-\u9fff]{1,8}?(?:局|委|办)/g, 0.2],
  // Note: an autonomous prefecture (州) and a league (盟) are of a city's level, a county (县) and a banner (旗) of a district's.
  ['city', /我州|我盟/g, 3],
  ['city', /全州|全盟/g, 1],
  ['district', /我区|我县|我旗/g, 3],
  ['district', /全区(?!域)|全县|全旗|各街镇|各街道|各乡镇|各苏木/g, 1],
  ['district', /(?<![全我各])县[\u4e00-\u9fff]{1,6}?(?:局|委|办)/g, 0.2],
  ['district', /(?<![全我各城园社片])区[\u4e00-\u9fff]{1,6}?(?:局|委|办)/g, 0.2],
];

/** The level a body speaks as, when one clearly wins (at least 4 points, twice the next). */
export function bodyLevel(text: string): BodyLevel | null {
  const score: Record<BodyLevel, number> = { national: 0, province: 0, city: 0, district: 0 };
  for (const [level, re, weight] of SIGNALS) score[level] += (text.match(re)?.length ?? 0) * weight;
  const ranked = (Object.entries(score) as Array<[BodyLevel, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 4 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

function sameLevel(d: Division, level: BodyLevel): boolean {
  if (level === 'province') return d.level === 'province' && !d.municipality;
  if (level === 'city') return d.level === 'city' || d.municipality;
  return d.level === 'district' || d.level === 'county';
}

const NATIONAL_WORDS = /我国|各地区|各省[（(]区、市[）)]|各省、自治区、直辖市/;

/**
 * The region a plan's body speaks for.
 *
 * @param text The body (the file's text).
 * @returns The region with the place of its first mention in `text`, or `null` when the body is not clear.
 */
export function regionFromBody(text: string): RegionGuess | null {
  const level = bodyLevel(text);
  if (!level) return null;
  if (level === 'national') {
    const m = NATIONAL_WORDS.exec(text);
    if (!m) return null;
    return { region: NATIONAL, parentRegion: null, province: null, level: 'national' as DocumentLevel, from: m.index, to: m.index + m[0].length, exact: false };
  }
  const counts = new Map<Division, { n: number; from: number; to: number; short: boolean }>();
  const mentions = scanDivisions(text, false);
  // Places named without doubt, which settle names several places share (鼓楼区 in a text that names 南京市).
  const sure = new Set(mentions.flatMap((m) => (m.candidates.length === 1 ? m.candidates : [])));
  for (const mention of mentions) {
    // Note: a one-character name with its suffix (和县, 沛县) inside a longer word (城乡和县域) is no mention.
    if (mention.to - mention.from === 2 && /[县旗]/.test(text[mention.to - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[mention.from - 1] ?? '')) continue;
    let candidates = mention.candidates.filter((d) => sameLevel(d, level));
    if (candidates.length > 1) candidates = candidates.filter((d) => [...sure].some((s) => s !== d && within(d, s)));
    // Note: a name several places of this level share, that the text does not settle, tells nothing.
    if (candidates.length !== 1) continue;
    const d = candidates[0] as Division;
    const seen = counts.get(d);
    if (seen) seen.n++;
    else counts.set(d, { n: 1, from: mention.from, to: mention.to, short: mention.short });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const [best, next] = ranked;
  if (!best || (next && next[1].n >= best[1].n)) return null;
  const [division, at] = best;
  return guessFor(division, at.from, at.to, !at.short);
}
