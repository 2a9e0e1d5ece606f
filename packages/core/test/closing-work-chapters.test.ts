// A closing chapter named by the work of carrying the plan out (四、抓好工作落实, 四、强化组织保障) over one paragraph,
// after chapters of items: no task, as 保障措施 over one paragraph (crafted 要点 of a city's 民政局 and 方案 of a district,
// parser reach, round 9, helper r9-structure); where every chapter is one paragraph, it is a measure among measures.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'closing-work.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('a closing chapter named with a verb', () => {
  it('should state no task after chapters of items', () => {
    const text = [
      '某市民政局2025年民政工作要点',
      '一、兜牢基本民生保障底线',
      '1.健全分层分类社会救助体系。完善低收入人口动态监测信息平台。',
      '2.做好困难群众基本生活保障。按时足额发放救助资金。',
      '二、推进养老服务体系建设',
      '3.发展社区嵌入式养老服务。新建社区养老服务综合体10处。',
      '三、抓好工作落实',
      '各区县民政部门要对照工作要点，细化工作措施，确保各项任务落地见效。',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['健全分层分类社会救助体系', '做好困难群众基本生活保障', '发展社区嵌入式养老服务']);
    expect(doc?.sections.at(-1)?.role).toBe('context');
  });

  it('should do so for 强化组织保障 after sections of measures', () => {
    const text = ['某区2025年制造业数字化转型实施方案', '一、重点任务', '（一）推进智能工厂建设。新建智能工厂10家。', '（二）培育工业互联网平台。培育区级平台5个。', '二、强化组织保障', '区工业和信息化局牵头建立工作推进机制，确保各项任务按期完成。'].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['推进智能工厂建设', '培育工业互联网平台']);
  });

  it('should keep it a task where every chapter is one measure, and keep a chapter of work so', () => {
    const notice = ['某市关于做好2025年春季农业生产工作的通知', '一、稳定粮食播种面积。确保全市粮食播种面积稳定。', '二、抓好农资供应保障。加强农资市场监管。', '三、加强组织领导。各地要压实属地责任。'].join('\n');
    expect(parseOne(notice)?.tasks.map((t) => t.title)).toEqual(['稳定粮食播种面积', '抓好农资供应保障', '加强组织领导']);
    const work = ['某区2025年工作方案', '一、重点任务', '（一）推进智能工厂建设。新建智能工厂10家。', '二、强化要素支撑能力', '加大土地、资金等要素供给，保障重点项目落地。'].join('\n');
    expect(parseOne(work)?.tasks.map((t) => t.title)).toEqual(['推进智能工厂建设', '强化要素支撑能力']);
  });
});
