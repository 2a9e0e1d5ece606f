// Converter throughput (issue 14): each converter on a real file of its format, against the text parse of the text
// it extracts. `inside` is the converter alone, in this process; `parseFile` is what a command pays: the converter
// process (Node's start and the library's load included) and the parse.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../packages/core/dist/index.js';
import type { BenchRow } from './row.js';
import { parseFile } from '../packages/core/dist/corpus.js';
import { detectSourceFormat } from '../packages/core/src/source/source-format.js';
import { convertSource, isConvertedFormat } from '../packages/core/src/formats/convert.js';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'test', 'realfiles');

const FILES = [
  '01_govcn_guofa2019-4_vocational_education_reform_implementation_plan.html',
  '09_gz_wjw_family_doctor_implementation_plan_suiweihan2023-1930.html',
  '20_docx_2026_central_no1_document_rural_revitalization.docx',
  '23_doc_hainan_farm_machinery_subsidy_impl_plan_wps_saved.doc',
  '16_pdf_hainan_farm_machinery_subsidy_impl_plan_2024-2026_libreoffice.pdf',
  '12_pdf_hubei_cultural_relics_14th_five_year_plan.pdf',
];


const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);

async function time(fn: () => unknown, runs: number): Promise<number> {
  const walls: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await fn();
    walls.push(performance.now() - started);
  }
  return median(walls);
}

/**
 * Time each converter on its real file, and the parse of the text it gives.
 *
 * @param runs How many runs to take the median of.
 * @returns The table rows.
 */
export async function converterRows(runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const env = process.env.PLANKB_CACHE;
  process.env.PLANKB_CACHE = '0';
  try {
    for (const name of FILES) {
      const path = join(REAL, name);
      const bytes = readFileSync(path);
      const format = detectSourceFormat(path, bytes);
      if (!isConvertedFormat(format)) continue;
      const conversion = await convertSource(bytes, format);
      const inside = await time(() => convertSource(bytes, format), runs);
      const parse = await time(() => parseDocument(conversion.text, { file: name, format: 'text' }), runs);
      const whole = await time(() => parseFile(path), Math.min(runs, 3));
      const kb = bytes.length / 1024;
      rows.push({
        figure: `Convert ${format.toUpperCase()}: ${name.slice(0, 2)} (${kb.toFixed(0)} KB → ${conversion.text.length} characters)`,
        baseline: `text parse of the result: ${ms(parse)}`,
        measured: `converter ${ms(inside)} (${(kb / (inside / 1000) / 1024).toFixed(2)} MB/s); parseFile ${ms(whole)}`,
        ratio: `${(inside / parse).toFixed(1)}×`,
        budget: 'parseFile under 5 s',
        result: whole < 5000 ? 'pass' : 'FAIL',
      });
    }
  } finally {
    if (env === undefined) delete process.env.PLANKB_CACHE;
    else process.env.PLANKB_CACHE = env;
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await converterRows(3)) process.stdout.write(`| ${Object.values(row).join(' | ')} |\n`);
}
