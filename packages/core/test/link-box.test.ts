// A web page copied whole ends with its box of links (相关链接：, then the titles of other pages, numbered or not, and
// 上一篇 / 下一篇). Every portal sets one under its articles; the numbered titles read as more tasks of the plan, and a
// 版记 above them was no longer the text's end.
import { describe, expect, it } from 'vitest';
import { linkBoxLines } from '../src/parse/debris.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const PLAN = [
  '某市2024年优化营商环境工作要点',
  '一、提升政务服务效能',
  '1.推进“一网通办”。政务服务事项网上可办率达到95%以上。（牵头单位：市政务服务管理局）',
  '2.压缩办理时限。企业开办时间压缩至1个工作日。（牵头单位：市市场监管局）',
  '抄送：市委各部门，市人大常委会办公厅，市政协办公厅。',
  '某市人民政府办公室2024年3月15日印发',
].join('\n');

describe('a web page’s box of links under the article', () => {
  it('should drop the box, its numbered titles and the previous and next links, and keep the plan and its 版记', () => {
    const text = `${PLAN}\n相关链接：\n1. 关于印发某市2023年优化营商环境工作要点的通知\n2. 《某市2024年优化营商环境工作要点》解读\n上一篇：关于做好2024年春节期间安全生产工作的通知\n下一篇：某区2024年重点工作任务\n`;
    expect(linkBoxLines(linesFromText(text))).toHaveLength(6);
    const doc = parseDocument(text, { file: 'page.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进“一网通办”', '压缩办理时限']);
    expect(doc?.date).toBe('2024-03-15');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep a heading of that name followed by text, and a box that is not the text’s end', () => {
    // 相关政策 heading a paragraph of the plan itself.
    expect(linkBoxLines(linesFromText(`${PLAN}\n相关政策：\n对符合条件的企业给予一次性奖励，最高不超过50万元。`))).toEqual([]);
    // More lines than a box holds after the heading: the text goes on.
    const long = Array.from({ length: 25 }, (_, k) => `${k + 1}.第${k + 1}项工作安排`).join('\n');
    expect(linkBoxLines(linesFromText(`相关文件\n${long}`))).toEqual([]);
  });
});
