// RTF files, as Word and WPS save them and sites' 下载Word links serve them (often named .doc): Chinese as the code
// page's bytes (\'c4\'b3 in ansicpg936) or as \uN escapes, tables as \cell and \row. Such a file was read as text,
// its control words and escapes giving "No plan found" with no reason.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { detectSourceFormat } from '../src/source/source-format.js';
import { expectExactQuotes } from './helpers.js';

/** Text as RTF writes it: ASCII as it is, other characters as GBK bytes (\'hh) or as \uN with a stand-in. */
function escaped(text: string, form: 'bytes' | 'unicode'): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 128) return ch === '\\' || ch === '{' || ch === '}' ? `\\${ch}` : ch;
      if (form === 'unicode') return `\\u${code < 32768 ? code : code - 65536}?`;
      return [...iconv.encode(ch, 'gb18030')].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
    })
    .join('');
}

function rtf(form: 'bytes' | 'unicode'): Buffer {
  const e = (t: string): string => escaped(t, form);
  const paragraphs = ['某县2024年优化营商环境重点任务清单', '为持续优化营商环境，现将2024年重点任务分解如下。', '一、总体要求', '坚持问题导向，全面提升政务服务效能。', '二、重点任务'];
  const rows = [['序号', '重点任务', '牵头单位', '完成时限'], ['1', '企业开办全流程1个工作日内办结', '县市场监管局', '2024年6月底前'], ['2', '工程建设项目审批时间压缩至60个工作日以内', '县住建局', '2024年9月底前']];
  return Buffer.from(
    [
      `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset134 ${e('宋体')};}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\qj Normal;}}{\\*\\generator Microsoft Word 11.0;}{\\info{\\title ${e('方案')}}{\\author lenovo}}`,
      '\\uc1\\pard\\plain\\f0\\fs32',
      ...paragraphs.map((p) => `\\pard\\qj\\fi640 ${e(p)}\\par`),
      ...rows.map((r) => `\\trowd\\cellx1000\\cellx5000\\cellx7000\\cellx9000\n${r.map((c) => `\\pard\\intbl ${e(c)}\\cell `).join('')}\\row`),
      `\\pard\\qr ${e('某县发展和改革局')}\\par\\pard\\qr {\\field{\\*\\fldinst { DATE \\\\@ "yyyy${e('年')}M${e('月')}d${e('日')}" }}{\\fldrslt {2024${e('年')}5${e('月')}6${e('日')}}}}\\par}`,
    ].join('\n'),
    'latin1',
  );
}

describe('an RTF file', () => {
  for (const [name, path, form] of [
    ['named .doc, Chinese as GBK bytes', 'list.doc', 'bytes'],
    ['named .rtf, Chinese as \\u escapes', 'list.rtf', 'unicode'],
  ] as const) {
    it(`should be read as its paragraphs and its table (${name})`, async () => {
      const bytes = rtf(form);
      expect(detectSourceFormat(path, bytes)).toBe('doc');
      const converted = await convertSource(bytes, 'doc');
      const lines = converted.text.split('\n');
      expect(lines.slice(0, 3)).toEqual(['某县2024年优化营商环境重点任务清单', '为持续优化营商环境，现将2024年重点任务分解如下。', '一、总体要求']);
      expect(lines).toContain('| 1 | 企业开办全流程1个工作日内办结 | 县市场监管局 | 2024年6月底前 |');
      expect(converted.text).not.toMatch(/宋体|lenovo|Microsoft|DATE|\\/);
      const doc = parseDocument(converted.text, { format: 'text' }).documents[0];
      expect([doc?.issuer, doc?.date]).toEqual(['某县发展和改革局', '2024-05-06']);
      expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县市场监管局'], ['县住建局']]);
      if (doc) expectExactQuotes(converted.text, doc);
    });
  }
});
