// One list of the status words (parse/metadata.ts STATUS_WORDS), read by the title reader (segment.ts) and the
// metadata readers. The title reader had its own list without 试行 and 暂行.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { isStatusLine, statusFromText, statusMarkerIn, titleCore } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('the status words', () => {
  it('should state a status for drafts only: 试行 and 暂行 mark a final version', () => {
    expect(statusFromText('（征求意见稿）')).toBe('consultation-draft');
    expect(statusFromText('（公开征求意见稿）')).toBe('consultation-draft');
    expect(statusFromText('（送审稿）')).toBe('draft');
    expect(statusFromText('（试行）')).toBeNull();
    expect(statusFromText('（暂行）')).toBeNull();
    expect(isStatusLine('（试行）')).toBe(true);
    expect(isStatusLine('（暂行）')).toBe(true);
  });

  it('should find the marker that states a status after one that does not', () => {
    expect(statusMarkerIn('某市公共数据开放实施方案（试行）（征求意见稿）')).toEqual({ from: 16, to: 23, status: 'consultation-draft' });
    expect(statusMarkerIn('某市公共数据开放实施方案（暂行）')).toBeNull();
  });

  it('should cut 试行 and 暂行 from a title as it cuts the drafts', () => {
    const title = '某市公共数据开放实施方案（试行）';
    expect(title.slice(titleCore(title).from, titleCore(title).to)).toBe('某市公共数据开放实施方案');
  });

  it("should read a title's status after a （试行） marker", () => {
    const text = outdent`
      某市公共数据开放实施方案（试行）（征求意见稿）

      一、重点任务
      （一）推进共享。建设平台。
      （二）完善标准。制定规范。
    `;
    const [doc] = parseDocument(text, { file: 'status.txt' }).documents;
    expect(doc?.status).toBe('consultation-draft');
    expect(doc?.provenance.status?.quote).toBe('（征求意见稿）');
  });
});
