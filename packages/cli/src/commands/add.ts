import { resolve } from 'node:path';
import { yearOption } from './_filters.js';
import { isPlanError, locateInSource, PlanError, type PlanIssue } from '@plankb/core';
import { addDocument, type AddMetadata, type ExtractedText } from '@plankb/core/corpus';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages, type Lang } from '../i18n.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { formatIssue } from '../output/diagnostics.js';
import { describeSourceLocation } from '../output/source-location.js';
import { runHandler, toJson, type CommandResult } from './_shared.js';

/** The interface strings of `add`. */
interface AddMessages {
  describe: string;
  argFile: string;
  example: string;
  exampleNew: string;
  optId: string;
  optRegion: string;
  optParentRegion: string;
  optProvince: string;
  optLevel: string;
  optYear: string;
  optPeriod: string;
  optKind: string;
  optStatus: string;
  optTitle: string;
  optIssuer: string;
  optDate: string;
  optPart: string;
  optNote: string;
  needCorpus: string;
  badPeriod: (value: string) => string;
  added: (id: string, file: string, manifest: string, title: string, tasks: number, copied: boolean) => string;
  notAdded: string;
}

const en: AddMessages = {
  describe: 'Add a plan file to a corpus folder, with its manifest entry',
  argFile: 'The plan file (.txt or .md); it is copied into the corpus folder unchanged',
  example: 'Add a district plan, with the metadata its text lacks',
  exampleNew: 'Start a new corpus folder with a five-year plan',
  optId: 'Document id (lower-case letters, digits, dashes); made from the file name by default',
  optRegion: 'Region, e.g. 徐汇区',
  optParentRegion: 'The region above it, e.g. 上海市',
  optProvince: 'Province, e.g. 山东省',
  optLevel: 'province, city, district, county or town',
  optYear: 'Year of a work-points document',
  optPeriod: 'Period of a plan, e.g. 2026-2030',
  optKind: 'work-points, plan, action-plan or implementation-plan',
  optStatus: 'final, draft or consultation-draft',
  optTitle: 'Title, when the text has none',
  optIssuer: 'Issuing body',
  optDate: 'Date of issue, YYYY-MM-DD',
  optPart: 'Which plan of the file, counting from 1 (a file can hold a draft and a final version)',
  optNote: 'A note for people',
  needCorpus: 'plankb add needs --corpus <dir>: the corpus folder to add to (created if it does not exist). It never writes into the bundled seeds by default.',
  badPeriod: (value) => `Invalid --period ${value}: expected two years such as 2026-2030.`,
  added: (id, file, manifest, title, tasks, copied) => `Added ${id} (${file}${copied ? '' : ', already in the folder'}) to ${manifest}: ${title}, ${tasks} task${tasks === 1 ? '' : 's'}.`,
  notAdded: 'Not added: the file holds no plan.',
};

const zh: AddMessages = {
  describe: '将规划文件加入文档库目录，并写入清单条目',
  argFile: '规划文件（.txt 或 .md）；原样复制到文档库目录',
  example: '加入一个区级规划，并补充正文缺少的元数据',
  exampleNew: '新建文档库目录并加入一个五年规划',
  optId: '文档编号（小写字母、数字、连字符）；默认由文件名生成',
  optRegion: '地区，如 徐汇区',
  optParentRegion: '上级地区，如 上海市',
  optProvince: '省份，如 山东省',
  optLevel: 'province、city、district、county 或 town',
  optYear: '工作要点的年份',
  optPeriod: '规划期，如 2026-2030',
  optKind: 'work-points、plan、action-plan 或 implementation-plan',
  optStatus: 'final、draft 或 consultation-draft',
  optTitle: '标题（正文没有标题时）',
  optIssuer: '发文机关',
  optDate: '发文日期，YYYY-MM-DD',
  optPart: '文件中的第几个规划，从 1 起（一个文件可含草案与定稿）',
  optNote: '备注',
  needCorpus: 'plankb add 需要 --corpus <目录>：要加入的文档库目录（不存在时会创建）。默认不会写入内置样本。',
  badPeriod: (value) => `--period ${value} 无效：应为两个年份，如 2026-2030。`,
  added: (id, file, manifest, title, tasks, copied) => `已将 ${id}（${file}${copied ? '' : '，目录中已有此文件'}）加入 ${manifest}：${title}，${tasks} 项任务。`,
  notAdded: '未加入：文件中没有规划。',
};

const catalogs: Record<Lang, AddMessages> = { en, zh };

function builder(parser: Argv<GlobalArgs>) {
  const t = catalogs[activeLang()];
  const text = (describe: string) => ({ type: 'string', requiresArg: true, describe }) as const;
  return parser
    .positional('file', { type: 'string', demandOption: true, describe: t.argFile })
    .option('id', text(t.optId))
    .option('region', text(t.optRegion))
    .option('parent-region', text(t.optParentRegion))
    .option('province', text(t.optProvince))
    .option('level', text(t.optLevel))
    .option('year', yearOption(t.optYear))
    .option('period', text(t.optPeriod))
    .option('kind', text(t.optKind))
    .option('status', text(t.optStatus))
    .option('title', text(t.optTitle))
    .option('issuer', text(t.optIssuer))
    .option('date', text(t.optDate))
    .option('part', { type: 'number', requiresArg: true, describe: t.optPart })
    .option('note', text(t.optNote))
    .example('$0 add xuhui-2025.txt --corpus my-corpus --region 徐汇区 --parent-region 上海市 --level district --year 2025', t.example)
    .example('$0 add plan.txt --corpus new-corpus --id xuhui-2026-2030 --period 2026-2030', t.exampleNew);
}

export type AddArgs = ArgsOf<typeof builder>;

/** `2026-2030` (or 2026–2030, 2026~2030, 2026至2030) as a period; anything else is kept for the schema to refuse. */
function periodOf(value: string | undefined, t: AddMessages): AddMetadata['period'] {
  if (value === undefined) return undefined;
  const m = /^\s*(\d{4})\s*[-–—~～至到]\s*(\d{4})\s*$/.exec(value);
  if (!m) throw new PlanError('invalid-argument', t.badPeriod(value));
  return { start: Number(m[1]), end: Number(m[2]) };
}

function metadataOf(args: AddArgs, t: AddMessages): AddMetadata {
  return {
    id: args.id,
    part: args.part,
    title: args.title,
    kind: args.kind,
    status: args.status,
    region: args.region,
    parentRegion: args['parent-region'],
    province: args.province,
    level: args.level,
    year: args.year,
    period: periodOf(args.period, t),
    issuer: args.issuer,
    date: args.date,
    note: args.note,
  };
}

/**
 * The file's warnings and errors as `file:line:column: …` lines; in a web
 * page, Word or PDF file, with where that is in the file itself (page and line, paragraph, element).
 */
function issueLines(issues: readonly PlanIssue[], extracted: ExtractedText | undefined, lang: Lang): string[] {
  return issues
    .filter((i) => i.severity !== 'info')
    .map((i) => {
      const line = formatIssue(i);
      const place = extracted && i.position ? describeSourceLocation(locateInSource(extracted, i.position.start.offset), lang) : null;
      if (place === null || !i.position) return line;
      const at = `:${i.position.start.line}:${i.position.start.column}`;
      return line.replace(`${at}: `, `${at}${lang === 'zh' ? `（${place}）` : ` (${place})`}: `);
    });
}

/**
 * Add a plan file to the corpus folder given with `--corpus`.
 *
 * @param args The parsed arguments.
 * @returns The new manifest entry as JSON, or in text what was added on stderr; the file's warnings; exit code 1 when the file holds no plan or is not text.
 * @throws {PlanError} Without `--corpus`, for invalid metadata, a duplicate id or a clashing file name (exit 2).
 */
export function handleAdd(args: AddArgs): CommandResult {
  const t = catalogs[args.lang];
  if (args.corpus === undefined) throw new PlanError('invalid-argument', t.needCorpus);
  const dir = resolve(args.corpus);
  try {
    const added = addDocument({ dir, file: args.file, metadata: metadataOf(args, t) });
    const manifest = `${args.corpus.replace(/\/+$/, '')}/manifest.json`;
    const stderr = issueLines(added.issues, added.extracted, args.lang);
    if (args.format === 'json') return { output: toJson(added.entry), stderr, exitCode: 0 };
    // Note: what was added, with its task count, is a note: stderr, as every command writes its counts.
    const note = t.added(added.entry.id, added.entry.file, manifest, added.entry.title ?? added.document.title ?? added.entry.id, added.document.tasks.length, added.copied);
    return { output: '', stderr: [note, ...stderr], exitCode: 0 };
  } catch (error) {
    // A file that was read but holds no plan, or is not text, is a content error (exit 1) with its diagnostics.
    if (isPlanError(error) && error.code === 'no-plan') return { output: '', stderr: [...error.issues.map((i) => formatIssue(i)), t.notAdded], exitCode: 1 };
    if (isPlanError(error) && (error.code === 'binary-file' || error.code === 'not-utf8')) {
      return { output: '', stderr: [`${messages(args.lang).errorLabel}${error.message}`], exitCode: 1 };
    }
    throw error;
  }
}

export const addCommand: CommandModule<GlobalArgs, AddArgs> = {
  command: 'add <file>',
  get describe() {
    return catalogs[activeLang()].describe;
  },
  builder,
  handler: runHandler(handleAdd),
};
