// A zone named after a lake or a hill of its city (武汉东湖新技术开发区, 东莞松山湖高新区): the word before the zone's
// name is also the short form of a county elsewhere (东湖区 of Nanchang, 松山区 of Chifeng), which the city named first
// does not hold. The zone keeps its city as the region, as zones do.
import { describe, expect, it } from 'vitest';
import { findRegion } from '../src/region/find-region.js';
import { onlyPlan } from './helpers.js';
import { PLAN_BODY } from './crafted-heads.js';

describe('a zone named by a word that is another place’s county short form', () => {
  it('should keep the city named first, not a county of another province', () => {
    expect(findRegion('武汉市东湖高新区2024年科技创新工作要点')).toMatchObject({ region: '武汉市', province: '湖北省', level: 'city' });
    expect(findRegion('武汉东湖新技术开发区管理委员会')).toMatchObject({ region: '武汉市', level: 'city' });
    expect(findRegion('东莞松山湖高新区2024年科技创新工作要点')).toMatchObject({ region: '东莞市', province: '广东省', level: 'city' });
  });

  it('should read the same for a plan and its issuer', () => {
    const doc = onlyPlan(['东莞市松山湖高新区2024年科技创新工作要点', '　　为加快科技创新，制定本要点。', ...PLAN_BODY, '东莞松山湖高新区管理委员会', '2024年3月1日'].join('\n'));
    // Note: the level is the gazetteer's county-level entry for the city's towns, which the issuer's short form supports.
    expect(doc).toMatchObject({ region: '东莞市', province: '广东省' });
  });

  it('should still read a zone named by a county of that city as the county, and full names nested as written', () => {
    expect(findRegion('合肥市蜀山经开区2024年科技创新工作要点')).toMatchObject({ region: '蜀山区', parentRegion: '合肥市' });
    expect(findRegion('苏州市吴中经济技术开发区2024年工作要点')).toMatchObject({ region: '吴中区', parentRegion: '苏州市' });
    expect(findRegion('江苏省昆山开发区2024年工作要点')).toMatchObject({ region: '昆山市', province: '江苏省' });
    expect(findRegion('上海市奉贤区人民政府头桥街道办事处')).toMatchObject({ region: '头桥街道', parentRegion: '奉贤区' });
  });
});
