// A site's 生成日期 (the date its record of a document was generated, in the information table over the article) and
// the document's own signature: provincial sites (Jiangsu, Hubei, Zhejiang …) label the table's date so, and where the
// two differ the record was made after the document was signed. The signature dates the document; 生成日期 stands in
// only for a document signed nowhere.
import { describe, expect, it } from 'vitest';
import { forms, PLAN_BODY } from './crafted-heads.js';
import { onlyPlan, quoted } from './helpers.js';

const notice = [
  '衢州市数据局关于印发2024年数据工作要点的通知',
  '各县（市、区）数据局，局机关各处室：',
  '　　现将《2024年数据工作要点》印发给你们，请认真贯彻落实。',
  '衢州市数据局',
  '2024年3月14日',
  '2024年数据工作要点',
  ...PLAN_BODY,
];

describe('a site’s 生成日期 and the signature', () => {
  it('should date the document by its signature, laid out or flattened', () => {
    for (const fields of [['索引号：11330800002592599F/2024-123456', '发布机构：衢州市数据局', '生成日期：2024-03-15', '文号：衢数据〔2024〕5号'], ['发文机关\t衢州市数据局\t生成日期\t2024-03-15']]) {
      for (const text of forms([...fields, ...notice])) {
        const doc = onlyPlan(text);
        expect(doc).toMatchObject({ title: '2024年数据工作要点', date: '2024-03-14', issuer: '衢州市数据局' });
        expect(quoted(text, doc, 'date')).toBe('2024年3月14日');
      }
    }
  });

  it('should date a document signed nowhere by 生成日期, before the publication date', () => {
    const text = ['发布机构：某县人民政府办公室', '生成日期：2024-03-15', '发布日期：2024-03-18', '某县2024年数据工作要点', ...PLAN_BODY].join('\n');
    expect(onlyPlan(text).date).toBe('2024-03-15');
  });

  it('should still date a document by its 成文日期 over a signature', () => {
    const text = ['成文日期：2024-03-12', ...notice].join('\n');
    expect(onlyPlan(text).date).toBe('2024-03-12');
  });
});
