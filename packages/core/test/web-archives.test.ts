// Web archives (MHTML): a page and its files in one MIME message, as browsers save "Webpage, Single File" (.mhtml,
// .mht) and Word saves "Single File Web Page", the page quoted-printable (or base64) in the page's charset. Sites'
// 下载/导出Word links serve Word's archive named .doc. Such a file was read as text: its escapes (=B9=FE…) and Word's
// styles (16.0pt read as items numbered 16.) made a plan of nonsense, or none.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { detectSourceFormat } from '../src/source/source-format.js';
import { expectExactQuotes } from './helpers.js';

const TITLE = '某区2024年生活垃圾分类工作实施方案';
const WORD_PAGE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15"><title>${TITLE}</title><style>p.MsoNormal {margin:0cm; font-size:10.5pt;}</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>${TITLE}</span></b></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>为深入推进生活垃圾分类工作，结合我区实际，制定本方案。</span></p>
<p class=MsoNormal><span style='font-size:16.0pt'>一、工作目标</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>到2024年底，全区生活垃圾回收利用率达到40%以上。</span></p>
<p class=MsoNormal><span style='font-size:16.0pt'>二、主要任务</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>（一）完善分类投放设施。新建分类投放点800个。（责任单位：区城管局）</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>（二）健全分类收运体系。配齐分类运输车辆120辆。（责任单位：区城管局、区交通运输局）</span></p>
<p class=MsoNormal align=right><span style='font-size:16.0pt'>某区城市管理局</span></p>
<p class=MsoNormal align=right><span style='font-size:16.0pt'>2024年3月1日</span></p>
</div></body></html>`;

/** Quoted-printable, as mail and web archives write it: bytes outside printable ASCII and `=` escaped, lines of 76 at most with soft breaks. */
function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const raw of bytes.toString('latin1').split('\n')) {
    let line = '';
    for (const ch of raw) {
      const c = ch.charCodeAt(0);
      const piece = c === 0x3d || c > 0x7e || (c < 0x20 && c !== 0x09) ? `=${c.toString(16).toUpperCase().padStart(2, '0')}` : ch;
      if (line.length + piece.length > 75) {
        lines.push(`${line}=`);
        line = '';
      }
      line += piece;
    }
    lines.push(line);
  }
  return lines.join('\r\n');
}

function wordArchive(): Buffer {
  const boundary = '----=_NextPart_01DA7B2C.3E5F1A20';
  return Buffer.concat([
    Buffer.from(`MIME-Version: 1.0\r\nX-Document-Type: Word\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n`),
    iconv.encode('此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n', 'gb18030'),
    Buffer.from(`--${boundary}\r\nContent-Location: file:///C:/D5F1A2B3/file.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n`),
    Buffer.from(quotedPrintable(iconv.encode(WORD_PAGE, 'gb18030'))),
    Buffer.from(`\r\n\r\n--${boundary}\r\nContent-Location: file:///C:/D5F1A2B3/file_files/themedata.thmx\r\nContent-Transfer-Encoding: base64\r\nContent-Type: application/vnd.ms-officetheme\r\n\r\nUEsDBBQABgAIAAAAIQ==\r\n\r\n--${boundary}--\r\n`),
  ]);
}

function browserArchive(encoding: 'quoted-printable' | 'base64'): Buffer {
  const boundary = '----MultipartBoundary--Xr0wQz7o1ZPXHkB9dxJ8mC4yFo2Lq1nEbU8kTq3Rs----';
  const page = Buffer.from(WORD_PAGE.replace('charset=gb2312', 'charset=utf-8'), 'utf8');
  const body = encoding === 'base64' ? (page.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n') : quotedPrintable(page);
  return Buffer.from(
    `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/zwgk/t20240301_1.html\r\nSubject: =?utf-8?Q?=E6=9F=90=E5=8C=BA?=\r\nDate: Fri, 1 Mar 2024 10:21:33 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n--${boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-5E1B7C0D@mhtml.blink>\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: https://www.example.gov.cn/zwgk/t20240301_1.html\r\n\r\n${body}\r\n--${boundary}\r\nContent-Type: text/css\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n.w1200 { width: 1200px; }\r\n\r\n--${boundary}--\r\n`,
  );
}

describe('a web archive', () => {
  for (const [name, path, bytes] of [
    ["Word's Single File Web Page (.mht, gb2312, quoted-printable)", 'plan.mht', wordArchive()],
    ["Word's archive served as .doc", 'plan.doc', wordArchive()],
    ["a browser's Webpage, Single File (.mhtml, UTF-8, quoted-printable)", 'plan.mhtml', browserArchive('quoted-printable')],
    ['a browser archive with its page in base64', 'plan.mhtml', browserArchive('base64')],
  ] as const) {
    it(`should be read as the page it holds: ${name}`, async () => {
      expect(detectSourceFormat(path, bytes)).toBe('html');
      const converted = await convertSource(bytes, 'html');
      expect(converted.notes).toEqual([]);
      expect(converted.text).toContain('（二）健全分类收运体系。配齐分类运输车辆120辆。');
      expect(converted.text).not.toMatch(/=[0-9A-F]{2}|16\.0pt/);
      const doc = parseDocument(converted.text, { format: 'text' }).documents[0];
      expect([doc?.title, doc?.issuer, doc?.date]).toEqual([TITLE, '某区城市管理局', '2024-03-01']);
      expect(doc?.tasks.map((t) => t.label)).toEqual(['（一）', '（二）']);
      if (doc) expectExactQuotes(converted.text, doc);
    });
  }

  it('should say so when it holds no page, and leave a text that quotes a mail header to be text', async () => {
    const empty = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n');
    const converted = await convertSource(empty, 'html');
    expect(converted.notes.map((n) => [n.code, n.severity])).toEqual([['no-article', 'error']]);
    expect(detectSourceFormat('plan.txt', Buffer.from('某市2024年工作要点\nContent-Type: multipart/related 是一种格式。\n一、总体要求\n'))).toBe('text');
  });
});
