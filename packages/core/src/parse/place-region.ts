import type { Provenance } from '../model/types.js';
import { bodyLevel, regionFromBody } from '../region/body-region.js';
import { findRegion, guessFor, NATIONAL, type RegionGuess } from '../region/find-region.js';
import { docNumberOrigin } from '../region/national.js';
import { scanDivisions } from '../region/scan-divisions.js';
import type { TextMetadata } from './document-metadata.js';
import { findDocNumbers } from './doc-number.js';
import type { Locator } from '../text/locator.js';
import { quoteOffsets, type Quote } from '../text/quote.js';
import type { TitleInfo } from './segment.js';

// The congress a report is given to: 在某县第十八届人民代表大会第五次会议上.
const CONGRESS = /在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]+届人民代表大会/;
// The national congress, named after its session: 在第十四届全国人民代表大会第三次会议上.
const NATIONAL_CONGRESS = /在第[一二三四五六七八九十]+届(全国)人民代表大会/;

/** How much of the text is read for places that settle a shared name: its head and first pages. */
const SETTLING_TEXT = 3000;

const derived = (q: Quote): Provenance => ({ from: 'derived', position: q.position, quote: q.text });
const read = (q: Quote): Provenance => ({ from: 'text', position: q.position, quote: q.text });

function apply(meta: TextMetadata, guess: RegionGuess, at: Quote, exact: boolean): void {
  meta.region = guess.region;
  meta.level = guess.level;
  meta.provenance.region = exact ? read(at) : derived(at);
  meta.provenance.level = derived(at);
  if (guess.parentRegion) {
    meta.parentRegion = guess.parentRegion;
    meta.provenance.parentRegion = derived(at);
  }
  if (guess.province) {
    meta.province = guess.province;
    meta.provenance.province = derived(at);
  }
}

// What may open a title before the place whose plan it is: a year, 关于, 印发, a quotation mark (2025年青浦区…,
// 关于印发《某市…》); a verb before it (支持, 推动, 加快推进) makes the place what the title is about.
const TITLE_HEAD = /^[\s\u3000]*(?:(?:19|20)\d{2}\s*年度?)?[\s\u3000]*(?:关于)?(?:印发)?[《“]?[\s\u3000]*$/;

// A city's, a prefecture's or a county's own words for its place in a title (全市, 本县) and its bodies' names without
// the place (市工业和信息化局, 县人民政府办公室).
const BELOW_PROVINCE_TITLE = /全市|本市|全县|本县|全州|全盟|全旗/;
const BELOW_PROVINCE_ISSUER = /^[\s\u3000]*(?:市|县|州|盟|旗)(?!场)[\u4e00-\u9fff]/;

/**
 * Whether a document speaks as a place below a province: its title says 全市 or 全县, its issuer is named without its
 * place as a city's or county's body is (市工业和信息化局), or its body speaks as a city (我市, 全市). The one-letter
 * prefix of its number then names its city or county, not a province, as often as not (苏州's 苏府, 青岛's 青政发,
 * 南京's 宁政发 beside 江苏's 苏政发, 青海's 青政, 宁夏's 宁政发).
 */
function speaksBelowProvince(title: TitleInfo | null, issuer: Quote | null, text: string): boolean {
  if (title && BELOW_PROVINCE_TITLE.test(title.text)) return true;
  if (issuer && BELOW_PROVINCE_ISSUER.test(issuer.text)) return true;
  // Note: a body speaking as a district (全区) is left out: an autonomous region (宁夏, 广西) calls itself 全区 too.
  return bodyLevel(text) === 'city';
}

/**
 * Place a plan: the region its title names (2025年青浦区…), else its issuer's (上海市黄浦区数据局, 国务院 → 全国),
 * else what its document number's issuer part says (皖政办秘 → 安徽省, 国办发 → 全国), else what its body speaks for
 * (see `regionFromBody`; the file's text is read). The title is searched with the
 * issuer as context, so that a name several places share is placed where the issuer is.
 *
 * @param meta The metadata read so far; region, parentRegion, province and level are set in it.
 * @param locator The file's locator.
 * @param title The plan's title.
 * @param titleQuote The title's quote.
 * @param issuer The issuer's quote.
 * @param docNumber The document number's quote.
 * @returns Whether a region was found.
 */
export function placeRegion(meta: TextMetadata, locator: Locator, title: TitleInfo | null, titleQuote: Quote | null, issuer: Quote | null, docNumber: Quote | null): boolean {
  const sources: Array<[Quote, readonly string[]]> = [];
  if (titleQuote) sources.push([titleQuote, issuer ? [issuer.text] : []]);
  if (issuer) sources.push([issuer, []]);
  for (const [source, context] of sources) {
    // Note: a title wrapped over lines or set with letter spacing is read as its words (title.text) and quoted whole;
    // its region's place is then the title's.
    // Note: so is an issuer spaced out a character at a time (荆 门 市 人 民 政 府), read as its name (meta.issuer).
    const spaced = source === issuer && meta.issuer !== null && !meta.issuer.includes('、') && meta.issuer !== source.text.trim();
    const wrapped = (source === titleQuote && title !== null && title.end - title.start !== title.text.length) || spaced;
    const searched = spaced && meta.issuer ? meta.issuer : wrapped && title ? title.text : source.text;
    let found = findRegion(searched, context);
    if (!found) continue;
    // Note: a place the title names after a verb (支持雄安新区高质量发展若干措施, 关于支持青岛市建设…的实施意见) is what
    // the document is about; a body above it that issues it (河北省人民政府办公厅) places it, as a title that names
    // the issuer's place first does (山东省支持青岛市…).
    if (source === titleQuote && issuer && !TITLE_HEAD.test(searched.slice(0, found.from))) {
      // Note: the title's place as the gazetteer places it, not as nested under the issuer's (雄安新区 issued by 北京市…).
      const own = findRegion(issuer.text);
      const alone = findRegion(searched);
      if (own && alone && own.region !== alone.region && (own.level === 'national' || own.region === alone.parentRegion || own.region === alone.province)) continue;
    }
    // Note: a name several places share (鼓楼区, 西湖区, 朝阳区) that the title and issuer leave open is settled by the
    // places the text names around it (为推动福州市城市更新行动在我区落地…), when they point to one of them.
    if (found.parentRegion === null && (found.level === 'district' || found.level === 'county')) {
      // Note: the first pages' provinces, cities and counties settle it; their towns and streets would cost the town
      // index (4 MB) for a file that names a street anywhere, for a hint the places above give as well.
      const settled = findRegion(searched, [...context, locator.text.slice(0, SETTLING_TEXT)], false);
      if (settled?.parentRegion && settled.region === found.region) found = settled;
    }
    const at = wrapped ? source : quoteOffsets(locator, source.start + found.from, source.start + found.to);
    apply(meta, found, at, found.exact && !wrapped);
    return true;
  }
  if (docNumber) {
    const [n] = findDocNumbers(docNumber.text, true);
    const origin = n ? docNumberOrigin(n.prefix) : null;
    if (n && origin && (origin.national || !speaksBelowProvince(title, issuer, locator.text))) {
      const at = quoteOffsets(locator, docNumber.start + n.from, docNumber.start + n.from + n.prefix.length);
      if (origin.national) {
        apply(meta, { region: NATIONAL, parentRegion: null, province: null, level: 'national', from: 0, to: 0, exact: false }, at, false);
        return true;
      }
      const province = scanDivisions(origin.province)[0]?.candidates.find((d) => d.name === origin.province);
      if (province) {
        apply(meta, guessFor(province, 0, 0, false), at, false);
        return true;
      }
    }
  }
  // A report's subtitle names the congress it was given to (——2025年1月16日在婺源县第十八届人民代表大会第五次会议上):
  // the congress's region is the government's that reports.
  if (title) {
    const below = locator.text.slice(title.end, title.end + 200);
    const national = NATIONAL_CONGRESS.exec(below);
    if (national) {
      const from = title.end + national.index + national[0].indexOf('全国');
      apply(meta, { region: NATIONAL, parentRegion: null, province: null, level: 'national', from: 0, to: 0, exact: false }, quoteOffsets(locator, from, from + 2), false);
      return true;
    }
    const m = CONGRESS.exec(below);
    const found = m ? findRegion(m[1] ?? '', []) : null;
    if (m && found) {
      const from = title.end + m.index + 1 + found.from;
      apply(meta, found, quoteOffsets(locator, from, from + (found.to - found.from)), found.exact);
      return true;
    }
  }
  // Last, the body: the level it speaks as (我省, 我市, 我国) and the place of that level it names most.
  const body = regionFromBody(locator.text);
  if (body) {
    apply(meta, body, quoteOffsets(locator, body.from, body.to), false);
    return true;
  }
  return false;
}
