// What a heading says its section holds: context (the scope, terms, principles and problems that frame a plan), goals,
// or tasks. A chapter of context holds no tasks, even when its paragraphs open like items.
import { describe, expect, it } from 'vitest';
import { sectionRole } from '../src/parse/section-role.js';
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
