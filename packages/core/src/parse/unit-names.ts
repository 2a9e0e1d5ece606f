// Names of government units (责任单位) as duty clauses list them: splitting a
// list into names with their offsets, and a grouping key under which the full
// name and its customary short forms (市发展和改革委员会 / 市发展改革委 /
// 市发改委) fall together. The name as written is always kept for display;
// the key is only for grouping and matching.

/** One unit of a list, as written, with its offsets in the list's text. */
export interface UnitName {
  text: string;
  from: number;
  to: number;
}

// Note: 、 separates units, ，/, separate groups of them (provincial departments，companies，city governments),
// ；/ separate labelled parts and never occur inside a name. 及/以及 join the last unit of a list
// (市科技局及相关行业主管部门); 等 closes an open list (省工业和信息化厅等). Names do not contain these, except
// 等 in words such as 高等 and 中等 (高等院校), which is not a separator.
// Note: 和 joins two units when the first ends as a body's name and the second opens with its level (市住房城乡建设局和
// 市自然资源局配合); inside a name it joins words (市工业和信息化局, 省人力资源和社会保障厅), which neither does.
const SEPARATOR = /[、，,／/]|以及|及|(?<![高中初平同均对])等|(?<=[局厅委办部院府]|中心|公司|集团)和(?=[省市区县州各])/y;

// Note: 各区、市政府 (Qingdao: districts and county-level cities) and 各县、市、区 name one collective unit; a piece
// that is only a kind of place (各区, 有关区, 市) is not a unit by itself and is kept with the next piece.
// Note: and runs of them (各市州、县市区人民政府: the prefectures' and the counties' governments).
const PLACE_KIND_ONLY = /^(?:各|有关|相关)?[区县市旗镇乡州盟]{1,3}$/;
// Note: a district assigns its towns and street offices together (各街道、镇, 各街道、乡镇): 街道 is the kind of place a
// street office governs, as 镇 is a town's, and the bare kind after it (镇, 乡镇) is no unit by itself; the pair is one
// collective. Only a bare kind joins 各街道: 各街道、区民政局 stays two units.
const STREET_KIND = /^(?:各|有关|相关)(?:街道|镇街)$/;
const TOWN_KIND_ONLY = /^(?:[镇乡]|乡镇|街道)(?:人民政府|政府)?$/;
// Note: the bare kind an open list closes with after 等 (市发展改革委、市财政局等部门): "and the like", no unit of its own;
// a named collective (等相关单位, 等国务院相关部门) is one, as it is standing alone.
const CLOSING_KIND = /^(?:部门|单位|机构|部门和单位|单位和部门)$/;

/**
 * Split a list of units on 、 and commas (and a closing 及/等), keeping each
 * name's offsets; brackets inside a name (市水务局（海洋局）, 各县（市、区）政府)
 * do not split it.
 *
 * @param text The list as written, without its label.
 * @returns The names with their offsets in `text`, in order.
 */
export function splitUnitNames(text: string): UnitName[] {
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    // Note: 〔〕 hold a unit's other name as （） do (市委网信办〔市互联网信息办公室〕).
    if (c === '（' || c === '(' || c === '〔') depth++;
    else if ((c === '）' || c === ')' || c === '〕') && depth > 0) depth--;
    if (depth > 0) continue;
    SEPARATOR.lastIndex = i;
    const m = SEPARATOR.exec(text);
    if (m) {
      cuts.push([i, i + m[0].length]);
      i += m[0].length - 1;
    }
  }
  const pieces: UnitName[] = [];
  let start = 0;
  for (const [a, b] of [...cuts, [text.length, text.length] as [number, number]]) {
    pieces.push(trimmed(text, start, a));
    start = b;
  }
  const out: UnitName[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as UnitName;
    const next = pieces[k + 1];
    const cut = cuts[k - 1];
    if (k > 0 && cut && text.slice(cut[0], cut[1]) === '等' && CLOSING_KIND.test(piece.text)) continue;
    const joins = PLACE_KIND_ONLY.test(piece.text) || (STREET_KIND.test(piece.text) && TOWN_KIND_ONLY.test(next?.text ?? ''));
    if (joins && next && next.text !== '' && text[piece.to] === '、') {
      pieces[k + 1] = { text: text.slice(piece.from, next.to), from: piece.from, to: next.to };
      continue;
    }
    if (piece.text !== '' && !/^[-—–无]$/.test(piece.text)) out.push(piece);
  }
  return out;
}

function trimmed(text: string, from: number, to: number): UnitName {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return { text: text.slice(a, b), from: a, to: b };
}

// Customary short forms of the same words in unit names, longest first, each to one spelling. These are the
// abbreviations the State Council and provincial governments use for their departments (发改, 工信, 人社, 住建, 卫健,
// 文旅, 市场监管), not one document's spellings.
const SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/人民政府/g, '政府'],
  [/委员会/g, '委'],
  [/发改委/g, '发展改革委'],
  [/工信(?=[厅局委部])/g, '工业信息化'],
  [/经信(?=[厅局委])/g, '经济信息化'],
  [/人社(?=[厅局部])/g, '人力资源社会保障'],
  [/住建(?=[厅局委部])/g, '住房城乡建设'],
  [/住房城乡建设管理委/g, '住房城乡建设委'],
  [/卫健(?=[委局])/g, '卫生健康'],
  [/文旅(?=[厅局])/g, '文化旅游'],
  [/市场监督管理/g, '市场监管'],
  [/科学技术(?=[厅局部委])/g, '科技'],
  [/规划和自然资源|规划自然资源/g, '规划资源'],
  [/发展和改革/g, '发展改革'],
];

/**
 * The grouping key of a unit name: full names and their customary short forms
 * give the same key (市发展和改革委员会, 市发展改革委 and 市发改委 →
 * 市发展改革委; 省人力资源和社会保障厅 and 省人社厅 → 省人力资源社会保障厅).
 * The name as written is kept by callers; this key is only for grouping.
 *
 * @param name A unit name as written.
 * @returns Its key: width-folded, without spaces, short forms spelled out, 和 between words dropped.
 */
export function normaliseUnit(name: string): string {
  let key = name.normalize('NFKC').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  // Note: 文旅广电 must be spelled out before 文旅 would take its first half.
  key = key.replace(/文旅广电(?=[厅局])/g, '文化广电旅游');
  for (const [re, to] of SHORT_FORMS) key = key.replace(re, to);
  // Note: 工业和信息化 / 人力资源和社会保障 / 住房和城乡建设 / 文化和旅游: the full name joins its words with 和,
  // the usual one drops it; both are kept as written, and the key drops it.
  key = key.replace(/(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})/g, '');
  return key;
}
