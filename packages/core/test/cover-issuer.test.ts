// A cover that names the issuer beside the title, on the line right above or below it (成都市生态环境局 / 成都市大气污染
// 防治2025年工作计划), as Word exports and printed plans without a signature set it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const BODY = '\n一、重点任务\n（一）推进超低排放改造。完成12家企业改造。\n（二）加强扬尘治理。建成监测点100个。\n';

describe('an issuer beside the title', () => {
  for (const [name, head] of [
    ['above', '成都市生态环境局\n成都市大气污染防治2025年工作计划'],
    ['below', '成都市大气污染防治2025年工作计划\n成都市生态环境局'],
  ] as const) {
    it(`should read the issuer on the line ${name} the title, quoting it`, () => {
      const text = `${head}\n${BODY}`;
      const doc = parseDocument(text, { file: 'cover.txt' }).documents[0];
      expect(doc?.issuer).toBe('成都市生态环境局');
      const at = doc?.provenance.issuer?.position;
      expect(at && text.slice(at.start.offset, at.end.offset)).toBe('成都市生态环境局');
    });
  }

  it('should not take a line that is no body’s name', () => {
    const doc = parseDocument(`成都市大气污染防治2025年工作计划\n全市上下共同努力${BODY}`, { file: 'no.txt' }).documents[0];
    expect(doc?.issuer).toBeNull();
  });
});
