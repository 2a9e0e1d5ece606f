import type { Lang } from './i18n.js';

/** Interface strings of the `targets` and `indicators` commands. */
export interface FigureMessages {
  targetsDescribe: string;
  indicatorsDescribe: string;
  targetsExample: string;
  targetsExampleFile: string;
  targetsExampleCsv: string;
  targetsExampleXlsx: string;
  indicatorsExample: string;
  optDoc: string;
  argDocs: string;
  optRegion: string;
  optLevel: string;
  optYear: string;
  optMetric: string;
  optFigureFormat: string;
  needOutput: (format: string) => string;
  targetCount: (n: number) => string;
  indicatorCount: (n: number) => string;
  written: (n: number, path: string) => string;
  colMetric: string;
  colTarget: string;
  colFigure: string;
  colBy: string;
  colAsOf: string;
  colTask: string;
  colRegion: string;
}

const en: FigureMessages = {
  targetsDescribe: 'List the quantitative targets (something to reach), across the corpus or filtered',
  indicatorsDescribe: 'List the reported indicators (figures already reached), across the corpus or filtered',
  targetsExample: "Qingdao's targets",
  targetsExampleFile: "A plan file's targets, as a spreadsheet",
  targetsExampleCsv: "The whole corpus's target table for a spreadsheet (UTF-8 with BOM)",
  targetsExampleXlsx: 'Targets due in 2030 as an Excel workbook',
  indicatorsExample: 'Indicators of Shanghai and its districts whose metric reads like 基站',
  optDoc: 'Only these documents (repeat for several)',
  argDocs: 'Documents to read instead of the corpus: ids or plan files (plan.txt, plan.md#2)',
  optRegion: 'Only this region, or its districts (上海市)',
  optLevel: 'Only documents of this level',
  optYear: "A target's deadline year, an indicator's as-of year",
  optMetric: 'Metric contains or reads like this (fuzzy)',
  optFigureFormat: 'Output format; xlsx and parquet need --output',
  needOutput: (format) => `--format ${format} writes a binary file: give --output <file>.`,
  targetCount: (n) => `${n} target${n === 1 ? '' : 's'}`,
  indicatorCount: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  written: (n, path) => `${n} rows written to ${path}`,
  colMetric: 'Metric',
  colTarget: 'Target',
  colFigure: 'Figure',
  colBy: 'By',
  colAsOf: 'As of',
  colTask: 'Task',
  colRegion: 'Region',
};

const zh: FigureMessages = {
  targetsDescribe: '列出量化目标（待实现的数值），可跨文档库或按条件筛选',
  indicatorsDescribe: '列出已报告的指标（已达到的数值），可跨文档库或按条件筛选',
  targetsExample: '青岛市的目标',
  targetsExampleFile: '一个规划文件的目标，导出为表格',
  targetsExampleCsv: '整个文档库的目标表，供电子表格使用（带 BOM 的 UTF-8）',
  targetsExampleXlsx: '2030 年到期的目标，导出为 Excel 工作簿',
  indicatorsExample: '上海市及其各区中指标名近似“基站”的指标',
  optDoc: '仅这些文档（可重复）',
  argDocs: '只读这些文档而非整个文库：编号或规划文件（plan.txt、plan.md#2）',
  optRegion: '仅此地区或其下辖区（如 上海市）',
  optLevel: '仅此层级的文档',
  optYear: '目标的完成年份；指标的统计年份',
  optMetric: '指标名包含或近似于此（模糊匹配）',
  optFigureFormat: '输出格式；xlsx 和 parquet 需配合 --output',
  needOutput: (format) => `--format ${format} 生成二进制文件：请用 --output <文件> 指定输出。`,
  targetCount: (n) => `${n} 个目标`,
  indicatorCount: (n) => `${n} 个指标`,
  written: (n, path) => `已写入 ${n} 行到 ${path}`,
  colMetric: '指标名',
  colTarget: '目标',
  colFigure: '数值',
  colBy: '期限',
  colAsOf: '统计时点',
  colTask: '任务',
  colRegion: '地区',
};

/**
 * The figure commands' strings in a language.
 *
 * @param lang The interface language.
 * @returns The strings.
 */
export function figureMessages(lang: Lang): FigureMessages {
  return lang === 'zh' ? zh : en;
}
