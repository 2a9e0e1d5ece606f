// The head of a plan's page when its whole text came on one line: a legal database's export, which prints the notice's
// title twice (the second time with other brackets or dashes) before its number, and a government site's information
// table whose cells are still parted by tabs but each value runs into the next field's label
// (2019年01月24日标　　题：⇥…的通知发文字号：⇥国发〔2019〕4号). The document number must be read from both.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, quoted } from './helpers.js';

const BODY =
  '为加快数字经济发展，结合我省实际，制定本计划。一、重点任务（一）建设算力基础设施。新建标准机架5万个。（省发展改革委牵头）' +
  '（二）培育数据要素市场。培育数据商50家。（省数据局牵头）';

const read = (text: string) => {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents.find((d) => d.tasks.length > 0);
  if (doc) expectExactQuotes(text, doc);
  return doc;
};

describe('the head of a plan flattened to one line', () => {
  it('should read the number after a notice title printed twice in two spellings', () => {
    const text =
      '【法宝引证码】 CLI.12.4638000原文链接：https://www.pkulaw.com/lar/0abc.html某省人民政府办公厅关于印发某省数字经济发展行动计划(2024—2026年)的通知' +
      '某省人民政府办公厅关于印发某省数字经济发展行动计划（2024-2026年）的通知（某政办秘〔2024〕15号）各市人民政府，省政府各部门：' +
      '现将《某省数字经济发展行动计划（2024-2026年）》印发给你们，请认真抓好落实。某省人民政府办公厅2024年3月8日某省数字经济发展行动计划（2024-2026年）' +
      BODY;
    const doc = read(text);
    expect([doc?.docNumber, doc?.date]).toEqual(['某政办秘〔2024〕15号', '2024-03-08']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力基础设施', '培育数据要素市场']);
  });

  it('should read the fields of an information table whose values run into the next label', () => {
    const text =
      '索 引 号：\t000014349/2024-00012\t主题分类：\t科技、教育\\教育发文机关：\t某省人民政府\t成文日期：\t2024年03月08日标\u3000\u3000题：\t' +
      '某省人民政府关于印发某省数字经济发展行动计划的通知发文字号：\t某政发〔2024〕9号\t发布日期：\t2024年03月12日' +
      '某省人民政府关于印发某省数字经济发展行动计划的通知各市人民政府，省政府各部门：现将《某省数字经济发展行动计划》印发给你们，请认真贯彻执行。' +
      '某省人民政府2024年3月8日某省数字经济发展行动计划' +
      BODY;
    const doc = read(text);
    expect([doc?.docNumber, doc?.date]).toEqual(['某政发〔2024〕9号', '2024-03-08']);
    expect(doc && quoted(text, doc, 'docNumber')).toBe('某政发〔2024〕9号');
  });

  it('should not cut a cell that is a label whole at a shorter label inside it (成文日期： is no 成文 and 日期：)', () => {
    const text = `\t发文机关：\t某省人民政府\t成文日期：\t2024年03月08日\n某省数字经济发展行动计划\n${BODY}`;
    const doc = read(text);
    expect(doc?.date).toBe('2024-03-08');
    expect(doc && quoted(text, doc, 'date')).toBe('成文日期：\t2024年03月08日');
  });
});
