// Unit tests of the converters' parts: charset, tables, PDF geometry, Word numbering, clean-ups.

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chineseNumber, numberingLabels } from '../src/formats/docx-numbering.js';
import { convertHtml } from '../src/formats/html.js';
import { decodeHtml } from '../src/formats/html-charset.js';
import { normaliseCompatibility, restoreLabelBracket } from '../src/formats/normalize.js';
import { continuesInto, countUnmapped, dropCjkSpacing, isContentsLine, isPageNumber, joinWrapped, linesOfPage } from '../src/formats/pdf-lines.js';

const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body><nav><a href="/">首页</a><a href="/x">政务公开</a></nav><div class="main">${body}</div><footer>版权所有 某某市人民政府</footer><script>var x = "脚本里的中文不算";</script></body></html>`;
const PARAGRAPHS = Array.from({ length: 12 }, (_, k) => `<p>（${chineseNumber(k + 1)}）推进第${k + 1}项工作。加强统筹协调，落实工作责任，确保各项任务按期完成。</p>`).join('');

describe('web pages', () => {
  it('should decode a GBK page by its declared charset', async () => {
    const html = page(`<h1>某市2025年工作要点</h1>${PARAGRAPHS}`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某市2025年工作要点_某市人民政府网站</title>');
    const bytes = iconv.encode(html, 'gbk');
    expect(decodeHtml(bytes).encoding).toBe('gb18030');
    const { text, metadata } = await convertHtml(bytes);
    expect(text.split('\n').slice(0, 2)).toEqual(['某市2025年工作要点', '（一）推进第1项工作。加强统筹协调，落实工作责任，确保各项任务按期完成。']);
    expect(text).not.toMatch(/首页|版权所有|脚本/);
    expect(metadata.title).toBe('某市2025年工作要点');
  });

  it('should give a table its rows, repeating a cell that spans rows and keeping a caption row as a line', async () => {
    const table = `<table><tr><td colspan="3">附件 重点任务分工表</td></tr><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td>建设平台<br>完善机制</td><td rowspan="2">市数据局</td></tr><tr><td>2</td><td>推进共享</td></tr></table>`;
    const { text } = await convertHtml(Buffer.from(page(`${PARAGRAPHS}${table}`)));
    expect(text).toContain(['附件 重点任务分工表', '| 序号 | 重点任务 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 建设平台 完善机制 | 市数据局 |', '| 2 | 推进共享 | 市数据局 |'].join('\n'));
  });

  it('should put the ArticleTitle before an article that does not start with it', async () => {
    const { text } = await convertHtml(Buffer.from(page(PARAGRAPHS, '<meta charset="utf-8"><meta name="ArticleTitle" content="某区2026年工作要点"><meta name="PubDate" content="2026-01-05 10:00">')));
    // Note: the page's PubDate is set under the title, as a page shows it.
    expect(text.startsWith('某区2026年工作要点\n发布日期：2026-01-05 10:00\n\n（一）')).toBe(true);
  });
});

describe('PDF lines', () => {
  const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: [...str].length * size, size });

  it('should group items into lines by baseline, left to right', () => {
    const lines = linesOfPage([item('建设', 120, 100), item('一、总体', 90, 100.5), item('第二行', 90, 116)]);
    expect(lines.map((l) => l.text)).toEqual(['一、总体建设', '第二行']);
  });

  it('should join a line that reaches the margin with the next, unless the next is indented or a label', () => {
    const margins = { left: 90, right: 500 };
    const full = { text: '推进…', x: 90, end: 500, y: 100, size: 10 };
    expect(continuesInto(full, { text: '建设。', x: 90, end: 120, y: 116, size: 10 }, margins)).toBe(true);
    expect(continuesInto(full, { text: '新段落', x: 110, end: 200, y: 116, size: 10 }, margins)).toBe(false);
    expect(continuesInto(full, { text: '（二）加强', x: 90, end: 200, y: 116, size: 10 }, margins)).toBe(false);
    expect(continuesInto({ ...full, end: 300 }, { text: '建设。', x: 90, end: 120, y: 116, size: 10 }, margins)).toBe(false);
    expect(joinWrapped('digital ', 'economy')).toBe('digital economy');
    expect(joinWrapped('加快构', '建体系')).toBe('加快构建体系');
  });

  it('should tell page numbers, contents lines and layout spaces', () => {
    for (const n of ['3', '- 3 -', '— 12 —', '第3页', '第 3 页 共 44 页', '3/44']) expect(isPageNumber(n), n).toBe(true);
    for (const n of ['2025年', '（三）', '3.5万']) expect(isPageNumber(n), n).toBe(false);
    expect(isContentsLine('一、背景形势……………………………3')).toBe(true);
    expect(isContentsLine('一、背景形势')).toBe(false);
    expect(dropCjkSpacing('2024 年 7 月 1 日印发 ，共 3 个')).toBe('2024年7月1日印发，共3个');
  });
});

describe('clean-ups', () => {
  it('should read Kangxi radicals as common characters but keep full-width brackets and digits', () => {
    expect(normaliseCompatibility('⼀、加强⽂物保护（⼀）１')).toBe('一、加强文物保护（一）１');
    expect(restoreLabelBracket(' 三）发展目标')).toBe('（三）发展目标');
    expect(restoreLabelBracket('三）发展目标')).toBe('（三）发展目标');
    expect(restoreLabelBracket('（三）发展目标')).toBe('（三）发展目标');
  });
});

describe("Word's automatic numbering", () => {
  it('should count as Word does, in its formats', () => {
    expect([1, 10, 11, 20, 27, 100, 105].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '二十七', '一百', '一百零五']);
    const numbering = `<w:numbering>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const p = (numId: number, ilvl: number): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    const document = [p(1, 0), p(1, 1), p(1, 1), p(2, 0), '<w:p><w:r><w:t>plain</w:t></w:r></w:p>', p(1, 0), p(1, 1)].join('');
    expect(numberingLabels(document, numbering)).toEqual(['一、', '（一）', '（二）', null, '二、', '（一）']);
  });

  it('should draw the traditional-script numerals and the enclosed ones a Chinese Word or WPS offers, and nothing for a format it does not know', () => {
    const level = (ilvl: number, format: string, text: string): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">${level(0, 'taiwaneseCountingThousand', '%1、')}${level(1, 'ideographEnclosedCircle', '%2')}${level(2, 'decimalEnclosedFullstop', '%3')}${level(3, 'hebrew1', '%4.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (ilvl: number): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    const document = [p(0), p(1), p(1), p(2), ...Array.from({ length: 10 }, () => p(0)), p(1), p(3)].join('');
    expect(numberingLabels(document, numbering)).toEqual(['一、', '㈠', '㈡', '⒈', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '㈠', null]);
  });
});

describe('font-mapping repairs', () => {
  it('should read radical forms of the CJK Radicals Supplement, and Kangxi radicals, as the characters they stand for', () => {
    expect(normaliseCompatibility('⻓三⻆⼀体化发展，⺠⽣保障，⻔户⽹站，⻢上就办')).toBe('长三角一体化发展，民生保障，门户网站，马上就办');
    // Full-width labels and digits stay as they are.
    expect(normaliseCompatibility('（⼀）到２０２５年')).toBe('（一）到２０２５年');
  });

  it('should count the characters a font printed without a Unicode map', () => {
    expect(countUnmapped('\ue01a\ue02b推进\ufffd')).toBe(3);
    expect(countUnmapped('（一）推进数据共享')).toBe(0);
  });
});
