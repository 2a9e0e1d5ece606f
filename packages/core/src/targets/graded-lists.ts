// Lists of figures by grade that write the thing counted once (培育省级3至5个、市级10个左右示范园区; 培育国家级龙头企业3家、
// 省级20家): Chinese plans count their parks, centres and firms by the level that recognises them (国家级, 省级, 市级 …)
// and name the kind once, after the last figure or after the first grade, each other grade standing alone before its figure.

import { nounAfter, type Span } from './figure-context.js';
import type { Quantity } from './quantity.js';

// A grade of recognition: 国家级, 省部级, 省级, 市级, 县级 … (以上 widens it: 市级以上).
// Note: so does a scale of output or revenue (千亿级产业集群2个、百亿级10个; 百亿级企业3家、五十亿级20家), which plans count their
// clusters and firms by as they count them by level.
const GRADE = '(?:国家|省部|省|自治区|市|州|盟|地市|县|区|乡镇|镇|村|部|[二三四五六七八九]?[十百千]?(?:万亿|亿)|亿元)级(?:及?以上)?';
// The figure's own words are only a grade, after the mark that sets it off from the figure before.
const GRADE_AFTER_MARK = new RegExp(`^\\s*[、和及]\\s*(${GRADE})\\s*$`);
// The first figure's words: a verb of a few characters at most (培育, 新增, 创建), then the grade alone.
const GRADE_FIRST = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(${GRADE})\\s*$`);
// The first figure named in full: the verb, the grade, then the kind (新建省级重点实验室, 国家级农业产业化重点龙头企业).
const GRADE_NAMED = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(${GRADE})([\\u4e00-\\u9fff“”（）()]{2,})$`);
// Nothing of its own after a grade's figure but the mark that ends it.
const BARE_END = /^\s*(?:[、，,；;。]|$)/;

interface Listed {
  q: Quantity;
  metric: string;
  clause: Span;
}

/**
 * Names each figure of a clause listed by grade after the grade and the kind the list names once: after the last
 * figure (建成国家级1家、省级3家、市级10家以上工程技术研究中心 → 国家级工程技术研究中心 …) or after the first grade
 * (培育国家级农业产业化重点龙头企业3家、省级20家 → 省级农业产业化重点龙头企业). Only figures set off by 、 (和, 及) whose
 * words are a grade alone; any other list keeps its metrics.
 *
 * @param text The line.
 * @param group The figures of one clause, in order.
 */
export function nameGradedList(text: string, group: Listed[]): void {
  const first = group[0];
  if (!first || group.length < 2) return;
  const grades: string[] = [];
  for (let i = 1; i < group.length; i++) {
    const m = GRADE_AFTER_MARK.exec(text.slice((group[i - 1] as Listed).q.boundTo, (group[i] as Listed).q.boundFrom));
    if (!m) return;
    grades.push(m[1] as string);
  }
  const last = group.at(-1) as Listed;
  const noun = nounAfter(text, last.q);
  const kind = text.slice(noun.from, noun.to).trim();
  const head = GRADE_FIRST.exec(text.slice(first.clause.from, first.q.boundFrom));
  const earlierBare = group.slice(0, -1).every((f) => BARE_END.test(text.slice(f.q.boundTo)));
  // The kind after the last figure: every figure before it ends bare, the first's words being a grade alone.
  if (head && earlierBare && kind.length >= 2 && last.metric === kind) {
    const all = [head[1] as string, ...grades];
    group.forEach((f, i) => {
      f.metric = `${all[i]}${kind}`;
    });
    return;
  }
  // The kind after the first grade: the figures after it end bare.
  const named = GRADE_NAMED.exec(first.metric);
  if (!named || !group.slice(1).every((f, i) => BARE_END.test(text.slice(f.q.boundTo)) && f.metric === grades[i])) return;
  const rest = named[2] as string;
  group.slice(1).forEach((f, i) => {
    f.metric = `${grades[i]}${rest}`;
  });
}

// A part of the figure before, by grade (其中国家级1个 after 认定市级以上众创空间5个), or a grade alone after a comma
// (新建省级重点实验室3家，市级10家).
const PART_BY_GRADE = new RegExp(`^(其中)?\\s*(${GRADE})$`);

/**
 * Names a part counted by grade after the whole it is part of: 认定市级以上众创空间5个，其中国家级1个 → 国家级众创空间, the
 * kind of the figure before in the same sentence taking the part's grade in place of its own (其中 says the figure is part
 * of it). Figures of the clause after the first (其中国家级1个、省级3个) are parts too.
 *
 * @param text The line.
 * @param found The line's figures, in order.
 */
export function nameGradedParts(text: string, found: Listed[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i] as Listed;
    const part = PART_BY_GRADE.exec(text.slice(f.clause.from, f.q.boundFrom).trim());
    const listed = found[i - 1]?.clause.from === f.clause.from ? GRADE_AFTER_MARK.exec(text.slice((found[i - 1] as Listed).q.boundTo, f.q.boundFrom)) : null;
    const grade = part?.[2] ?? listed?.[1];
    if (!grade || f.metric !== grade || !BARE_END.test(text.slice(f.q.boundTo))) continue;
    const whole = found.slice(0, i).findLast((w) => w.clause.from !== f.clause.from);
    if (!whole || /[。；;！？!?]/.test(text.slice(whole.q.boundTo, f.clause.from))) continue;
    const named = GRADE_NAMED.exec(whole.metric);
    // Note: a grade alone after a comma is a sibling of the grade before it, not a part of a whole with none.
    const sibling = part && !part[1];
    // Note: a whole named without a grade (新增高新技术企业100家，其中省级10家) is the part's kind, and a whole of every grade
    // (各级财政投入的经费人均…，其中省级…) the part's with its grade; a name holding a figure or a date is no kind.
    const kind = named ? (named[2] as string) : sibling || new RegExp(GRADE).test(whole.metric) || /[0-9０-９]/.test(whole.metric) ? '' : whole.metric;
    if (kind.length >= 2) f.metric = kind.startsWith('各级') ? `${grade}${kind.slice(2)}` : `${grade}${kind}`;
  }
}

// A list of grades written once before the kind (创建国家级、省级高新技术产业开发区1个、2个; 新建省级和市级重点实验室各3家),
// after a verb of a few characters at most.
const GRADES_THEN_KIND = new RegExp(`^([\\u4e00-\\u9fff]{0,4}?)((?:${GRADE}\\s*[、和及与]\\s*)+${GRADE})([\\u4e00-\\u9fff“”（）()]{2,})$`);
// The verbs of works a plan counts (新建, 改造提升, 改建, 提档升级 …); a list of them shares the thing after the last (新建和改造
// 农村公路各100公里).
export const WORKS_VERB = '(?:新建|新改建|改扩建|改建|扩建|续建|建成|建设|新增|改造提升|提升改造|改造升级|改造|提档升级|升级改造|提质改造|提标改造|提质增效|提质|提升|修缮|维修|整治|更新|新开工|开工建设|开工|竣工投产|竣工|投产|建成投用|建成投产)';
const WORKS_VERBS = new RegExp(`^${WORKS_VERB}`);

const LIST_VERB = /^(?:新建|新增|建成|建设|创建|争创|培育|打造|引进|认定|建立|设立|组建|改造|提升|改建|扩建|开展|举办)/;

/**
 * The names a list before its figures gives them, one a name: the grades of a kind (国家级、省级X → 国家级X, 省级X), or verbs
 * of works sharing their thing (新建和改造农村公路 → 新建农村公路, 改造农村公路); null for any other list.
 */
function listedNames(metric: string): string[] | null {
  const graded = GRADES_THEN_KIND.exec(metric);
  if (graded) {
    const kind = graded[3] as string;
    return (graded[2] as string).split(/\s*[、和及与]\s*/).map((grade) => `${grade}${kind}`);
  }
  const parts = metric.split(/[、和及与]/);
  const last = parts.at(-1) ?? '';
  const verb = WORKS_VERBS.exec(last)?.[0];
  if (parts.length >= 2 && verb && last.length >= verb.length + 2 && parts.slice(0, -1).every((p) => WORKS_VERBS.exec(p)?.[0] === p)) {
    const thing = last.slice(verb.length);
    return parts.map((p, i) => (i === parts.length - 1 ? last : `${p}${thing}`));
  }
  // Things after one verb (新建城市书房和农家书屋各10个): each takes the verb. Note: a name of two characters may be the head of a
  // compound the list shares (污水和垃圾处理设施), so each name is three at least.
  const act = LIST_VERB.exec(parts[0] ?? '')?.[0];
  if (parts.length >= 2 && act && [(parts[0] as string).slice(act.length), ...parts.slice(1)].every((p) => p.length >= 3 && !LIST_VERB.test(p))) {
    return parts.map((p, i) => (i === 0 ? p : `${act}${p}`));
  }
  return null;
}

/**
 * Figures of a list that names its things before them without 分别: 创建国家级、省级高新区1个、2个 gives each grade its figure in
 * order, as 分别 would say (plans leave it out after a list of grades); 新建省级和市级重点实验室各3家 gives each name the one figure
 * (各: each of them), so one figure makes a target of each name. A list whose length differs from the figures' keeps its
 * metric (without 各).
 *
 * @param text The line.
 * @param found The line's figures, in order; figures of each name after 各 are inserted after the one figure.
 */
export function nameListedFigures<T extends Listed>(text: string, found: T[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as T;
    if (f.metric.endsWith('各')) {
      f.metric = f.metric.slice(0, -1);
      const names = listedNames(f.metric);
      if (!names || found.some((o) => o !== f && o.clause.from === f.clause.from)) continue;
      f.metric = names[0] as string;
      const copies = names.slice(1).map((name) => ({ ...f, metric: name }));
      found.splice(i + 1, 0, ...copies);
      i += copies.length;
      continue;
    }
    const group = found.filter((o) => o.clause.from === f.clause.from);
    if (group[0] !== f || group.length < 2 || group.some((o) => o.metric !== f.metric)) continue;
    const names = listedNames(f.metric);
    if (!names || names.length !== group.length) continue;
    // Only figures set off by a mark alone (1个、2个; 3家和5家).
    if (group.slice(1).some((o, k) => !/^\s*[、和及]\s*$/.test(text.slice((group[k] as T).q.boundTo, o.q.boundFrom)))) continue;
    group.forEach((o, k) => {
      o.metric = names[k] as string;
    });
  }
}
