// The goals chapter of a plan flattened to one line (or with a space or a tab for each line break): every plan names it
// with two characters and 目标 (行动目标, 建设目标, 预期目标, 年度目标) and opens it with the year or period it aims at, so
// the name ends where that year starts. Read as a heading run into its sentence, the chapter was a task titled with
// its first goal. Crafted probes of hB's twelfth round (西秀区, 宁乡市, 瑞金市) and hA's eleventh (滨海新区).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const plan = (goals: string, join: string): string =>
  [
    '某县2025年优化营商环境攻坚行动实施方案',
    '为持续优化营商环境，结合我县实际，制定本方案。',
    goals,
    '二、重点任务',
    '（一）提升政务服务效能。深化“一件事一次办”改革，推动高频事项集成办理。（责任单位：县政务服务中心）',
    '（二）强化要素保障。加大土地、资金等要素供给，保障重点项目落地。（责任单位：县自然资源局）',
    '三、工作要求',
    '各单位要高度重视，细化工作措施，确保各项任务落到实处。',
  ].join(join);

const GOALS: Array<[string, string]> = [
  ['一、行动目标', '到2025年底，全县新增经营主体8000户以上，政务服务事项全程网办率达到90%。'],
  ['一、建设目标', '“十五五”开局三年，全县营商环境显著提升，到2027年新增经营主体2万户。'],
  ['一、预期目标', '2025年，全县新增经营主体8000户以上。'],
  ['一、攻坚目标', '全年实施重大项目60个，完成投资120亿元。'],
];

describe('a flattened goals chapter', () => {
  for (const [head, body] of GOALS) {
    for (const join of ['', ' ', '\t']) {
      it(`should read ${head} as the goals chapter, joined by ${JSON.stringify(join)}`, () => {
        const text = plan(`${head}${join}${body}`, join);
        const doc = parseDocument(text).documents[0]!;
        const goals = doc.sections.find((s) => s.role === 'goals');
        expect(goals?.title).toBe(head.slice(2));
        // Note: 三、工作要求 over one paragraph is no task (see leaf-closing-chapters.test.ts).
        expect(doc.tasks.map((t) => t.title)).toEqual(['提升政务服务效能', '强化要素保障']);
        expectExactQuotes(text, doc);
      });
    }
  }

  it('should keep a verb and its goal as a task title', () => {
    const text = plan('一、行动目标到2025年底，全县新增经营主体8000户以上。', '').replace('（二）强化要素保障。', '（二）实现目标2025年全县新增经营主体8000户。');
    const doc = parseDocument(text).documents[0]!;
    expect(doc.tasks.map((t) => t.title)).toContain('实现目标2025年全县新增经营主体8000户');
  });
});

// The first chapter of a five-year plan names its ground and what the plan faces in one (发展基础与形势, 发展基础与面临
// 形势) and opens with the last plan's period (“十四五”期间…): flattened, the compound name ends where the quote starts,
// as the single names do (probes: 水城区 of hB's eleventh round, 黔西市 and 七星关区 of the twelfth).
describe('a flattened compound frame chapter', () => {
  for (const [head, rest] of [
    ['一、发展基础与形势', '二、总体要求到2030年，全市常住人口城镇化率达到60%。三、重点任务（一）优化城镇空间布局。做强中心城区，建设特色小城镇10个。'],
    ['第一章　发展基础与面临形势', '第二章　重点任务第一节　优化城镇空间布局做强中心城区，建设特色小城镇10个。'],
  ] as const) {
    it(`should read ${head} as context`, () => {
      const text = `某市“十五五”新型城镇化规划${head}“十四五”期间，全市常住人口城镇化率提高到52%，城市功能持续完善。${rest}`;
      const doc = parseDocument(text).documents[0]!;
      expect(doc.sections.find((s) => s.role === 'context')?.title).toBe(head.replace(/^\S+?[、　]/, ''));
      expect(doc.tasks.map((t) => t.title)).not.toContain(expect.stringContaining('发展基础'));
      expectExactQuotes(text, doc);
    });
  }
});
