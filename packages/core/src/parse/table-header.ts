// The header of a task-allocation table (重点任务分工表): which column holds
// what, read from the header words Chinese official documents use for it.

import { DUE_LABELS, LEAD_LABELS, labelAlternation, PERSON_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS } from './duty-labels.js';

/** What a column of a task-allocation table holds. */
export type ColumnRole = 'number' | 'field' | 'task' | 'content' | 'lead' | 'support' | 'due' | 'other';

// The name column of an indicator table (see HEADER).
const INDICATOR_TASK = /^(?:指标名称|指标|主要指标|具体指标|重点指标|考核指标名称|指标项目)$/;

const HEADER: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['number', /^(?:序号|编号|序)$/],
  ['field', /^(?:领域|类别|板块|方面|工作领域|任务类别|重点领域|任务领域|工作板块|专项)$/],
  ['task', /^(?:重点任务|任务|工作任务|主要任务|任务名称|重点工作|工作事项|重点事项|任务事项|工作要点|工作名称|重点任务名称|工作项目|项目名称|重点项目|建设项目|实事项目|民生实事项目|民生实事|民生实事名称|实事名称|民生项目|改革事项|改革任务|重点改革任务|工作重点|攻坚任务|行动任务)$/],
  // Note: a table of the plan's indicators with a unit column beside each (指标名称 | 单位 | 2025年目标 | 牵头单位 | 责任单位), as
  // annual plans assign their 主要指标 and 考核 schemes their indicators: each indicator is a duty item, named by its name.
  ['task', INDICATOR_TASK],
  [
    'content',
    /(?:主要内容|工作内容|具体内容|任务内容|具体措施|工作举措|主要举措|具体任务|工作措施|任务要求|具体举措|具体工作|主要工作|工作要求|任务措施|实施内容|建设内容|目标任务|工作目标|建设内容(?:及|和|与)规模|建设规模(?:及|和|与)内容|建设规模|目标要求|主要目标|任务目标)$/,
  ],
  ['lead', new RegExp(`(?:${labelAlternation(LEAD_LABELS, RESPONSIBLE_LABELS)})$`)],
  ['support', new RegExp(`(?:${labelAlternation(SUPPORT_LABELS)})$`)],
  ['due', new RegExp(`(?:${labelAlternation(DUE_LABELS)})$`)],
  // Note: columns a table may have besides the duties (备注, 预期成果); known, so that a header run one cell per line does not stop at them.
  ['other', /^(?:备注|说明|预期成果|成果形式|阶段目标|考核指标|评价指标|完成标志|资金来源|工作成效)$/],
  // Note: the columns of a project table (项目名称 | 建设内容及规模 | 建设年限 | 总投资（亿元） | 2025年计划投资 | 牵头单位):
  // the money and years of each project, no duty; known, so that the header is read whole and its rows are the plan's projects.
  ['other', /^(?:(?:估算|计划)?总投资(?:额)?|(?:\d{4}年|年度|本年度|当年)?计划(?:完成)?投资(?:额)?|年度投资计划|(?:累计|截至上年底)?已?完成投资|建设(?:起止)?年限|起止年限|建设周期|建设性质|建设地点|项目业主|业主单位|建设单位|实施主体|项目类别|项目类型)$/],
  // Note: the figures of an indicator's row (单位 | 2024年基期值 | 2025年目标 | 属性 | 分值): read by the indicator tables.
  ['other', /^(?:单位|计量单位|(?:\d{4}年(?:度)?)?(?:目标值?|预期目标|年度目标|预期值|基期值|基数|完成值|实际值|现状值)|(?:指标)?属性|分值|权重|考核分值)$/],
  // Note: the official answerable beside the units (责任领导, 包保领导, 市级领导): a person, no unit.
  ['other', new RegExp(`^(?:${labelAlternation(PERSON_LABELS)}|包保领导|市级领导|县级领导|区级领导|责任人)$`)],
];

/**
 * A 序号 cell: 1, 2., 3、, or the number of a row under a group (1.1, 2-3), as a table numbers the rows of its groups.
 * Note: one rule for the three readers of tables (one cell per line, TAB rows, columns of spaces).
 */
export const NUMBER_CELL = /^\d{1,3}(?:[.．\-－]\d{1,2})?[.．、]?$/;

/**
 * The role of a header cell: 序号 → `number`, 重点工作 → `task`, 具体措施 → `content`, 责任单位 → `lead`,
 * 完成时限 → `due`. Spaces inside (序  号) and a bracketed note after the word (牵头单位（部门）) are ignored.
 *
 * @param text The cell's text.
 * @returns The role, or `null` for a word that is not a header word.
 */
export function headerRole(text: string): ColumnRole | null {
  const word = text.replace(/\s+/g, '').replace(/[（(][^（）()]{1,12}[）)]$/, '');
  if (word === '' || word.length > 12) return null;
  for (const [role, re] of HEADER) if (re.test(word)) return role;
  return null;
}

/**
 * Whether column roles make a task table: at least three columns, something to do (a task or content column)
 * and a duty (a lead unit or a deadline column), each role but `other` once.
 *
 * @param columns The roles in order.
 * @returns `true` when the header is a task table's.
 */
export function isTaskTableHeader(columns: readonly ColumnRole[]): boolean {
  const named = columns.filter((c) => c !== 'other');
  if (named.length < 3 || new Set(named).size !== named.length) return false;
  return (columns.includes('content') || columns.includes('task')) && (columns.includes('lead') || columns.includes('due'));
}

const LEAD_WORD = new RegExp(`(?:${labelAlternation(LEAD_LABELS)})$`);

/**
 * The roles of a header with both a 牵头单位 and a 责任单位 column (…| 牵头单位 | 责任单位 |…): the 责任单位 are those who
 * carry the work out with the lead, its supporting units, as the two labels read in one clause. Other headers are
 * returned as they are.
 *
 * @param words The header cells' text.
 * @param roles Their roles, from `headerRole`.
 * @returns The roles.
 */
export function settleLeadColumns(words: readonly string[], given: ReadonlyArray<ColumnRole | null>): Array<ColumnRole | null> {
  // Note: beside a task column (重点任务 | 指标名称 | 目标值 | 牵头单位) the indicator's name is the task's measure, not the task.
  const bare = (w: string): string => w.replace(/\s+/g, '').replace(/[（(][^（）()]{1,12}[）)]$/, '');
  const tasks = given.filter((r) => r === 'task').length;
  const roles = tasks > 1 ? given.map((r, i) => (r === 'task' && INDICATOR_TASK.test(bare(words[i] ?? '')) ? 'other' : r)) : given;
  const leads = roles.flatMap((r, i) => (r === 'lead' ? [i] : []));
  if (leads.length !== 2 || roles.includes('support')) return [...roles];
  const marked = leads.filter((i) => LEAD_WORD.test((words[i] ?? '').replace(/\s+/g, '').replace(/[（(][^（）()]{1,12}[）)]$/, '')));
  if (marked.length !== 1) return [...roles];
  return roles.map((r, i) => (r === 'lead' && i !== marked[0] ? 'support' : r));
}
