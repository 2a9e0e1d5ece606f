/** What kind of thing a unit measures. */
export type UnitFamily =
  | 'count'
  | 'racks'
  | 'percent'
  | 'percentage-points'
  | 'power'
  | 'compute'
  | 'bandwidth'
  | 'duration'
  | 'money'
  | 'records'
  | 'data-volume'
  | 'area'
  | 'length'
  | 'people';

/** A unit plankb recognises (架, P, MW, %), its family and an English gloss. */
export interface UnitInfo {
  unit: string;
  family: UnitFamily;
  /** An English gloss for readers of exports. */
  gloss: string;
}

const UNITS: UnitInfo[] = [
  { unit: '个百分点', family: 'percentage-points', gloss: 'percentage points' },
  { unit: '%', family: 'percent', gloss: 'percent' },
  { unit: '％', family: 'percent', gloss: 'percent' },
  { unit: '架', family: 'racks', gloss: 'racks' },
  { unit: 'PFLOPS', family: 'compute', gloss: 'PFLOPS' },
  { unit: 'EFLOPS', family: 'compute', gloss: 'EFLOPS' },
  { unit: 'P', family: 'compute', gloss: 'PFLOPS' },
  { unit: 'E', family: 'compute', gloss: 'EFLOPS' },
  { unit: 'GW', family: 'power', gloss: 'gigawatts' },
  { unit: 'MW', family: 'power', gloss: 'megawatts' },
  { unit: 'kW', family: 'power', gloss: 'kilowatts' },
  { unit: '千瓦', family: 'power', gloss: 'kilowatts' },
  { unit: '兆瓦', family: 'power', gloss: 'megawatts' },
  { unit: 'Gbps', family: 'bandwidth', gloss: 'gigabits per second' },
  { unit: 'Mbps', family: 'bandwidth', gloss: 'megabits per second' },
  { unit: 'G', family: 'bandwidth', gloss: 'gigabits per second' },
  { unit: 'ms', family: 'duration', gloss: 'milliseconds' },
  { unit: '毫秒', family: 'duration', gloss: 'milliseconds' },
  { unit: '分钟', family: 'duration', gloss: 'minutes' },
  { unit: '小时', family: 'duration', gloss: 'hours' },
  { unit: '个工作日', family: 'duration', gloss: 'working days' },
  { unit: '工作日', family: 'duration', gloss: 'working days' },
  { unit: '元', family: 'money', gloss: 'yuan' },
  { unit: '条次', family: 'records', gloss: 'record calls' },
  { unit: '条', family: 'records', gloss: 'records' },
  { unit: 'PB', family: 'data-volume', gloss: 'petabytes' },
  { unit: 'TB', family: 'data-volume', gloss: 'terabytes' },
  { unit: 'GB', family: 'data-volume', gloss: 'gigabytes' },
  { unit: '平方公里', family: 'area', gloss: 'square kilometres' },
  { unit: '平方米', family: 'area', gloss: 'square metres' },
  { unit: '亩', family: 'area', gloss: 'mu' },
  { unit: '公里', family: 'length', gloss: 'kilometres' },
  { unit: '人次', family: 'people', gloss: 'person-times' },
  { unit: '名', family: 'people', gloss: 'people' },
  { unit: '人', family: 'people', gloss: 'people' },
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
  { unit: '批', family: 'count', gloss: 'batches' },
  { unit: '张', family: 'count', gloss: 'sheets' },
  { unit: '份', family: 'count', gloss: 'copies' },
  { unit: '期', family: 'count', gloss: 'sessions' },
  { unit: '栋', family: 'count', gloss: 'buildings' },
  { unit: '幢', family: 'count', gloss: 'buildings' },
  { unit: '块', family: 'count', gloss: 'pieces' },
  { unit: '款', family: 'count', gloss: 'products' },
  { unit: '种', family: 'count', gloss: 'kinds' },
];

// Longest first, so 条次 wins over 条 and 个百分点 over 个.
const BY_LENGTH = [...UNITS].sort((a, b) => b.unit.length - a.unit.length);

// Note: the units by their first character, longest first, so a lookup tries only the few that can match.
const BY_FIRST = new Map<string, UnitInfo[]>();
for (const info of BY_LENGTH) BY_FIRST.set(info.unit[0] ?? '', [...(BY_FIRST.get(info.unit[0] ?? '') ?? []), info]);

/**
 * The unit a text starts with.
 *
 * @param text The text right after a number (and its scale word).
 * @param at Where in `text` to look; the start by default.
 * @returns The unit, or `null`.
 */
export function unitAt(text: string, at = 0): UnitInfo | null {
  const candidates = BY_FIRST.get(text[at] ?? '');
  if (candidates) for (const info of candidates) if (text.startsWith(info.unit, at)) return info;
  return null;
}

/** Whether some unit starts with this character. */
export function startsUnit(ch: string): boolean {
  return BY_FIRST.has(ch);
}

/** Every unit plankb knows, for documentation and exports. */
export function knownUnits(): readonly UnitInfo[] {
  return UNITS;
}
