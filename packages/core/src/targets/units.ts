/** What kind of thing a unit measures. */
export type UnitFamily =
  | 'count'
  | 'racks'
  | 'percent'
  | 'percentage-points'
  | 'permille'
  | 'fraction'
  | 'power'
  | 'compute'
  | 'bandwidth'
  | 'duration'
  | 'money'
  | 'records'
  | 'data-volume'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'age'
  | 'tokens'
  | 'multiple'
  | 'people';

/** A unit plankb recognises (架, P, MW, %), its family and an English gloss. */
export interface UnitInfo {
  unit: string;
  family: UnitFamily;
  /** An English gloss for readers of exports. */
  gloss: string;
}

// Note: the measure words (量词) of official Chinese writing, by family. A number counts as a figure only
// with one of them after it, which is what keeps years (2025年), ordinals (第三), versions and names out.
const UNITS: UnitInfo[] = [
  { unit: '个百分点', family: 'percentage-points', gloss: 'percentage points' },
  { unit: '百分点', family: 'percentage-points', gloss: 'percentage points' },
  { unit: '%', family: 'percent', gloss: 'percent' },
  { unit: '％', family: 'percent', gloss: 'percent' },
  { unit: '‰', family: 'permille', gloss: 'per mille' },
  // Note: a rate per population (孕产妇死亡率8.2/10万) is written with its denominator as the unit.
  { unit: '/10万', family: 'fraction', gloss: 'per 100,000' },
  { unit: '/万', family: 'fraction', gloss: 'per 10,000' },
  { unit: '倍', family: 'multiple', gloss: 'times' },
  // Note: a ratio to one (生师比控制在13∶1以内, 农产品加工业与农业总产值比达到2.5∶1) is a multiple, written with its 1.
  { unit: '∶1', family: 'multiple', gloss: 'to 1 (a ratio)' },
  { unit: ':1', family: 'multiple', gloss: 'to 1 (a ratio)' },
  { unit: '：1', family: 'multiple', gloss: 'to 1 (a ratio)' },
  { unit: '标准机架', family: 'racks', gloss: 'standard racks' },
  { unit: '架', family: 'racks', gloss: 'racks' },
  { unit: 'PFLOPS', family: 'compute', gloss: 'PFLOPS' },
  { unit: 'EFLOPS', family: 'compute', gloss: 'EFLOPS' },
  { unit: 'TFLOPS', family: 'compute', gloss: 'TFLOPS' },
  { unit: 'P', family: 'compute', gloss: 'PFLOPS' },
  { unit: 'E', family: 'compute', gloss: 'EFLOPS' },
  // Note: the energy a store holds is written in watt-hours (储能规模50MWh, 动力电池产能100GWh): read before the power units
  // they start with, which they are not.
  { unit: 'TWh', family: 'energy', gloss: 'terawatt-hours' },
  { unit: 'GWh', family: 'energy', gloss: 'gigawatt-hours' },
  { unit: 'MWh', family: 'energy', gloss: 'megawatt-hours' },
  { unit: 'kWh', family: 'energy', gloss: 'kilowatt-hours' },
  { unit: 'GW', family: 'power', gloss: 'gigawatts' },
  { unit: 'MW', family: 'power', gloss: 'megawatts' },
  { unit: 'kW', family: 'power', gloss: 'kilowatts' },
  { unit: '千瓦时', family: 'energy', gloss: 'kilowatt-hours' },
  { unit: '千瓦', family: 'power', gloss: 'kilowatts' },
  { unit: '吉瓦', family: 'power', gloss: 'gigawatts' },
  { unit: '千伏安', family: 'power', gloss: 'kilovolt-amperes' },
  // Note: 度 is a kilowatt-hour only after a scale word (5亿度); 25度以上坡耕地 is a slope (quantity.ts).
  { unit: '度', family: 'energy', gloss: 'kilowatt-hours' },
  { unit: '兆瓦', family: 'power', gloss: 'megawatts' },
  { unit: '吨标准煤', family: 'energy', gloss: 'tonnes of coal equivalent' },
  // Note: a backbone's or an exit's bandwidth is counted in terabits (出省带宽达到60Tbps).
  { unit: 'Tbps', family: 'bandwidth', gloss: 'terabits per second' },
  { unit: 'Gbps', family: 'bandwidth', gloss: 'gigabits per second' },
  { unit: 'Mbps', family: 'bandwidth', gloss: 'megabits per second' },
  { unit: 'G', family: 'bandwidth', gloss: 'gigabits per second' },
  { unit: '兆', family: 'bandwidth', gloss: 'megabits per second' },
  { unit: 'ms', family: 'duration', gloss: 'milliseconds' },
  { unit: '毫秒', family: 'duration', gloss: 'milliseconds' },
  { unit: '分钟', family: 'duration', gloss: 'minutes' },
  { unit: '小时', family: 'duration', gloss: 'hours' },
  { unit: '个工作日', family: 'duration', gloss: 'working days' },
  { unit: '工作日', family: 'duration', gloss: 'working days' },
  { unit: '个月', family: 'duration', gloss: 'months' },
  { unit: '天', family: 'duration', gloss: 'days' },
  // Note: a flood or drainage standard is a return period (防洪标准达到100年一遇), the one 年 after a figure that is a level.
  { unit: '年一遇', family: 'duration', gloss: 'year return period' },
  { unit: '元', family: 'money', gloss: 'yuan' },
  { unit: '美元', family: 'money', gloss: 'US dollars' },
  { unit: '条次', family: 'records', gloss: 'record calls' },
  { unit: '条', family: 'records', gloss: 'records' },
  { unit: 'ZB', family: 'data-volume', gloss: 'zettabytes' },
  { unit: 'EB', family: 'data-volume', gloss: 'exabytes' },
  { unit: 'PB', family: 'data-volume', gloss: 'petabytes' },
  { unit: 'TB', family: 'data-volume', gloss: 'terabytes' },
  { unit: 'GB', family: 'data-volume', gloss: 'gigabytes' },
  { unit: '词元', family: 'tokens', gloss: 'tokens' },
  { unit: 'tokens', family: 'tokens', gloss: 'tokens' },
  { unit: '平方公里', family: 'area', gloss: 'square kilometres' },
  { unit: '平方千米', family: 'area', gloss: 'square kilometres' },
  { unit: '平方米', family: 'area', gloss: 'square metres' },
  { unit: '公顷', family: 'area', gloss: 'hectares' },
  { unit: '亩', family: 'area', gloss: 'mu' },
  { unit: '公里', family: 'length', gloss: 'kilometres' },
  // Note: transport and pipeline plans write kilometres as km (运营里程达到120km, 新建管网35km) and areas as km²; a speed
  // (设计时速350km/h) is no length (quantity.ts).
  { unit: 'km²', family: 'area', gloss: 'square kilometres' },
  { unit: 'km', family: 'length', gloss: 'kilometres' },
  { unit: '千米', family: 'length', gloss: 'kilometres' },
  { unit: '米', family: 'length', gloss: 'metres' },
  { unit: '吨', family: 'mass', gloss: 'tonnes' },
  { unit: '公斤', family: 'mass', gloss: 'kilograms' },
  { unit: '千克', family: 'mass', gloss: 'kilograms' },
  { unit: '斤', family: 'mass', gloss: 'jin (500 g)' },
  { unit: '微克/立方米', family: 'mass', gloss: 'micrograms per cubic metre' },
  { unit: '毫克/立方米', family: 'mass', gloss: 'milligrams per cubic metre' },
  { unit: '立方米', family: 'volume', gloss: 'cubic metres' },
  // Note: 方 is the cubic metre of earthworks and water (土方100万方, 蓄水500万方).
  { unit: '方', family: 'volume', gloss: 'cubic metres' },
  { unit: '岁', family: 'age', gloss: 'years of age' },
  { unit: '人次', family: 'people', gloss: 'person-times' },
  { unit: '户次', family: 'count', gloss: 'household-times' },
  // Note: inspections count firms visited (执法检查企业3000家次) and airports count flights (起降20万架次): the 次 is part
  // of the measure word, and 架次 is no rack.
  { unit: '家次', family: 'count', gloss: 'organisation-times' },
  // Note: government services count cases handled in 件次 (办件量120万件次, 全年办理“一件事”10万件次), as hotlines and
  // service halls report them; read whole, as 人次 is, not as 件 with a stray 次.
  { unit: '件次', family: 'count', gloss: 'case-times' },
  { unit: '架次', family: 'count', gloss: 'flights' },
  // Note: incidents are counted in 起 (生产安全事故起数控制在10起以内, 发生较大事故3起), as every safety plan counts them.
  { unit: '起', family: 'count', gloss: 'incidents' },
  { unit: '名', family: 'people', gloss: 'people' },
  { unit: '人', family: 'people', gloss: 'people' },
  { unit: '位', family: 'people', gloss: 'people' },
  { unit: '户', family: 'count', gloss: 'households' },
  { unit: '家', family: 'count', gloss: 'organisations' },
  { unit: '个', family: 'count', gloss: 'items' },
  { unit: '项', family: 'count', gloss: 'items' },
  { unit: '处', family: 'count', gloss: 'sites' },
  { unit: '类', family: 'count', gloss: 'categories' },
  { unit: '路', family: 'count', gloss: 'channels' },
  { unit: '次', family: 'count', gloss: 'times' },
  { unit: '台', family: 'count', gloss: 'units' },
  { unit: '套', family: 'count', gloss: 'sets' },
  { unit: '座', family: 'count', gloss: 'buildings' },
  { unit: '所', family: 'count', gloss: 'institutions' },
  { unit: '件', family: 'count', gloss: 'items' },
  { unit: '场', family: 'count', gloss: 'events' },
  { unit: '批次', family: 'count', gloss: 'batches' },
  { unit: '批', family: 'count', gloss: 'batches' },
  { unit: '张', family: 'count', gloss: 'sheets' },
  { unit: '份', family: 'count', gloss: 'copies' },
  { unit: '期', family: 'count', gloss: 'sessions' },
  { unit: '栋', family: 'count', gloss: 'buildings' },
  { unit: '幢', family: 'count', gloss: 'buildings' },
  { unit: '块', family: 'count', gloss: 'pieces' },
  { unit: '款', family: 'count', gloss: 'products' },
  { unit: '种', family: 'count', gloss: 'kinds' },
  { unit: '箱', family: 'count', gloss: 'cases' },
  { unit: '门', family: 'count', gloss: 'lines' },
  { unit: '辆', family: 'count', gloss: 'vehicles' },
  { unit: '艘', family: 'count', gloss: 'vessels' },
  { unit: '篇', family: 'count', gloss: 'articles' },
  { unit: '株', family: 'count', gloss: 'plants' },
  // Note: courts and pitches are counted in 片 (笼式多功能运动场20片); 片区 and 片林 are words of their own (quantity.ts).
  { unit: '片', family: 'count', gloss: 'courts' },
  // The measure words of sector plans: livestock (万头, 头只 for a count of pigs and sheep together), ports (标箱, TEU),
  // teams (支), laws and standards (部), books (册), land parcels (宗), rooms (间), train cars and trains (节, 列),
  // scheduled runs (班, 班次), hospital beds (床), events (场次).
  { unit: '头只', family: 'count', gloss: 'head of livestock' },
  { unit: '头', family: 'count', gloss: 'head of livestock' },
  { unit: '只', family: 'count', gloss: 'animals' },
  { unit: '羽', family: 'count', gloss: 'birds' },
  { unit: '标箱', family: 'count', gloss: 'TEU' },
  { unit: '标准箱', family: 'count', gloss: 'TEU' },
  { unit: 'TEU', family: 'count', gloss: 'TEU' },
  { unit: '支', family: 'count', gloss: 'teams' },
  { unit: '部', family: 'count', gloss: 'works' },
  { unit: '册', family: 'count', gloss: 'volumes' },
  { unit: '宗', family: 'count', gloss: 'parcels' },
  { unit: '间', family: 'count', gloss: 'rooms' },
  { unit: '节', family: 'count', gloss: 'cars' },
  { unit: '列', family: 'count', gloss: 'trains' },
  { unit: '班次', family: 'count', gloss: 'scheduled runs' },
  { unit: '班', family: 'count', gloss: 'scheduled runs' },
  { unit: '床', family: 'count', gloss: 'beds' },
  { unit: '场次', family: 'count', gloss: 'events' },
  // Note: a score (评估得分达到90分以上); 分钟 is read first, as the longer unit.
  { unit: '分', family: 'count', gloss: 'points' },
];

// Longest first, so 条次 wins over 条 and 个百分点 over 个.
const BY_LENGTH = [...UNITS].sort((a, b) => b.unit.length - a.unit.length);

// Note: Latin units of two letters or more that offices write in any letter case: computing power as PFlops, Pflops or
// EFlops beside PFLOPS, power and energy as KW and KWh beside kW and kWh, bandwidth as GBPS, lengths as KM. In
// these no two spellings that differ by case name different units in a plan (as Gb and GB, or the one-letter P and
// p, would), so they are matched regardless of case; the unit is reported as written, as ％ is.
const CASE_FREE = new Set(['PFLOPS', 'EFLOPS', 'TFLOPS', 'TWh', 'GWh', 'MWh', 'kWh', 'GW', 'MW', 'kW', 'Tbps', 'Gbps', 'Mbps', 'km', 'TEU']);

// Note: the units by their first character, longest first, so a lookup tries only the few that can match; a
// case-free unit under both cases of its first letter.
const BY_FIRST = new Map<string, UnitInfo[]>();
for (const info of BY_LENGTH) {
  const first = info.unit[0] ?? '';
  const keys = CASE_FREE.has(info.unit) ? new Set([first.toUpperCase(), first.toLowerCase()]) : [first];
  for (const key of keys) BY_FIRST.set(key, [...(BY_FIRST.get(key) ?? []), info]);
}
// Note: the same by code unit; a look-up in the map took a one-character string made and hashed for each number read.
const BY_FIRST_UNIT: Array<UnitInfo[] | undefined> = new Array(0x10000).fill(undefined);
for (const [first, infos] of BY_FIRST) if (first.length === 1) BY_FIRST_UNIT[first.charCodeAt(0)] = infos;

/**
 * The unit a text starts with.
 *
 * @param text The text right after a number (and its scale word).
 * @param at Where in `text` to look; the start by default.
 * @returns The unit, or `null`.
 */
export function unitAt(text: string, at = 0): UnitInfo | null {
  const candidates = at < text.length ? BY_FIRST_UNIT[text.charCodeAt(at)] : undefined;
  if (candidates) for (const info of candidates) if (text.startsWith(info.unit, at) || (CASE_FREE.has(info.unit) && sameLetters(text, at, info.unit))) return info;
  return null;
}

/** Whether `text` holds `unit` at `at` in any letter case. */
function sameLetters(text: string, at: number, unit: string): boolean {
  return text.slice(at, at + unit.length).toLowerCase() === unit.toLowerCase();
}

/**
 * Whether two units as written are the same unit: ％ is %, and a case-free
 * unit is itself in any letter case (PFlops and PFLOPS, KWh and kWh).
 *
 * @param a A unit as written, or `null`.
 * @param b Another.
 * @returns Whether they name one unit.
 */
export function sameUnit(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const [x, y] = [a.replaceAll('％', '%'), b.replaceAll('％', '%')];
  if (x === y) return true;
  const info = unitAt(x);
  return info !== null && CASE_FREE.has(info.unit) && x.toLowerCase() === y.toLowerCase();
}

/** Whether some unit starts with this character. */
export function startsUnit(ch: string): boolean {
  return ch.length === 1 && BY_FIRST_UNIT[ch.charCodeAt(0)] !== undefined;
}

/** Every unit plankb knows, for documentation and exports. */
export function knownUnits(): readonly UnitInfo[] {
  return UNITS;
}

const PER: ReadonlyArray<[string, string]> = [
  ['万元', 'ten thousand yuan'],
  ['亿元', 'hundred million yuan'],
  ['元', 'yuan'],
  ['平方公里', 'square kilometre'],
  ['平方米', 'square metre'],
  ['立方米', 'cubic metre'],
  ['千瓦时', 'kilowatt-hour'],
  ['公里', 'kilometre'],
  ['小时', 'hour'],
  ['人次', 'person-time'],
  // Note: a rate per head of population writes its denominator (床位6.5张/千人, 全科医生4人/万人, 宽带用户40户/百户).
  ['万人口', 'ten thousand people'],
  ['千人口', 'thousand people'],
  ['十万人', 'hundred thousand people'],
  ['万人', 'ten thousand people'],
  ['千人', 'thousand people'],
  ['百人', 'hundred people'],
  ['百户', 'hundred households'],
  ['人', 'person'],
  ['户', 'household'],
  ['年', 'year'],
  ['月', 'month'],
  ['天', 'day'],
  ['日', 'day'],
  ['亩', 'mu'],
  ['吨', 'tonne'],
  ['份', 'copy'],
  ['次', 'time'],
  ['件', 'item'],
  ['个', 'item'],
  ['套', 'set'],
  ['张', 'sheet'],
  ['床', 'bed'],
];

/**
 * The second half of a per-unit value after its unit: `/平方米` in 16元/平方米, `/每份` in 5万元/每份.
 *
 * @param text The text.
 * @param at Where the unit ends.
 * @returns The length read and the denominator, or `null`.
 */
export function perUnitAt(text: string, at: number): { length: number; per: string; gloss: string } | null {
  const slash = text[at];
  if (slash !== '/' && slash !== '／') return null;
  const from = text[at + 1] === '每' ? at + 2 : at + 1;
  for (const [per, gloss] of PER) if (text.startsWith(per, from)) return { length: from - at + per.length, per, gloss };
  return null;
}
