import { mayNameStreet, streetDivisions, upperDivisions, type Division, type DivisionIndex } from './divisions.js';

/** A division's name where a text writes it, with every place that name can be. */
export interface Mention {
  from: number;
  to: number;
  /** The name as written: 山东省, or a short form such as 山东. */
  text: string;
  candidates: readonly Division[];
  /** Written as a short form (山东, 上海) rather than a full name. */
  short: boolean;
}

// Note: short forms that are also everyday words of plan texts: 朝阳产业 (sunrise industry), 长治久安,
// 来宾 (guests), 阿里 (the company), 世界大同, and direction words (海东, 海西, 海北); 中山 names a university,
// a park and a suit. Their full names (朝阳市, 长治市) still count.
const COMMON_WORD = new Set(['朝阳', '长治', '来宾', '阿里', '大同', '海东', '海西', '海北', '中山', '白山', '通化', '永安']);

// Note: an index's lengthsByFirst by code unit: a look-up in an array, where the map's took a one-character string made
// and hashed at every character of every text scanned.
const lengthsByUnit = new WeakMap<DivisionIndex, ReadonlyArray<readonly number[] | undefined>>();

function lengthsOf(index: DivisionIndex): ReadonlyArray<readonly number[] | undefined> {
  let table = lengthsByUnit.get(index);
  if (!table) {
    const built: Array<readonly number[] | undefined> = new Array(0x10000).fill(undefined);
    for (const [first, lengths] of index.lengthsByFirst) if (first.length === 1) built[first.charCodeAt(0)] = lengths;
    table = built;
    lengthsByUnit.set(index, table);
  }
  return table;
}

function longestAt(text: string, at: number, index: DivisionIndex): string | null {
  // Note: only the lengths of names that start with this character are tried; most characters start none.
  if (at >= text.length) return null;
  for (const n of lengthsOf(index)[text.charCodeAt(at)] ?? []) {
    if (at + n > text.length) continue;
    const key = text.slice(at, at + n);
    if (index.byName.has(key)) return key;
  }
  return null;
}

/**
 * Every division a text names, left to right, the longest name at each place (上海市 rather than 上海, 浦东新区
 * rather than 浦东), without overlaps. Towns and streets are looked up only when the text has a word ending in
 * 街道, 镇 or 乡, so most texts never read their index.
 *
 * @param text A title, an issuer's name or a line of text.
 * @param streets Whether to look for towns and streets too.
 * @returns The mentions in text order.
 */
export function scanDivisions(text: string, streets = true): Mention[] {
  const upper = upperDivisions();
  const lower = streets && mayNameStreet(text) ? streetDivisions() : null;
  const found: Mention[] = [];
  for (let at = 0; at < text.length; ) {
    if (!/[\u4e00-\u9fff]/.test(text[at] ?? '')) {
      at++;
      continue;
    }
    const a = longestAt(text, at, upper);
    const b = lower ? longestAt(text, at, lower) : null;
    const name = b && (!a || b.length > a.length) ? b : a;
    if (!name) {
      at++;
      continue;
    }
    // Note: 区 before 域, 间, 块 or 位 is the word 区域 (area), 区间, 区块, 区位: 港口区域, 河北区域 name no district.
    if (/区$/.test(name) && /[域间块位]/.test(text[at + name.length] ?? '')) {
      at++;
      continue;
    }
    const candidates = (name === b ? lower?.byName.get(name) : upper.byName.get(name)) ?? [];
    const short = !candidates.some((c) => c.name === name);
    if (!(short && COMMON_WORD.has(name))) found.push({ from: at, to: at + name.length, text: name, candidates, short });
    at += name.length;
  }
  return found;
}

/** Whether `ancestor` is `division` itself or one of the divisions above it. */
export function within(division: Division, ancestor: Division): boolean {
  for (let d: Division | null = division; d; d = d.parent) if (d === ancestor) return true;
  return false;
}

/** The province a division lies in (itself for a province). */
export function provinceOf(division: Division): Division {
  let d = division;
  while (d.parent) d = d.parent;
  return d;
}
