import type { DocumentLevel } from '../model/types.js';
import { MUNICIPALITY_DISTRICTS, PROVINCE_CITIES, PROVINCES } from './gazetteer.js';

export interface RegionGuess {
  region: string;
  parentRegion: string | null;
  province: string | null;
  level: DocumentLevel;
  /** Where the region's name was found in the searched text. */
  from: number;
  to: number;
}

const DISTRICT_PARENT = new Map<string, string>();
for (const [city, districts] of Object.entries(MUNICIPALITY_DISTRICTS)) for (const d of districts) DISTRICT_PARENT.set(d, city);
const CITY_PROVINCE = new Map<string, string>();
for (const [province, cities] of Object.entries(PROVINCE_CITIES)) for (const c of cities) CITY_PROVINCE.set(c, province);

// Note: words ending in 区/县 that are not administrative regions.
const NOT_A_DISTRICT = /(?:示范区|新片区|片区|园区|社区|城区|街区|商圈|景区|自贸区|试验区|先导区|集聚区|功能区|枢纽区|核心区|引领区|开发区|保税区|[东南西北中]区|全区|本区|辖区|地区|各区|两区|市区|郊区|山区|库区|矿区|林区|牧区|特区|校区|厂区|小区|防区|分区|政区|区县)$/;

function indexOfName(text: string, name: string): number {
  return text.indexOf(name);
}

/**
 * Find the region a title or an issuer names: the most local one, with its
 * parents from the gazetteer (青浦区 → 上海市) or from the text itself
 * (上海市青浦区数据局).
 *
 * @param text A title or an issuer's name.
 * @returns The region, or `null` when none is named.
 */
export function findRegion(text: string): RegionGuess | null {
  // Districts of province-level cities, and the text's own 市…区/县 pairs.
  for (const [district, city] of DISTRICT_PARENT) {
    const at = indexOfName(text, district);
    if (at >= 0) return { region: district, parentRegion: city, province: null, level: 'district', from: at, to: at + district.length };
  }
  const pair = /([\u4e00-\u9fff]{2,4}?市)([\u4e00-\u9fff]{2,4}?(区|县))/.exec(text);
  if (pair && !NOT_A_DISTRICT.test(pair[2] ?? '')) {
    const city = pair[1] ?? '';
    const from = pair.index + city.length;
    return {
      region: pair[2] ?? '',
      parentRegion: city,
      province: CITY_PROVINCE.get(city) ?? null,
      level: pair[3] === '县' ? 'county' : 'district',
      from,
      to: from + (pair[2] ?? '').length,
    };
  }
  for (const city of Object.keys(MUNICIPALITY_DISTRICTS)) {
    const at = indexOfName(text, city);
    if (at >= 0) return { region: city, parentRegion: null, province: null, level: 'city', from: at, to: at + city.length };
  }
  for (const [city, province] of CITY_PROVINCE) {
    const at = indexOfName(text, city);
    if (at >= 0) return { region: city, parentRegion: province, province, level: 'city', from: at, to: at + city.length };
  }
  for (const province of PROVINCES) {
    const at = indexOfName(text, province);
    if (at >= 0) return { region: province, parentRegion: null, province, level: 'province', from: at, to: at + province.length };
  }
  // A district named alone, led by a year or the start of the text: 2025年青浦区…
  const alone = /(?:^|年|度)([\u4e00-\u9fff]{2,3}(区|县))/.exec(text);
  if (alone && !NOT_A_DISTRICT.test(alone[1] ?? '')) {
    const from = alone.index + alone[0].length - (alone[1] ?? '').length;
    return { region: alone[1] ?? '', parentRegion: null, province: null, level: alone[2] === '县' ? 'county' : 'district', from, to: from + (alone[1] ?? '').length };
  }
  const city = /(?:^|年|度)([\u4e00-\u9fff]{2,3}市)/.exec(text);
  if (city) {
    const from = city.index + city[0].length - (city[1] ?? '').length;
    return { region: city[1] ?? '', parentRegion: null, province: null, level: 'city', from, to: from + (city[1] ?? '').length };
  }
  return null;
}
