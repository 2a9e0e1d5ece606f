// Sentences ended by a half-width point after Chinese words (…抽查3000批次以上. / 开展隐患排查整治.全年…), as text typed with a
// Latin keyboard sets them (crafted plans of a 街道's 安全生产 and a city's 市场监管局, parser reach, round 9, helper
// r9-structure): laid out, the item's title ends there; flattened, the next item starts after it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'stops.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const STREET = ['某街道2025年安全生产工作计划', '一、重点工作', '1.开展隐患排查整治.全年检查企业300家次以上.', '2.加强消防安全管理.完成老旧小区消防设施改造5个.', '3.推进安全宣传教育.开展“安全生产月”活动.'];

describe('a half-width point as a sentence\'s full stop', () => {
  it('should end an item\'s title laid out, and start the next item flattened', () => {
    for (const sep of ['\n', '', ' ', '\t']) {
      const doc = parseOne(STREET.join(sep));
      expect(doc?.tasks.map((t) => [t.title, t.body.trim()])).toEqual([
        ['开展隐患排查整治', '全年检查企业300家次以上.'],
        ['加强消防安全管理', '完成老旧小区消防设施改造5个.'],
        ['推进安全宣传教育', '开展“安全生产月”活动.'],
      ]);
    }
  });

  it('should start the next item after one in a plan of full stops', () => {
    const text = ['某市质量提升实施方案', '一、主要任务', '（一）提升产品质量水平', '1．实施质量提升行动。开展质量攻关。', '2、加强重点产品监督抽查。全年完成抽查3000批次以上.', '3.推进一站式服务。新建站点10个。'].join(' ');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['实施质量提升行动', '加强重点产品监督抽查', '推进一站式服务']);
  });

  it('should keep a point between digits, and after a Latin letter, inside a title', () => {
    const doc = parseOne(['某区数字经济工作要点', '一、重点任务', '1.建设5G.A网络。新建基站200个。', '2.推进工业互联网2.0建设。培育平台3个。'].join('\n'));
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设5G.A网络', '推进工业互联网2.0建设']);
  });
});
