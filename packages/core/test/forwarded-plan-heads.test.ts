// A notice that forwards a city's plan, as a county's site carries it (现将《…》（某政办〔2024〕12号）转发给你们), then the
// plan's text under its title.
import { describe, expect, it } from 'vitest';
import { onlyPlan } from './helpers.js';
import { oneLine, spaceJoined } from './crafted-heads.js';

const PLAN = ['　　一、工作目标', '　　到2025年，全市完成老旧小区改造500个。', '　　二、主要任务', '　　（一）实施老旧小区改造。2024年改造老旧小区200个。（责任单位：市住建局）'];

describe('a notice forwarding a city’s plan, flattened', () => {
  const lines = [
    '安溪县人民政府办公室关于转发泉州市推进城市更新行动实施方案的通知',
    '安政办〔2024〕31号',
    '各乡镇人民政府，县直有关单位：',
    '　　现将《泉州市推进城市更新行动实施方案》（泉政办〔2024〕12号）转发给你们，请结合我县实际，认真组织实施。',
    '安溪县人民政府办公室',
    '2024年4月10日',
    '泉州市推进城市更新行动实施方案',
    ...PLAN,
  ];

  it.each([
    ['laid out', lines.join('\n')],
    ['one line', oneLine(lines)],
    ['a space for each break', spaceJoined(lines)],
  ])('should read the forwarded plan’s title after the signature (%s)', (_, text) => {
    expect(onlyPlan(text)).toMatchObject({ title: '泉州市推进城市更新行动实施方案', kind: 'implementation-plan', docNumber: '安政办〔2024〕31号', date: '2024-04-10' });
  });
});
