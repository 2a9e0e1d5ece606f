import { countyShortDivisions, genericAreaAfter, mayNameStreet, streetDivisions, upperDivisions, type Division, type DivisionIndex } from './divisions.js';

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

interface UnitTables {
  /** lengthsByFirst by code unit: a look-up in an array, where the map's took a one-character string made and hashed
   * at every character of every text scanned. */
  lengths: ReadonlyArray<readonly number[] | undefined>;
  /** The second code units of the names by their first: a place whose two characters open no name is passed over
   * without cutting and looking up a word of each length. */
  seconds: ReadonlyArray<ReadonlySet<number> | undefined>;
  /** Whether some name is one character long (then a place is looked up even when its pair opens no name). */
  single: boolean;
}

const unitTables = new WeakMap<DivisionIndex, UnitTables>();

function tablesOf(index: DivisionIndex): UnitTables {
  let tables = unitTables.get(index);
  if (!tables) {
    const lengths: Array<readonly number[] | undefined> = new Array(0x10000).fill(undefined);
    for (const [first, list] of index.lengthsByFirst) if (first.length === 1) lengths[first.charCodeAt(0)] = list;
    const seconds: Array<Set<number> | undefined> = new Array(0x10000).fill(undefined);
    let single = false;
    for (const name of index.byName.keys()) {
      if (name.length < 2) single = true;
      else (seconds[name.charCodeAt(0)] ??= new Set()).add(name.charCodeAt(1));
    }
    tables = { lengths, seconds, single };
    unitTables.set(index, tables);
  }
  return tables;
}

function longestAt(text: string, at: number, index: DivisionIndex): string | null {
  // Note: only the lengths of names that start with this character are tried; most characters start none.
  if (at >= text.length) return null;
  const tables = tablesOf(index);
  if (!tables.single && (at + 1 >= text.length || !tables.seconds[text.charCodeAt(at)]?.has(text.charCodeAt(at + 1)))) return null;
  for (const n of tables.lengths[text.charCodeAt(at)] ?? []) {
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
  // Note: where the text names zones, once per text: most name none, and a county's short form counts only a few
  // characters before one (see countyBeforeZone), so the other places are not looked up in the counties' index.
  const zones = ZONE_WORD.test(text) ? zoneStarts(text) : null;
  let nextZone = 0;
  for (let at = 0; at < text.length; ) {
    // Note: a code unit's range, not a pattern run on a one-character string made for each character.
    const unit = text.charCodeAt(at);
    if (unit < 0x4e00 || unit > 0x9fff) {
      at++;
      continue;
    }
    const a = longestAt(text, at, upper);
    const b = lower ? longestAt(text, at, lower) : null;
    const name = b && (!a || b.length > a.length) ? b : a;
    if (!name) {
      while (zones && nextZone < zones.length && (zones[nextZone] as number) <= at) nextZone++;
      const near = zones !== null && nextZone < zones.length && (zones[nextZone] as number) - at <= zoneReach();
      const zone = near ? countyBeforeZone(text, at) : null;
      if (zone) {
        found.push(zone);
        at = zone.to;
      } else at++;
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
    // Note: only a full city name is followed so (兰州市城关区); the test is one map look-up per city named.
    const city = !short && candidates.length === 1 ? candidates[0] : undefined;
    const area = city?.level === 'city' ? genericAreaAfter(city, text, at) : null;
    if (area) {
      found.push({ from: at, to: at + area.name.length, text: area.name, candidates: [area], short: false });
      at += area.name.length;
    }
  }
  return found;
}

// A zone a county-level place sets up, named by the place's short form (昆山开发区, 江阴高新区, 济源产城融合示范区,
// 萧山经济技术开发区): a development zone, a high-tech zone, a demonstration or pilot zone, an industrial park. Zones of
// provinces and cities have their short forms in the main index already (西安高新区, 苏州工业园区 is a district).
const ZONE_WORD = /(?:开发区|高新区|经开区|新区|示范区|试验区|合作区|保税区|园区)/;
const ZONE_AFTER = new RegExp(`^[\u4e00-\u9fff]{0,6}?${ZONE_WORD.source}`);

// Note: a lookahead, so that a zone word inside another (新区 in 高新区) has its start too.
const ZONE_WORDS = new RegExp(`(?=${ZONE_WORD.source})`, 'g');

/** Where each zone word of a text starts, ascending. */
function zoneStarts(text: string): number[] {
  return [...text.matchAll(ZONE_WORDS)].map((m) => m.index ?? 0);
}

let reach: number | null = null;

/** How far before a zone word a county's short form can start: its longest name and the six characters between. */
function zoneReach(): number {
  if (reach === null) {
    let longest = 0;
    for (const lengths of countyShortDivisions().lengthsByFirst.values()) for (const n of lengths) longest = Math.max(longest, n);
    reach = longest + 6;
  }
  return reach;
}

/** A county's short form at `at` when a zone's name follows it. */
function countyBeforeZone(text: string, at: number): Mention | null {
  const index = countyShortDivisions();
  const name = longestAt(text, at, index);
  if (!name || !ZONE_AFTER.test(text.slice(at + name.length))) return null;
  return { from: at, to: at + name.length, text: name, candidates: index.byName.get(name) ?? [], short: true };
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
