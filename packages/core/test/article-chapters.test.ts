// A plan set out in articles (第一章 总则 / 第一条 为…制定本方案 … 第五章 附则 / 第十条 本方案自印发之日起施行): the
// articles of 总则 and 附则 state its purpose, scope and entry into force, and are no tasks. General to 办法, 规定 and
// plans written in their form.
import { describe, expect, it } from 'vitest';
import { sectionRole } from '../src/parse/section-role.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a plan set out in articles', () => {
  it('should take the articles of 总则 and 附则 as no tasks', () => {
    const text = '某市城市更新行动实施方案（2024—2026年）\n\n第一章　总则\n\n第一条　为深入实施城市更新行动，结合我市实际，制定本方案。\n\n第二条　本方案适用于中心城区范围内的城市更新活动。\n\n第二章　重点任务\n\n第三条　推进老旧小区改造。完善水电气网等基础设施。（责任单位：市住房城乡建设局）\n\n第四条　完善城市排水防涝体系。新建改造排水管网200公里。（责任单位：市水利局）\n\n第三章　附则\n\n第五条　本方案自印发之日起施行。\n';
    const doc = parseDocument(text, { file: 'articles.txt' }).documents[0];
    expect(doc?.tasks.map((t) => `${t.label}${t.title}`)).toEqual(['第三条推进老旧小区改造', '第四条完善城市排水防涝体系']);
    expect(doc?.sections.filter((s) => s.parentId === null).map((s) => `${s.title}:${s.role}`)).toEqual(['总则:context', '重点任务:tasks', '附则:context']);
  });

  it('should read short goal headings of every kind as goals, spaced out or not, and a verb’s 目标 as a task', () => {
    for (const heading of ['行动目标', '建设目标', '三年目标', '工作目标和原则', '总体要求和目标', '总 体 目 标']) expect(sectionRole(heading, true), heading).toBe('goals');
    for (const heading of ['实现碳达峰目标', '完成年度目标', '目标任务']) expect(sectionRole(heading, true), heading).toBeNull();
  });
});
