// A policy's 若干措施 name what they grant (对…企业奖励10万元, 每家补助最高50万元) and how a charge is reckoned (按…标准的70%执行):
// amounts no one is to reach. The grant verb with 给予 was read so already; a verb that takes the amount itself, or a
// rule of reckoning, gave targets (首次纳入规上统计的工业企业奖励: 100000元, 执行: 70%). A level the measures are to reach in
// the same text stays a target.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { onlyPlan } from './helpers.js';

const targetsOf = (text: string) => onlyPlan(text).targets.map((t) => `${t.metric}:${t.value}${t.unit}`);

const COUNTY_MEASURES = outdent`
  某县推进制造业高质量发展若干措施
  一、支持企业上规模。对首次纳入规上统计的工业企业奖励10万元。（责任单位：县工业和信息化局）
  二、支持企业创新。对新认定的国家高新技术企业一次性奖励20万元，每家企业研发费用补助最高50万元。（责任单位：县科技局）
  三、降低用地成本。工业用地出让底价可按不低于所在地土地等别相对应全国工业用地出让最低价标准的70%执行。（责任单位：县自然资源局）
  四、培育市场主体。到2025年，全县规上工业企业数量达到300家以上。（责任单位：县工业和信息化局）
`;

const CITY_MEASURES = outdent`
  某市促进民营经济发展若干措施
  （一）支持企业上市。对在境内外上市的企业分阶段奖励合计最高300万元。（牵头单位：市金融局）
  （二）保障农田水利建设。按土地出让收入的10%计提农田水利建设资金。（牵头单位：市财政局）
  （三）扩大就业。全年发放创业补贴1000万元，城镇新增就业2万人以上。（牵头单位：市人力资源社会保障局）
`;

describe('a policy grant or reckoning is no target', () => {
  it('should keep only the level to reach among a county’s grants and a land price rule', () => {
    expect(targetsOf(COUNTY_MEASURES)).toEqual(['规上工业企业数量:300家']);
  });

  it('should keep money a city pays out with no recipient named, and its jobs target', () => {
    expect(targetsOf(CITY_MEASURES)).toEqual(['发放创业补贴:10000000元', '城镇新增就业:20000人']);
  });
});
