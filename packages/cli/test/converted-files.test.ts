// Commands given the real web pages, Word and PDF files of core's test/realfiles (issue 14).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const REAL = join(import.meta.dirname, '..', '..', 'core', 'test', 'realfiles');
const real = (name: string): string => join(REAL, name);
const CONVERTED = join(import.meta.dirname, '..', '..', 'core', 'test', 'converted');
const env = { PLANKB_CACHE: '0' };
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('commands on converted files', () => {
  it('should list the tasks of a PDF and of the .doc it was printed from alike', async () => {
    const pdf = await runCli(['tasks', real('16_pdf_hainan_farm_machinery_subsidy_impl_plan_2024-2026_libreoffice.pdf'), '--format', 'json'], { env });
    const doc = await runCli(['tasks', real('23_doc_hainan_farm_machinery_subsidy_impl_plan_wps_saved.doc'), '--format', 'json'], { env });
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(doc.code, doc.stderr).toBe(0);
    const titles = (out: string): string[] => (JSON.parse(out) as Array<{ label: string | null; title: string }>).map((t) => `${t.label ?? ''}${t.title}`);
    expect(titles(pdf.stdout)).toHaveLength(28);
    expect(titles(pdf.stdout)).toEqual(titles(doc.stdout));
  }, 60_000);

  it('should show a saved web page and a Word file with restored numbering', async () => {
    const page = await runCli(['tasks', real('01_govcn_guofa2019-4_vocational_education_reform_implementation_plan.html')], { env });
    expect(page.code, page.stderr).toBe(0);
    expect(page.stdout).toContain('健全国家职业教育制度框架');
    const word = await runCli(['tasks', real('21_docx_nbt_nuclear_psr_part1_drafting_explanation_autonumbered.docx')], { env });
    expect(word.code, word.stderr).toBe(0);
    expect(word.stdout).toMatch(/一、\s+任务来源及计划要求/);
  }, 60_000);

  it('should say a scanned PDF has no text layer (exit 1), and a .wps file what to do (exit 1 in validate)', async () => {
    const scan = await runCli(['parse', real('17_pdf_farm_machinery_subsidy_opinions_SCANNED_no_text_layer.pdf')], { env });
    expect(scan.code).toBe(1);
    expect(scan.stderr).toMatch(/no text layer[\s\S]*OCR/);
    const wps = await runCli(['validate', real('26_wps_SYNTHETIC_template_notice_format_specimen.wps')], { env });
    expect(wps.code).toBe(1);
    expect(wps.stdout + wps.stderr).toMatch(/WPS 文字 \(\.wps\)[\s\S]*\.docx/);
  }, 60_000);

  it('should say where a diagnostic is in the file itself: the PDF page and line, the Word paragraph', async () => {
    const pdf = join(CONVERTED, 'duplicate-label-plan.pdf');
    const en = await runCli(['validate', pdf, '--lang', 'en'], { env });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain(`${pdf}:18:4 (page 2, line 16): info duplicate-label:`);
    const zh = await runCli(['validate', pdf, '--lang', 'zh'], { env });
    expect(zh.stderr).toContain(`${pdf}:18:4（第2页第16行）: info duplicate-label:`);
    const json = await runCli(['validate', pdf, join(CONVERTED, 'duplicate-label-plan.docx'), '--format', 'json'], { env });
    const outcomes = JSON.parse(json.stdout) as Array<{ issues: Array<{ code: string; origin?: unknown }> }>;
    expect(outcomes.map((o) => o.issues.find((i) => i.code === 'duplicate-label')?.origin)).toEqual([{ page: 2, line: 16, column: 4 }, { paragraph: 18, column: 4 }]);
    // A text file has no place but its lines.
    const text = await runCli(['validate', join(CONVERTED, 'duplicate-label-plan.txt')], { env });
    expect(text.stderr).toMatch(/duplicate-label-plan\.txt:18:4: info duplicate-label:/);
  }, 60_000);

  it("should name the Word paragraph of an added file's warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankb-cli-add-docx-'));
    made.push(dir);
    const added = await runCli(['add', real('21_docx_nbt_nuclear_psr_part1_drafting_explanation_autonumbered.docx'), '--corpus', join(dir, 'corpus'), '--id', 'psr-2023'], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toMatch(/autonumbered\.docx:\d+:1 \(paragraph 88\): warning truncated:/);
  }, 60_000);

  it('should add a PDF to a corpus and list it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankb-cli-add-pdf-'));
    made.push(dir);
    const corpus = join(dir, 'corpus');
    const added = await runCli(['add', real('14_pdf_ncha_revolutionary_relics_14th_special_plan_word2pdf.pdf'), '--corpus', corpus, '--id', 'relics-2021'], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(existsSync(join(corpus, '14_pdf_ncha_revolutionary_relics_14th_special_plan_word2pdf.pdf'))).toBe(true);
    const docs = await runCli(['docs', '--corpus', corpus, '--format', 'json'], { env: { PLANKB_CACHE_DIR: join(dir, 'cache') } });
    expect(docs.code, docs.stderr).toBe(0);
    expect(JSON.parse(docs.stdout)).toEqual([expect.objectContaining({ id: 'relics-2021' })]);
  }, 60_000);
});
