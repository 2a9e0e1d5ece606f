// A change from a dated level to a new one (由2024年的85%提高到2027年的98%, 从2024年的28%提高到35%以上): the new level
// is the target of the measure named before 由/从; the old one is no target. General to three-year plans' goal lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const targets = (sentence: string): string[] => {
  const text = `某市数字乡村建设三年行动计划（2025—2027年）\n\n一、重点任务\n（一）加快建设。${sentence}\n`;
  return (parseDocument(text, { file: 'change.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit}`);
};

describe('a change from a dated level', () => {
  it('should keep the new level as the target of the measure before 由 or 从', () => {
    expect(targets('农村快递网点覆盖率由2024年的85%提高到2027年的98%。')).toEqual(['农村快递网点覆盖率 = 98%']);
    expect(targets('农业生产信息化率从2024年的28%提高到35%以上。')).toEqual(['农业生产信息化率 >= 35%']);
    expect(targets('森林覆盖率由60%提高到62%。')).toEqual(['森林覆盖率 = 62%']);
  });

  it('should date each of a list of yearly figures, and read 力争 before a year and the end of a five-year period', () => {
    const dated = (sentence: string): string[] => {
      const text = `某市数字乡村建设三年行动计划（2025—2027年）\n\n一、重点任务\n（一）加快建设。${sentence}\n`;
      return (parseDocument(text, { file: 'years.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit} ${t.deadline?.year}`);
    };
    expect(dated('2025年、2026年、2027年全市行政村5G网络通达率分别达到80%、90%和100%。')).toEqual(['行政村5G网络通达率 80% 2025', '行政村5G网络通达率 90% 2026', '行政村5G网络通达率 100% 2027']);
    expect(dated('力争2026年全市智慧农业应用基地达到200个。')).toEqual(['智慧农业应用基地 200个 2026']);
    expect(dated('到“十五五”末，全市森林覆盖率达到65%。')).toEqual(['森林覆盖率 65% 2030']);
  });

  it('should take a bound written before the figure and joined to a noun as a size, and the count after it as the target', () => {
    expect(targets('全年引进超10亿元项目3个以上。')).toEqual(['超10亿元项目 >= 3个']);
    expect(targets('营业收入过10亿元企业达到5家。')).toEqual(['营业收入过10亿元企业 = 5家']);
    expect(targets('全市数据中心标准机架总数超6.5万架。')).toEqual(['数据中心标准机架总数 > 65000架']);
  });

  it('should read years of schooling written with a decimal as a duration, and no label run on to a year', () => {
    expect(targets('劳动年龄人口平均受教育年限达到11.2年。')).toEqual(['劳动年龄人口平均受教育年限 = 11.2年']);
    expect(targets('连续3年位居全国前列。')).toEqual([]);
    expect(targets('3．2020年底前开展涉企收费专项治理。')).toEqual([]);
  });

  it('should count nothing in set phrases of numerals (千吨万人, 千方百计)', () => {
    expect(targets('千吨万人供水工程水源保护区划定率达到100%。')).toEqual(['千吨万人供水工程水源保护区划定率 = 100%']);
    expect(targets('千方百计扩大就业，新增就业1万人。')).toEqual(['就业 = 10000人']);
  });

  it('should take the bound of what a plan removes as no target (消除56人以上大班额)', () => {
    expect(targets('消除义务教育56人以上大班额，小学、初中班额分别不超过45人、50人。')).toEqual(['小学班额 <= 45人', '初中班额 <= 50人']);
    expect(targets('淘汰10蒸吨以下燃煤锅炉。')).toEqual([]);
  });

  it('should read a return period (防洪标准达到100年一遇) as a target, with no garbled-year warning', () => {
    expect(targets('洞庭湖区防洪标准达到 100 年一遇。')).toEqual(['洞庭湖区防洪标准 = 100年一遇']);
    expect(targets('建成区内涝防治标准达到30年一遇以上。')).toEqual(['建成区内涝防治标准 >= 30年一遇']);
    const text = '某市防洪规划\n\n一、重点任务\n（一）提升防洪能力。城市防洪标准达到100年一遇。\n（二）完善排涝。新建泵站5座。\n';
    expect(parseDocument(text, { file: 'flood.txt' }).issues.map((i) => i.code)).not.toContain('garbled-text');
  });
});
