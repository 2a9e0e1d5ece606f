// Targets stated in prose in the forms sector plans write them: their measure words, ranges, thresholds inside a
// noun phrase, reported figures, lists with 分别.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'forms.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const workPlan = (items: string[]): string => `2025年某省农业农村工作要点\n一、重点工作\n${items.map((t, i) => `${i + 1}.${t}`).join('\n')}\n`;
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.valueMax, t.unit]);

describe('the measure words of sector plans', () => {
  it.each([
    ['能繁母猪存栏保持在380万头以上', 3_800_000, '头'],
    ['全年出栏生猪羊1200万头只', 12_000_000, '头只'],
    ['集装箱吞吐量达到120万标箱', 1_200_000, '标箱'],
    ['集装箱吞吐量达到300万TEU', 3_000_000, 'TEU'],
    ['新增变电容量500万千伏安', 5_000_000, '千伏安'],
    ['新能源装机达到12吉瓦', 12, '吉瓦'],
    ['审批时间压缩至60天以内', 60, '天'],
    ['组建专业应急救援队伍20支', 20, '支'],
    ['制修订地方标准30部', 30, '部'],
    ['供应工业用地50宗', 50, '宗'],
    ['开行中欧班列500列', 500, '列'],
    ['新增养老床位2000床', 2000, '床'],
    ['举办文化活动100场次以上', 100, '场次'],
    ['年发电量达到5亿度', 500_000_000, '度'],
    ['新增蓄水能力300万方', 3_000_000, '方'],
    ['单位GDP能耗降至0.45吨标准煤/万元', 0.45, '吨标准煤/万元'],
  ])('should read %s', (text, value, unit) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([[value, unit]]);
  });

  it.each(['天然气管网覆盖3个县', '只有2个', '支持10家企业', '13部门联合', '25度以上坡耕地', '3方面工作', '打造龙头企业5家'])('should read no new measure word in %s', (text) => {
    const units = findQuantities(text).map((q) => q.unit);
    expect(units.filter((u) => ['天', '只', '支', '部', '度', '方', '头'].includes(u))).toEqual([]);
  });

  it('should read a table unit with a denominator (万立方米/日) scaled, and keep it whole', () => {
    const text = '某市“十四五”城乡供水保障规划\n一、规划目标\n序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t城市公共供水能力\t万立方米/日\t180\t240\t预期性\n二、主要任务\n1.推进水源建设。\n';
    const doc = parse(text);
    expect(targetsOf(doc)).toEqual([['城市公共供水能力', '=', 2_400_000, null, '立方米/日']]);
  });

  it('should keep the comparator and unit of a target in 万头', () => {
    const doc = parse(workPlan(['稳定生猪产能。能繁母猪存栏保持在380万头以上。']));
    expect(targetsOf(doc)).toEqual([['能繁母猪存栏', '>=', 3_800_000, null, '头']]);
  });
});
