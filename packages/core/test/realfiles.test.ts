// The real web pages, Word and PDF files of test/realfiles/ (copied byte for byte from ../shared/realfiles), read
// through the converters. The counts and titles below were checked against the documents as a reader sees them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectSourceFormat } from '../src/source/source-format.js';
import { isConvertedFormat } from '../src/formats/convert.js';
import { convertSource } from '../src/formats/convert.js';
import type { Conversion } from '../src/formats/types.js';
import { locateInSource, pageAt } from '../src/formats/types.js';
import { normaliseCompatibility } from '../src/formats/normalize.js';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeHtml } from '../src/formats/html-charset.js';
import { elementText, resolveSelector } from './helpers-selector.js';
import { docxParagraphs, pdfPageLines } from './helpers-formats.js';
import { isPlanError } from '../src/errors/plan-error.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument, type ParseResult } from '../src/pipeline/parse-document.js';
import { parseFile } from '../src/corpus/open-document.js';
import { withConversionIssues } from '../src/corpus/parse-source.js';
import { expectExactQuotes } from './helpers.js';

const DIR = join(import.meta.dirname, 'realfiles');
const file = (prefix: string): string => join(DIR, readdirSync(DIR).find((n) => n.startsWith(prefix)) ?? `${prefix}-missing`);

interface Read {
  conversion: Conversion;
  result: ParseResult;
  /** The plan with the most tasks. */
  plan: PlanDocument | undefined;
}

const read = new Map<string, Read>();

/** Convert in this process (faster than parseFile's converter process) and parse, as parseFile does. */
async function readReal(prefix: string): Promise<Read> {
  const path = file(prefix);
  const bytes = readFileSync(path);
  const format = detectSourceFormat(path, bytes);
  if (!isConvertedFormat(format)) throw new Error(`${path}: ${format}`);
  const conversion = await convertSource(bytes, format);
  const result = withConversionIssues(parseDocument(conversion.text, { file: path, format: 'text' }), path, conversion);
  const plan = [...result.documents].sort((a, b) => b.tasks.length - a.tasks.length)[0];
  return { conversion, result, plan };
}

const titles = (doc: PlanDocument | undefined): string[] => (doc?.tasks ?? []).map((t) => `${t.label ?? ''}${t.title}`);
const get = (prefix: string): Read => {
  const r = read.get(prefix);
  if (!r) throw new Error(`${prefix} not read`);
  return r;
};

beforeAll(async () => {
  for (const prefix of ['01', '03', '05', '09', '10', '12', '14', '16', '17', '20', '21', '23']) read.set(prefix, await readReal(prefix));
}, 120_000);

describe('real web pages', () => {
  it('should give the gov.cn vocational-education page the tasks of its text copy', () => {
    const copy = readFileSync(join(import.meta.dirname, 'realdocs', '07_guowuyuan-zhiye-jiaoyu-gaige-shishifangan-2019.txt'), 'utf8');
    const fromCopy = parseDocument(copy, { file: '07.txt' }).documents;
    const { plan, conversion } = get('01');
    expect(plan?.title).toBe('国家职业教育改革实施方案');
    expect(plan?.tasks).toHaveLength(20);
    expect(titles(plan)).toEqual(titles(fromCopy.find((d) => d.title === plan?.title)));
    expect(titles(plan).slice(0, 2)).toEqual(['（一）健全国家职业教育制度框架', '（二）提高中等职业教育发展水平']);
    expect(conversion.metadata).toMatchObject({ 索引号: '000014349/2019-00005', 发文字号: '国发〔2019〕4号', 发布日期: '2019年02月13日', title: '国务院关于印发国家职业教育改革实施方案的通知' });
  });

  it('should read the zero-waste-city work plan', () => {
    const { plan } = get('03');
    expect(plan?.title).toBe('“无废城市”建设试点工作方案');
    expect(titles(plan)).toHaveLength(14);
    expect(titles(plan)[0]).toBe('（一）强化顶层设计引领，发挥政府宏观指导作用');
    expect(titles(plan)[13]).toBe('（四）强化宣传引导');
  });

  it('should keep a Word table pasted into a page (rowspans, line breaks in cells) as rows', () => {
    const { conversion } = get('05');
    const lines = conversion.text.split('\n');
    const header = lines.indexOf('| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标说明 |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('| --- | --- | --- | --- | --- |');
    // 55 indicators, the 一级指标 of a rowspan repeated on each of its rows.
    const rows = lines.filter((l) => /^\| [一二三四]、/.test(l));
    expect(rows).toHaveLength(55);
    expect(rows[0]?.startsWith('| 一、医疗质量 | （一）功能定位 | 1.门诊人次数与出院人次数比 | 定量 | 计算方法：')).toBe(true);
    expect(lines.some((l) => l.startsWith('（一）医疗质量。提供高质量的医疗服务是三级公立医院的核心任务。'))).toBe(true);
  });

  it('should find the article in a whole single-page-app page and leave its scripts out', () => {
    const { plan, conversion } = get('09');
    expect(plan?.title).toBe('关于推进广州市家庭医生签约服务高质量发展实施方案');
    expect(plan?.tasks).toHaveLength(24);
    expect(titles(plan).slice(0, 2)).toEqual(['1.有序扩大家庭医生来源', '2.不断优化签约服务团队']);
    expect(conversion.text).not.toMatch(/function\s*\(|var |window\./);
    expect(conversion.text).toContain('| 一级指标 | 二级指标 | 评价标准 | 指标含义 | 数据来源 |');
    expect(conversion.metadata.PubDate).toMatch(/^2023-11-07/);
  });

  it('should read a district page by its ArticleTitle and content, without the site around it', () => {
    const { plan, conversion } = get('10');
    expect(plan?.title).toBe('2026年广州市天河区幼儿园招生工作方案');
    expect(titles(plan).slice(0, 3)).toEqual(['（一）适龄优先', '（二）免试入园', '（三）公正公开']);
    expect(conversion.metadata).toMatchObject({ ArticleTitle: '广州市天河区教育局关于印发《2026年广州市天河区幼儿园招生工作方案》的通知', ContentSource: '广州市天河区教育局' });
    expect(conversion.text.startsWith('广州市天河区教育局关于印发《2026年广州市天河区幼儿园招生工作方案》的通知\n')).toBe(true);
  });
});

describe('real PDF files', () => {
  it('should read the Hubei plan: pages, no page numbers or contents, no Kangxi radicals, the scanned cover noted', () => {
    const { plan, conversion, result } = get('12');
    expect(plan?.title).toBe('湖北省文物事业发展“十四五”规划');
    expect(plan?.tasks).toHaveLength(29);
    expect(conversion.pages).toHaveLength(44);
    expect(conversion.text).not.toMatch(/[\u2f00-\u2fdf]/);
    expect(conversion.text).not.toMatch(/^\s*\d{1,2}\s*$/m);
    expect(conversion.text).not.toMatch(/\.{6,}|…{3,}/);
    expect(result.issues.find((i) => i.source === 'core:pdf')?.message).toMatch(/page\(s\) 1 of this PDF have no text layer/);
    // Paragraphs are joined across lines and pages: no line ends mid-sentence at the margin as the page set it.
    const task = plan?.tasks.find((t) => t.title.startsWith('加强'));
    expect(task).toBeDefined();
  });

  it("should read the Hubei indicator table as rows of cells from its rules, across its three pages", () => {
    const { conversion } = get('12');
    const lines = conversion.text.split('\n');
    const caption = lines.indexOf('“十四五”时期湖北省文物事业发展主要指标');
    expect(caption).toBeGreaterThan(0);
    expect(lines.slice(caption + 1, caption + 4)).toEqual([
      // 指标 spans the first two columns of the header.
      '| 指标 |  | 2025年 | 属性 |',
      '| --- | --- | --- | --- |',
      '| 保护利用 | 湖北省文物保护单位增加数量 | ≥50 | 约束性 |',
    ]);
    const after = lines.slice(caption + 3);
    const rows = after.slice(0, after.findIndex((l) => !l.startsWith('| ')));
    // 25 indicators on pages 10 to 12, one table: no second delimiter row where a page breaks it.
    expect(rows).toHaveLength(25);
    expect(rows[3]).toBe('| 保护利用 | 实施全国重点文物保护单位、湖北省文物保护单位文物保护利用项目数量 | ≥100 | 约束性 |');
    expect(rows[10]).toBe('| 文物安全 | 全国重点文物保护单位和湖北省文物保护单位安全巡检率（%） | 100 | 预期性 |');
    expect(rows[24]).toBe('| 人才培养 | 省级层面培训人员（人次） | ≥1000 | 约束性 |');
    const last = conversion.text.indexOf(rows[24] ?? '-');
    expect(pageAt(conversion, last)).toBe(12);
  });

  it('should restore the bracket lost before a label and drop the browser header', () => {
    const { plan, conversion } = get('14');
    expect(titles(plan)).toEqual([
      '（一）推进整体保护',
      '（二）深化系统研究',
      '（三）提升展陈质量',
      '（四）强化教育功能',
      '（五）促进融合发展',
      '（一）加强组织协调',
      '（二）完善政策支持',
      '（三）强化规划落实',
    ]);
    expect(conversion.text).not.toContain('www.gov.cn');
  });

  it('should give the Hainan PDF the tasks of the .doc it was printed from', () => {
    const pdf = get('16');
    const doc = get('23');
    // Note: the attachment (a catalogue of machine types, 1.1.1犁 …) lists names, not tasks.
    expect(pdf.plan?.tasks).toHaveLength(28);
    expect(titles(pdf.plan)).toEqual(titles(doc.plan));
    expect(titles(pdf.plan).slice(0, 3)).toEqual(['（一）在支持重点方面着力突出稳产保供', '（二）在补贴标准方面着力做到有升有降', '（三）在政策实施方面着力提升监督服务效能']);
    // Positions map to pages.
    const last = pdf.plan?.tasks.at(-1);
    expect(pageAt(pdf.conversion, last?.position?.start.offset ?? 0)).toBeGreaterThan(5);
    expect(pageAt(pdf.conversion, 0)).toBe(1);
  });

  it('should say a scan has no text layer and OCR is out of scope, not that it has no plan', () => {
    const { result, conversion } = get('17');
    expect(conversion.text).toBe('');
    expect(result.documents).toEqual([]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/no text layer: its 8 page\(s\) are scanned images/);
    expect(errors[0]?.message).toMatch(/OCR/);
  });
});

describe('real Word files', () => {
  it('should read the 2026 No. 1 central document (.docx) with its 27 tasks', () => {
    const { plan } = get('20');
    // Its name ends in no document kind; it is the file's first line, standing above the text.
    expect([plan?.title, plan?.year]).toEqual(['2026年中央一号文件', 2026]);
    // A numbered central document is national (the Party centre's and the State Council's).
    expect([plan?.region, plan?.level]).toEqual(['全国', 'national']);
    expect(plan?.tasks).toHaveLength(27);
    expect(titles(plan)[0]).toBe('（一）稳定发展粮油生产');
    expect(titles(plan)[26]).toBe('（二十七）改进农村工作方式方法');
  });

  it("should put Word's automatic numbering back as labels", () => {
    const { conversion, plan } = get('21');
    const lines = conversion.text.split('\n');
    expect(lines).toContain('一、任务来源及计划要求');
    expect(lines).toContain('二、 编制过程');
    expect(lines).toContain('1）引入差异项定义');
    expect(lines).toContain('15）增加一章内容“定期安全评价后工作”');
    expect(titles(plan)).toContain('一、任务来源及计划要求');
    expect(conversion.notes).toEqual([]);
  });

  it('should read the WPS-saved .doc', () => {
    const { plan } = get('23');
    expect(plan?.title).toBe('2024-2026年海南省农机购置与应用补贴实施方案');
    expect(plan?.tasks).toHaveLength(28);
  });
});

describe('provenance in converted files', () => {
  it('should quote the extracted text exactly at every position', () => {
    for (const [, r] of read) for (const d of r.result.documents) expectExactQuotes(r.conversion.text, d);
  });
});

describe('where every task is in the file', () => {
  it('should name each PDF task by the page and line that start it', async () => {
    for (const prefix of ['12', '14', '16']) {
      const { conversion, plan } = get(prefix);
      const pages = await pdfPageLines(file(prefix));
      expect(plan?.tasks.length).toBeGreaterThan(0);
      for (const task of plan?.tasks ?? []) {
        const at = locateInSource(conversion, task.position?.start.offset ?? -1);
        expect(at?.column, task.title).toBe(1);
        const line = pages[(at?.page ?? 0) - 1]?.[(at?.line ?? 0) - 1];
        expect(line, `${prefix} ${task.title} at ${JSON.stringify(at)}`).toContain(task.title.slice(0, 4));
        expect(pageAt(conversion, task.position?.start.offset ?? -1)).toBe(at?.page);
      }
    }
  }, 60_000);

  it('should name each Word task by its paragraph, as Word counts them', () => {
    for (const prefix of ['20', '21']) {
      const { conversion, plan } = get(prefix);
      const paragraphs = docxParagraphs(file(prefix));
      expect(plan?.tasks.length).toBeGreaterThan(0);
      for (const task of plan?.tasks ?? []) {
        const at = locateInSource(conversion, task.position?.start.offset ?? -1);
        expect(paragraphs[(at?.paragraph ?? 0) - 1], `${prefix} ${task.title} at ${JSON.stringify(at)}`).toContain(task.title.slice(0, 3));
      }
    }
  });

  it('should name each web-page task by a selector of the element that holds it', () => {
    for (const prefix of ['01', '03', '05', '09', '10']) {
      const { conversion, plan } = get(prefix);
      const tree = unified().use(rehypeParse).parse(decodeHtml(readFileSync(file(prefix))).text) as Root;
      expect(plan?.tasks.length).toBeGreaterThan(0);
      for (const task of plan?.tasks ?? []) {
        const at = locateInSource(conversion, task.position?.start.offset ?? -1);
        const element = resolveSelector(tree, at?.element ?? '');
        const text = normaliseCompatibility(elementText(element)).replace(/\s/g, '');
        expect(element, `${prefix} ${task.title} at ${JSON.stringify(at)}`).not.toBeNull();
        expect(text, `${prefix} ${task.title} at ${at?.element}`).toContain(task.title.slice(0, 4));
      }
    }
  });
});

describe('parseFile on real files', () => {
  it('should convert in its own process and keep the extracted text with the result', () => {
    const result = parseFile(file('16'));
    expect(result.extracted?.format).toBe('pdf');
    expect(result.extracted?.pages).toHaveLength(11);
    expect(result.extracted?.text).toBe(get('16').conversion.text);
    expect(titles([...result.documents].sort((a, b) => b.tasks.length - a.tasks.length)[0])).toEqual(titles(get('16').plan));
  }, 60_000);

  it('should refuse the .wps specimen, saying how to read it', () => {
    let error: unknown;
    try {
      parseFile(file('26'));
    } catch (e) {
      error = e;
    }
    expect(isPlanError(error) && error.code).toBe('binary-file');
    expect((error as Error).message).toMatch(/WPS 文字 \(\.wps\) file, which plankb does not read[\s\S]*\.docx[\s\S]*PDF/);
  });
});
