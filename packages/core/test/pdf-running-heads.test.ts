// A printed plan whose running head (the title over every page) sits lower than the page's top band: the converter
// drops a page's first line that an earlier page gave already, so the plan is one document. The fixture was made with
// LibreOffice from test/converted/running-head-plan.fodt (a crafted four-page plan, header = its title, footer "— n —").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a PDF running head below the top band', () => {
  it('should give one plan, with the title once and every task', async () => {
    const converted = await convertSource(readFileSync(new URL('./converted/running-head-plan.pdf', import.meta.url)), 'pdf');
    const title = '山东省“十五五”应急管理体系建设规划';
    expect(converted.text.split('\n').filter((l) => l.replace(/\s/g, '') === title)).toHaveLength(1);
    const result = parseDocument(converted.text, { file: 'running-head-plan.pdf', format: 'text' });
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]?.title).toBe(title);
    expect(result.documents[0]?.tasks.length).toBeGreaterThanOrEqual(8);
    expect(result.issues.map((i) => i.code)).not.toContain('unmatched-assignment');
  });
});
