// The interface strings of the Indicators, Cascade and Duties screens, the
// observation history and the list filter (see messages.ts), kept apart so
// that no catalogue grows past a readable size.
import type { DutyState, TaskStatus } from '@plankb/core/track';

/** The strings of the later screens. */
export interface ScreenMessages {
  /** The `/` filter of a list. */
  filter: {
    /** `3 of 12 match “算力”`. */
    matches: (shown: number, total: number, query: string) => string;
    none: (query: string) => string;
  };
  indicators: {
    col: Record<'doc' | 'metric' | 'value' | 'asOf' | 'where', string>;
    filters: (region: string, doc: string) => string;
    count: (shown: number, total: number) => string;
    none: string;
    /** Where the figure is stated: a task, or a section's preamble. */
    inTask: (id: string) => string;
    inSection: (title: string) => string;
    asOf: (date: string) => string;
    noAsOf: string;
    pickDocument: string;
    pickRegion: string;
  };
  cascade: {
    pickUpper: string;
    /** The title line: the plan and how many of its tasks are taken up. */
    summary: (upper: string, taken: number, tasks: number, lowers: number) => string;
    noRegion: (id: string) => string;
    noLower: (region: string, when: string) => string;
    noLowerAnyYear: (region: string) => string;
    anyYear: (on: boolean) => string;
    /** The mark of a task no lower plan takes up. */
    none: string;
    takenUp: (doc: string, score: string) => string;
    notTakenUp: (doc: string) => string;
    orphans: (doc: string, n: number) => string;
    legend: Record<'strong' | 'weak' | 'none', string>;
    col: Record<'task' | 'taken', string>;
    computing: string;
    /** The key that opens the counterpart below. */
    openLower: string;
  };
  duties: {
    state: Record<DutyState, string>;
    status: Record<TaskStatus, string>;
    noLead: string;
    group: (unit: string, n: number, counts: string) => string;
    count: (shown: number, total: number, asOf: string) => string;
    filters: (unit: string, state: string) => string;
    col: Record<'due' | 'task' | 'content' | 'state' | 'leads', string>;
    none: string;
    noTables: string;
    pickUnit: string;
    pickState: string;
    pickStatus: (task: string) => string;
    noTask: string;
    recorded: (status: string, task: string, date: string) => string;
    supporting: (units: string) => string;
    leads: (units: string) => string;
    dueText: (text: string) => string;
    statusLine: (status: string) => string;
  };
  history: {
    title: (metric: string, id: string) => string;
    col: Record<'date' | 'value' | 'role' | 'source' | 'note' | 'entry', string>;
    none: string;
    correctedBy: (id: string) => string;
    /** The kind shown for an entry a later one corrected. */
    superseded: string;
    correctTitle: (id: string) => string;
    corrected: (old: string, fresh: string) => string;
    alreadyCorrected: (id: string, by: string) => string;
    nothingChanged: string;
    recordedBy: (by: string, at: string) => string;
  };
}

const plural = (n: number, noun: string): string => `${n} ${n === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;

export const screensEn: ScreenMessages = {
  filter: {
    matches: (shown, total, query) => `${shown} of ${total} match “${query}”`,
    none: (query) => `Nothing matches “${query}” (esc clears the filter).`,
  },
  indicators: {
    col: { doc: 'Document', metric: 'Indicator', value: 'Value', asOf: 'As of', where: 'Stated in' },
    filters: (region, doc) => `Region: ${region} · Document: ${doc}`,
    count: (shown, total) => `${shown} of ${plural(total, 'indicator')}`,
    none: 'No indicators: the plans state no figures of where things stand (现状), or none match.',
    inTask: (id) => `task ${id}`,
    inSection: (title) => `section ${title}`,
    asOf: (date) => `As of ${date}`,
    noAsOf: 'The text gives no date for it.',
    pickDocument: 'Show indicators of which document?',
    pickRegion: 'Show indicators of which region?',
  },
  cascade: {
    pickUpper: 'Show how which plan is taken up by its districts?',
    summary: (upper, taken, tasks, lowers) => `${upper}: ${taken} of ${plural(tasks, 'task')} taken up by its ${plural(lowers, 'lower-level plan')}`,
    noRegion: (id) => `${id} names no region, so it has no lower-level plans. Press d to pick another plan.`,
    noLower: (region, when) => `No plan of a district of ${region} covers ${when}. a counts every year; d picks another plan.`,
    noLowerAnyYear: (region) => `No plan of a district of ${region} is in the corpus. d picks another plan.`,
    anyYear: (on) => (on ? 'every year' : 'same years'),
    none: 'taken up by none',
    takenUp: (doc, score) => `${doc} (score ${score}):`,
    notTakenUp: (doc) => `${doc}: no task takes it up.`,
    orphans: (doc, n) => `${doc}: ${plural(n, 'task')} with no counterpart above`,
    legend: { strong: 'taken up (score 0.3 or more)', weak: 'taken up, loosely (a lower score)', none: 'not taken up' },
    col: { task: 'Task of the plan', taken: 'Lower-level plans' },
    computing: 'Aligning the plans…',
    openLower: "open the lower plan's task in Plan",
  },
  duties: {
    state: { overdue: 'overdue', due: 'due soon', open: 'open', done: 'done', dropped: 'dropped' },
    status: { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
    noLead: '(no lead unit named)',
    group: (unit, n, counts) => `${unit} · ${plural(n, 'duty')}${counts === '' ? '' : `: ${counts}`}`,
    count: (shown, total, asOf) => `${shown} of ${plural(total, 'duty')} as of ${asOf}`,
    filters: (unit, state) => `Lead unit: ${unit} · State: ${state}`,
    col: { due: 'Due', task: 'Task', content: 'What is to be done', state: 'State', leads: 'Lead units' },
    none: 'No duties match these filters.',
    noTables: 'No plan of the corpus has a task table (任务分工) with lead units and deadlines.',
    pickUnit: 'Show the duties of which lead unit?',
    pickState: 'Show duties in which state?',
    pickStatus: (task) => `Record the progress of ${task}`,
    noTask: 'This duty belongs to no task of the plan: there is nothing to record progress on.',
    recorded: (status, task, date) => `Recorded ${task} as ${status} on ${date}.`,
    supporting: (units) => `Supporting: ${units}`,
    leads: (units) => `Lead: ${units}`,
    dueText: (text) => `Deadline as written: ${text}`,
    statusLine: (status) => `Progress recorded: ${status}`,
  },
  history: {
    title: (metric, id) => `Observations of ${metric} (${id})`,
    col: { date: 'Date', value: 'Value', role: 'Kind', source: 'Source', note: 'Note', entry: 'Entry' },
    none: 'Nothing recorded for this target yet: esc goes back to the targets, where o records an observation.',
    correctedBy: (id) => `corrected by ${id}`,
    superseded: 'corrected',
    correctTitle: (id) => `Correct ${id} (the original stays in the store)`,
    corrected: (old, fresh) => `Corrected ${old}: the new entry is ${fresh}.`,
    alreadyCorrected: (_id, by) => `Corrected already, by ${by}: correct that entry instead.`,
    nothingChanged: 'Nothing was changed: edit a field first, or esc.',
    recordedBy: (by, at) => `Recorded by ${by} at ${at}`,
  },
};

export const screensZh: ScreenMessages = {
  filter: {
    matches: (shown, total, query) => `“${query}”：${shown}/${total} 条`,
    none: (query) => `没有与“${query}”匹配的条目（按 esc 清除筛选）。`,
  },
  indicators: {
    col: { doc: '文件', metric: '数据项', value: '数值', asOf: '截至', where: '出处' },
    filters: (region, doc) => `地区：${region} · 文件：${doc}`,
    count: (shown, total) => `${shown}/${total} 项现状数据`,
    none: '没有现状数据：规划未列出现状数值，或没有符合筛选条件的数据。',
    inTask: (id) => `任务 ${id}`,
    inSection: (title) => `章节 ${title}`,
    asOf: (date) => `截至 ${date}`,
    noAsOf: '原文未给出日期。',
    pickDocument: '显示哪份文件的现状数据？',
    pickRegion: '显示哪个地区的现状数据？',
  },
  cascade: {
    pickUpper: '查看哪份规划在下级规划中的落实情况？',
    summary: (upper, taken, tasks, lowers) => `${upper}：${tasks} 项任务中 ${taken} 项由 ${lowers} 份下级规划承接`,
    noRegion: (id) => `${id} 未注明地区，没有下级规划。按 d 选择其他规划。`,
    noLower: (region, when) => `文库中没有${region}下辖各区 ${when} 的规划。按 a 不限年份，按 d 选择其他规划。`,
    noLowerAnyYear: (region) => `文库中没有${region}下辖各区的规划。按 d 选择其他规划。`,
    anyYear: (on) => (on ? '不限年份' : '同期'),
    none: '无下级承接',
    takenUp: (doc, score) => `${doc}（相似度 ${score}）：`,
    notTakenUp: (doc) => `${doc}：没有任务承接。`,
    orphans: (doc, n) => `${doc}：${n} 项任务在上级规划中没有对应`,
    legend: { strong: '已承接（相似度 0.3 及以上）', weak: '已承接，关联较弱', none: '未承接' },
    col: { task: '规划任务', taken: '下级规划' },
    computing: '正在对齐规划……',
    openLower: '在规划中打开下级规划的任务',
  },
  duties: {
    state: { overdue: '已逾期', due: '即将到期', open: '进行中', done: '已完成', dropped: '已取消' },
    status: { 'not-started': '未开始', 'in-progress': '推进中', done: '已完成', dropped: '已取消' },
    noLead: '（未注明牵头单位）',
    group: (unit, n, counts) => `${unit} · ${n} 项${counts === '' ? '' : `：${counts}`}`,
    count: (shown, total, asOf) => `${shown}/${total} 项分工（截至 ${asOf}）`,
    filters: (unit, state) => `牵头单位：${unit} · 状态：${state}`,
    col: { due: '期限', task: '任务', content: '工作内容', state: '状态', leads: '牵头单位' },
    none: '没有符合筛选条件的分工。',
    noTables: '文库中没有附任务分工表（含牵头单位和完成时限）的规划。',
    pickUnit: '显示哪个牵头单位的分工？',
    pickState: '显示哪种状态的分工？',
    pickStatus: (task) => `记录 ${task} 的进展`,
    noTask: '这项分工不属于规划中的任务，无法记录进展。',
    recorded: (status, task, date) => `已记录 ${task}：${status}（${date}）。`,
    supporting: (units) => `配合单位：${units}`,
    leads: (units) => `牵头单位：${units}`,
    dueText: (text) => `原文期限：${text}`,
    statusLine: (status) => `已记录进展：${status}`,
  },
  history: {
    title: (metric, id) => `${metric} 的观测记录（${id}）`,
    col: { date: '日期', value: '数值', role: '类型', source: '来源', note: '备注', entry: '记录编号' },
    none: '该指标尚无记录：按 esc 返回指标列表，在那里按 o 记录观测值。',
    correctedBy: (id) => `已由 ${id} 更正`,
    superseded: '已更正',
    correctTitle: (id) => `更正 ${id}（原记录保留在存储中）`,
    corrected: (old, fresh) => `已更正 ${old}，新记录为 ${fresh}。`,
    alreadyCorrected: (_id, by) => `已由 ${by} 更正，请更正该记录。`,
    nothingChanged: '没有改动：请先修改某一项，或按 esc。',
    recordedBy: (by, at) => `由 ${by} 于 ${at} 记录`,
  },
};
