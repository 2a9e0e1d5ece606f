import { join } from 'node:path';
import { loadCorpus } from '@plankb/core/corpus';
import { type Cascade, cascadePlan, diffPlans, lowerPlans, type PlanDiff, themeMatrix, type ThemeRow } from '@plankb/core/align';
import { describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';
import { runCli, seedDocument, tempFiles } from './helpers.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const strip = (text: string): string => text.replace(ANSI, '');
const lines = (text: string): string[] => strip(text).replace(/\n$/, '').split('\n');

/** The display column of the side-by-side separator (│, or ┼ on the rule) on each line that has one. */
function separatorColumns(text: string): number[] {
  return lines(text).flatMap((line) => {
    const at = line.search(/[│┼]/);
    return at < 0 ? [] : [widthOf(line.slice(0, at))];
  });
}

describe('plankb diff', () => {
  it('should give the core PlanDiff as JSON: 24 pairs of the draft and the final version, 3 retitled', async () => {
    const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023', '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as PlanDiff;
    expect(diff.pairs).toHaveLength(24);
    expect(diff.pairs.filter((p) => p.change === 'retitled').map((p) => p.b.title)).toEqual(['落实非公共数据统一采购与使用管理办法', '推动公共数据完整及时归集', '对接市级政务区块链基础设施']);
    expect(diff).toEqual(JSON.parse(JSON.stringify(diffPlans(seedDocument('qingpu-2023-draft'), seedDocument('qingpu-2023')))));
  });

  it('should exit 1 with --exit-code when the plans differ, 0 for a plan against itself, 0 without the flag', async () => {
    expect((await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023', '--exit-code'])).code).toBe(1);
    expect((await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023'])).code).toBe(0);
    const same = await runCli(['diff', 'qingpu-2023', 'qingpu-2023', '--exit-code']);
    expect(same.code).toBe(0);
    // Note: the counts and the note are for people, on stderr; stdout has the pairs only.
    expect(same.stderr).toContain('No differences.');
    expect(same.stderr).toContain('24 unchanged');
    expect(same.stdout).not.toContain('No differences.');
    expect(same.stdout).not.toContain('24 unchanged');
    expect(same.stdout.match(/^= /gm)).toHaveLength(24);
  });

  it('should pair the city and district tasks and show the shared phrases, and list what only the district has', async () => {
    const result = await runCli(['diff', 'shanghai-2025', 'qingpu-2025'], { columns: 200 });
    expect(result.code).toBe(0);
    const text = strip(result.stdout);
    // The two plans and the counts are the caption, on stderr; the pairs are the data, on stdout.
    expect(strip(result.stderr)).toMatch(/^a {2}shanghai-2025 {2}市数据局2025年工作要点/);
    expect(strip(result.stderr)).toMatch(/^b {2}qingpu-2025 /m);
    expect(text).not.toMatch(/^[ab] {2}(shanghai|qingpu)-2025 /m);
    expect(text).not.toMatch(/\d+ pairs/);
    expect(text).toMatch(/^T 21\. 深化“两张网”建设 → 11\. 深化数字政务高效应用 · retitled · 0\.\d\d$/m);
    expect(text).toMatch(/^T 1\. 深化“数字上海”谋篇布局 → 1\. 深化“数字青浦”谋篇布局/m);
    expect(text).toContain('「聚焦“高效办成一件事”,提高“一网通办”数字化运营水平」');
    const added = text.slice(text.indexOf('Only in qingpu-2025 (added): 3'));
    expect(added).toMatch(/^\+ 14\. 夯实数据人才队伍建设$/m);
    expect(text.slice(text.indexOf('Only in shanghai-2025 (removed): 10'))).toContain('- 2. 研究完善数据制度规则');
    // The security tasks share ideas but little wording: linked by a clause of each, shown side by side, and so labelled.
    expect(text).toMatch(/^T 23\. 加强安全能力和制度建设 → 12\. 筑牢云网数智融合安全防线 · retitled · 0\.\d\d$/m);
    expect(text).toMatch(/^ {2}matching: 「完善数据安全治理制度，落实常态化数据安全风险评估.*」 ↔ 「优化完善网络和数据安全制度,常态化开展网络安全培训.*」$/m);
    expect(text).toMatch(/^ {2}linked by: clauses$/m);
    const diff = JSON.parse((await runCli(['diff', 'shanghai-2025', 'qingpu-2025', '--format', 'json'])).stdout) as PlanDiff;
    expect(diff.pairs.find((p) => p.a.title === '深化“两张网”建设')?.b.title).toBe('深化数字政务高效应用');
    expect(diff.onlyB.map((t) => t.title)).toContain('夯实数据人才队伍建设');
    expect(diff.pairs.some((p) => p.b.title === '夯实数据人才队伍建设')).toBe(false);
  });

  for (const columns of [80, 200]) {
    it(`should keep side-by-side output within ${columns} columns with the separator on one column`, async () => {
      for (const [a, b] of [
        ['shanghai-2025', 'qingpu-2025'],
        ['qingpu-2023-draft', 'qingpu-2023'],
      ] as const) {
        for (const env of [{}, { NO_COLOR: '1' }]) {
          const result = await runCli(['diff', a, b], { columns, env });
          expect(result.code).toBe(0);
          for (const line of lines(result.stdout)) expect(widthOf(line), line).toBeLessThanOrEqual(columns);
          const at = separatorColumns(result.stdout);
          // Note: enough two-column lines (with Chinese on both sides) for the check to mean something.
          expect(at.length).toBeGreaterThan(30);
          expect(new Set(at)).toEqual(new Set([Math.floor((columns - 5) / 2) + 2 + 1]));
          expect(lines(result.stdout).filter((l) => /[│].*[\u4e00-\u9fff]/.test(l) && /[\u4e00-\u9fff].*│/.test(l)).length).toBeGreaterThan(20);
        }
      }
    });
  }

  it('should colour a terminal: deleted text on red, inserted on green', async () => {
    const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023'], { columns: 80 });
    expect(result.stdout).toContain('\u001b[97;41m网\u001b[0m');
    expect(result.stdout).toContain('\u001b[30;42m网链\u001b[0m');
  });

  it('should write no escape codes with NO_COLOR or when stdout is not a terminal, marking changes with [-…-] and {+…+}', async () => {
    for (const options of [{ columns: 80, env: { NO_COLOR: '1' } }, {}]) {
      const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023'], options);
      expect(result.stdout).not.toContain('\u001b');
      expect(result.stdout).toContain('“云[-网-]数”');
      expect(result.stdout).toContain('“云数{+网链+}”');
    }
  });

  it('should lay a pipe out at 80 columns, or at COLUMNS', async () => {
    const piped = await runCli(['diff', 'shanghai-2025', 'qingpu-2025']);
    expect(new Set(separatorColumns(piped.stdout))).toEqual(new Set([40]));
    const wide = await runCli(['diff', 'shanghai-2025', 'qingpu-2025'], { env: { COLUMNS: '120' } });
    expect(new Set(separatorColumns(wide.stdout))).toEqual(new Set([60]));
  });

  it('should show one text with [-deleted-]{+inserted+} with --display inline, and hide unchanged pairs with --only changed', async () => {
    const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023', '--display', 'inline', '--only', 'changed'], { columns: 80 , env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[│┼]/);
    expect(result.stdout).toContain('7. 推动公共数据[-“应归尽归”-]{+完整及时归集+}');
    expect(result.stdout).not.toMatch(/^= /m);
    expect(result.stderr).toContain('11 unchanged pairs not shown (--only changed).');
    expect(result.stdout).not.toContain('not shown');
    for (const line of lines(result.stdout)) expect(widthOf(line)).toBeLessThanOrEqual(80);
    const json = JSON.parse((await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023', '--only', 'changed', '--format', 'json'])).stdout) as PlanDiff;
    expect(json.pairs).toHaveLength(13);
    expect(json.summary.unchanged).toBe(11);
  });

  it('should list the unchanged pairs in one line each', async () => {
    const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023']);
    expect(result.stdout).toMatch(/^= 3\. 落实数据安全管理制度 · unchanged · 1\.00$/m);
    expect(result.stdout.match(/^= /gm)).toHaveLength(11);
  });

  it('should write a Markdown report with ~~deleted~~ and **inserted** text', async () => {
    const result = await runCli(['diff', 'qingpu-2023-draft', 'qingpu-2023', '--format', 'md']);
    expect(result.stdout).toContain('### T 2. 制定非公共数据统一采购与使用管理办法 → 2. 落实非公共数据统一采购与使用管理办法 (retitled, 0.');
    expect(result.stdout).toContain('**Title:** ~~制定~~**落实**非公共数据统一采购与使用管理办法');
    expect(result.stdout).toContain('“云~~网~~数**网链**”');
    expect(result.stdout).toContain('## Unchanged (11)');
  });

  it('should compare two files, with the change of their targets', async () => {
    const plan = (n: string, extra: string) => `2026年某某区数据工作要点\n\n一、夯实数字底座\n（一）建设算力中心。推进区级算力中心建设，到2026年底建成算力中心${n}个。\n（二）完善政务网络。提升政务外网带宽。${extra}\n`;
    const dir = tempFiles({ 'old.txt': plan('5', ''), 'new.txt': plan('8', '\n（三）培养数据人才。举办数据人才培训。') });
    const result = await runCli(['diff', join(dir, 'old.txt'), join(dir, 'new.txt'), '--exit-code']);
    expect(result.code).toBe(1);
    // Note: 到2026年底 is the last day of 2026.
    expect(result.stdout).toMatch(/^~ 算力中心: 5 个 \(2026-12-31\) → 8 个 \(2026-12-31\) {2}more ambitious$/m);
    expect(result.stdout).toMatch(/^\+ （三）培养数据人才/m);
    expect(result.stdout).toContain('算力中心[-5-]个');
  });

  it('should say so for an unknown id, with exit 2', async () => {
    const result = await runCli(['diff', 'qingpu-2023', 'qingpu-2052']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('qingpu-2025');
  });
});

describe('plankb cascade', () => {
  it('should show which city tasks the district takes up, and the district tasks with no counterpart', async () => {
    const result = await runCli(['cascade', 'shanghai-2025'], { columns: 80 });
    expect(result.code).toBe(0);
    const text = result.stdout;
    // The upper plan, its lower plans and their counts are the caption, on stderr; the matrix is the data, on stdout.
    expect(result.stderr).toMatch(/^shanghai-2025 · /);
    expect(result.stderr).toMatch(/^ {2}qingpu-2025 {2}2025年青浦区数据发展管理工作要点 {2}takes up 14 of 24 tasks$/m);
    expect(text).not.toContain('takes up');
    expect(text).not.toContain('shanghai-2025 · ');
    expect(text).toMatch(/^Task\s+qingpu-2025$/m);
    expect(text).toMatch(/^1\. 深化“数字上海”谋篇布局\s+●●● 1\.$/m);
    expect(text).toMatch(/^21\. 深化“两张网”建设\s+●○○ 11\.$/m);
    expect(text).toMatch(/^23\. 加强安全能力和制度建设\s+●○○ 12\.$/m);
    expect(text).toMatch(/^2\. 研究完善数据制度规则\s+·$/m);
    const orphans = text.slice(text.indexOf('qingpu-2025: 3 tasks with no counterpart in shanghai-2025'));
    for (const title of ['10. 保障城市运行“一网统管”', '13. 加速政务信息系统集约统筹', '14. 夯实数据人才队伍建设']) expect(orphans).toContain(title);
    for (const line of lines(text)) expect(widthOf(line)).toBeLessThanOrEqual(80);
  });

  it('should give the core Cascade as JSON', async () => {
    const corpus = loadCorpus();
    const upper = seedDocument('shanghai-2025');
    const cascade = JSON.parse((await runCli(['cascade', 'shanghai-2025', '--format', 'json'])).stdout) as Cascade;
    expect(cascade.lowers.map((l) => l.id)).toEqual(['qingpu-2025']);
    expect(cascade).toEqual(JSON.parse(JSON.stringify(cascadePlan(upper, lowerPlans(upper, corpus.documents)))));
  });

  it('should key the lower plans (A, B …) when their ids leave the titles no room, and stay within the terminal', async () => {
    const result = await runCli(['cascade', 'shanghai-2025', '--any-year'], { columns: 60 });
    expect(result.code).toBe(0);
    // The keys are data: a file without the caption can still be read.
    expect(result.stdout).toMatch(/^ {2}C {2}huangpu-2026-2030 /m);
    expect(result.stdout).not.toContain('takes up');
    expect(result.stderr).toMatch(/^ {2}C {2}huangpu-2026-2030 .* takes up \d+ of 24 tasks$/m);
    expect(result.stdout).toMatch(/^Task\s+A\s+B\s+C$/m);
    for (const line of lines(result.stdout)) expect(widthOf(line), line).toBeLessThanOrEqual(60);
    // A draft whose final version is in the corpus is counted once, as the final.
    const wide = await runCli(['cascade', 'shanghai-2025', '--any-year'], { columns: 200 });
    expect(wide.stdout).toMatch(/^Task\s+qingpu-2025\s+qingpu-2023\s+huangpu-2026-2030$/m);
  });

  it('should say when a plan has no lower-level plans, and suggest --any-year, with exit 0', async () => {
    const result = await runCli(['cascade', 'qingpu-2025']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('No lower-level plan of 青浦区 for 2025 in the corpus.\nTry --any-year to take the plans of every year.\n');
    const json = await runCli(['cascade', 'qingdao-2025', '--any-year', '--format', 'json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as Cascade).lowers).toEqual([]);
    expect(json.stderr).toContain('No lower-level plan of 青岛市 in the corpus.');
  });

  it('should write a Markdown table with the scores', async () => {
    const result = await runCli(['cascade', 'shanghai-2025', '--format', 'md']);
    expect(result.stdout).toContain('| Task | qingpu-2025 |');
    expect(result.stdout).toMatch(/\| 1\. 深化“数字上海”谋篇布局 \| ●●● 1\. \(0\.\d\d\) \|/);
  });
});

describe('plankb cascade targets', () => {
  const corpus = (): string =>
    tempFiles({
      'city.txt': '2026年上海市数据工作要点\n\n一、夯实数字底座\n（一）建设算力基础设施。推进智算中心建设，到2026年底全市新增标准机架不少于5000架。\n（二）开展数据人才培训。组织全员数据技能培训。\n',
      'district.txt': '2026年青浦区数据工作要点\n\n一、夯实数字底座\n（一）建设算力基础设施。推进区级智算中心建设，到2026年底全区新增标准机架不少于800架。\n（二）培养数据人才。开展全员数据技能培训。\n',
      'other.txt': '2026年黄浦区数据工作要点\n\n一、夯实数字底座\n（一）建设算力基础设施。推进区级智算中心建设。\n',
    });

  it("should show each district's figure against its city's: a share of it, or missing", async () => {
    const dir = corpus();
    const result = await runCli(['cascade', 'city', '--corpus', dir], { columns: 100 });
    expect(result.code).toBe(0);
    expect(lines(result.stdout).slice(-4)).toEqual(['Targets taken up', '（一）建设算力基础设施 · 标准机架 >= 5,000 架 (2026-12-31)', '  district: >= 800 架 (2026-12-31) · a share · 16% of the upper figure', '  other: missing']);
    const zh = await runCli(['cascade', 'city', '--corpus', dir, '--lang', 'zh'], { columns: 100 });
    expect(lines(zh.stdout).slice(-3)).toEqual(['（一）建设算力基础设施 · 标准机架 >= 5,000 架 (2026-12-31)', '  district: >= 800 架 (2026-12-31) · 分解承接 · 占上级的 16%', '  other: 未承接']);
    const json = JSON.parse((await runCli(['cascade', 'city', '--corpus', dir, '--format', 'json'])).stdout) as Cascade;
    expect(json.rows[0]?.cells.find((c) => c.docId === 'district')?.targets).toEqual([{ upper: 'city:tg1', lower: 'district:tg1', metric: '标准机架', relation: 'share', share: 0.16 }]);
    const md = (await runCli(['cascade', 'city', '--corpus', dir, '--format', 'md'])).stdout;
    expect(md).toContain('## Targets taken up');
    expect(md).toContain('  - district: \\>= 800 架 (2026-12-31) · a share · 16% of the upper figure');
  });
});

describe('plankb compare --by theme', () => {
  it('should give the document × theme matrix as ThemeRow[] JSON, one row per document', async () => {
    const rows = JSON.parse((await runCli(['compare', '--by', 'theme', '--format', 'json'])).stdout) as ThemeRow[];
    expect(rows.map((r) => r.docId)).toEqual(['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030']);
    expect(rows).toEqual(JSON.parse(JSON.stringify(themeMatrix(loadCorpus().documents))));
  });

  it('should fit the matrix into 80 columns by turning it, with the hint to the tasks behind a cell', async () => {
    const result = await runCli(['compare', '--by', 'theme'], { columns: 80 });
    expect(result.code).toBe(0);
    for (const line of lines(result.stdout)) expect(widthOf(line), line).toBeLessThanOrEqual(80);
    for (const id of ['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030']) expect(result.stdout).toContain(id);
    expect(result.stdout).toMatch(/^F\s+黄浦区\s+2026–2030\s+huangpu-2026-2030\s+26$/m);
    expect(result.stdout).toMatch(/^算力\s+6\s+2\s+1\s+1\s+1\s+6$/m);
    expect(result.stderr).toMatch(/^The tasks behind a cell: plankb compare --by theme --theme \S+ \[--doc <id>\]$/m);
  });

  it('should show documents as rows and themes as columns when the terminal is wide', async () => {
    const result = await runCli(['compare', '--by', 'theme'], { columns: 200 });
    const text = lines(result.stdout);
    expect(text.find((l) => l.startsWith('Region'))).toMatch(/Tasks\s+算力 数据空间 区块链 .* 规划制度$/);
    expect(text.filter((l) => /^(上海市|青浦区|青岛市|黄浦区) /.test(l))).toHaveLength(6);
    for (const line of text) expect(widthOf(line)).toBeLessThanOrEqual(200);
  });

  it('should list the tasks behind a theme with --theme', async () => {
    const result = await runCli(['compare', '--by', 'theme', '--theme', '算力'], { columns: 100 });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^算力 \(computing power\): 17 tasks in 6 documents$/m);
    expect(result.stdout).toMatch(/^qingdao-2025\s+t17\s+\(十七\) 夯实算力基础设施\s+算力 数据中心 机架$/m);
    const rows = JSON.parse((await runCli(['compare', '--by', 'theme', '--theme', 'compute', '--format', 'json'])).stdout) as ThemeRow[];
    expect(rows.every((r) => Object.keys(r.cells).join() === 'compute')).toBe(true);
    expect(rows.reduce((n, r) => n + (r.cells.compute?.length ?? 0), 0)).toBe(17);
  });

  it('should filter by document and region', async () => {
    const json = async (args: string[]) => JSON.parse((await runCli(['compare', '--by', 'theme', '--format', 'json', ...args])).stdout) as ThemeRow[];
    expect((await json(['--region', '上海市'])).map((r) => r.docId)).not.toContain('qingdao-2025');
    expect(await json(['--region', '上海市'])).toHaveLength(5);
    expect((await json(['--doc', 'qingdao-2025', '--doc', 'qingpu-2025'])).map((r) => r.docId)).toEqual(['qingpu-2025', 'qingdao-2025']);
  });

  it('should refuse an unknown theme with exit 2, listing the themes', async () => {
    const result = await runCli(['compare', '--by', 'theme', '--theme', '量子']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no theme "量子"');
    expect(result.stderr).toContain('算力, 可信数据空间');
  });

  it('should require --by, and accept only theme', async () => {
    expect((await runCli(['compare'])).code).toBe(2);
    const wrong = await runCli(['compare', '--by', 'region']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('theme');
  });
});

describe('help of the comparison commands', () => {
  for (const [command, example] of [
    ['diff', 'plankb diff qingpu-2023-draft qingpu-2023'],
    ['cascade', 'plankb cascade shanghai-2025 --any-year'],
    ['compare', 'plankb compare --by theme --theme 算力'],
  ] as const) {
    it(`should show examples for ${command}, in English and Chinese`, async () => {
      const en = await runCli([command, '--help']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain(example);
      const zh = await runCli([command, '--help', '--lang', 'zh']);
      expect(zh.stdout).toContain(example);
      expect(zh.stdout).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(zh.stdout).not.toBe(en.stdout);
    });
  }
});
