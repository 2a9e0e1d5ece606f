// A plan's task list attached after it as numbered items, not a table: the plan's text points to it (…见附件。) and the
// attachment, titled as a list of tasks, sets them out one item each. Its items are the plan's tasks, under the item
// that points to them, with their duties and figures; the list is no plan of its own.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const PLAN = [
  '某某县2025年优化营商环境工作要点',
  '',
  '为持续优化营商环境，制定本要点。',
  '',
  '一、工作目标',
  '全县营商环境评价进入全市前列。',
  '二、重点任务',
  '围绕政务服务、要素保障、法治环境等方面实施重点任务3项，具体任务及责任分工见附件。',
  '三、保障措施',
  '各牵头单位要细化工作举措，确保按期完成。',
  '',
  '附件：某某县2025年优化营商环境重点任务清单',
  '',
  '附件',
  '',
  '某某县2025年优化营商环境重点任务清单',
  '',
];
const LIST = [
  '1.推进“一件事一次办”改革。年内实现20个高频事项集成办理。（牵头单位：县政务服务中心）',
  '2.压缩企业开办时间。企业开办全流程压缩至1个工作日内。（牵头单位：县市场监管局）',
  '3.加强用地保障。全年供应工业用地500亩。（牵头单位：县自然资源局）',
];

describe('a task list attached as numbered items', () => {
  it('should read the list’s items as the plan’s tasks under the item that points to it, with duties and figures', () => {
    const text = [...PLAN, ...LIST, ''].join('\n');
    const result = parseDocument(text, { file: 'attached.txt' });
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0];
    // Note: 三、保障措施 over one paragraph is no task (see leaf-closing-chapters.test.ts).
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'context'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title, t.sectionPath.join('/')])).toEqual([
      ['1.', '推进“一件事一次办”改革', '重点任务'],
      ['2.', '压缩企业开办时间', '重点任务'],
      ['3.', '加强用地保障', '重点任务'],
    ]);
    expect(doc?.tasks.map((t) => t.id)).toEqual([1, 2, 3].map((k) => `attached:t${k}`));
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县政务服务中心'], ['县市场监管局'], ['县自然资源局']]);
    expect(doc?.targets.map((t) => [t.value, t.unit])).toEqual([
      [20, '个'],
      [1, '个工作日'],
      [500, '亩'],
    ]);
    expect(doc?.related.map((r) => [r.relation, r.kind, r.title])).toEqual([['attachment', 'task-allocation', '某某县2025年优化营商环境重点任务清单']]);
    expect(result.parts.map((p) => [p.kind, p.isPlan])).toEqual([
      ['work-points', true],
      ['task-allocation', false],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should leave the list a plan of its own when the plan points to attachments twice, or not at all', () => {
    const twice = [...PLAN.slice(0, 9), '具体工作安排见附件2。', ...PLAN.slice(10), ...LIST, ''].join('\n');
    expect(parseDocument(twice, { file: 'twice.txt' }).documents.map((d) => d.tasks.length)).toEqual([1, 3]);
    const none = [...PLAN.slice(0, 7), '围绕政务服务、要素保障、法治环境等方面实施重点任务3项。', ...PLAN.slice(8), ...LIST, ''].join('\n');
    expect(parseDocument(none, { file: 'none.txt' }).documents.map((d) => d.title)).toEqual(['某某县2025年优化营商环境工作要点', '某某县2025年优化营商环境重点任务清单']);
  });

  it('should leave an attached plan in chapters a plan of its own', () => {
    const nested = [...PLAN, '一、提升政务服务', '1.推进“一件事一次办”改革。年内实现20个高频事项集成办理。', '二、加强要素保障', '2.加强用地保障。全年供应工业用地500亩。', ''].join('\n');
    expect(parseDocument(nested, { file: 'nested.txt' }).documents).toHaveLength(2);
  });
});
