// Zero-width characters in text copied from a web page. UEditor, the editor most Chinese government sites publish
// with, fills empty spans with U+200B, and copies keep it; joiners and a byte-order mark pasted into the middle of a
// text are as invisible. Read as characters, one after a full stop hid the stop from every rule that looks at a line's
// end (a notice's date, a task's end, a table's rows), so the parser reads the text without them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { invisibleRanges } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const ZW = '\u200b';

describe('invisibleRanges', () => {
  it('should find zero-width spaces, joiners and a byte-order mark inside the text, runs as one range', () => {
    expect(invisibleRanges(`一、总体要求${ZW}${ZW}\n推进\u2060建设\ufeff。`)).toEqual([
      [6, 8],
      [11, 12],
      [14, 15],
    ]);
  });

  it('should leave a leading byte-order mark and visible spaces alone', () => {
    expect(invisibleRanges('\ufeff一、总体要求\u3000 \u00a0推进')).toEqual([]);
  });
});

describe('a plan copied from a page with zero-width spaces', () => {
  const text = [
    `关于印发某县2024年数字乡村建设工作要点的通知${ZW}`,
    `各乡镇人民政府，县直各部门：${ZW}`,
    `现将《某县2024年数字乡村建设工作要点》印发给你们，请认真贯彻落实。${ZW}`,
    `某县人民政府办公室${ZW}`,
    `2024年3月15日${ZW}`,
    '某县2024年数字乡村建设工作要点',
    `一、夯实数字基础设施${ZW}`,
    `1.推进农村网络建设。${ZW}新建5G基站120个，行政村千兆光网覆盖率达到90%以上。${ZW}（牵头单位：县工业和信息化局）${ZW}`,
    `2.建设数字乡村平台。${ZW}整合涉农数据资源，建成县级数字乡村综合服务平台。${ZW}（牵头单位：县农业农村局）${ZW}`,
  ].join('\n');

  it('should read its notice, tasks, targets and duties as if they were not there, quoting the source exactly', () => {
    const doc = parseDocument(text, { file: 'zw.txt' }).documents[0];
    expect(doc?.title).toBe('某县2024年数字乡村建设工作要点');
    expect(doc?.date).toBe('2024-03-15');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进农村网络建设', '建设数字乡村平台']);
    expect(doc?.targets.map((t) => [t.value, t.unit])).toEqual(expect.arrayContaining([[120, '个'], [90, '%']]));
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['县工业和信息化局', '县农业农村局']);
    // Note: a quote is the source as it stands, invisible characters and all; the reading skips them.
    expect(doc?.tasks[0]?.body).toContain(ZW);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read Markdown with zero-width spaces the same way', () => {
    const md = `# 某县2024年数字乡村建设工作要点${ZW}\n\n## 一、夯实数字基础设施${ZW}\n\n1. **推进农村网络建设。**${ZW}新建5G基站120个。${ZW}\n2. **建设数字乡村平台。**${ZW}建成县级平台。\n`;
    const doc = parseDocument(md, { file: 'zw.md' }).documents[0];
    expect(doc?.title).toBe('某县2024年数字乡村建设工作要点');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进农村网络建设', '建设数字乡村平台']);
    if (doc) expectExactQuotes(md, doc);
  });
});
