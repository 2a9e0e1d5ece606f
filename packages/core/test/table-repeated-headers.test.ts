// A task table's header row again below its rows (crafted 任务分解 plans of two cities and a 任务清单, parser reach,
// round 9, helper r9-structure): under the next heading of the outline it starts that heading's own table; between rows
// (a table over several pages, its header repeated on each) it is no row.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'tables.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('a task table\'s header repeated', () => {
  it('should start a table of its own under each chapter (TAB rows)', () => {
    const text = [
      '某市2025年稳就业工作任务分解',
      '一、实施就业优先政策',
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t落实稳岗返还政策，全年返还失业保险费5000万元\t市人社局\t2025年12月',
      '2\t开展创业担保贷款扶持\t市人社局、市财政局\t2025年12月',
      '二、强化重点群体就业帮扶',
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t促进高校毕业生就业，开发见习岗位2000个\t市人社局\t2025年9月',
      '2\t做好农民工返乡就业服务\t市农业农村局\t长期坚持',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.sections.map((s) => s.title)).toEqual(['实施就业优先政策', '强化重点群体就业帮扶']);
    expect(doc?.tasks.map((t) => [t.title, t.sectionPath.join('>')])).toEqual([
      ['落实稳岗返还政策，全年返还失业保险费5000万元', '实施就业优先政策'],
      ['开展创业担保贷款扶持', '实施就业优先政策'],
      ['促进高校毕业生就业，开发见习岗位2000个', '强化重点群体就业帮扶'],
      ['做好农民工返乡就业服务', '强化重点群体就业帮扶'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits[0])).toEqual(['市人社局', '市人社局', '市人社局', '市农业农村局']);
  });

  it('should start one under each section so (pipe rows)', () => {
    const text = [
      '某市2025年优化营商环境重点任务分解方案',
      '（一）提升政务服务效能',
      '|序号|具体任务|牵头单位|配合单位|完成时限|',
      '|1|推行“高效办成一件事”|市行政审批局|市直有关部门|2025年12月|',
      '|2|深化工程建设项目审批制度改革|市住建局|市行政审批局|2025年10月|',
      '（二）优化法治化营商环境',
      '|序号|具体任务|牵头单位|配合单位|完成时限|',
      '|1|规范涉企行政检查|市司法局|市直执法部门|2025年9月|',
      '|2|加强知识产权保护|市市场监管局|市法院|2025年12月|',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.title, t.sectionPath.join('>')])).toEqual([
      ['推行“高效办成一件事”', '提升政务服务效能'],
      ['深化工程建设项目审批制度改革', '提升政务服务效能'],
      ['规范涉企行政检查', '优化法治化营商环境'],
      ['加强知识产权保护', '优化法治化营商环境'],
    ]);
  });

  it('should read a header repeated between rows as no row, in one table', () => {
    const text = [
      '某市2025年改革任务清单',
      '序号\t改革任务\t责任单位\t完成时限',
      '1\t完善生态产品调查监测机制\t市自然资源局\t2025年6月',
      '2\t健全生态产品价值评价体系\t市发改委\t2025年9月',
      '序号\t改革任务\t责任单位\t完成时限',
      '3\t健全生态产品保护补偿机制\t市财政局\t2025年12月',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.title).toBe('某市2025年改革任务清单');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['完善生态产品调查监测机制', '健全生态产品价值评价体系', '健全生态产品保护补偿机制']);
  });
});
