// A chapter that closes a plan (保障措施, 组织实施, 工作要求, 组织领导, 实施机制, 其他) with no item under it: one paragraph
// of who organises, funds and checks the work, which a reader counts as no task (real 22, 24, 26 and 32 annotate none;
// crafted plans of a city's 交通运输局 in parts and a district's 营商环境, parser reach, round 9, helper r9-structure).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'closing.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const plan = (closing: string, body: string): string =>
  ['某区2025年优化营商环境工作方案', '一、重点任务', '（一）提升政务服务效能。全年新增集成办理事项10项。', '（二）加强法治保障。推行轻微违法行为免罚清单。', closing, body].join('\n');

describe('a closing chapter with no item under it', () => {
  it('should state no task, whatever closing name it has', () => {
    for (const closing of ['二、保障措施', '二、组织实施', '二、工作要求', '二、组织领导', '二、实施机制', '二、其他']) {
      const doc = parseOne(plan(closing, '各单位要加强协调配合，确保各项任务落到实处。'));
      expect(doc?.tasks.map((t) => t.title)).toEqual(['提升政务服务效能', '加强法治保障']);
      expect(doc?.sections.find((s) => s.depth === 1 && s.label === '二、')?.role).toBe('context');
    }
  });

  it('should do so for a part (第三部分　保障措施) whose measures are counted off by 一是, 二是', () => {
    const text = [
      '某市交通运输高质量发展实施方案',
      '第一部分　重点任务',
      '一、加快综合交通基础设施建设',
      '一是推进高速公路建设。年内建成通车里程60公里。二是提升普通国省干线技术等级。',
      '二、提升运输服务质量',
      '一是发展城市公共交通。新开通优化公交线路20条。',
      '第二部分　保障措施',
      '一是加强组织领导。成立工作专班。二是强化资金保障。积极争取资金支持。',
    ].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['加快综合交通基础设施建设', '提升运输服务质量']);
  });

  it('should keep the items of a closing chapter as tasks, and a leaf chapter of work or an item so named', () => {
    const items = parseOne(plan('二、保障措施', '（一）加强组织领导。成立领导小组。\n（二）强化督查考核。纳入年度考核。'));
    expect(items?.tasks.map((t) => t.title)).toEqual(['提升政务服务效能', '加强法治保障', '加强组织领导', '强化督查考核']);
    const work = parseOne(plan('二、优化政务服务环境', '全面推行“一网通办”，网上可办率达到98%。'));
    expect(work?.tasks.map((t) => t.title)).toEqual(['提升政务服务效能', '加强法治保障', '优化政务服务环境']);
    const item = parseOne(['某区2025年工作方案', '一、重点任务', '（一）组织实施。成立工作专班，推进重点项目建设。', '（二）加强法治保障。推行免罚清单。'].join('\n'));
    expect(item?.tasks.map((t) => t.title)).toEqual(['组织实施', '加强法治保障']);
  });
});
