// A document number that shares its line with the date and the page's fields (闽应急〔2025〕9号　发布日期：2025-02-28　来源：…),
// or stands in a Markdown quote (> 闽应急〔2025〕9号), as pages and their Markdown copies print it under the title.
import { describe, expect, it } from 'vitest';
import { ownDocNumber } from '../src/parse/doc-number.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a document number beside the date', () => {
  it('should read the number before a date or the page’s fields, and not one inside a sentence', () => {
    for (const line of ['闽应急〔2025〕9号　　2025年2月27日', '> 闽应急〔2025〕9号', '> 闽应急〔2025〕9号　发布日期：2025-02-28　来源：福建省应急管理厅']) {
      const n = ownDocNumber(line);
      expect(n && line.slice(n.from, n.to), line).toBe('闽应急〔2025〕9号');
    }
    expect(ownDocNumber('根据闽应急〔2025〕9号文件要求，2025年2月27日前完成')).toBeNull();
    expect(ownDocNumber('闽应急〔2025〕9号2025年2月27日')).toBeNull();
  });

  it('should give the plan the number, quoted from its line', () => {
    const text = '# 福建省应急管理厅关于印发《2025年全省应急管理工作要点》的通知\n\n> 闽应急〔2025〕9号　发布日期：2025-02-28　来源：福建省应急管理厅\n\n各设区市应急管理局：\n\n现将《2025年全省应急管理工作要点》印发给你们，请认真贯彻落实。\n\n福建省应急管理厅\n\n2025年2月27日\n\n## 2025年全省应急管理工作要点\n\n### 一、重点任务\n\n1. 强化安全监管。全面开展隐患排查。\n2. 提升救援能力。建成救援队伍10支。\n';
    const doc = parseDocument(text, { file: 'quote.md' }).documents[0];
    expect(doc?.docNumber).toBe('闽应急〔2025〕9号');
    const at = doc?.provenance.docNumber?.position;
    expect(at && text.slice(at.start.offset, at.end.offset)).toBe('闽应急〔2025〕9号');
  });
});
