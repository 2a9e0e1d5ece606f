// The Chinese interface strings (see messages.ts).
import type { DocumentKind } from '@plankb/core';
import type { Messages } from './messages.js';

const KIND_ZH: Partial<Record<DocumentKind, string>> = {
  'work-points': '工作要点',
  plan: '规划',
  'action-plan': '行动方案',
  'implementation-plan': '实施方案',
  'task-allocation': '任务分工表',
};

export const zh: Messages = {
  screens: { library: '文库', plan: '规划', compare: '对比', targets: '指标', search: '搜索' },
  documents: (n) => `${n} 份文件`,
  notTty: (stream) =>
    `plankb tui 是交互式终端应用，但 ${stream} 不是终端。\n` +
    '如需纯文本输出，请使用命令行：`plankb docs` 列出文件，`plankb tasks <doc>` 查看任务，`plankb targets` 列出指标。\n',
  keys: {
    move: '移动', open: '打开', back: '返回', quit: '退出', help: '帮助', search: '搜索', screens: '切换页面', pane: '切换窗格',
    nextChange: '下一处变化', prevChange: '上一处变化', pickA: '选择 A', pickB: '选择 B', swap: '交换', record: '记录观测值',
    region: '地区', document: '文件', theme: '主题', clear: '清除筛选', fold: '折叠', scroll: '滚动', save: '保存', cancel: '取消',
    field: '下一项', type: '输入即搜索', select: '选择', setA: '设为对比 A', setB: '设为对比 B', prevNextDoc: '切换文件',
    openPlan: '在规划中打开', clearQuery: '清空', changes: '下一处/上一处变化', pickAB: '选择 A/B', editQuery: '修改搜索词',
    results: '结果',
  },
  helpTitle: '按键',
  helpGlobal: '全局',
  helpScreen: '本页',
  helpClose: '按任意键关闭。',
  level: { province: '省级', city: '市级', district: '区级', county: '县级', town: '镇级', unknown: '地区' },
  kind: (kind) => KIND_ZH[kind] ?? kind,
  status: { final: '定稿', draft: '草案', 'consultation-draft': '征求意见稿' },
  col: {
    id: '编号', year: '年份', kind: '类型', status: '状态', tasks: '任务', targets: '指标', title: '标题', metric: '指标',
    target: '目标值', attainment: '完成度', state: '状态', latest: '最新值', deadline: '期限', region: '地区', doc: '文件',
  },
  libraryDetail: {
    issuer: '发文单位',
    date: '日期',
    file: '文件',
    counts: (c) => `${c.chapters} 章 · ${c.goals} 项目标 · ${c.tasks} 项任务 · ${c.assignments} 条分工 · ${c.targets} 个指标 · ${c.indicators} 个现状数据`,
  },
  compareSetTo: (side, id) => `对比 ${side}：${id}`,
  plan: {
    noTasks: '该文件没有任务。',
    sectionTasks: (n) => `${n} 项任务`,
    targets: '指标',
    indicators: '现状数据',
    assignments: '分工',
    themes: '主题',
    lead: '牵头',
    supporting: '配合',
    due: '时限',
    by: (year) => `到${year}年`,
    asOf: (date) => `截至 ${date}`,
    pickDocument: '打开哪份文件？',
    goals: '目标',
  },
  compare: {
    kinds: { unchanged: '未变', retitled: '改题', modified: '修改', moved: '移动', merged: '合并', split: '拆分', 'only-a': '仅 A', 'only-b': '仅 B' },
    summary: (s, pairs) => {
      const names = { retitled: '改题', modified: '修改', moved: '移动', merged: '合并', split: '拆分', unchanged: '未变' } as const;
      const kinds = (['retitled', 'modified', 'moved', 'merged', 'split', 'unchanged'] as const).filter((k) => s[k] > 0).map((k) => `${names[k]} ${s[k]}`);
      return `${pairs} 对${kinds.length > 0 ? `：${kinds.join('，')}` : ''} · 仅 A ${s.removed} · 仅 B ${s.added}`;
    },
    score: '相似度',
    evidence: '共同短语',
    noCounterpart: (id) => `${id} 中没有对应的任务。`,
    targetChange: (metric, change, fields, direction) => `${metric}：${change}${fields ? `（${fields}）` : ''}${direction ? `，${direction}` : ''}`,
    targetChanges: '指标',
    targetKinds: { unchanged: '未变', changed: '有变化', added: '仅 B', removed: '仅 A' },
    fields: { value: '数值', unit: '单位', comparator: '比较', deadline: '期限' },
    direction: { 'more-ambitious': '要求提高', 'less-ambitious': '要求降低', mixed: '有升有降' },
    pickA: '选择对比 A（左侧）的文件',
    pickB: '选择对比 B（右侧）的文件',
    same: '请选择两份不同的文件。',
    noChanges: '没有变化。',
    changeOf: (k, n) => `第 ${k}/${n} 处变化`,
  },
  targets: {
    status: {
      achieved: '已达成', 'on-track': '进展正常', 'needs-acceleration': '需加快', 'limited-progress': '进展有限',
      deteriorating: '倒退', overdue: '已逾期', 'no-data': '无数据',
    },
    all: '全部',
    filters: (region, doc, theme) => `地区：${region} · 文件：${doc} · 主题：${theme}`,
    count: (shown, total) => `${shown}/${total} 个指标`,
    none: '没有符合筛选条件的指标。',
    latest: (value, date) => `最新值：${value}（${date}）`,
    noLatest: '最新值：尚无记录（按 o 记录观测值）',
    baseline: (value, date, source) => `基线：${value}（${date}，${source}）`,
    baselineSource: { indicator: '规划所列', recorded: '已记录', 'first-observation': '首次观测', 'assumed-zero': '假定为零' },
    expected: (value) => `按进度应达：${value}`,
    ratio: (value) => `进度比：${value}`,
    deadline: (date) => `期限 ${date}`,
    pickRegion: '显示哪个地区的指标？',
    pickDocument: '显示哪份文件的指标？',
    pickTheme: '显示哪个主题的指标？',
    store: (dir) => `存储：${dir}`,
    storeProblems: (n) => `存储中有 ${n} 行无法读取`,
    recordTitle: (metric) => `记录观测值：${metric}`,
    value: '数值',
    date: '日期',
    source: '来源',
    note: '备注',
    recorded: (value, id) => `已为 ${id} 记录 ${value}。`,
    badValue: '数值须为数字，如 63000 或 6.3万。',
    badDate: '日期格式须为 YYYY-MM-DD。',
  },
  search: {
    prompt: '搜索',
    placeholder: '输入中文、拼音（suanli）或首字母（sl）',
    hint: '搜索所有文件的任务标题、正文、指标和现状数据。',
    results: (n) => `${n} 条结果`,
    none: '没有找到。',
    kinds: { task: '任务', target: '指标', indicator: '数据' },
  },
};
