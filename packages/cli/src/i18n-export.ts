import type { Lang } from './i18n.js';

/** Interface strings of the `export` command. */
export interface ExportMessages {
  describe: string;
  optOutput: string;
  optStore: string;
  example: string;
  exampleCorpus: string;
  needOutput: string;
  notFolder: (path: string) => string;
  table: (name: string, rows: number) => string;
  written: (tables: number, folder: string) => string;
}

const en: ExportMessages = {
  describe: 'Write the whole corpus as related tables (documents, sections, tasks, assignments, targets, indicators, observations) in Parquet and CSV, for DuckDB, pandas or Spark',
  optOutput: 'The folder to write the tables to (made if missing; <table>.parquet and <table>.csv are replaced)',
  optStore: 'The store of observations (default: <corpus>/.plankb; for the bundled seeds, ~/.local/share/plankb/store)',
  example: 'The bundled corpus as a dataset in ./plankb-data',
  exampleCorpus: 'Your own corpus, with the observations recorded for it',
  needOutput: 'plankb export writes a folder of tables: give --output <folder>.',
  notFolder: (path) => `${path} is a file, not a folder: give --output a folder to write the tables to.`,
  table: (name, rows) => `  ${name}: ${rows} ${rows === 1 ? 'row' : 'rows'}`,
  written: (tables, folder) => `${tables} tables written to ${folder} (Parquet and CSV):`,
};

const zh: ExportMessages = {
  describe: '将整个语料库导出为相互关联的数据表（文件、章节、任务、分工、目标、指标、观测值），格式为 Parquet 和 CSV，可用于 DuckDB、pandas 或 Spark',
  optOutput: '写入数据表的目录（不存在则创建；同名的 <表>.parquet 和 <表>.csv 将被替换）',
  optStore: '观测值存储目录（默认：<corpus>/.plankb；内置样本为 ~/.local/share/plankb/store）',
  example: '将自带语料库导出为数据集，写入 ./plankb-data',
  exampleCorpus: '导出自己的语料库及其记录的观测值',
  needOutput: 'plankb export 输出一个数据表目录：请用 --output <目录> 指定。',
  notFolder: (path) => `${path} 是文件而不是目录：请用 --output 指定写入数据表的目录。`,
  table: (name, rows) => `  ${name}：${rows} 行`,
  written: (tables, folder) => `已将 ${tables} 张数据表写入 ${folder}（Parquet 和 CSV）：`,
};

const catalogs: Record<Lang, ExportMessages> = { en, zh };

/** The `export` strings in a language. */
export function exportMessages(lang: Lang): ExportMessages {
  return catalogs[lang];
}
