import { describe, expect, it } from 'vitest';
import { clauseAround } from './figure-context.js';
import { scopeOf } from './figure-scope.js';
import { findQuantities } from './quantity.js';

const scope = (text: string) => {
  const all = findQuantities(text);
  const q = all[0];
  if (!q) throw new Error(`no quantity in ${text}`);
  return scopeOf(text, q, clauseAround(text, q.boundFrom, q.boundTo), all);
};

describe('scopeOf', () => {
  it.each([
    // Frequencies.
    ['原则上每5年修订1次职业院校专业目录', 'skip'],
    ['每年调整1次专业', 'skip'],
    // Size thresholds that pick what a task covers.
    ['推动5万亩以上的大中型灌区渠首取水口实现在线计量', 'skip'],
    ['培育收入过200亿元的软件产业集群', 'skip'],
    ['超过1000人规模的学校必须配备专职教师', 'skip'],
    ['培育技工贸总收入5 0 0 0万元以上的民营高新技术企业', 'skip'],
    // A policy's grants.
    ['企业级工业互联网平台省级给予一次性奖补100万元', 'skip'],
    ['省级按照不超过项目投资额30%的比例给予一次性奖补，最高300万元', 'skip'],
    // A grant whose verb takes the amount, the recipient named (对…, 每家…).
    ['对首次纳入规上统计的工业企业奖励10万元', 'skip'],
    ['对新认定的国家高新技术企业一次性奖励20万元', 'skip'],
    ['每家企业补助最高50万元', 'skip'],
    // A rule of reckoning.
    ['工业用地出让底价可按不低于全国工业用地出让最低价标准的70%执行', 'skip'],
    ['按土地出让收入的10%计提农田水利建设资金', 'skip'],
    // Conditions, radii and bare thresholds.
    ['对二氧化硫含量大于3.5%的烟气实施脱硫', 'skip'],
    ['开展“头顶库”（1公里内有居民的尾矿库）专项整治', 'skip'],
    ['城区常住人口300万以上城市公共交通占机动化出行比例达到60%', 'skip'],
    // A count that scopes a measure of its clause.
    ['全国338个地级及以上城市细颗粒物（PM2.5）年均浓度为50微克/立方米', 'skip'],
    ['全国1940个地表水国控断面Ⅰ—Ⅲ类比例提高至66%', 'skip'],
    ['能够将70%的降雨就地消纳和利用的土地面积达到城市建成区面积的20%以上', 'skip'],
    // A change's old value.
    ['共享调度能力由单批次20路提升至300路', 'skip'],
    // A count that tallies the members of a change stated without a figure.
    ['双桥河合肥市控制单元等40个单元由Ⅳ类升为Ⅲ类', 'skip'],
    ['岷江宜宾市控制单元等14个单元总磷浓度下降', 'skip'],
    ['12个断面水质由劣Ⅴ类改善为Ⅴ类', 'skip'],
    // A rank that picks a set.
    ['空气质量排名较差的前10位城市中受燃煤影响较大的城市要实现煤炭消费负增长', 'skip'],
    ['销售收入排名前20名的企业', 'skip'],
    // Places a measure applies in, named in full after 包括.
    ['在细颗粒物和臭氧污染较严重的16个省份实施行业挥发性有机物总量控制，包括：北京市、天津市、河北省等', 'skip'],
    // Assets a body takes charge of.
    ['对1436个城市大气环境质量自动监测站、96个区域站和16个背景站，承担管理职责，保障运行经费', 'skip'],
    // Figures a task builds on.
    ['在生均财政拨款水平达到12000元的基础上', 'indicator'],
    ['以8个国家算力枢纽、10个国家数据中心集群为抓手', 'indicator'],
  ])('should read %s as %s', (text, expected) => {
    expect(scope(text)).toBe(expected);
  });

  it.each([
    ['每年举办场景对接活动不少于3场、提供场景服务不少于100次'],
    ['全省50%以上的文化馆具备数字服务能力'],
    ['力争使55%左右的县（市、区）通过国家认定'],
    ['建成 500 个以上引领行业发展的智能制造示范工厂'],
    ['累计完成50万平方米以上商业设施更新'],
    ['至少开展2次攻防和应急演练'],
    ['建设50个生物多样性综合观测站和800个观测样区'],
    ['新增100个应用场景、覆盖率达到90%'],
    ['城镇新增就业1200万人以上'],
    ['培育5个以上收入过200亿元的软件产业集群'],
    // A count a verb delivers, with a change after it, stays a target.
    ['推动全省16个城市全部达到千兆城市标准'],
    ['推动20个断面由Ⅳ类升为Ⅲ类'],
    // A rank to reach, at the clause's end.
    ['力争排名进入全国前10位'],
    // A place without a list after it, and assets to build.
    ['推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训'],
    ['对32座一线水闸进行防洪能力达标建设'],
    ['配合推进示范区线、嘉闵线等7条轨交线路建设'],
    // Money a plan pays out, with no recipient named; a share a rule does not reckon by.
    ['全年发放创业补贴1000万元'],
    ['按期完成率达到95%以上'],
  ])('should leave %s to the sentence', (text) => {
    expect(scope(text)).toBeNull();
  });
});
