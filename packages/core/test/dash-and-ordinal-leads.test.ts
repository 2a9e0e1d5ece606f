// Measures under a chapter of tasks set off by a dash (——建设高标准农田。…) or numbered by ordinal words on paragraphs of
// their own (一是开展背街小巷整治。…, 二是…): each is an item as a bulleted one is; the dash and the ordinal word are no
// part of its heading, and the ordinal word is its label. Under a goals heading a dash still sets off a goal.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'leads.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

describe('measures set off by a dash under a chapter of tasks', () => {
  it('should read each as a task with its own duty, its heading without the dash', () => {
    const text = outdent`
      某某县2024年乡村振兴工作要点
      一、确保粮食安全
      　　稳定粮食播种面积，确保粮食产量稳定在30万吨以上。
      　　——落实耕地保护责任。耕地保有量不低于80万亩。（责任单位：县自然资源局）
      　　——建设高标准农田。新建高标准农田2万亩。（责任单位：县农业农村局）
      二、发展乡村特色产业
      --壮大茶产业。茶园面积稳定在10万亩。（责任单位：县茶产业发展中心）
      --发展乡村旅游。创建省级乡村旅游重点村3个。（责任单位：县文旅局）
    `;
    const doc = plan(text);
    expect(doc.tasks.map((t) => `${t.label}|${t.title}|${t.sectionPath.join('/')}`)).toEqual([
      'null|落实耕地保护责任|确保粮食安全',
      'null|建设高标准农田|确保粮食安全',
      'null|壮大茶产业|发展乡村特色产业',
      'null|发展乡村旅游|发展乡村特色产业',
    ]);
    expect(doc.assignments.map((a) => a.leadUnits.join())).toEqual(['县自然资源局', '县农业农村局', '县茶产业发展中心', '县文旅局']);
    expectExactQuotes(text, doc);
  });

  it('should leave dashed goals under a goals heading as goals', () => {
    const text = outdent`
      某某市人工智能产业行动计划（2024—2026年）
      一、总体要求
      　　到2026年，人工智能产业规模突破1000亿元。
      　　——创新能力。打造国家级创新平台3个。
      　　——集群发展。打造特色园区10个。
      二、重点任务
      （一）统筹布局智算中心。建设智算中心2个。
    `;
    const doc = plan(text);
    expect(doc.sections.map((s) => s.title)).toEqual(['总体要求', '重点任务']);
    expect(doc.goals.map((g) => g.title)).toEqual(['到2026年，人工智能产业规模突破1000亿元', '创新能力', '集群发展']);
    expect(doc.tasks.map((t) => t.title)).toEqual(['统筹布局智算中心']);
  });
});

describe('paragraphs numbered by ordinal words under a chapter', () => {
  it('should label each with its ordinal word and title it without', () => {
    const text = outdent`
      某某区2024年城市管理工作要点
      一、提升市容环境品质
      　　一是开展背街小巷整治。整治背街小巷50条。（责任单位：区城管局）
      　　二是推进垃圾分类。生活垃圾回收利用率达到40%。（责任单位：区城管局）
      　　三是加强户外广告管理。拆除违规广告牌200块。（责任单位：区城管局、各街道）
      二、加强城市精细化管理
      　　● 一是推进智慧城管建设。建成城市运行管理服务平台。（责任单位：区城管局）
      　　● 二是开展违法建设治理。拆除违法建设10万平方米。（责任单位：区住建局）
    `;
    const doc = plan(text);
    expect(doc.tasks.map((t) => `${t.label}|${t.number}|${t.title}`)).toEqual([
      '一是|1|开展背街小巷整治',
      '二是|2|推进垃圾分类',
      '三是|3|加强户外广告管理',
      '一是|1|推进智慧城管建设',
      '二是|2|开展违法建设治理',
    ]);
    expect(doc.assignments.map((a) => a.leadUnits.join())).toEqual(['区城管局', '区城管局', '区城管局', '区城管局', '区住建局']);
    expectExactQuotes(text, doc);
  });

  it('should keep an ordinal word out of sequence in the heading it opens', () => {
    const text = outdent`
      某某区2024年城市管理工作要点
      一、提升市容环境品质
      　　开展背街小巷整治。整治背街小巷50条。（责任单位：区城管局）
      　　三是推进垃圾分类。生活垃圾回收利用率达到40%。（责任单位：区城管局）
    `;
    expect(plan(text).tasks.map((t) => `${t.label}|${t.title}`)).toEqual(['null|开展背街小巷整治', 'null|三是推进垃圾分类']);
  });
});
