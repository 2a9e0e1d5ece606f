/** A theme of the curated taxonomy: a name, an English gloss and the words that mark it. */
export interface Theme {
  id: string;
  name: string;
  en: string;
  /** A task carries the theme when its title or body holds one of these. */
  keywords: readonly string[];
}

/**
 * The theme taxonomy of data-bureau plans, curated from what the plans of
 * Shanghai, its districts and Qingdao work on. docs/themes.md explains each
 * theme and is generated from this list.
 */
export const THEMES: readonly Theme[] = [
  { id: 'compute', name: '算力', en: 'computing power', keywords: ['算力', '智算', '数据中心', '机架'] },
  { id: 'trusted-data-space', name: '可信数据空间', en: 'trusted data spaces', keywords: ['可信数据空间', '数据空间', '隐私保护计算', '隐私计算'] },
  { id: 'blockchain', name: '区块链/上链', en: 'blockchain and on-chain data', keywords: ['区块链', '上链', '目录链', '链主'] },
  { id: 'open-data', name: '公共数据开放', en: 'open public data', keywords: ['数据开放', '开放清单', '开放平台', '开放范围'] },
  { id: 'authorised-operation', name: '授权运营', en: 'authorised operation of public data', keywords: ['授权运营'] },
  { id: 'data-elements', name: '数据要素×/数商', en: 'data as a factor of production, data traders', keywords: ['数据要素', '数商', '数据产品', '数据交易', '数据资产', '数据市场'] },
  { id: 'ai-models', name: '大模型/人工智能', en: 'large models and AI', keywords: ['大模型', '人工智能', 'AI', 'DeepSeek', '智能体', '数字人'] },
  { id: 'one-stop-service', name: '一网通办', en: 'one-stop government services', keywords: ['一网通办', '政务服务', '一件事', '免申即享', '无证明', '电子证照'] },
  { id: 'city-operations', name: '一网统管', en: 'unified city operations', keywords: ['一网统管', '城运', '城市运行', '城市体征', '城市云脑'] },
  { id: 'collaborative-office', name: '一网协同', en: 'collaborative government office', keywords: ['一网协同', '协同办公', '数字机关', '山东通'] },
  { id: 'one-map', name: '一张图', en: 'the unified spatial map', keywords: ['一张图', '空间地理', '时空数据', '政务地图'] },
  { id: 'data-security', name: '数据安全', en: 'data and network security', keywords: ['数据安全', '网络安全', '安全防护', '攻防', '应急演练', '安全保障'] },
  { id: 'talent', name: '人才', en: 'talent and training', keywords: ['人才', '培训', '干部', '队伍建设'] },
  { id: 'low-altitude', name: '低空经济', en: 'low-altitude economy', keywords: ['低空', '无人机'] },
  { id: 'carbon-vpp', name: '双碳/虚拟电厂', en: 'carbon goals and virtual power plants', keywords: ['双碳', '碳达峰', '碳中和', '虚拟电厂', '绿色低碳', '能耗'] },
  { id: 'data-governance', name: '数据治理', en: 'data governance and quality', keywords: ['数据治理', '数据质量', '数据归集', '数仓', '综合库', '数据资源平台'] },
  { id: 'digital-infrastructure', name: '数字基础设施', en: 'digital infrastructure', keywords: ['政务云', '政务外网', '5G', '物联感知', '数字底座', '光网', '基础设施'] },
  { id: 'digital-economy', name: '数字经济/产业', en: 'digital economy and industry', keywords: ['数字经济', '数字产业', '产业集群', '企业培育', '专精特新'] },
  { id: 'planning-rules', name: '规划与制度', en: 'planning, rules and standards', keywords: ['规划', '条例', '管理办法', '标准体系', '制度规则', '立法'] },
];
