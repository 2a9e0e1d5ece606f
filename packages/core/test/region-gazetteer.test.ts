import { describe, expect, it } from 'vitest';
import { findRegion } from '../src/region/find-region.js';
import { docNumberOrigin, nationalBodyAt } from '../src/region/national.js';
import { shortForm } from '../src/region/divisions.js';

describe('regions from the national gazetteer', () => {
  it('should keep a district under its city, not read it as the city', () => {
    expect(findRegion('深圳市南山区数字政府建设工作要点')).toMatchObject({ region: '南山区', parentRegion: '深圳市', province: '广东省', level: 'district' });
  });

  it('should read a county after its province as the county, with its city and province', () => {
    expect(findRegion('浙江省安吉县2024年工作要点')).toMatchObject({ region: '安吉县', parentRegion: '湖州市', province: '浙江省', level: 'county' });
  });

  it('should read one place from names written together, not a place the title is about', () => {
    expect(findRegion('山东省支持青岛市建设海洋强市的若干措施')).toMatchObject({ region: '山东省', level: 'province' });
    expect(findRegion('北京市海淀区人民政府办公室')).toMatchObject({ region: '海淀区', parentRegion: '北京市' });
  });

  it('should place a name several places share by the names written with it', () => {
    expect(findRegion('南京市鼓楼区')).toMatchObject({ region: '鼓楼区', parentRegion: '南京市', province: '江苏省' });
    expect(findRegion('福州市鼓楼区')).toMatchObject({ region: '鼓楼区', parentRegion: '福州市', province: '福建省' });
    // Alone, the name is sure but its place is not.
    expect(findRegion('鼓楼区2025年工作要点')).toMatchObject({ region: '鼓楼区', parentRegion: null, province: null, level: 'district' });
    expect(findRegion('鼓楼区2025年工作要点', ['南京市鼓楼区人民政府办公室'])).toMatchObject({ parentRegion: '南京市' });
  });

  it('should read a national-level new area (国家级新区) that GB/T 2260 does not list, under the region that holds it', () => {
    expect(findRegion('关于加快推进雄安新区数字孪生城市建设的若干措施')).toMatchObject({ region: '雄安新区', parentRegion: '河北省', province: '河北省', level: 'district' });
    expect(findRegion('青岛西海岸新区2025年数字经济工作要点')).toMatchObject({ region: '西海岸新区', parentRegion: '青岛市', province: '山东省' });
    expect(findRegion('重庆两江新区数字经济发展行动计划')).toMatchObject({ region: '两江新区', parentRegion: '重庆市' });
    // A new area that became a district keeps its GB/T 2260 entry.
    expect(findRegion('上海市浦东新区2025年工作要点')).toMatchObject({ region: '浦东新区', parentRegion: '上海市' });
  });

  it('should read short forms of provinces and cities as the full name', () => {
    expect(findRegion('2026年上海量子城市空间智能建设工作要点')).toMatchObject({ region: '上海市', level: 'city', exact: false });
    expect(findRegion('数字山东发展规划')).toMatchObject({ region: '山东省', level: 'province' });
    expect(shortForm('广西壮族自治区')).toBe('广西');
    expect(shortForm('延边朝鲜族自治州')).toBe('延边');
  });

  it('should read streets and towns, with their district', () => {
    expect(findRegion('上海市奉贤区人民政府头桥街道办事处')).toMatchObject({ region: '头桥街道', parentRegion: '奉贤区', level: 'street' });
    expect(findRegion('头桥街道建设用地减量化工作实施方案(2025-2027年)', ['上海市奉贤区人民政府头桥街道办事处'])).toMatchObject({ region: '头桥街道', parentRegion: '奉贤区', level: 'street' });
    expect(findRegion('上海市浦东新区唐镇人民政府')).toMatchObject({ region: '浦东新区', level: 'district' });
    expect(findRegion('松江区泗泾镇2025年工作要点')).toMatchObject({ region: '泗泾镇', parentRegion: '松江区', level: 'town' });
    expect(findRegion('2025年泗泾镇工作要点')).toMatchObject({ region: '泗泾镇', level: 'town' });
    // A town's name in the middle of a title, with no district before it, is more likely a word.
    expect(findRegion('打造泗泾镇特色小镇的实施方案')).toBeNull();
    // A street the data lacks, after its district; but not words that end in 乡 or 镇 after a district's government.
    expect(findRegion('北京市朝阳区新源里街道办事处')).toMatchObject({ region: '新源里街道', parentRegion: '朝阳区', level: 'street' });
    expect(findRegion('闵行区人民政府关于乡村振兴的实施意见')).toMatchObject({ region: '闵行区', level: 'district' });
  });

  it('should not read generic words as places', () => {
    expect(findRegion('长三角生态绿色一体化发展示范区')).toBeNull();
    expect(findRegion('全市中心城区城市更新行动方案')).toBeNull();
    expect(findRegion('加快发展朝阳产业实现长治久安')).toBeNull();
    expect(findRegion('推进乡镇和城镇建设')).toBeNull();
    expect(findRegion('港口区域和新城区建设规划')).toBeNull();
    expect(findRegion('园区东区改造方案')).toBeNull();
  });

  it('should read the placeholder of a template (某某市, 某区) as a place of its level', () => {
    expect(findRegion('某某市数字经济发展“十四五”规划')).toMatchObject({ region: '某某市', level: 'city', parentRegion: null });
    expect(findRegion('某某区2026年数据工作要点')).toMatchObject({ region: '某某区', level: 'district' });
    // A real name wins over a placeholder.
    expect(findRegion('南京市某某街道')).toMatchObject({ region: '南京市' });
  });

  it('should read national bodies as 全国', () => {
    for (const issuer of ['国务院', '国务院办公厅', '水利部办公厅', '工业和信息化部等八部门', '国家发展改革委、国家数据局', '市场监管总局']) {
      expect(findRegion(issuer), issuer).toMatchObject({ region: '全国', level: 'national', parentRegion: null });
    }
    expect(nationalBodyAt('中西部地区发展规划')).toBeNull();
    expect(nationalBodyAt('市委宣传部')).toBeNull();
    // A province's office is not national, though its name holds a ministry's word.
    expect(findRegion('山东省工业和信息化厅')).toMatchObject({ region: '山东省', level: 'province' });
  });

  it('should read where a document number comes from, only when it is safe', () => {
    expect(docNumberOrigin('皖政办秘')).toEqual({ national: false, province: '安徽省' });
    expect(docNumberOrigin('沪松府办')).toEqual({ national: false, province: '上海市' });
    expect(docNumberOrigin('国办发')).toEqual({ national: true });
    expect(docNumberOrigin('国发')).toEqual({ national: true });
    expect(docNumberOrigin('工信部规')).toEqual({ national: true });
    // Local abbreviations (奉贤 头桥 街道) and letters that open city numbers too (青 for 青浦 and 青岛) are not read.
    expect(docNumberOrigin('奉头街')).toBeNull();
    expect(docNumberOrigin('青数')).toBeNull();
    expect(docNumberOrigin('闵府发')).toBeNull();
  });
});
