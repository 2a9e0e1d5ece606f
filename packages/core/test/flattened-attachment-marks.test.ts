// Attachments copied together and flattened (one line, or a space or a tab for each line break): the second one's
// mark and title follow the first one's last sentence or duty bracket (…支持企业转型。附件2某区…重点任务清单1.完成…).
// A notice that issues a plan with its task list, and a file of a notice's attachments, set each under its mark (附件1,
// 附件2) on a page of its own; run on, the second attachment was read as the first one's last item and lost.
// Crafted probes of hB's twelfth round: 丰泽区 (with and without the notice), 南安市 (below, a 行动方案 and its 分工表).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const NOTICE = [
  '某市人民政府办公室关于印发某市2025年数字化转型工作方案和重点任务清单的通知',
  '某政办〔2025〕8号',
  '各镇人民政府，市直有关单位：',
  '现将《某市2025年数字化转型工作方案》《某市2025年数字化转型重点任务清单》印发给你们，请认真组织实施。',
  '某市人民政府办公室',
  '2025年3月12日',
];
const ATTACHMENTS = [
  '附件1',
  '某市2025年数字化转型工作方案',
  '为加快推进全市制造业数字化转型，制定本方案。',
  '一、重点任务',
  '（一）开展数字化诊断服务。组织服务商为企业开展免费诊断。（牵头单位：市工信局）',
  '（二）强化资金支持。统筹产业发展资金支持企业转型。',
  '附件2',
  '某市2025年数字化转型重点任务清单',
  '1.完成规上工业企业数字化诊断150家（责任单位：市工信局，完成时限：2025年12月底）',
  '2.新培育省级智能工厂2家（责任单位：市工信局，完成时限：2025年11月底）',
];

describe('an attachment mark run on after the attachment before it', () => {
  for (const [name, lines] of [
    ['with its notice', [...NOTICE, ...ATTACHMENTS]],
    ['without a notice', ATTACHMENTS],
  ] as const) {
    for (const join of ['', ' ', '\t']) {
      it(`should read the second attachment as a plan of its own, ${name}, joined by ${JSON.stringify(join)}`, () => {
        const text = lines.join(join);
        const docs = parseDocument(text).documents;
        const list = docs.find((d) => d.title === '某市2025年数字化转型重点任务清单');
        expect(list?.tasks.map((t) => t.title)).toEqual(['完成规上工业企业数字化诊断150家', '新培育省级智能工厂2家']);
        const plan = docs.find((d) => d.title === '某市2025年数字化转型工作方案');
        expect(plan?.tasks.map((t) => t.title)).toEqual(['开展数字化诊断服务', '强化资金支持']);
        for (const doc of docs) expectExactQuotes(text, doc);
      });
    }
  }

  it('should tell the mark’s number from a title’s year, and cut a task table’s title before its first heading', () => {
    const text = [
      '附件1', '南安市2025年工业稳增长行动方案', '为推动工业经济稳中有进，制定本方案。', '一、主要任务',
      '（一）抓好项目建设。推动30个重点工业项目开工。（责任单位：市工信局）', '（二）扶持企业发展。（责任单位：市财政局）',
      '附件2', '2025年工业稳增长任务分工表', '一、项目建设', '1.推动30个重点工业项目开工（责任单位：市工信局）',
      '2.新增规上工业企业50家（责任单位：市工信局）',
    ].join('');
    const docs = parseDocument(text).documents;
    expect(docs.map((d) => d.title)).toEqual(['南安市2025年工业稳增长行动方案', '2025年工业稳增长任务分工表']);
  });

  it('should leave an attachment named in a sentence where it is', () => {
    const text = '某市2025年数字化转型工作方案一、重点任务（一）开展诊断服务。组织服务商为企业开展免费诊断，名单见附件。附件1所列企业由市工信局负责联系，每月调度一次进展情况。（二）强化资金支持。统筹资金支持企业转型。';
    const doc = parseDocument(text).documents;
    expect(doc).toHaveLength(1);
    expect(doc[0]!.tasks.map((t) => t.title)).toEqual(['开展诊断服务', '强化资金支持']);
  });
});
