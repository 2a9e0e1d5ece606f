import { describe, expect, it } from 'vitest';
import { scaleDecimal } from './decimal.js';
import { findQuantities } from './quantity.js';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('scaleDecimal', () => {
  it('should scale without floating-point error', () => {
    expect(scaleDecimal('6.5', 4)).toBe(65000);
    expect(scaleDecimal('44.06', 8)).toBe(4406000000);
    expect(scaleDecimal('1.98', 4)).toBe(19800);
    expect(scaleDecimal('0.3', 0)).toBe(0.3);
    expect(scaleDecimal('１,２34.5', 0)).toBe(1234.5);
  });
});

describe('findQuantities', () => {
  it.each([
    ['全市数据中心标准机架总数超6.5万架', 65000, '架', 'racks', '>', false],
    ['算力总规模超10000P', 10000, 'P', 'compute', '>', false],
    ['智能算力占比超35%', 35, '%', 'percent', '>', false],
    ['新增不少于3个行业专区', 3, '个', 'count', '>=', false],
    ['质检合格率达99%以上', 99, '%', 'percent', '>=', false],
    ['覆盖率不低于95%', 95, '%', 'percent', '>=', false],
    ['至少开展2次攻防和应急演练', 2, '次', 'count', '>=', false],
    ['5G室外基站已建成2500余个', 2500, '个', 'count', null, true],
    ['涌现出千余家服务商', 1000, '家', 'count', null, true],
    ['承载全区200多个业务系统', 200, '个', 'count', null, true],
    ['法人单位约1500个', 1500, '个', 'count', null, true],
    ['固定宽带速率为363.9Mbps', 363.9, 'Mbps', 'bandwidth', null, false],
    ['力争到2030年达成100 MW需求响应', 100, 'MW', 'power', '=', false],
    ['年营收超2400亿元', 240000000000, '元', 'money', '>', false],
    ['归集数据26亿条', 2600000000, '条', 'records', null, false],
    ['共享数据调用量为240亿条次', 24000000000, '条次', 'records', null, false],
    ['覆盖市区两级涉企事项 2000 余项', 2000, '项', 'count', null, true],
    ['部署213 路异动算法', 213, '路', 'count', null, false],
    ['服务调用总量突破4300余万次', 43000000, '次', 'count', '>', true],
    ['实现政务核心网向400G高速传输能力跃升', 400, 'G', 'bandwidth', null, false],
    ['打造二十三个示范场景', 23, '个', 'count', null, false],
    ['年度营业收入控制在5亿元以内', 500000000, '元', 'money', '<=', false],
    ['３０个应用场景', 30, '个', 'count', null, false],
    ['建成10个左右示范区', 10, '个', 'count', null, true],
  ])('should read %s', (text, value, unit, family, comparator, approx) => {
    expect(one(text)).toMatchObject({ value, unit, unitFamily: family, comparator, approx });
  });

  it('should find each quantity of a list', () => {
    expect(findQuantities('达成100 MW需求响应、50 MW自动响应、20 MW二次调频能力').map((q) => q.value)).toEqual([100, 50, 20]);
  });

  it('should say where the quantity and its bound word are', () => {
    const text = '全市数据中心标准机架总数超6.5万架,算力';
    const q = one(text);
    expect(text.slice(q?.from, q?.to)).toBe('6.5万架');
    expect(text.slice(q?.boundFrom, q?.boundTo)).toBe('超6.5万架');
  });

  it.each([
    ['2025年是“十四五”规划收官之年'],
    ['确保数字青岛2.0收官与数字青岛3.0规划高度衔接'],
    ['统筹推进城市云脑2.0建设'],
    ['12345智能派单等创新应用场景'],
    ['邮编:200001'],
    ['《上海市电子政务外网管理办法》(沪府办〔2020〕33号)'],
    ['“十五五”时期'],
    ['完善1部法规、1部规章、N项制度的“1+1+N”数据基础制度体系'],
    ['完成IPv4/IPv6双栈接入'],
    ['加快5G-A网络在重点商圈的规模部署,前瞻布局6G网络'],
    ['深化Web3.0等领域案例研究'],
    ['以新一代50G PON光网覆盖重点场所'],
    ['创新打造“1ms算力光网”'],
    ['形成“10分钟数字养老生活圈”'],
    ['深化“两张网”建设'],
    ['打造一批高质量数据集'],
    ['公开征求意见时间为:2026年2月11日至2026年3月12日'],
    ['第八届中国国际进口博览会'],
    ['深化五星级标杆新型智慧城市建设'],
    ['更好助力“五个中心”建设'],
    ['夯实数据流通制度和底座两个支撑'],
    ['全力推动五项任务举措落地'],
  ])('should find no quantity in %s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});
