// Full-width digits (２０２５年, １００个, ９５％), as text typed in a Chinese input method's full-width mode gives them:
// the same numbers and years as ASCII digits, read wherever a year or a figure is read.
import { describe, expect, it } from 'vitest';
import { periodOfTitle, yearOfTitle } from '../src/text/period.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { stripTitleTail, titleKind } from '../src/parse/metadata.js';
import { expectExactQuotes } from './helpers.js';

describe('full-width digits', () => {
  it('should read the year and period of a title', () => {
    expect(yearOfTitle('某某市２０２５年数据工作要点')).toBe(2025);
    expect(periodOfTitle('某某市数字经济发展行动计划（２０２４—２０２６年）')).toEqual({ start: 2024, end: 2026 });
  });

  it('should read the kind of a title whose period or year is written with them', () => {
    expect(titleKind('某省工业互联网创新发展行动计划（２０２１-２０２３年）')).toBe('action-plan');
    expect(stripTitleTail('某县教育事业发展规划（２０２１—２０２５年）')).toBe('某县教育事业发展规划');
    expect(titleKind('某市政府工作报告（２０２４年）')).toBe('work-points');
    // A bracket that is no period stays in the title.
    expect(stripTitleTail('某市数字经济发展报告（２０２４版）')).toBe('某市数字经济发展报告（２０２４版）');
  });

  it('should read a plan written with them: its year, its targets with their deadline, its duties with their date', () => {
    const text = '某某市２０２５年数据工作要点\n一、建设平台\n１．建设数据中台。到２０２６年底，接入系统１００个以上，数据共享率达到９５％。（责任单位：市数据局，完成时限：２０２５年１２月底前）\n２．完善目录。\n';
    const doc = parseDocument(text, { file: 'full-width.txt' }).documents[0];
    expect([doc?.year, doc?.period]).toEqual([2025, { start: 2025, end: 2025 }]);
    expect(doc?.targets.map((t) => [t.value, t.deadline?.year])).toEqual([
      [100, 2026],
      [95, 2026],
    ]);
    expect(doc?.assignments.map((a) => a.due)).toEqual(['2025-12-31']);
    if (doc) expectExactQuotes(text, doc);
  });
});
