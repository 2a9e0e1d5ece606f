// What a heading says its section holds: context (the scope, terms, principles and problems that frame a plan), goals,
// or tasks. A chapter of context holds no tasks, even when its paragraphs open like items.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { framesGoals, sectionRole } from '../src/parse/section-role.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('headings of context and goals', () => {
  it.each(['工作原则', '适用范围', '实施范围', '规划范围和期限', '规划期限', '名词解释', '基本情况', '存在问题', '问题与挑战', '重大意义', '编制说明'])('should read %s as context', (title) => {
    expect(sectionRole(title, true)).toBe('context');
  });

  it('should read a far-sighted goal as goals', () => {
    expect(sectionRole('二〇三五年远景目标', true)).toBe('goals');
  });

  it('should leave work that names the same words a task', () => {
    for (const title of ['集中解决主要问题', '明确工作范围和重点', '遵循市场原则', '实现远景目标']) expect(sectionRole(title, true), title).not.toBe('context');
    expect(sectionRole('实现远景目标', true)).toBeNull();
  });

  it('should give no tasks from a chapter of scope and principles', () => {
    const text = '某某市2025年城市更新实施方案\n一、适用范围\n本方案适用于中心城区。\n二、工作原则\n（一）坚持规划引领。\n（二）坚持民生优先。\n三、重点任务\n（一）推进老旧小区改造。完成改造60个。\n';
    const doc = parseDocument(text, { file: 'scope.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进老旧小区改造']);
  });
});

describe('a chapter of measures for the environment or the base a plan works on', () => {
  // 若干措施 and 实施意见 title a chapter of work 优化…发展环境 or 营造良好发展环境 (crafted probes d02, d06 of hB's eleventh
  // round); a reader counts its items as tasks, with their duties, as the other chapters' items.
  it('should read a verb of work before a frame name as a task chapter, the name alone or framed as context', () => {
    for (const title of ['持续优化民营经济发展环境', '营造良好发展环境', '优化发展环境', '夯实产业发展基础']) expect(sectionRole(title, true), title).toBeNull();
    for (const title of ['发展环境', '发展基础', '面临形势', '准确把握发展形势', '发展现状']) expect(sectionRole(title, true), title).toBe('context');
  });

  it('should give the items under such a chapter as tasks', () => {
    const text = outdent`
      某市关于促进民营经济高质量发展的若干措施
      一、持续优化民营经济发展环境
      （一）全面落实公平竞争政策。每年开展公平竞争审查抽查不少于1次。（责任单位：市市场监管局）
      （二）深化“放管服”改革。企业开办时间压缩至0.5个工作日以内。（责任单位：市政务服务和大数据局）
      二、加大政策支持力度
      （三）强化用地保障。每年保障民营企业项目用地不少于2000亩。（责任单位：市自然资源和规划局）
    `;
    const doc = parseDocument(text, { file: 'measures.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['全面落实公平竞争政策', '深化“放管服”改革', '强化用地保障']);
    expect(doc?.assignments.map((a) => a.leadUnits[0])).toEqual(['市市场监管局', '市政务服务和大数据局', '市自然资源和规划局']);
  });
});

describe('the frame of a goals chapter', () => {
  // 总体要求 sets out the thinking, the principles and the goals of a 实施方案 or 意见 in parts of its own.
  const text = outdent`
    某某省关于推进新型工业化的实施方案

    一、总体要求
    （一）指导思想
    坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念。
    （二）基本原则
    坚持创新驱动、坚持绿色低碳、坚持开放合作。
    （三）主要目标
    到2027年，全省制造业增加值占地区生产总值比重达到30%。
    二、重点任务
    （一）推动传统产业转型升级。实施技术改造项目1000个。
  `;

  it('should read the thinking and the principles as context, the goals alone as goals', () => {
    const doc = parseDocument(text, { file: 'frame.txt' }).documents[0];
    expect(doc?.sections.map((s) => `${s.title}:${s.role}`).join(' ')).toBe('总体要求:goals 指导思想:context 基本原则:context 主要目标:goals 重点任务:tasks');
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2027年，全省制造业增加值占地区生产总值比重达到30%。']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推动传统产业转型升级']);
  });

  it('should keep a part of a goals chapter named by its goal, and a principle inside a goal, as goals', () => {
    expect(framesGoals('指导思想')).toBe(true);
    expect(framesGoals('夯实量子信息产业发展基础')).toBe(false);
    expect(framesGoals('坚持绿色发展原则')).toBe(false);
    const goals = '某某市2025年数字经济工作要点\n一、主要目标\n（一）夯实数字产业发展基础\n全市数字经济核心产业增加值增长10%。\n（二）发展思路更加清晰\n形成一批标志性成果。\n二、重点任务\n（一）建设算力中心。新建智算中心1个。\n';
    const doc = parseDocument(goals, { file: 'goals.txt' }).documents[0];
    expect(doc?.goals.map((g) => g.text)).toEqual(['全市数字经济核心产业增加值增长10%。', '形成一批标志性成果。']);
  });
});
