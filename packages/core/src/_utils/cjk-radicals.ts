// The CJK Radicals Supplement (U+2E80–U+2EFF) as the ideographs they stand for: some PDF fonts map common characters
// to these radical forms (⻓ for 长, ⺠ for 民, ⻔ for 门), which NFKC leaves as they are. Generated from Unicode 15's
// EquivalentUnifiedIdeograph.txt (Debian's unicode-data package: /usr/share/unicode/), © Unicode, Inc., under the
// Unicode License (https://www.unicode.org/license.txt); the Kangxi radicals (U+2F00–U+2FDF) are left to NFKC.

const FROM = [...'⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳'];
const TO = [...'厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑𫜹忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟'];

/** Radical form → the unified ideograph it is equivalent to. */
export const RADICAL_EQUIVALENTS: ReadonlyMap<string, string> = new Map(FROM.map((c, k) => [c, TO[k] ?? c]));

/**
 * The ideograph a compatibility character stands for: a radical form by its equivalent ideograph, a Kangxi radical or
 * a CJK compatibility ideograph by NFKC (which leaves the radical forms as they are).
 *
 * @param c One character.
 * @returns The ideograph; the character itself when it stands for none.
 */
export function compatibilityIdeograph(c: string): string {
  return RADICAL_EQUIVALENTS.get(c) ?? c.normalize('NFKC');
}
