import type { SearchItem } from '@plankb/core/search';
import type { Lang } from './i18n.js';

/** Interface strings of `plankb search`. */
export interface SearchMessages {
  searchDescribe: string;
  argQuery: string;
  optLimit: string;
  optKind: string;
  optSearchDoc: string;
  exampleChinese: string;
  examplePinyin: string;
  exampleInitials: string;
  exampleTargets: string;
  exampleJson: string;
  epilogue: string;
  emptyQuery: string;
  kinds: Record<SearchItem['kind'], string>;
  colId: string;
  colKind: string;
  colFound: string;
  colTitle: string;
  colContext: string;
  colSource: string;
  heading: (query: string) => string;
  hitCount: (shown: number, items: number) => string;
  moreHits: (limit: number) => string;
  noHits: (query: string, items: number) => string;
}

const en: SearchMessages = {
  searchDescribe: 'Find tasks, targets and indicators by Chinese text, pinyin or initials',
  argQuery: 'What to find: Chinese text (算力), full pinyin (suanli, suanl) or initials (sl); blanks are ignored',
  optLimit: 'The most results to show',
  optKind: 'Only these kinds of item (repeatable)',
  optSearchDoc: 'Only these documents (repeatable)',
  exampleChinese: 'Find 算力 in the titles and texts of every plan',
  examplePinyin: 'The same by pinyin',
  exampleInitials: 'By initials: 虚拟电厂',
  exampleTargets: 'Only targets (not tasks or indicators)',
  exampleJson: 'Hits as JSON, with where each matched',
  epilogue: 'Finds in titles come first, then (when no title has the query as written) titles one edit away from a long query, then finds in the text.\nExit codes: 0 found something, 1 found nothing (as grep) or the corpus has errors (on stderr), 2 bad usage or an unreadable corpus.',
  emptyQuery: 'The query is empty: give Chinese text, pinyin or initials to find.',
  kinds: { task: 'task', target: 'target', indicator: 'indicator' },
  colId: 'ID',
  colKind: 'Kind',
  colFound: 'Found',
  colTitle: 'Title',
  colContext: 'In the text',
  colSource: 'Line',
  heading: (query) => `Search: ${query}`,
  hitCount: (shown, items) => `${shown} ${shown === 1 ? 'hit' : 'hits'} among ${items} items`,
  moreHits: (limit) => `Showing the first ${limit}; raise --limit to see more.`,
  noHits: (query, items) => `Nothing among ${items} items matches “${query}”.`,
};

const zh: SearchMessages = {
  searchDescribe: '按中文、拼音或首字母查找任务、目标和指标',
  argQuery: '要查找的内容：中文（算力）、全拼（suanli、suanl）或首字母（sl）；空格忽略',
  optLimit: '最多显示的结果数',
  optKind: '仅这些类型（可重复）',
  optSearchDoc: '仅这些文档（可重复）',
  exampleChinese: '在所有规划的标题和正文中查找“算力”',
  examplePinyin: '用拼音查找同样的内容',
  exampleInitials: '用首字母查找：虚拟电厂',
  exampleTargets: '只查目标（不含任务和指标）',
  exampleJson: '以 JSON 输出结果及匹配位置',
  epilogue: '标题中的结果在前；没有标题包含查询原文时，其次是与较长查询相差一字的标题；最后是正文中的结果。\n退出码：0 有结果，1 无结果（同 grep）或语料库有错误（见标准错误），2 用法错误或语料库无法读取。',
  emptyQuery: '查询为空：请输入要查找的中文、拼音或首字母。',
  kinds: { task: '任务', target: '目标', indicator: '指标' },
  colId: '编号',
  colKind: '类型',
  colFound: '命中',
  colTitle: '标题',
  colContext: '正文',
  colSource: '行',
  heading: (query) => `查找：${query}`,
  hitCount: (shown, items) => `${items} 项中找到 ${shown} 项`,
  moreHits: (limit) => `仅显示前 ${limit} 项；用 --limit 查看更多。`,
  noHits: (query, items) => `${items} 项中没有与“${query}”匹配的内容。`,
};

/**
 * The search command's strings in a language.
 *
 * @param lang The interface language.
 * @returns The strings.
 */
export function searchMessages(lang: Lang): SearchMessages {
  return lang === 'zh' ? zh : en;
}
