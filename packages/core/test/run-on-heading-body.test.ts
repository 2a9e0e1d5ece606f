// A heading with no full stop run on into its body (…(十九)产业集群提质场景鼓励“十强产业”雁阵形集群…), as a page flattened to
// one line sets it, or a paragraph whose bold heading lost its weight: the title ends where a word that opens a plan's
// sentence (坚持, 聚焦, 围绕, 立足, 鼓励, 依托, 到2027年 …) starts the body.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const titles = (text: string) => {
  const doc = parseDocument(text, { file: 'run-on.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc?.tasks.map((t) => t.title);
};

describe('a heading run on into its body', () => {
  it('should end the title where the body opens, laid out a paragraph an item and flattened', () => {
    const items = [
      '（一）产业集群提质场景鼓励“十强产业”雁阵形集群积极释放海量场景，为搭建集群共生场景体系提供支撑。',
      '（二）重点企业升级场景聚焦提升企业核心竞争力，鼓励企业开放内部场景。',
      '（三）海洋科创硅谷打造科产融合创新集聚区依托国内首个部省共建的国家海洋综合试验场，建设海洋科创中心。',
      '（四）数字人才引育工程到2027年，引进培育数字领域高层次人才500名。',
    ];
    const expected = ['产业集群提质场景', '重点企业升级场景', '海洋科创硅谷打造科产融合创新集聚区', '数字人才引育工程'];
    expect(titles(`某省场景创新行动计划\n一、重点任务\n${items.join('\n')}\n`)).toEqual(expected);
    expect(titles(`某省场景创新行动计划一、重点任务${items.join('')}`)).toEqual(expected);
  });

  it('should leave a long first clause whole where no such word opens a body, or the word stands inside a title or quote', () => {
    const text = outdent`
      某市数字经济工作要点
      一、重点任务
      1.把实施好宏观政策和深化“放管服”改革结合起来，提高宏观政策实施的时效性和精准性。
      2.做好《数字青岛“十五五”发展规划》编制工作并按程序报批，开展中期评估。
      3.制定《青岛市坚持创新驱动发展行动方案》并组织实施，推动政策落地。
    `;
    const heads = ['把实施好宏观政策和深化“放管服”改革结合起来', '做好《数字青岛“十五五”发展规划》编制工作并按程序报批', '制定《青岛市坚持创新驱动发展行动方案》并组织实施'];
    // Note: an item that is one long sentence is titled by the sentence; its first clause stays whole.
    expect(titles(text)?.map((t, k) => t.startsWith(heads[k] as string))).toEqual([true, true, true]);
  });
});
