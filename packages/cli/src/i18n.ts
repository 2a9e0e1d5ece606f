import { languageFromEnv } from '@plankb/terminal-text';
import type { DocumentKind, DocumentLevel, DocumentStatus, MetadataField, MetaSource, RelatedPart, SectionRole } from '@plankb/core';

/** The interface languages. Document text is shown as written, whatever the language. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Every interface string of the CLI: headers, labels, messages. */
export interface Messages {
  // Global
  errorLabel: string;
  listSeparator: string;
  helpHint: (command: string) => string;
  needCommand: string;
  unknownCommand: (name: string, suggestions: readonly string[]) => string;
  rootExampleJson: string;
  internalError: string;
  outputUnwritable: (path: string, reason: string) => string;
  folderUnwritable: (folder: string, reason: string) => string;
  ioReasons: Record<'ENOENT' | 'EACCES' | 'EPERM' | 'EISDIR' | 'EROFS' | 'ENOSPC' | 'EDQUOT' | 'ENOTDIR', string>;
  invalidYear: (option: string, value: string) => string;
  invalidCount: (option: string, value: string) => string;
  unknownRegion: (wanted: string, suggestions: readonly string[]) => string;
  ambiguousRegion: (wanted: string, regions: readonly string[]) => string;
  optCorpus: string;
  optFormat: string;
  optOutput: string;
  optLang: string;
  usage: string;
  epilogue: string;
  completionDescribe: string;
  completionExample: string;
  completionExampleZsh: string;
  completionHelp: string;
  // Commands
  docsDescribe: string;
  docsExample: string;
  docsExampleJson: string;
  showDescribe: string;
  showExample: string;
  showText: string;
  showTextExample: string;
  showExampleFile: string;
  tasksDescribe: string;
  tasksExample: string;
  tasksExampleFile: string;
  assignmentsDescribe: string;
  assignmentsExample: string;
  assignmentsExampleMd: string;
  parseDescribe: string;
  parseExample: string;
  parseExampleJson: string;
  argDoc: string;
  argFile: string;
  // Counts and summaries
  documentCount: (n: number) => string;
  hiddenColumns: (names: string) => string;
  notesHidden: (n: number) => string;
  taskCount: (n: number) => string;
  assignmentCount: (n: number) => string;
  noAssignments: (id: string) => string;
  counts: (c: { chapters: number; sections: number; tasks: number; goals: number; assignments: number }) => string;
  // Column headers
  colId: string;
  colRegion: string;
  colLevel: string;
  colYear: string;
  colKind: string;
  colStatus: string;
  colChapters: string;
  colTasks: string;
  colGoals: string;
  colAssignments: string;
  colTitle: string;
  colLabel: string;
  colSection: string;
  colSource: string;
  colRow: string;
  colNumber: string;
  colTask: string;
  colLead: string;
  colSupporting: string;
  colDue: string;
  colDueText: string;
  colField: string;
  colValue: string;
  colFrom: string;
  colLines: string;
  colRelation: string;
  // show and parse
  headingMetadata: string;
  headingRelated: string;
  headingOutline: string;
  headingParts: string;
  headingPlan: (n: number, title: string) => string;
  sourceLine: (file: string, part: number, lines: string) => string;
  fileLine: (file: string) => string;
  noRelated: string;
  emptyOutline: string;
  noPlans: string;
  goalPrefix: string;
  planMarker: string;
  fromText: string;
  fromManifest: string;
  fromDerived: string;
  textSays: (quote: string) => string;
  fields: Record<MetadataField, string>;
  kinds: Record<DocumentKind, string>;
  statuses: Record<DocumentStatus, string>;
  levels: Record<DocumentLevel, string>;
  /** Shown for a document whose text states no title. */
  untitled: string;
  roles: Record<SectionRole, string>;
  relations: Record<RelatedPart['relation'], string>;
  sources: Record<MetaSource, string>;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const en: Messages = {
  errorLabel: 'error: ',
  listSeparator: ', ',
  helpHint: (command) => `Run \`plankb ${command}--help\` for usage.`,
  needCommand: 'Give a command, such as docs, show, tasks, targets, diff, track or tui. `plankb --help` lists them all.',
  unknownCommand: (name, suggestions) =>
    `Unknown command: ${name}.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''} Run \`plankb --help\` to list the commands.`,
  rootExampleJson: "A document's tasks as JSON, for scripts",
  internalError: 'internal error (a bug in plankb; please report it):',
  outputUnwritable: (path, reason) => `Cannot write ${path}: ${reason}`,
  folderUnwritable: (folder, reason) => `Cannot write to ${folder}: ${reason}`,
  ioReasons: {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied (choose another folder with --output)',
    EPERM: 'not permitted (choose another folder with --output)',
    EISDIR: 'it is a folder',
    EROFS: 'read-only (the file system is mounted read-only; choose another folder with --output)',
    ENOSPC: 'the disk is full',
    EDQUOT: 'over the disk quota',
    ENOTDIR: 'part of the path is a file, not a folder',
  },
  invalidYear: (option, value) => `--${option} ${value} is not a year: give four digits, for example 2025.`,
  invalidCount: (option, value) => `--${option} ${value} is not a count: give a whole number from 1, for example 20.`,
  unknownRegion: (wanted, suggestions) =>
    `No document is in region ${wanted}.${suggestions.length > 0 ? ` Regions in the corpus: ${suggestions.join(', ')}.` : ' The corpus has no region at all.'}`,
  ambiguousRegion: (wanted, regions) => `Region ${wanted} may be ${regions.join(' or ')}: give the full name.`,
  optCorpus: 'Corpus folder (manifest.json and plan files); the bundled seeds by default',
  optFormat: 'Output format',
  optOutput: 'Write the output to this file (atomically) instead of stdout',
  optLang: 'Interface language (zh when LC_ALL, LC_MESSAGES or LANG, the first one set, starts with zh)',
  usage: '$0 <command> [options]\n\nRead Chinese government plans (工作要点, 规划): documents, outlines, tasks and task assignments.',
  epilogue: 'Exit codes: 0 success; 1 content errors in the input; 2 usage or I/O errors.',
  completionDescribe: 'Print a bash/zsh completion script (add it to ~/.bashrc or ~/.zshrc)',
  completionExample: 'Turn on tab completion for plankb in bash',
  completionExampleZsh: 'The same in zsh',
  completionHelp: 'The script is for the shell in $SHELL. Tab then completes commands and options, document ids (plankb tasks <Tab>, --doc <Tab>), metric names (--metric <Tab>) and targets as <doc>/<metric> (plankb track record <Tab>), from the corpus of --corpus or the bundled seeds.',
  docsDescribe: 'List the documents of the corpus',
  docsExample: 'List the bundled documents',
  docsExampleJson: 'The same, as JSON summaries',
  showDescribe: "Show a document's metadata, related parts and outline",
  showExample: 'Show a document of the corpus by id',
  showText: 'Print the text the document was read from (for a web page, Word or PDF file, the text extracted from it), in which every position points',
  showTextExample: 'The text a PDF was read as',
  showExampleFile: 'Show the second plan of a file',
  tasksDescribe: "List a document's tasks",
  tasksExample: 'List the tasks of a corpus document',
  tasksExampleFile: 'The tasks of a file, as JSON',
  assignmentsDescribe: "List a document's task assignments (lead and supporting units, deadlines)",
  assignmentsExample: 'List the assignments of the 2023 Qingpu draft',
  assignmentsExampleMd: 'Write them to a Markdown file',
  parseDescribe: 'Parse a plan file from disk and report its structure and diagnostics',
  parseExample: 'Parse a text file',
  parseExampleJson: 'The parse result as JSON',
  argDoc: 'A corpus id, or a path to a plan file: .txt, .md, .html, .docx, .doc, .pdf (file.txt#2 for its second plan)',
  argFile: 'A plan file (.txt, .md, .html, .docx, .doc or .pdf)',
  documentCount: (n) => plural(n, 'document'),
  hiddenColumns: (names) => `Not shown, for width: ${names} (widen the terminal, or use --format md)`,
  notesHidden: (n) => `${plural(n, 'info note')}: see them with \`plankb show <id>\``,
  taskCount: (n) => plural(n, 'task'),
  assignmentCount: (n) => plural(n, 'assignment'),
  noAssignments: (id) => `${id} has no task assignments (no 任务分工 table).`,
  counts: (c) =>
    [plural(c.chapters, 'chapter'), plural(c.sections, 'section'), plural(c.tasks, 'task'), plural(c.goals, 'goal'), plural(c.assignments, 'assignment')].join(', '),
  colId: 'ID',
  colRegion: 'Region',
  colLevel: 'Level',
  colYear: 'Year',
  colKind: 'Kind',
  colStatus: 'Status',
  colChapters: 'Ch.',
  colTasks: 'Tasks',
  colGoals: 'Goals',
  colAssignments: 'Asg.',
  colTitle: 'Title',
  colLabel: 'Label',
  colSection: 'Section',
  colSource: 'Line',
  colRow: 'Row',
  colNumber: 'No.',
  colTask: 'Task',
  colLead: 'Lead',
  colSupporting: 'Supporting',
  colDue: 'Due',
  colDueText: 'As written',
  colField: 'Field',
  colValue: 'Value',
  colFrom: 'From',
  colLines: 'Lines',
  colRelation: 'Relation',
  headingMetadata: 'Metadata',
  headingRelated: 'Related parts',
  headingOutline: 'Outline',
  headingParts: 'Parts',
  headingPlan: (n, title) => `Plan ${n}: ${title}`,
  sourceLine: (file, part, lines) => `${file}, plan ${part}, lines ${lines}`,
  fileLine: (file) => `File: ${file}`,
  noRelated: 'none',
  emptyOutline: '(no sections, goals or tasks found)',
  noPlans: 'No plan found in this file.',
  goalPrefix: 'Goal: ',
  planMarker: 'Plan',
  fromText: 'text',
  fromManifest: 'manifest',
  fromDerived: 'derived',
  textSays: (quote) => `text: ${quote}`,
  fields: {
    title: 'Title',
    kind: 'Kind',
    status: 'Status',
    region: 'Region',
    parentRegion: 'Parent region',
    province: 'Province',
    level: 'Level',
    year: 'Year',
    period: 'Period',
    issuer: 'Issuer',
    docNumber: 'Doc. number',
    indexNumber: 'Index number',
    date: 'Date',
  },
  kinds: {
    'work-points': 'work points',
    plan: 'plan',
    'action-plan': 'action plan',
    'implementation-plan': 'implementation plan',
    notice: 'notice',
    announcement: 'announcement',
    'consultation-report': 'consultation report',
    'expert-review': 'expert review',
    'risk-assessment': 'risk assessment',
    'legality-review': 'legality review',
    'meeting-minutes': 'meeting minutes',
    'task-allocation': 'task allocation',
    preface: 'preface',
    other: 'other',
  },
  statuses: { final: 'final', draft: 'draft', 'consultation-draft': 'for comment' },
  levels: { national: 'national', province: 'province', city: 'city', district: 'district', county: 'county', town: 'town', street: 'street', unknown: 'unknown' },
  untitled: '(no title)',
  roles: { context: 'context', goals: 'goals', tasks: 'tasks', box: 'box' },
  relations: { 'issued-by': 'issued by', preface: 'preface', attachment: 'attachment', 'process-report': 'process report' },
  sources: { text: 'text', manifest: 'manifest', derived: 'derived' },
};

const zh: Messages = {
  errorLabel: '错误：',
  listSeparator: '、',
  helpHint: (command) => `运行 \`plankb ${command}--help\` 查看用法。`,
  needCommand: '请给出命令，例如 docs、show、tasks、targets、diff、track 或 tui。`plankb --help` 列出全部命令。',
  unknownCommand: (name, suggestions) =>
    `未知命令：${name}。${suggestions.length > 0 ? `您是不是要用 ${suggestions.join('、')}？` : ''}运行 \`plankb --help\` 列出全部命令。`,
  rootExampleJson: '以 JSON 输出文档的任务，供脚本使用',
  internalError: '内部错误（plankb 的缺陷，请报告）：',
  outputUnwritable: (path, reason) => `无法写入 ${path}：${reason}`,
  folderUnwritable: (folder, reason) => `无法写入目录 ${folder}：${reason}`,
  ioReasons: {
    ENOENT: '目录不存在',
    EACCES: '没有权限（请用 --output 另选目录）',
    EPERM: '不允许写入（请用 --output 另选目录）',
    EISDIR: '这是一个目录',
    EROFS: '只读（文件系统以只读方式挂载；请用 --output 另选目录）',
    ENOSPC: '磁盘已满',
    EDQUOT: '超出磁盘配额',
    ENOTDIR: '路径中有一段是文件而不是目录',
  },
  invalidYear: (option, value) => `--${option} ${value} 不是年份：请给出四位数字，例如 2025。`,
  invalidCount: (option, value) => `--${option} ${value} 不是数量：请给出从 1 起的整数，例如 20。`,
  unknownRegion: (wanted, suggestions) =>
    `没有地区为 ${wanted} 的文档。${suggestions.length > 0 ? `文档库中的地区：${suggestions.join('、')}。` : '文档库中没有任何地区。'}`,
  ambiguousRegion: (wanted, regions) => `地区 ${wanted} 可能是 ${regions.join(' 或 ')}：请给出全称。`,
  optCorpus: '文档库目录（含 manifest.json 与规划文件）；默认为内置样本',
  optFormat: '输出格式',
  optOutput: '将输出（原子地）写入此文件，而非标准输出',
  optLang: '界面语言（LC_ALL、LC_MESSAGES、LANG 中第一个已设置的以 zh 开头时默认为 zh）',
  usage: '$0 <命令> [选项]\n\n读取政府规划文件（工作要点、规划）：文档、提纲、任务与任务分工。',
  epilogue: '退出码：0 成功；1 输入内容有错误；2 用法或读写错误。',
  completionDescribe: '输出 bash/zsh 补全脚本（加入 ~/.bashrc 或 ~/.zshrc）',
  completionExample: '在 bash 中启用 plankb 的 Tab 补全',
  completionExampleZsh: '在 zsh 中同样启用',
  completionHelp: '脚本适用于 $SHELL 所指的 shell。启用后按 Tab 可补全命令和选项、文档编号（plankb tasks <Tab>、--doc <Tab>）、指标名（--metric <Tab>）以及 <文档>/<指标> 形式的目标（plankb track record <Tab>），取自 --corpus 指定的文档库或内置样本。',
  docsDescribe: '列出文档库中的文档',
  docsExample: '列出内置文档',
  docsExampleJson: '同上，输出 JSON 摘要',
  showDescribe: '显示文档的元数据、相关部分与提纲',
  showExample: '按编号显示文档库中的文档',
  showText: '输出文档所据的文本（网页、Word、PDF 文件为从中提取的文本），各条目的位置均指向此文本',
  showTextExample: '输出 PDF 文件被读取成的文本',
  showExampleFile: '显示文件中的第二个规划',
  tasksDescribe: '列出文档的任务',
  tasksExample: '列出文档库中某文档的任务',
  tasksExampleFile: '以 JSON 输出文件中的任务',
  assignmentsDescribe: '列出文档的任务分工（牵头单位、配合单位、完成时限）',
  assignmentsExample: '列出 2023 年青浦区草案的任务分工',
  assignmentsExampleMd: '将其写入 Markdown 文件',
  parseDescribe: '解析磁盘上的规划文件，报告其结构与诊断信息',
  parseExample: '解析文本文件',
  parseExampleJson: '以 JSON 输出解析结果',
  argDoc: '文档库中的编号，或规划文件路径：.txt、.md、.html、.docx、.doc、.pdf（file.txt#2 表示其中第二个规划）',
  argFile: '规划文件（.txt、.md、.html、.docx、.doc 或 .pdf）',
  documentCount: (n) => `共 ${n} 个文档`,
  hiddenColumns: (names) => `因终端宽度未显示：${names}（可加宽终端或使用 --format md）`,
  notesHidden: (n) => `${n} 条提示：运行 \`plankb show <编号>\` 查看`,
  taskCount: (n) => `${n} 项任务`,
  assignmentCount: (n) => `${n} 条分工`,
  noAssignments: (id) => `${id} 没有任务分工（无任务分工表）。`,
  counts: (c) => `${c.chapters} 章，${c.sections} 节，${c.tasks} 项任务，${c.goals} 个目标，${c.assignments} 条分工`,
  colId: '编号',
  colRegion: '地区',
  colLevel: '层级',
  colYear: '年份',
  colKind: '类型',
  colStatus: '状态',
  colChapters: '章',
  colTasks: '任务',
  colGoals: '目标',
  colAssignments: '分工',
  colTitle: '标题',
  colLabel: '序号',
  colSection: '所属章节',
  colSource: '位置',
  colRow: '行',
  colNumber: '序号',
  colTask: '任务',
  colLead: '牵头单位',
  colSupporting: '配合单位',
  colDue: '完成时限',
  colDueText: '原文时限',
  colField: '字段',
  colValue: '值',
  colFrom: '来源',
  colLines: '行',
  colRelation: '关系',
  headingMetadata: '元数据',
  headingRelated: '相关部分',
  headingOutline: '提纲',
  headingParts: '文件组成',
  headingPlan: (n, title) => `规划 ${n}：${title}`,
  sourceLine: (file, part, lines) => `${file}，第 ${part} 个规划，第 ${lines} 行`,
  fileLine: (file) => `文件：${file}`,
  noRelated: '无',
  emptyOutline: '（未找到章节、目标或任务）',
  noPlans: '此文件中未找到规划。',
  goalPrefix: '目标：',
  planMarker: '规划',
  fromText: '正文',
  fromManifest: '清单',
  fromDerived: '推断',
  textSays: (quote) => `正文为：${quote}`,
  fields: {
    title: '标题',
    kind: '类型',
    status: '状态',
    region: '地区',
    parentRegion: '上级地区',
    province: '省份',
    level: '层级',
    year: '年份',
    period: '规划期',
    issuer: '发文机关',
    docNumber: '文号',
    indexNumber: '索引号',
    date: '日期',
  },
  kinds: {
    'work-points': '工作要点',
    plan: '规划',
    'action-plan': '行动方案',
    'implementation-plan': '实施方案',
    notice: '通知',
    announcement: '公告',
    'consultation-report': '公众参与报告',
    'expert-review': '专家论证报告',
    'risk-assessment': '风险评估报告',
    'legality-review': '合法性审查意见',
    'meeting-minutes': '集体讨论情况',
    'task-allocation': '任务分工表',
    preface: '前言',
    other: '其他',
  },
  statuses: { final: '定稿', draft: '草案', 'consultation-draft': '征求意见稿' },
  levels: { national: '全国', province: '省', city: '市', district: '区', county: '县', town: '镇', street: '街道', unknown: '未知' },
  untitled: '（无标题）',
  roles: { context: '背景', goals: '目标', tasks: '任务', box: '专栏' },
  relations: { 'issued-by': '印发', preface: '前言', attachment: '附件', 'process-report': '过程报告' },
  sources: { text: '正文', manifest: '清单', derived: '推断' },
};

const catalogs: Record<Lang, Messages> = { en, zh };

/**
 * The interface strings for a language.
 *
 * @param lang The language.
 * @returns Its messages.
 */
export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

/**
 * The default interface language: Chinese when the locale for messages is
 * Chinese. As in POSIX, `LC_ALL` wins over `LC_MESSAGES`, which wins over `LANG`
 * (`LC_ALL=C LANG=zh_CN.UTF-8` is English).
 *
 * @param env The environment.
 * @returns The language.
 */
export function defaultLang(env: Readonly<Record<string, string | undefined>>): Lang {
  return languageFromEnv(env);
}

/**
 * The language asked for on the command line (`--lang zh`, `--lang=en`),
 * read before yargs runs so that help text is already translated.
 *
 * @param argv The arguments.
 * @param env The environment, for the default.
 * @returns The language.
 */
export function detectLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value === 'zh' || value === 'en' ? value : defaultLang(env);
}

// Note: yargs reads a command module's `describe` when the parser is built,
// so the modules read the language chosen for that parser from here (set by
// createParser). Handlers use `messages(args.lang)` instead.
let active: Lang = 'en';

/**
 * Choose the language of the parser's help text.
 *
 * @param lang The language.
 */
export function setActiveLang(lang: Lang): void {
  active = lang;
}

/**
 * The interface strings of the language chosen for help text.
 *
 * @returns The messages.
 */
export function activeMessages(): Messages {
  return catalogs[active];
}

/**
 * The language chosen for help text.
 *
 * @returns The language.
 */
export function activeLang(): Lang {
  return active;
}
