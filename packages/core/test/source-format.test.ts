import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSourceFormat, sourceFormatOf } from '../src/source/source-format.js';

const REAL = join(import.meta.dirname, 'realfiles');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectSourceFormat', () => {
  it('should tell text and Markdown apart by extension', () => {
    expect(detectSourceFormat('a.txt', bytes('一、总体要求\n'))).toBe('text');
    expect(detectSourceFormat('a.md', bytes('# 标题\n'))).toBe('markdown');
    expect(detectSourceFormat('noext', bytes('一、总体要求\n'))).toBe('text');
  });

  it('should recognise HTML pages and crawled fragments by content', () => {
    expect(detectSourceFormat('page', bytes('<!doctype html>\n<html><head></head></html>'))).toBe('html');
    expect(detectSourceFormat('page.txt', bytes('<div class="wrap"> <table><tr><td>x</td></tr></table></div>'))).toBe('html');
    expect(detectSourceFormat('a.htm', bytes('一、总体要求'))).toBe('html');
    expect(detectSourceFormat('a.txt', bytes('<其他>说明\n'))).toBe('text');
  });

  it('should trust the bytes over the extension for binary formats', () => {
    expect(detectSourceFormat('plan.txt', new Uint8Array([...bytes('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]))).toBe('pdf');
    expect(detectSourceFormat('plan', bytes('%PDF-1.4\n1 0 obj'))).toBe('pdf');
    expect(detectSourceFormat('notes.txt', bytes('%PDF-1.4 是PDF文件的开头\n'))).toBe('text');
    expect(detectSourceFormat('plan.doc', new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('word/document.xml')]))).toBe('docx');
    expect(detectSourceFormat('plan.zip', new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('OFD.xml')]))).toBe('ofd');
    expect(detectSourceFormat('plan.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('xl/workbook.xml')]))).toBe('binary');
    expect(detectSourceFormat('img.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('binary');
  });

  it('should call an OLE2 file .wps only when it is named so', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(detectSourceFormat('a.doc', ole)).toBe('doc');
    expect(detectSourceFormat('a.wps', ole)).toBe('wps');
    expect(detectSourceFormat('a', ole)).toBe('doc');
  });
});

describe('sourceFormatOf', () => {
  it('should say folder for a folder and null for nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankb-format-'));
    expect(sourceFormatOf(dir)).toBe('folder');
    expect(sourceFormatOf(join(dir, 'missing.txt'))).toBeNull();
    writeFileSync(join(dir, 'a.md'), '# x\n');
    expect(sourceFormatOf(join(dir, 'a.md'))).toBe('markdown');
  });

  it('should name every real file', () => {
    const expected: Record<string, string> = {
      '01_govcn_guofa2019-4_vocational_education_reform_implementation_plan.html': 'html',
      '09_gz_wjw_family_doctor_implementation_plan_suiweihan2023-1930.html': 'html',
      '12_pdf_hubei_cultural_relics_14th_five_year_plan.pdf': 'pdf',
      '17_pdf_farm_machinery_subsidy_opinions_SCANNED_no_text_layer.pdf': 'pdf',
      '20_docx_2026_central_no1_document_rural_revitalization.docx': 'docx',
      '21_docx_nbt_nuclear_psr_part1_drafting_explanation_autonumbered.docx': 'docx',
      '23_doc_hainan_farm_machinery_subsidy_impl_plan_wps_saved.doc': 'doc',
      '26_wps_SYNTHETIC_template_notice_format_specimen.wps': 'wps',
    };
    for (const [name, format] of Object.entries(expected)) {
      expect(sourceFormatOf(join(REAL, name)), name).toBe(format);
      // the content alone, without a telling extension
      if (format !== 'wps') expect(detectSourceFormat('file', readFileSync(join(REAL, name))), name).toBe(format);
    }
  });
});
