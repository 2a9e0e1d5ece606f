import { describe, expect, it } from 'vitest';
import { targetThemes, themesOf } from './tag-tasks.js';

// A target's themes were computed only by the app's Targets screen; now core says what they are, for any consumer.
describe('targetThemes', () => {
  const document = { tasks: [{ id: 'a:t1', title: '提升城市算力', body: '推进智算中心建设。' }] };

  it("should give the task's themes, then those the target's own metric and sentence name", () => {
    const target = { taskId: 'a:t1', metric: '开放数据集', quote: '到2025年，数据开放平台开放数据集不少于100个' };
    expect(themesOf(document.tasks[0] as never)).toEqual(['compute']);
    expect(targetThemes(target, document as never)).toEqual(['compute', 'open-data']);
  });

  it('should give each theme once, and those of the sentence alone for a target outside any task', () => {
    expect(targetThemes({ taskId: 'a:t1', metric: '标准机架', quote: '数据中心标准机架达到5000个' }, document as never)).toEqual(['compute']);
    expect(targetThemes({ taskId: null, metric: '电子证照', quote: '电子证照应用不少于100项' }, document as never)).toEqual(['one-stop-service']);
  });
});
