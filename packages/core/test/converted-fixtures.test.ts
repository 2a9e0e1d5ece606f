// Plans printed to Word, PDF and a web page with LibreOffice (test/converted/make-fixtures.sh): each must give the
// tasks of the text it was printed from, quote the extracted text exactly, and say where each task is in the file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { withConversionIssues } from '../src/corpus/parse-source.js';
import { validateFile } from '../src/corpus/validate-file.js';
import { convertSource, type ConvertedFormat } from '../src/formats/convert.js';
import type { Conversion } from '../src/formats/types.js';
import { locateInSource } from '../src/formats/types.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';
import { docxParagraphs, pdfPageLines } from './helpers-formats.js';
import { elementText, resolveSelector } from './helpers-selector.js';

const DIR = join(import.meta.dirname, 'converted');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const SOURCES: Record<string, string> = {
  'qingdao-2025-big-data-work-points': join(SEEDS, 'qingdao-2025-big-data-work-points.txt'),
  'qingpu-2025-work-points': join(SEEDS, 'qingpu-2025-work-points.txt'),
  'duplicate-label-plan': join(DIR, 'duplicate-label-plan.txt'),
};
const FORMATS: ConvertedFormat[] = ['docx', 'pdf', 'html'];

const read = new Map<string, { conversion: Conversion; plan: PlanDocument | undefined }>();
const titles = (doc: PlanDocument | undefined): string[] => (doc?.tasks ?? []).map((t) => `${t.label ?? ''}${t.title}`);
const planOf = (documents: readonly PlanDocument[]): PlanDocument | undefined => [...documents].sort((a, b) => b.tasks.length - a.tasks.length)[0];

beforeAll(async () => {
  for (const name of Object.keys(SOURCES)) {
    for (const format of FORMATS) {
      const conversion = await convertSource(readFileSync(join(DIR, `${name}.${format}`)), format);
      const result = withConversionIssues(parseDocument(conversion.text, { file: `${name}.${format}`, format: 'text' }), name, conversion);
      read.set(`${name}.${format}`, { conversion, plan: planOf(result.documents) });
    }
  }
}, 120_000);

describe('plans printed with LibreOffice', () => {
  for (const [name, source] of Object.entries(SOURCES)) {
    for (const format of FORMATS) {
      it(`should give ${name}.${format} the tasks and title of its text`, () => {
        const fromText = planOf(parseDocument(readFileSync(source, 'utf8'), { file: source }).documents);
        const got = read.get(`${name}.${format}`);
        expect(fromText?.tasks.length).toBeGreaterThan(10);
        expect(titles(got?.plan)).toEqual(titles(fromText));
        expect(got?.plan?.title).toBe(fromText?.title);
        if (got?.plan) expectExactQuotes(got.conversion.text, got.plan);
      });
    }
  }

  it('should place every task on the PDF page and line that start it', async () => {
    for (const name of Object.keys(SOURCES)) {
      const { conversion, plan } = read.get(`${name}.pdf`) ?? {};
      const pages = await pdfPageLines(join(DIR, `${name}.pdf`));
      for (const task of plan?.tasks ?? []) {
        const at = conversion ? locateInSource(conversion, task.position?.start.offset ?? -1) : null;
        expect(pages[(at?.page ?? 0) - 1]?.[(at?.line ?? 0) - 1], `${name} ${task.title} at ${JSON.stringify(at)}`).toContain(`${task.label ?? ''}${task.title.slice(0, 4)}`);
      }
    }
  }, 60_000);

  it('should place every task in its Word paragraph and its web page element', () => {
    for (const name of Object.keys(SOURCES)) {
      const docx = read.get(`${name}.docx`);
      const paragraphs = docxParagraphs(join(DIR, `${name}.docx`));
      for (const task of docx?.plan?.tasks ?? []) {
        const at = docx ? locateInSource(docx.conversion, task.position?.start.offset ?? -1) : null;
        expect(paragraphs[(at?.paragraph ?? 0) - 1]).toContain(`${task.label ?? ''}${task.title}`);
      }
      const html = read.get(`${name}.html`);
      const tree = unified().use(rehypeParse).parse(readFileSync(join(DIR, `${name}.html`), 'utf8')) as Root;
      for (const task of html?.plan?.tasks ?? []) {
        const at = html ? locateInSource(html.conversion, task.position?.start.offset ?? -1) : null;
        expect(elementText(resolveSelector(tree, at?.element ?? ''))).toContain(`${task.label ?? ''}${task.title}`);
      }
    }
  });

  it('should read the same table from a web page, the Word file saved from it and the PDF printed from that', async () => {
    const rows = async (format: ConvertedFormat): Promise<string[]> => (await convertSource(readFileSync(join(DIR, `task-table-plan.${format}`)), format)).text.split('\n').filter((l) => l.startsWith('|'));
    const html = await rows('html');
    expect(html).toEqual([
      '| 序号 | 重点任务 | 牵头单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 建设城市数据底座，统筹建设全区数据资源平台 | 区数据局 | 2026年6月 |',
      // The lead unit spans two rows: each has it.
      '| 2 | 推进数据开放利用，扩大公共数据开放范围 | 区数据局 | 2026年9月 |',
      '| 3 | 培育数据产业生态，引育一批数据企业 | 区发展改革委 | 2026年12月 |',
    ]);
    expect(await rows('docx')).toEqual(html);
    expect(await rows('pdf')).toEqual(html);
  }, 60_000);

  it("should say where a diagnostic is in the file: the PDF's page and line, the Word paragraph", () => {
    const pdf = validateFile(join(DIR, 'duplicate-label-plan.pdf'));
    const docx = validateFile(join(DIR, 'duplicate-label-plan.docx'));
    const text = validateFile(join(DIR, 'duplicate-label-plan.txt'));
    const duplicate = (v: typeof pdf) => v.issues.find((i) => i.code === 'duplicate-label');
    expect(duplicate(text)?.position?.start.line).toBe(18);
    expect(duplicate(pdf)?.position?.start.line).toBe(18);
    // The crafted plan runs onto a second page, where the repeated number is.
    expect(duplicate(pdf)?.origin).toMatchObject({ page: 2 });
    expect(duplicate(docx)?.origin).toMatchObject({ paragraph: 18 });
    expect(duplicate(text)?.origin).toBeUndefined();
  }, 60_000);
});
