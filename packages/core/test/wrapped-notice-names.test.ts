// A notice's title hard-wrapped inside the name of the plan it issues, as a PDF's text wraps a long title
// (…关于印发某市推进城市更 / 新行动实施方案的通知), over a plan printed without a title line of its own: the notice names it.
import { describe, expect, it } from 'vitest';
import { onlyPlan, quoted } from './helpers.js';
import { PLAN_BODY } from './crafted-heads.js';

const notice = (titleLines: readonly string[]): string =>
  [...titleLines, '某政办〔2024〕15号', '', '各镇人民政府、街道办事处，市直有关单位：', '　　现将《某市人民政府办公室的通知》转发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年4月3日', '', ...PLAN_BODY].join('\n');

describe('a notice title wrapped inside the name it issues', () => {
  it('should name the plan without the line break, quoting the source as it is', () => {
    const text = notice(['　　某市人民政府办公室关于印发某市推进城市更', '新行动实施方案的通知']);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某市推进城市更新行动实施方案', kind: 'implementation-plan' });
    expect(quoted(text, doc, 'title')).toBe('某市推进城市更\n新行动实施方案');
  });

  it('should name none when the wrapped title issues two documents', () => {
    const text = notice(['　　某市人民政府办公室关于印发某市推进城市更新行动实施方案和某市老旧', '小区改造三年行动计划的通知']);
    expect(onlyPlan(text).title).not.toBe('某市推进城市更新行动实施方案和某市老旧小区改造三年行动计划');
  });
});
