// The words that label a duty in Chinese official documents, in a duty clause (牵头单位：…；完成时限：…), a bracketed
// label (【牵头单位】…) and a task table's header (| 牵头单位 | 配合单位 | 完成时限 |). One list for all three readers.
// Note: a bureau's own plan assigns its divisions (牵头处室, 责任科室) as a city's plan assigns its bureaus; 主办/协办 and
// 承办 are the same roles in the words of meeting and letter work. A county's bureau calls its divisions 股 or 股室
// (牵头股室, 责任股室), as a city's calls them 科室 and a province's 处室. A table's cell may drop 单位 (牵头：区科委 配合：区财政局).

/** Labels of the units that lead. */
export const LEAD_LABELS = ['牵头考核单位', '牵头责任单位', '牵头单位', '牵头部门', '牵头处室', '牵头科室', '牵头股室', '主责单位', '主责部门', '主办单位', '主办部门', '牵头'];
/** Labels of units named responsible, with no lead or support role of their own (who leads follows duty-roles.ts). */
// Note: a qualifier may stand before the label (主要责任单位, 具体负责单位); it does not change the role. 落实单位 is the word of
// supervision sheets for the same units.
export const RESPONSIBLE_LABELS = ['责任单位', '责任部门', '责任主体', '责任处室', '责任科室', '责任股室', '实施单位', '实施主体', '承办单位', '负责单位', '负责部门', '主要责任单位', '主要责任部门', '具体责任单位', '具体负责单位', '落实单位', '落实部门'];
/** Labels of the units that support. */
// Note: 其他责任单位 are those named beside the 主要责任单位, and 参加单位 those who take part (the State Council's word).
// Note: 协同责任单位 and 配合责任单位 are those named beside the 主要责任单位 in supervision sheets.
export const SUPPORT_LABELS = ['其他责任单位', '协同责任单位', '配合责任单位', '参加单位', '参加部门', '配合单位', '配合部门', '配合处室', '配合科室', '配合股室', '协办单位', '协办部门', '协助单位', '协助部门', '协同单位', '协同部门', '协作单位', '协作部门', '参与单位', '参与部门', '支持单位', '配合', '协办', '参与'];
/** Labels of the deadline. */
// Note: 截止时间 and 办结时限 are the words of supervision (督办) sheets for the same deadline.
export const DUE_LABELS = ['截止时间', '截止日期', '完成日期', '办结时限', '办结时间', '完成时限', '完成时间', '完成期限', '完成节点', '时间节点', '时间要求', '时间安排', '时间进度', '进度安排', '推进时限', '时限'];
/** Labels of the official in charge, who is no unit. */
export const PERSON_LABELS = [
  '责任领导',
  '牵头领导',
  '分管领导',
  '联系领导',
  '包保领导',
  '责任人',
  // Note: the body that oversees the work (督办单位：市政府督查室) is named beside those who do it, and does none of it.
  '督办单位',
  '督办部门',
  '督导单位',
  '督查单位',
  // Note: a county's or city's 政府工作报告 task division names the leader of its own level (责任县领导：…; 市领导：…).
  ...['责任', '牵头', '分管', '联系', '包保', ''].flatMap((role) => ['县', '市', '区', '州', '旗', '省'].flatMap((level) => [`${role}${level}领导`, `${role}${level}级领导`])),
];

/** The labels as a regular-expression alternation, longest first so that 牵头责任单位 wins over 责任单位. */
export function labelAlternation(...lists: ReadonlyArray<readonly string[]>): string {
  return [...new Set(lists.flat())].sort((a, b) => b.length - a.length).join('|');
}

/** The labels of units (lead, responsible, support). */
export const UNIT_LABELS = labelAlternation(LEAD_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS);
