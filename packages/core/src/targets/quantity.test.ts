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
    // Spaced digits of text extracted from PDFs: the number is read across single spaces.
    ['国内生产总值达到2 9 0 0 亿元左右', 290000000000, '元', 'money', '=', true],
    ['城镇化水平达到2 6 %左右', 26, '%', 'percent', '=', true],
    ['卷烟产量达到6 0 0万箱以上', 6000000, '箱', 'count', '>=', false],
    ['国内生产总值年均增长6 .5 %左右', 6.5, '%', 'percent', null, true],
    ['人均预期寿命达到7 0岁左右', 70, '岁', 'age', '=', true],
    ['建成 500 个以上示范工厂', 500, '个', 'count', '>=', false],
    // Units of other families.
    ['存储总量达到10EB', 10, 'EB', 'data-volume', '=', false],
    ['不少于22亿词元的专业知识库', 2200000000, '词元', 'tokens', '>=', false],
    ['粮食产量1.3万亿斤以上', 1300000000000, '斤', 'mass', '>=', false],
    ['年均浓度为50微克/立方米', 50, '微克/立方米', 'mass', null, false],
    ['森林蓄积量达到151.4亿立方米', 15140000000, '立方米', 'volume', '=', false],
    ['年发电量4 5 6亿千瓦时', 45600000000, '千瓦时', 'energy', null, false],
    ['累计盘活低效产业用地5000亩', 5000, '亩', 'area', null, false],
    ['每年推广应用工业机器人8000台以上', 8000, '台', 'count', '>=', false],
    // Per-unit values keep their denominator.
    ['服务费用不超过5万元/每份', 50000, '元/每份', 'money', '<=', false],
    ['服务费用不超过16元/平方米', 16, '元/平方米', 'money', '<=', false],
    ['力争路网密度达4.15公里/平方公里', 4.15, '公里/平方公里', 'length', '=', false],
    // Bound words, percentage points and multiples.
    ['市场满足率超过 70%', 70, '%', 'percent', '>', false],
    ['总体近视率每年降低不少于1个百分点', 1, '个百分点', 'percentage-points', '>=', false],
    ['城镇居民收入提高两个百分点', 2, '个百分点', 'percentage-points', null, false],
    ['研发投入提高1倍', 1, '倍', 'multiple', null, false],
    ['到2030年实现收入翻一番', 1, '番', 'multiple', null, false],
    ['力争经济总量翻两番', 2, '番', 'multiple', null, false],
    ['人口自然增长率控制在1 0 ‰以下', 10, '‰', 'permille', '<=', false],
    ['本地电话交换机容量达到7 7 0万门以上', 7700000, '门', 'count', '>=', false],
    ['实现50兆进牧户', 50, '兆', 'bandwidth', null, false],
    // A scale word without a measure word counts what the noun after it names.
    ['完成对5 0万贫困人口异地搬迁', 500000, '', 'count', null, false],
    ['实现标识注册总量突破5亿', 500000000, '', 'count', '>', false],
    // A small Chinese numeral counts after a bound word.
    ['每个县至少建成一所高水平中职学校', 1, '所', 'count', '>=', false],
  ])('should read %s', (text, value, unit, family, comparator, approx) => {
    expect(one(text)).toMatchObject({ value, unit, unitFamily: family, comparator, approx });
  });

  it('should read a range as its lower bound, keeping the upper bound', () => {
    for (const text of ['打造2—3个国家级平台', '选取2-3个重点领域', '建设2～3个基地']) {
      const q = one(text);
      expect(q).toMatchObject({ value: 2, upTo: 3, unit: '个', comparator: '>=' });
      expect(text.slice(q?.from, q?.to)).toMatch(/^2.{1,2}3个$/);
    }
    // The scale word of the upper bound applies to the lower one.
    expect(one('向广东送电1 6 0 ～ 3 0 0万千瓦')).toMatchObject({ value: 1600000, upTo: 3000000, unit: '千瓦' });
  });

  it('should keep a spaced figure\'s exact span', () => {
    const text = '卷烟产量达到6 0 0万箱以上，';
    const q = one(text);
    expect(text.slice(q?.from, q?.to)).toBe('6 0 0万箱');
    expect(text.slice(q?.boundFrom, q?.boundTo)).toBe('达到6 0 0万箱以上');
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
    // Spaced years and dates stay years.
    ['到2 0 0 5年'],
    ['按2 0 0 0年价格计算'],
    ['2020—2025年'],
    // A figure alone in brackets annotates a name: a weight, or the count of a list that follows.
    ['半年考评分值=日常监测（60%）+实地调研（20%）'],
    ['（一）长江流域（108个）'],
    // Ordinals, idioms, rates' denominators and catchment areas.
    ['省委六届十一次全会'],
    ['坚持百花齐放、百家争鸣的方针'],
    ['让数字服务走进千家万户'],
    ['打造“美好生活掌中宝”15分钟社区生活圈'],
    ['构建1小时通勤圈'],
    ['13部门联合印发'],
    ['完善数据门类'],
  ])('should find no quantity in %s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities and quotes', () => {
  it('should close a quote opened with “ and closed with a straight "', () => {
    expect(findQuantities('完善“前台综合受理、统一窗口出件"模式，各级大厅综合一窗率达90%以上').map((q) => q.value)).toEqual([90]);
  });

  it('should read past a quote left open far longer than a name', () => {
    const text = `推进“${'数字政府建设'.repeat(10)}，新建800个智能工厂`;
    expect(findQuantities(text).map((q) => q.value)).toEqual([800]);
  });

  it('should still skip a figure inside a short quoted name', () => {
    expect(findQuantities('打造"1ms算力光网"品牌')).toEqual([]);
  });
});
