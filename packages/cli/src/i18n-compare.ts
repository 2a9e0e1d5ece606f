import type { ChangeKind, LinkSignal, TargetChange, TargetRelation } from '@plankb/core/align';
import type { Lang } from './i18n.js';

/** Interface strings of the commands that compare plans: `diff`, `cascade` and `compare`. */
export interface CompareMessages {
  // diff
  diffDescribe: string;
  diffExample: string;
  diffExampleCity: string;
  diffExampleInline: string;
  diffExampleExit: string;
  diffExampleJson: string;
  argOld: string;
  argNew: string;
  optDisplay: string;
  optOnly: string;
  optExitCode: string;
  kinds: Record<ChangeKind, string>;
  pairCount: (n: number) => string;
  shared: string;
  /** Label of the clauses of each side that match. */
  clauses: string;
  /** Label of what made a link, and the name of each signal. */
  signals: string;
  signalNames: Record<LinkSignal, string>;
  /** The new target's value as a share of the old one's (a district's of its city's). */
  shareOf: (percent: string) => string;
  movedFrom: (from: string, to: string) => string;
  noDifferences: string;
  unchangedHidden: (n: number) => string;
  targetChanges: string;
  targetKinds: Record<TargetChange['change'], string>;
  directions: Record<NonNullable<TargetChange['direction']>, string>;
  fields: Record<TargetChange['fields'][number], string>;
  inTask: string;
  onlyIn: (id: string, kind: string, n: number) => string;
  headingUnchanged: (n: number) => string;
  headingPairs: string;
  mdTitle: string;
  mdText: string;
  mdSummary: string;
  // cascade
  cascadeDescribe: string;
  cascadeExample: string;
  cascadeExampleAnyYear: string;
  cascadeExampleMd: string;
  optAnyYear: string;
  noLower: (region: string, when: string) => string;
  noLowerAnyYear: (region: string) => string;
  noRegion: (id: string) => string;
  tryAnyYear: string;
  takesUp: (n: number, total: number) => string;
  lowerPlans: (n: number) => string;
  colTask: string;
  strength: (threshold: string) => string;
  orphans: (id: string, upper: string, n: number) => string;
  noOrphans: (id: string) => string;
  headingCoverage: string;
  headingOrphans: string;
  /** The cascade's targets: each upper target and how each lower plan's figure relates to it. */
  headingTargets: string;
  relations: Record<TargetRelation, string>;
  /** A lower figure as a share of the upper one. */
  shareOfUpper: (percent: string) => string;
  // compare
  compareDescribe: string;
  compareExample: string;
  compareExampleTheme: string;
  compareExampleRegion: string;
  optBy: string;
  optCompareDoc: string;
  optCompareRegion: string;
  optTheme: string;
  unknownTheme: (name: string, themes: string) => string;
  matrixCaption: (docs: number) => string;
  colRegion: string;
  colYear: string;
  colDocument: string;
  colTasks: string;
  colTheme: string;
  colMatched: string;
  colTitle: string;
  colLabel: string;
  colKey: string;
  cellHint: (example: string) => string;
  matrixNote: string;
  themeTasks: (name: string, tasks: number, docs: number) => string;
  noThemeTasks: (name: string) => string;
}

const en: CompareMessages = {
  diffDescribe: 'Compare two plans task by task: what was kept, reworded, merged, split, added and removed, with character diffs',
  diffExample: 'What changed between the draft and the final version',
  diffExampleCity: "Which of the city's tasks the district took up, and how it reworded them",
  diffExampleInline: 'Only the changes, as one text with [-deleted-]{+inserted+} marks',
  diffExampleExit: 'In a script: exit 1 when the two versions differ',
  diffExampleJson: 'The diff as JSON (pairs, score, change, evidence, character diffs)',
  argOld: 'The old plan (the draft, the earlier year, the city): a corpus id or a file',
  argNew: 'The new plan (the final version, the later year, the district): a corpus id or a file',
  optDisplay: 'Show the two texts side by side, or as one text with the changes marked',
  optOnly: 'Leave out the pairs whose text is unchanged',
  optExitCode: 'Exit 1 when the plans differ, 0 when they do not (like git diff --exit-code)',
  kinds: { unchanged: 'unchanged', retitled: 'retitled', modified: 'modified', moved: 'moved', merged: 'merged', split: 'split', added: 'added', removed: 'removed' },
  pairCount: (n) => `${n} pair${n === 1 ? '' : 's'}:`,
  shared: 'shared:',
  clauses: 'matching:',
  signals: 'linked by:',
  signalNames: { text: 'wording', clauses: 'clauses', title: 'title', structure: 'neighbours', targets: 'targets', kind: 'kind of measure' },
  shareOf: (percent) => `${percent} of a's`,
  movedFrom: (from, to) => `moved: ${from} → ${to}`,
  noDifferences: 'No differences.',
  unchangedHidden: (n) => `${n} unchanged pair${n === 1 ? '' : 's'} not shown (--only changed).`,
  targetChanges: 'Target changes',
  targetKinds: { unchanged: 'unchanged', changed: 'changed', added: 'new target', removed: 'target dropped' },
  directions: { 'more-ambitious': 'more ambitious', 'less-ambitious': 'less ambitious', mixed: 'mixed' },
  fields: { value: 'value', unit: 'unit', comparator: 'comparator', deadline: 'deadline' },
  inTask: 'task',
  onlyIn: (id, kind, n) => `Only in ${id} (${kind}): ${n}`,
  headingUnchanged: (n) => `Unchanged (${n})`,
  headingPairs: 'Matched tasks',
  mdTitle: 'Title',
  mdText: 'Text',
  mdSummary: 'Summary',
  cascadeDescribe: "Show which lower-level plans (the districts') take up each task of a higher-level plan, and how strongly",
  cascadeExample: "Which of Shanghai's 2025 tasks its districts took up",
  cascadeExampleAnyYear: 'The same with district plans of every year',
  cascadeExampleMd: 'The coverage matrix as a Markdown report',
  optAnyYear: 'Take lower-level plans of any year or period, not only the same one',
  noLower: (region, when) => `No lower-level plan of ${region} for ${when} in the corpus.`,
  noLowerAnyYear: (region) => `No lower-level plan of ${region} in the corpus.`,
  noRegion: (id) => `${id} names no region, so it has no lower-level plans.`,
  tryAnyYear: 'Try --any-year to take the plans of every year.',
  takesUp: (n, total) => `takes up ${n} of ${total} tasks`,
  lowerPlans: (n) => `${n} lower-level plan${n === 1 ? '' : 's'}:`,
  colTask: 'Task',
  strength: (threshold) => `●●● strong (≥ 0.3)   ●●○ (≥ 0.2)   ●○○ weak (≥ ${threshold})   · not taken up; then the matching task's number`,
  orphans: (id, upper, n) => `${id}: ${n} task${n === 1 ? '' : 's'} with no counterpart in ${upper}`,
  noOrphans: (id) => `${id}: every task has a counterpart above.`,
  headingCoverage: 'Coverage',
  headingOrphans: 'Tasks with no counterpart above',
  headingTargets: 'Targets taken up',
  relations: { same: 'the same', share: 'a share', 'more-ambitious': 'more ambitious', 'less-ambitious': 'less ambitious', 'other-unit': 'another unit', missing: 'missing' },
  shareOfUpper: (percent) => `${percent} of the upper figure`,
  compareDescribe: 'Compare plans across the corpus: a document × theme matrix of task counts, or the tasks behind one theme',
  compareExample: 'How many tasks each plan gives each theme',
  compareExampleTheme: 'The tasks behind the 算力 (computing power) column',
  compareExampleRegion: 'Only Shanghai and its districts',
  optBy: 'What to compare the plans by',
  optCompareDoc: 'Only these documents (repeat for several)',
  optCompareRegion: 'Only this region and its districts (上海市)',
  optTheme: 'List the tasks carrying this theme (by name, id or English gloss)',
  unknownTheme: (name, themes) => `no theme "${name}". The themes are: ${themes}.`,
  matrixCaption: (docs) => `Tasks per theme in ${docs} document${docs === 1 ? '' : 's'}`,
  colRegion: 'Region',
  colYear: 'Year',
  colDocument: 'Document',
  colTasks: 'Tasks',
  colTheme: 'Theme',
  colMatched: 'Matched',
  colTitle: 'Title',
  colLabel: 'No.',
  colKey: 'Col',
  cellHint: (example) => `The tasks behind a cell: ${example} [--doc <id>]`,
  matrixNote: ' (· = none)',
  themeTasks: (name, tasks, docs) => `${name}: ${tasks} task${tasks === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}`,
  noThemeTasks: (name) => `No task carries ${name}.`,
};

const zh: CompareMessages = {
  diffDescribe: '逐条比较两份规划的任务：保留、改写、合并、拆分、新增、删除，并给出逐字差异',
  diffExample: '征求意见稿与定稿之间改了什么',
  diffExampleCity: '区里承接了市里哪些任务，又是怎样改写的',
  diffExampleInline: '只看改动，合为一段文字，以 [-删除-]{+新增+} 标出',
  diffExampleExit: '在脚本中：两版不同时退出码为 1',
  diffExampleJson: '以 JSON 输出差异（配对、得分、变化类型、依据、逐字差异）',
  argOld: '旧的规划（征求意见稿、上一年、市级）：文档库编号或文件',
  argNew: '新的规划（定稿、下一年、区级）：文档库编号或文件',
  optDisplay: '左右并排显示两段文字，或合为一段标出改动',
  optOnly: '不显示文字未变的配对',
  optExitCode: '有差异时退出码为 1，无差异时为 0（同 git diff --exit-code）',
  kinds: { unchanged: '未变', retitled: '改标题', modified: '改内容', moved: '移动', merged: '合并', split: '拆分', added: '新增', removed: '删除' },
  pairCount: (n) => `${n} 组配对：`,
  shared: '共有：',
  clauses: '对应：',
  signals: '依据：',
  signalNames: { text: '措辞', clauses: '语句', title: '标题', structure: '相邻任务', targets: '指标', kind: '措施类别' },
  shareOf: (percent) => `为 a 的 ${percent}`,
  movedFrom: (from, to) => `移动：${from} → ${to}`,
  noDifferences: '没有差异。',
  unchangedHidden: (n) => `未显示 ${n} 组未变的配对（--only changed）。`,
  targetChanges: '目标变化',
  targetKinds: { unchanged: '未变', changed: '有变化', added: '新增目标', removed: '删除目标' },
  directions: { 'more-ambitious': '要求提高', 'less-ambitious': '要求降低', mixed: '有升有降' },
  fields: { value: '数值', unit: '单位', comparator: '比较方式', deadline: '期限' },
  inTask: '任务',
  onlyIn: (id, kind, n) => `仅见于 ${id}（${kind}）：${n} 项`,
  headingUnchanged: (n) => `未变（${n}）`,
  headingPairs: '配对的任务',
  mdTitle: '标题',
  mdText: '正文',
  mdSummary: '概况',
  cascadeDescribe: '上级规划的每项任务由哪些下级（区）规划承接、承接程度如何',
  cascadeExample: '上海市 2025 年的任务各区承接了哪些',
  cascadeExampleAnyYear: '同上，纳入各年份的区级规划',
  cascadeExampleMd: '以 Markdown 报告输出承接矩阵',
  optAnyYear: '纳入任何年份或规划期的下级规划，而不只是同一年的',
  noLower: (region, when) => `文档库中没有 ${region} ${when} 的下级规划。`,
  noLowerAnyYear: (region) => `文档库中没有 ${region} 的下级规划。`,
  noRegion: (id) => `${id} 未注明地区，无法找到下级规划。`,
  tryAnyYear: '可加 --any-year 纳入各年份的规划。',
  takesUp: (n, total) => `承接 ${total} 项任务中的 ${n} 项`,
  lowerPlans: (n) => `${n} 份下级规划：`,
  colTask: '任务',
  strength: (threshold) => `●●● 强（≥ 0.3）  ●●○（≥ 0.2）  ●○○ 弱（≥ ${threshold}）  · 未承接；其后为对应任务的序号`,
  orphans: (id, upper, n) => `${id}：${n} 项任务在 ${upper} 中没有对应`,
  noOrphans: (id) => `${id}：每项任务在上级规划中都有对应。`,
  headingCoverage: '承接情况',
  headingOrphans: '上级没有对应的任务',
  headingTargets: '指标承接',
  relations: { same: '相同', share: '分解承接', 'more-ambitious': '要求更高', 'less-ambitious': '要求更低', 'other-unit': '单位不同', missing: '未承接' },
  shareOfUpper: (percent) => `占上级的 ${percent}`,
  compareDescribe: '跨文档比较规划：文档 × 主题的任务数矩阵，或某一主题下的任务',
  compareExample: '各规划在每个主题上有多少项任务',
  compareExampleTheme: '“算力”一列背后的任务',
  compareExampleRegion: '只看上海市及其各区',
  optBy: '按什么比较',
  optCompareDoc: '仅这些文档（可重复）',
  optCompareRegion: '仅此地区及其下辖区（如 上海市）',
  optTheme: '列出带有此主题的任务（主题名、编号或英文名）',
  unknownTheme: (name, themes) => `没有主题“${name}”。可用的主题：${themes}。`,
  matrixCaption: (docs) => `${docs} 份文档各主题的任务数`,
  colRegion: '地区',
  colYear: '年份',
  colDocument: '文档',
  colTasks: '任务',
  colTheme: '主题',
  colMatched: '命中词',
  colTitle: '标题',
  colLabel: '序号',
  colKey: '列',
  cellHint: (example) => `查看格子背后的任务：${example} [--doc <编号>]`,
  matrixNote: '（· 表示没有）',
  themeTasks: (name, tasks, docs) => `${name}：${docs} 份文档中的 ${tasks} 项任务`,
  noThemeTasks: (name) => `没有任务带有主题“${name}”。`,
};

/**
 * The comparison commands' strings in a language.
 *
 * @param lang The interface language.
 * @returns The strings.
 */
export function compareMessages(lang: Lang): CompareMessages {
  return lang === 'zh' ? zh : en;
}
