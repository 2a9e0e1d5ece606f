import type { AttainmentStatus, DutyState, TaskStatus } from '@plankb/core/track';
import type { Lang } from './i18n.js';

/** The fields a correction can change, as `track correct` names them. */
export type CorrectedField = 'value' | 'date' | 'status' | 'source' | 'note';

/** Interface strings of `plankb track` and its subcommands. */
export interface TrackMessages {
  trackDescribe: string;
  trackEpilogue: string;
  needSubcommand: string;
  recordDescribe: string;
  correctDescribe: string;
  taskDescribe: string;
  listDescribe: string;
  statusDescribe: string;
  tasksDescribe: string;
  importDescribe: string;
  exportDescribe: string;
  // Arguments and options
  argTarget: string;
  argValue: string;
  argEntry: string;
  argTask: string;
  argStatus: string;
  argImportFile: string;
  optStore: string;
  optBy: string;
  optAsOf: string;
  optDoc: string;
  optFormat: string;
  optExportFormat: string;
  optDate: string;
  optNote: string;
  optSource: string;
  optBaseline: string;
  optUnit: string;
  optValue: string;
  optCorrectStatus: string;
  optTarget: string;
  optAll: string;
  optRegion: string;
  optLeadUnit: string;
  optState: string;
  // Examples
  recordExample: string;
  recordExampleBaseline: string;
  recordExampleStore: string;
  correctExample: string;
  correctExampleDate: string;
  correctExampleList: string;
  taskExample: string;
  taskExampleDone: string;
  listExample: string;
  listExampleAll: string;
  listExampleCsv: string;
  statusExample: string;
  statusExampleAsOf: string;
  statusExampleCsv: string;
  tasksExample: string;
  tasksExampleState: string;
  tasksExampleCsv: string;
  importExample: string;
  importExampleXlsx: string;
  importColumns: (columns: readonly string[]) => string;
  exportExample: string;
  exportExampleXlsx: string;
  exportExampleMd: string;
  // Errors
  badDate: (option: string, value: string) => string;
  badNumber: (text: string) => string;
  unknownEntry: (id: string, suggestions: readonly string[], store: string) => string;
  alreadyCorrected: (id: string, by: string) => string;
  nothingToCorrect: (observation: boolean) => string;
  wrongField: (flag: string, id: string) => string;
  noSuchFile: (file: string) => string;
  needOutput: string;
  linesSkipped: (n: number) => string;
  // Import
  row: (n: number) => string;
  idTwice: (id: string, firstRow: number) => string;
  notADay: (date: string) => string;
  idClash: (id: string) => string;
  danglingSupersedes: (id: string, supersedes: string) => string;
  nothingImported: (problems: number) => string;
  imported: (n: number, store: string, skipped: number) => string;
  exported: (n: number, path: string) => string;
  // record, correct, task
  recorded: (role: 'observation' | 'baseline', id: string, store: string) => string;
  recordedTask: (id: string, store: string) => string;
  corrected: (old: string, fresh: string) => string;
  originalKept: string;
  labelTarget: string;
  labelValue: string;
  labelSource: string;
  labelNote: string;
  labelTask: string;
  labelStatus: string;
  fieldNames: Record<CorrectedField, string>;
  // Status line
  noReading: string;
  latestOf: (latest: string, target: string, percent: string) => string;
  ratioPart: (ratio: string) => string;
  duePart: (date: string) => string;
  asOfPart: (date: string) => string;
  // list
  entryCount: (n: number, store: string) => string;
  supersededHidden: (n: number) => string;
  noEntries: string;
  baselineMark: string;
  // status
  statusSummary: (n: number, asOf: string, counts: readonly string[]) => string;
  legend: string;
  // tasks
  dutiesCaption: (docs: readonly string[], asOf: string, unit: string | undefined, n: number, counts: readonly string[]) => string;
  dutyCount: (n: number, counts: readonly string[]) => string;
  noDuties: string;
  noLead: string;
  // Words
  statusWords: Record<AttainmentStatus, string>;
  taskStatuses: Record<TaskStatus, string>;
  stateWords: Record<DutyState, string>;
  // Column headers
  colEntry: string;
  colDate: string;
  colWhat: string;
  colValue: string;
  colMetric: string;
  colBy: string;
  colNote: string;
  colSupersededBy: string;
  colId: string;
  colTarget: string;
  colLatest: string;
  colObserved: string;
  colProgress: string;
  colRatio: string;
  colDue: string;
  colStatus: string;
  colTaskId: string;
  colTitle: string;
  colContent: string;
  colCoLeads: string;
  colState: string;
  colLead: string;
}

const plural = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`;

const en: TrackMessages = {
  trackDescribe: 'Track targets and tasks: record what was reached, see where each target stands and which tasks are due',
  trackEpilogue:
    'The store is a folder of JSON lines (.plankb/ in the corpus folder unless --store says otherwise; for the bundled seeds, ~/.local/share/plankb/store): keep it in git to share it. Entries are never overwritten; a correction is a new entry.',
  needSubcommand: 'Give a track subcommand: record, correct, task, list, status, tasks, import or export.',
  recordDescribe: 'Record an observed value of a target (or its baseline)',
  correctDescribe: 'Correct an entry: a new entry supersedes it, the original stays in the history',
  taskDescribe: 'Record progress on a task: not-started, in-progress, done or dropped',
  listDescribe: 'List the recorded entries, oldest first (corrected ones with --all)',
  statusDescribe: 'Where every target stands: latest value, a progress bar, the progress ratio and a status',
  tasksDescribe: 'Task duties per lead unit, with due dates: overdue, due, open, done or dropped',
  importDescribe: 'Import a table of observations (CSV or XLSX); all rows or none',
  exportDescribe: 'Export every observation (corrected ones too) as CSV, XLSX, JSON or Markdown',
  argTarget: 'A target id (qingdao-2025:tg6) or <doc>/<metric> (qingdao-2025/机架)',
  argValue: "The value, in the target's unit (63000, 63,000, 6.3万)",
  argEntry: 'The id of the entry to correct (see `plankb track list`)',
  argTask: 'A task id (qingpu-2023-draft:t4)',
  argStatus: "The task's status",
  argImportFile: 'A .csv or .xlsx file with the columns of `plankb track export`',
  optStore: 'The store folder [default: .plankb in the corpus folder; for the bundled seeds, ~/.local/share/plankb/store]',
  optBy: 'Who records [default: PLANKB_USER, git user.name or the login name]',
  optAsOf: 'Assess as of this date, YYYY-MM-DD [default: today]',
  optDoc: 'Only these documents (repeat for several)',
  optFormat: 'Output format',
  optExportFormat: 'Output format (text is CSV); xlsx needs --output',
  optDate: 'The date the value was reached or reported, YYYY-MM-DD [default: today]',
  optNote: 'A note',
  optSource: 'Where the figure comes from (a report, a URL)',
  optBaseline: 'Record the starting value progress is measured from, not an observation',
  optUnit: "The value's unit; must be the target's",
  optValue: 'The corrected value',
  optCorrectStatus: 'The corrected status (task progress entries)',
  optTarget: 'Only this target (an id or <doc>/<metric>)',
  optAll: 'Also show corrected entries, marked with the entry that supersedes them',
  optRegion: 'Only documents of this region, or its districts (上海市)',
  optLeadUnit: 'Only duties whose lead units contain this (区大数据中心)',
  optState: 'Only duties in these states (repeat for several)',
  recordExample: "Qingdao's rack count as reported for the end of June",
  recordExampleBaseline: 'The value progress is measured from, when the plan gives none',
  recordExampleStore: 'A Huangpu virtual power plant figure, into a shared store',
  correctExample: 'Correct a value; the original entry stays in the history',
  correctExampleDate: 'Correct the date and add a note',
  correctExampleList: 'See the original and its correction',
  taskExample: 'Mark a task in progress',
  taskExampleDone: 'Mark a task done, with a note',
  listExample: 'Every entry in force, oldest first',
  listExampleAll: "One target's history, corrections included",
  listExampleCsv: "One document's entries for a spreadsheet",
  statusExample: 'Where every target stands today',
  statusExampleAsOf: "Qingdao's targets as of 1 July 2025",
  statusExampleCsv: 'Shanghai and its districts as a flat table',
  tasksExample: 'Which 2023 Qingpu duties of 区大数据中心 were overdue or due on 1 October 2023',
  tasksExampleState: 'Only what is late or due within 30 days',
  tasksExampleCsv: 'Every duty for a spreadsheet',
  importExample: 'Import observations from a spreadsheet saved as CSV',
  importExampleXlsx: 'Import a workbook into a shared store, recorded by a colleague',
  importColumns: (columns) => `Columns (target_id and value are required; the camelCase names of earlier exports are read too):\n  ${columns.join('\n  ')}`,
  exportExample: 'Every observation as CSV (imports back with `track import`)',
  exportExampleXlsx: 'As an Excel workbook',
  exportExampleMd: "One document's observations as a Markdown table",
  badDate: (option, value) => `${option} ${value} is not a date: give YYYY-MM-DD, for example 2025-06-30.`,
  badNumber: (text) => `${text} is not a number: give the value in the target's unit, for example 63000 or 6.3万.`,
  unknownEntry: (id, suggestions, store) =>
    `Unknown entry: ${id}.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''}\nRun \`plankb track list --all\` to list the entries in ${store}.`,
  alreadyCorrected: (id, by) => `${id} was already corrected by ${by}: correct ${by} instead.`,
  nothingToCorrect: (observation) => `Nothing to correct: give ${observation ? '--value, --date, --source or --note' : '--status, --date or --note'}.`,
  wrongField: (flag, id) => `${flag} does not apply to ${id}.`,
  noSuchFile: (file) => `No such file: ${file}.`,
  needOutput: '--format xlsx writes a binary file: give --output <file>.',
  linesSkipped: (n) => `${plural(n, 'line')} of the store skipped; the other entries are used.`,
  row: (n) => `row ${n}`,
  idTwice: (id, first) => `id ${id} is also on row ${first}`,
  notADay: (date) => `date "${date}" is not a day of the calendar`,
  idClash: (id) => `id ${id} is already in the store with other values; clear the id to add a new entry, or set supersedes to correct it`,
  danglingSupersedes: (id, sup) => `note: ${id} supersedes ${sup}, which is neither in the store nor in the file.`,
  nothingImported: (n) => `Nothing imported: ${plural(n, 'row has a problem', 'rows have problems')}.`,
  imported: (n, store, skipped) => `Imported ${plural(n, 'observation')} into ${store}.${skipped > 0 ? ` ${plural(skipped, 'row was', 'rows were')} already there.` : ''}`,
  exported: (n, path) => `${plural(n, 'observation')} written to ${path}`,
  recorded: (role, id, store) => `Recorded ${role === 'baseline' ? 'baseline ' : ''}${id} in ${store}`,
  recordedTask: (id, store) => `Recorded ${id} in ${store}`,
  corrected: (old, fresh) => `Corrected ${old} with ${fresh}`,
  originalKept: 'The original stays in the history (`plankb track list --all`).',
  labelTarget: 'target  ',
  labelValue: 'value   ',
  labelSource: 'source  ',
  labelNote: 'note    ',
  labelTask: 'task    ',
  labelStatus: 'status  ',
  fieldNames: { value: 'value', date: 'date', status: 'status', source: 'source', note: 'note' },
  noReading: 'no observation yet',
  latestOf: (latest, target, percent) => `${latest} of ${target} (${percent})`,
  ratioPart: (ratio) => `ratio ${ratio}`,
  duePart: (date) => `due ${date}`,
  asOfPart: (date) => `as of ${date}`,
  entryCount: (n, store) => `${plural(n, 'entry', 'entries')} in ${store}`,
  supersededHidden: (n) => `${plural(n, 'corrected entry', 'corrected entries')} not shown; --all shows ${n === 1 ? 'it' : 'them'}.`,
  noEntries: 'Nothing recorded yet: see `plankb track record --help`.',
  baselineMark: 'baseline',
  statusSummary: (n, asOf, counts) => `${plural(n, 'target')} as of ${asOf}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
  legend: '█ way covered from baseline to target  │ where a straight path is by now\nRatio: actual ÷ required progress; ≥ 0.95 on track, ≥ 0.5 needs acceleration',
  dutiesCaption: (docs, asOf, unit, n, counts) =>
    `${docs.join(', ') || 'No documents'} · as of ${asOf}${unit === undefined ? '' : ` · lead unit ${unit}`}\n${plural(n, 'duty', 'duties')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
  dutyCount: (n, counts) => `${plural(n, 'duty', 'duties')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
  noDuties: 'No duties match.',
  noLead: '(no lead unit)',
  statusWords: {
    achieved: 'achieved',
    'on-track': 'on-track',
    'needs-acceleration': 'needs-acceleration',
    'limited-progress': 'limited-progress',
    deteriorating: 'deteriorating',
    overdue: 'overdue',
    'no-data': 'no-data',
  },
  taskStatuses: { 'not-started': 'not-started', 'in-progress': 'in-progress', done: 'done', dropped: 'dropped' },
  stateWords: { overdue: 'overdue', due: 'due', open: 'open', done: 'done', dropped: 'dropped' },
  colEntry: 'Entry',
  colDate: 'Date',
  colWhat: 'Item',
  colValue: 'Value',
  colMetric: 'Metric',
  colBy: 'By',
  colNote: 'Note',
  colSupersededBy: 'Superseded by',
  colId: 'ID',
  colTarget: 'Target',
  colLatest: 'Latest',
  colObserved: 'Observed',
  colProgress: 'Progress',
  colRatio: 'Ratio',
  colDue: 'Due',
  colStatus: 'Status',
  colTaskId: 'Task',
  colTitle: 'Title',
  colContent: 'Content',
  colCoLeads: 'Co-leads',
  colState: 'State',
  colLead: 'Lead units',
};

const zh: TrackMessages = {
  trackDescribe: '跟踪目标和任务：记录实际完成值，查看各目标进展和任务到期情况',
  trackEpilogue: '记录保存在 JSON Lines 文件夹中（默认为文档库下的 .plankb/，内置样本则为 ~/.local/share/plankb/store，可用 --store 指定），可纳入 git 与同事共享。记录从不覆盖；更正是一条新记录。',
  needSubcommand: '请给出 track 子命令：record、correct、task、list、status、tasks、import 或 export。',
  recordDescribe: '记录目标的实际完成值（或基线值）',
  correctDescribe: '更正一条记录：新记录取代它，原记录保留在历史中',
  taskDescribe: '记录任务进展：not-started（未开始）、in-progress（进行中）、done（已完成）或 dropped（已取消）',
  listDescribe: '列出已记录的条目，按记录时间先后（--all 含已更正的条目）',
  statusDescribe: '各目标进展：最新值、进度条、进展比值和状态',
  tasksDescribe: '按牵头单位列出任务及完成时限：已逾期、即将到期、未到期、已完成或已取消',
  importDescribe: '导入观测值表格（CSV 或 XLSX）；要么全部导入，要么都不导入',
  exportDescribe: '导出全部观测值（含已更正的），格式为 CSV、XLSX、JSON 或 Markdown',
  argTarget: '目标 id（qingdao-2025:tg6）或 <文档>/<指标>（qingdao-2025/机架）',
  argValue: '数值，使用目标的单位（63000、63,000、6.3万）',
  argEntry: '要更正的记录 id（见 `plankb track list`）',
  argTask: '任务 id（qingpu-2023-draft:t4）',
  argStatus: '任务状态',
  argImportFile: '含 `plankb track export` 各列的 .csv 或 .xlsx 文件',
  optStore: '记录文件夹 [默认：文档库下的 .plankb；内置样本为 ~/.local/share/plankb/store]',
  optBy: '记录人 [默认：PLANKB_USER、git user.name 或登录名]',
  optAsOf: '评估日期，YYYY-MM-DD [默认：今天]',
  optDoc: '仅这些文档（可重复）',
  optFormat: '输出格式',
  optExportFormat: '输出格式（text 即 CSV）；xlsx 需配合 --output',
  optDate: '数值达到或发布的日期，YYYY-MM-DD [默认：今天]',
  optNote: '备注',
  optSource: '数据来源（报告、网址）',
  optBaseline: '记录衡量进展的起点（基线），而非观测值',
  optUnit: '数值的单位；须与目标单位一致',
  optValue: '更正后的数值',
  optCorrectStatus: '更正后的状态（任务进展记录）',
  optTarget: '仅此目标（id 或 <文档>/<指标>）',
  optAll: '也显示已更正的条目，并注明取代它的条目',
  optRegion: '仅此地区或其下辖区的文档（如 上海市）',
  optLeadUnit: '仅牵头单位包含此名称的任务（如 区大数据中心）',
  optState: '仅这些状态的任务（可重复）',
  recordExample: '青岛市 6 月底通报的标准机架数',
  recordExampleBaseline: '规划未给出基线时，记录衡量进展的起点',
  recordExampleStore: '黄浦区虚拟电厂数据，记入共享的记录文件夹',
  correctExample: '更正数值；原记录保留在历史中',
  correctExampleDate: '更正日期并加备注',
  correctExampleList: '查看原记录及其更正',
  taskExample: '将任务标为进行中',
  taskExampleDone: '将任务标为已完成，并加备注',
  listExample: '全部有效记录，按记录时间先后',
  listExampleAll: '某一目标的历史，含更正',
  listExampleCsv: '某一文档的记录，供电子表格使用',
  statusExample: '今天各目标的进展',
  statusExampleAsOf: '青岛市各目标截至 2025 年 7 月 1 日的进展',
  statusExampleCsv: '上海市及其各区，导出为平表',
  tasksExample: '2023 年青浦区大数据中心牵头的任务，截至 10 月 1 日哪些已逾期或即将到期',
  tasksExampleState: '仅已逾期或 30 天内到期的任务',
  tasksExampleCsv: '全部任务，供电子表格使用',
  importExample: '从另存为 CSV 的表格导入观测值',
  importExampleXlsx: '将工作簿导入共享记录文件夹，记录人为同事',
  importColumns: (columns) => `各列（target_id 和 value 必填；也可读取早先导出的驼峰式列名）：\n  ${columns.join('\n  ')}`,
  exportExample: '全部观测值导出为 CSV（可用 `track import` 导回）',
  exportExampleXlsx: '导出为 Excel 工作簿',
  exportExampleMd: '某一文档的观测值，导出为 Markdown 表格',
  badDate: (option, value) => `${option} ${value} 不是日期：请写成 YYYY-MM-DD，例如 2025-06-30。`,
  badNumber: (text) => `${text} 不是数值：请按目标的单位给出数值，例如 63000 或 6.3万。`,
  unknownEntry: (id, suggestions, store) =>
    `未知记录：${id}。${suggestions.length > 0 ? `您是不是要找 ${suggestions.join('、')}？` : ''}\n运行 \`plankb track list --all\` 查看 ${store} 中的记录。`,
  alreadyCorrected: (id, by) => `${id} 已被 ${by} 更正：请更正 ${by}。`,
  nothingToCorrect: (observation) => `没有要更正的内容：请给出 ${observation ? '--value、--date、--source 或 --note' : '--status、--date 或 --note'}。`,
  wrongField: (flag, id) => `${flag} 不适用于 ${id}。`,
  noSuchFile: (file) => `文件不存在：${file}。`,
  needOutput: '--format xlsx 生成二进制文件：请用 --output <文件> 指定输出。',
  linesSkipped: (n) => `已跳过记录文件中的 ${n} 行；其余记录照常使用。`,
  row: (n) => `第 ${n} 行`,
  idTwice: (id, first) => `id ${id} 与第 ${first} 行重复`,
  notADay: (date) => `日期“${date}”不存在`,
  idClash: (id) => `id ${id} 已在记录中且数值不同；清空 id 可新增记录，或填写 supersedes 以更正`,
  danglingSupersedes: (id, sup) => `提示：${id} 取代的 ${sup} 既不在记录中，也不在文件中。`,
  nothingImported: (n) => `未导入任何数据：${n} 行有问题。`,
  imported: (n, store, skipped) => `已导入 ${n} 条观测值到 ${store}。${skipped > 0 ? `${skipped} 行此前已导入。` : ''}`,
  exported: (n, path) => `已写入 ${n} 条观测值到 ${path}`,
  recorded: (role, id, store) => `已记录${role === 'baseline' ? '基线' : ''} ${id}，保存在 ${store}`,
  recordedTask: (id, store) => `已记录 ${id}，保存在 ${store}`,
  corrected: (old, fresh) => `已用 ${fresh} 更正 ${old}`,
  originalKept: '原记录保留在历史中（`plankb track list --all`）。',
  labelTarget: '目标  ',
  labelValue: '数值  ',
  labelSource: '来源  ',
  labelNote: '备注  ',
  labelTask: '任务  ',
  labelStatus: '状态  ',
  fieldNames: { value: '数值', date: '日期', status: '状态', source: '来源', note: '备注' },
  noReading: '尚无观测值',
  latestOf: (latest, target, percent) => `${latest}，目标 ${target}（${percent}）`,
  ratioPart: (ratio) => `比值 ${ratio}`,
  duePart: (date) => `期限 ${date}`,
  asOfPart: (date) => `截至 ${date}`,
  entryCount: (n, store) => `${store} 中有 ${n} 条记录`,
  supersededHidden: (n) => `未显示 ${n} 条已更正的记录；加 --all 可显示。`,
  noEntries: '尚无记录：见 `plankb track record --help`。',
  baselineMark: '基线',
  statusSummary: (n, asOf, counts) => `截至 ${asOf} 共 ${n} 个目标${counts.length > 0 ? `：${counts.join('，')}` : ''}`,
  legend: '█ 从基线到目标已完成的部分  │ 按直线进度此时应达到的位置\n比值：实际进展 ÷ 应有进展；≥ 0.95 进度正常，≥ 0.5 需加快',
  dutiesCaption: (docs, asOf, unit, n, counts) =>
    `${docs.join('、') || '无文档'} · 截至 ${asOf}${unit === undefined ? '' : ` · 牵头单位 ${unit}`}\n共 ${n} 项任务${counts.length > 0 ? `：${counts.join('，')}` : ''}`,
  dutyCount: (n, counts) => `${n} 项${counts.length > 0 ? `：${counts.join('，')}` : ''}`,
  noDuties: '没有符合条件的任务。',
  noLead: '（无牵头单位）',
  statusWords: {
    achieved: '已达成',
    'on-track': '进度正常',
    'needs-acceleration': '需加快',
    'limited-progress': '进展有限',
    deteriorating: '出现倒退',
    overdue: '已逾期',
    'no-data': '暂无数据',
  },
  taskStatuses: { 'not-started': '未开始', 'in-progress': '进行中', done: '已完成', dropped: '已取消' },
  stateWords: { overdue: '已逾期', due: '即将到期', open: '未到期', done: '已完成', dropped: '已取消' },
  colEntry: '记录',
  colDate: '日期',
  colWhat: '对象',
  colValue: '数值',
  colMetric: '指标',
  colBy: '记录人',
  colNote: '备注',
  colSupersededBy: '被更正为',
  colId: 'ID',
  colTarget: '目标',
  colLatest: '最新值',
  colObserved: '观测日期',
  colProgress: '进度',
  colRatio: '比值',
  colDue: '期限',
  colStatus: '状态',
  colTaskId: '任务',
  colTitle: '标题',
  colContent: '内容',
  colCoLeads: '共同牵头',
  colState: '状态',
  colLead: '牵头单位',
};

/**
 * The track commands' strings in a language.
 *
 * @param lang The interface language.
 * @returns The strings.
 */
export function trackMessages(lang: Lang): TrackMessages {
  return lang === 'zh' ? zh : en;
}
