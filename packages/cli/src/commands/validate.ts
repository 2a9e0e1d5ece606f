import { isPlanError, type SourceEncoding } from '@plankb/core';
import { type FileValidation, validateFile } from '@plankb/core/corpus';
import type { Argv, CommandModule } from 'yargs';
import { ExitError } from '../errors.js';
import { localMessage } from '../output/zh-messages.js';
import { describeSourceLocation } from '../output/source-location.js';
import { activeLang, messages, type Lang } from '../i18n.js';
import { contextOf, type Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { renderMarkdownTable } from '../output/markdown.js';
import { writeFileAtomic } from '../output/write-output.js';
import { toJson } from './_shared.js';

/** The interface strings of `validate`. */
interface ValidateMessages {
  describe: string;
  argFiles: string;
  example: string;
  exampleJson: string;
  summary: (file: string, v: FileValidation) => string;
  unread: (file: string) => string;
  total: (files: number, failed: number, unread: number) => string;
  headers: readonly string[];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function tasksOf(v: FileValidation): number {
  return v.documents.reduce((sum, d) => sum + d.counts.tasks, 0);
}

/** How the summary names an encoding other than UTF-8 that a file was read in. */
const ENCODING_NAMES: Readonly<Record<SourceEncoding, string>> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };

const en: ValidateMessages = {
  describe: 'Check plan files: read and parse each one and report every problem as file:line:column',
  argFiles: 'Plan files: .txt or .md (UTF-8, GB18030/GBK, or UTF-16 with a byte-order mark), saved web pages, Word (.docx, .doc) or PDF',
  example: 'Check one file',
  exampleJson: 'Check several files; the problems as JSON',
  summary: (file, v) =>
    `${file}: ${v.encoding === null ? 'not text' : `${plural(v.documents.length, 'plan')}, ${plural(tasksOf(v), 'task')}`}; ` +
    `${plural(v.counts.error, 'error')}, ${plural(v.counts.warning, 'warning')}, ${plural(v.counts.info, 'note')}` +
    `${v.encoding !== null && v.encoding !== 'utf-8' ? ` (read as ${ENCODING_NAMES[v.encoding]})` : ''}`,
  unread: (file) => `${file}: not read`,
  total: (files, failed, unread) => `${plural(files, 'file')}: ${failed} with errors, ${unread} not read`,
  headers: ['File', 'Encoding', 'Plans', 'Tasks', 'Errors', 'Warnings', 'Notes'],
};

const zh: ValidateMessages = {
  describe: '检查规划文件：逐个读取并解析，以 文件:行:列 报告每个问题',
  argFiles: '规划文件：.txt 或 .md（UTF-8、GB18030/GBK 或带字节顺序标记的 UTF-16 编码）、保存的网页、Word（.docx、.doc）或 PDF',
  example: '检查一个文件',
  exampleJson: '检查多个文件，以 JSON 输出问题',
  summary: (file, v) =>
    `${file}：${v.encoding === null ? '不是文本' : `${v.documents.length} 个规划，${tasksOf(v)} 项任务`}；` +
    `${v.counts.error} 个错误，${v.counts.warning} 个警告，${v.counts.info} 条提示${v.encoding !== null && v.encoding !== 'utf-8' ? `（按 ${ENCODING_NAMES[v.encoding]} 读取）` : ''}`,
  unread: (file) => `${file}：未能读取`,
  total: (files, failed, unread) => `共 ${files} 个文件：${failed} 个有错误，${unread} 个未能读取`,
  headers: ['文件', '编码', '规划', '任务', '错误', '警告', '提示'],
};

const catalogs: Record<Lang, ValidateMessages> = { en, zh };

function builder(parser: Argv<GlobalArgs>) {
  const t = catalogs[activeLang()];
  return parser
    // Note: no default, or yargs shows `[default: []]` next to `[required]`.
    .positional('files', { type: 'string', array: true, demandOption: true, default: undefined, describe: t.argFiles })
    .example('$0 validate plan.txt', t.example)
    .example('$0 validate a.txt b.md --format json', t.exampleJson);
}

export type ValidateArgs = ArgsOf<typeof builder>;

/** One file's outcome: what `validateFile` found, or why the file could not be read. */
export type Outcome = FileValidation | { file: string; error: { code: string; message: string } };

/** What `validate` reports: per file, its diagnostics (for stderr) and its summary line; then the exit code. */
export interface ValidateReport {
  outcomes: Outcome[];
  /** Per file: diagnostic lines and the summary line, in file order. */
  chunks: Array<{ stderr: string[]; summary: string }>;
  exitCode: 0 | 1 | 2;
}

/**
 * Format a diagnostic as `file:line:column: severity code: message`. In a
 * web page, Word or PDF file, line and column count in the extracted text
 * (what `plankb show --text` prints), and where that is in the file itself
 * follows in brackets: `plan.pdf:18:1 (page 2, line 7): …`.
 *
 * @param issue The issue.
 * @param lang The interface language.
 * @returns One line per line of the message, the later ones indented.
 */
export function formatDiagnostic(issue: FileValidation['issues'][number], lang: Lang = activeLang()): string {
  const at = issue.position ? `:${issue.position.start.line}:${issue.position.start.column}` : '';
  const place = describeSourceLocation(issue.origin, lang);
  const inFile = place === null ? '' : lang === 'zh' ? `（${place}）` : ` (${place})`;
  return `${issue.file ?? ''}${at}${inFile}: ${issue.severity} ${issue.code}: ${localMessage(issue.message, lang).replace(/\n/g, '\n  ')}`;
}

/**
 * Check each file and gather the report.
 *
 * @param args The parsed arguments.
 * @returns The outcomes, the lines to print and the exit code: 2 when a file could not be read, else 1 when any has an error.
 */
export function handleValidate(args: ValidateArgs): ValidateReport {
  const t = catalogs[args.lang];
  const label = messages(args.lang).errorLabel;
  const outcomes: Outcome[] = [];
  const chunks: ValidateReport['chunks'] = [];
  for (const file of args.files) {
    try {
      const v = validateFile(file);
      outcomes.push(v);
      chunks.push({ stderr: v.issues.map((issue) => formatDiagnostic(issue, args.lang)), summary: t.summary(file, v) });
    } catch (error) {
      if (!isPlanError(error)) throw error;
      outcomes.push({ file, error: { code: error.code, message: error.message } });
      chunks.push({ stderr: [`${label}${localMessage(error.message, args.lang)}`], summary: t.unread(file) });
    }
  }
  const unread = outcomes.filter((o) => 'error' in o).length;
  const failed = outcomes.filter((o) => 'counts' in o && o.counts.error > 0).length;
  return { outcomes, chunks, exitCode: unread > 0 ? 2 : failed > 0 ? 1 : 0 };
}

function markdown(report: ValidateReport, t: ValidateMessages): string {
  const rows = report.outcomes.map((o) =>
    'error' in o
      ? [o.file, '-', '-', '-', '-', '-', '-']
      : [o.file, o.encoding ?? '-', String(o.documents.length), String(tasksOf(o)), String(o.counts.error), String(o.counts.warning), String(o.counts.info)],
  );
  return renderMarkdownTable(t.headers, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right']);
}

/**
 * Run `validate`: in text, each file's diagnostics and its summary go to
 * stderr, file by file (the summaries to `--output` when given); JSON and
 * Markdown give the whole report on stdout.
 *
 * @param args The parsed arguments.
 * @param io The streams.
 * @returns The exit code.
 */
function printValidate(args: ValidateArgs, io: Io): number {
  const t = catalogs[args.lang];
  const report = handleValidate(args);
  const failed = report.outcomes.filter((o) => 'counts' in o && o.counts.error > 0).length;
  const unread = report.outcomes.filter((o) => 'error' in o).length;
  const total = report.outcomes.length > 1 ? [t.total(report.outcomes.length, failed, unread)] : [];
  let output: string;
  if (args.format === 'json') output = toJson(report.outcomes);
  else if (args.format === 'md') output = markdown(report, t);
  else output = [...report.chunks.map((c) => c.summary), ...total].join('\n') + '\n';
  if (args.format === 'text' && args.output === undefined) {
    // Note: file by file, so that in a terminal each summary follows its own diagnostics.
    for (const chunk of report.chunks) {
      for (const line of chunk.stderr) io.stderr(`${line}\n`);
      // Note: a count, not data: stderr, as every command writes its counts, so `plankb validate x > f` holds nothing.
      io.stderr(`${chunk.summary}\n`);
    }
    for (const line of total) io.stderr(`${line}\n`);
    return report.exitCode;
  }
  if (args.output !== undefined) writeFileAtomic(args.output, output, messages(args.lang));
  else io.stdout(output);
  if (args.format !== 'json') for (const chunk of report.chunks) for (const line of chunk.stderr) io.stderr(`${line}\n`);
  return report.exitCode;
}

export const validateCommand: CommandModule<GlobalArgs, ValidateArgs> = {
  command: 'validate <files..>',
  get describe() {
    return catalogs[activeLang()].describe;
  },
  builder,
  handler: (args) => {
    const context = contextOf(args);
    context.started = true;
    const code = printValidate(args, context.io);
    if (code !== 0) throw new ExitError(code);
  },
};
