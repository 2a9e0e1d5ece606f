// Metadata forms a seventh round of crafted documents found misread (/work/adv/hA of that round): districts with an
// everyday name in a title, laid out and flattened. Each test is a naming rule of official documents in general, with a
// look-alike the rule must not take.
import { describe, expect, it } from 'vitest';
import { findRegion } from '../src/region/find-region.js';
import { onlyPlan, quoted } from './helpers.js';

const BODY = [
  '一、工作目标',
  '　　全年新增市场主体1200户。',
  '二、重点任务',
  '（一）深化“一件事一次办”改革。推出集成服务事项30项。（牵头单位：区行政审批服务管理局）',
  '（二）降低企业经营成本。全年为企业减税降费1.2亿元以上。（牵头单位：区税务局）',
];

const forms = (lines: readonly string[]): string[] => [lines.join('\n'), lines.map((l) => l.trim()).join(''), lines.map((l) => l.trim()).join(' ')];

describe('a city’s 城区, 郊区 or 矿区 at the head of its own plan’s title', () => {
  it('should read the district when a year or a five-year period follows its name', () => {
    expect(findRegion('阳泉市郊区2024年优化营商环境工作要点')).toMatchObject({ region: '郊区', parentRegion: '阳泉市', level: 'district' });
    expect(findRegion('铜陵市郊区“十四五”农业农村现代化规划')).toMatchObject({ region: '郊区', parentRegion: '铜陵市', level: 'district' });
    expect(findRegion('阳泉市矿区2025年政务公开工作要点')).toMatchObject({ region: '矿区', parentRegion: '阳泉市' });
    // The urban area's works are dated before the place, and a city with no such district has none.
    expect(findRegion('2024年晋城市城区集中供热改造实施方案')).toMatchObject({ region: '晋城市', level: 'city' });
    expect(findRegion('太原市郊区2024年乡村旅游发展方案')).toMatchObject({ region: '太原市', level: 'city' });
  });

  it('should read the district its issuer names, laid out or flattened', () => {
    const head = (issuer: string, title: string): string[] => [
      `${issuer}关于印发${title}的通知`,
      '各街道办事处、镇人民政府，区直有关单位：',
      `　　现将《${title}》印发给你们，请认真组织实施。`,
      issuer,
      '2024年4月18日',
      title,
      ...BODY,
    ];
    for (const text of forms(head('晋城市城区人民政府办公室', '晋城市城区推进县域商业体系建设实施方案（2024—2026年）'))) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ region: '城区', parentRegion: '晋城市', province: '山西省', level: 'district' });
      expect(quoted(text, doc, 'region')).toBe('城区');
    }
    for (const text of forms(head('铜陵市郊区人民政府办公室', '铜陵市郊区农村道路提升方案'))) {
      expect(onlyPlan(text)).toMatchObject({ region: '郊区', parentRegion: '铜陵市', level: 'district' });
    }
    // An issuer of the city leaves its urban area the city's.
    expect(findRegion('晋城市城区集中供热专项规划', ['晋城市住房和城乡建设局'])).toMatchObject({ region: '晋城市', level: 'city' });
  });
});
