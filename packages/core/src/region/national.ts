// National bodies (the State Council, its ministries, commissions and administrations) and what document numbers
// say about where a document comes from.

// The ministries and commissions of the State Council, full and usual short names: a name ending in 部 can only be
// read from a list, since 东部, 中西部, 干部 and 全部 end so too.
const MINISTRIES = [
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '工信部', '公安部', '国家安全部', '民政部', '司法部', '财政部',
  '人力资源和社会保障部', '人力资源社会保障部', '人社部', '自然资源部', '生态环境部', '住房和城乡建设部', '住房城乡建设部', '交通运输部',
  '水利部', '农业农村部', '商务部', '文化和旅游部', '退役军人事务部', '应急管理部', '审计署', '中国人民银行', '人民银行',
  '发展改革委', '发展和改革委员会', '卫生健康委', '民委', '国资委',
];

// Note: 国家… bodies (国家数据局, 国家发展改革委, 国家卫生健康委员会), the State Council and its offices, the Party
// centre, the national legislature, and the 总局/总署 that only national administrations are called.
const NATIONAL_BODY = new RegExp(
  `^(?:中共中央|中央[\\u4e00-\\u9fff]{0,8}?(?:办公厅|委员会|办公室|办)|国务院(?:办公厅|[\\u4e00-\\u9fff]{0,8}?(?:委员会|办公室|委))?` +
    `|全国人民代表大会(?:常务委员会)?|全国人大(?:常委会)?|国家[\\u4e00-\\u9fff]{1,10}?(?:总局|局|委员会|委|署|办公室|办)` +
    `|[\\u4e00-\\u9fff]{2,6}总(?:局|署)|${MINISTRIES.join('|')})`,
);

/**
 * Where a text opens with a national body's name (国务院, 水利部办公厅, 国家发展改革委、国家数据局, 工业和信息化部等八部门).
 *
 * @param text An issuer's name or a title (关于… titles open with their issuer).
 * @returns The name's range, or `null`.
 */
export function nationalBodyAt(text: string): { from: number; to: number } | null {
  const lead = text.length - text.trimStart().length;
  const m = NATIONAL_BODY.exec(text.slice(lead));
  return m ? { from: lead, to: lead + m[0].length } : null;
}

// Single-character province abbreviations as they open document numbers (皖政办秘, 沪规划资源数, 鲁政字). Left out:
// those that also open city or district numbers (青 for 青浦区 and 青岛市, 宁 for 南京市, 新 for 新区, 台 for 台州市).
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '北京市', 津: '天津市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省', 吉: '吉林省', 黑: '黑龙江省',
  沪: '上海市', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省', 豫: '河南省', 鄂: '湖北省',
  湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省', 渝: '重庆市', 川: '四川省', 黔: '贵州省', 滇: '云南省',
  云: '云南省', 藏: '西藏自治区', 陕: '陕西省', 甘: '甘肃省',
};

export type DocNumberOrigin = { national: true } | { national: false; province: string };

/**
 * What a document number's issuer part says of where it comes from: 国发, 国办发, 国办函 and ministries' numbers
 * (工信部规, 发改高技) are national; a province's one-character abbreviation (皖政办秘 → 安徽省, 沪松府办 → 上海市)
 * names the province. Longer local abbreviations (奉头街, 闵府发) are too ambiguous to read.
 *
 * @param prefix The part of a document number before its year: 皖政办秘.
 * @returns The origin, or `null`.
 */
export function docNumberOrigin(prefix: string): DocNumberOrigin | null {
  const p = prefix.trim();
  // Note: 国发/国办发/国函 (the State Council), 中发/中办发 (the Party centre), 发改 (the national development commission;
  // a province's opens with its letter: 鲁发改).
  if (/^国(?:发|办|函|法|令)/.test(p) || /^中(?:发|办)/.test(p) || /^发改/.test(p) || nationalBodyAt(p)) return { national: true };
  const province = PROVINCE_ABBREVIATIONS[p[0] ?? ''];
  return province && p.length >= 2 ? { national: false, province } : null;
}
