import { readFileSync } from 'node:fs';
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Target } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

const REALDOCS = new URL('./realdocs/', import.meta.url);

const parseFile = (name: string): PlanDocument => {
  const { documents } = parseDocument(readFileSync(new URL(name, REALDOCS), 'utf8'), { file: name });
  const doc = documents.find((d) => d.targets.length > 0);
  if (!doc) throw new Error(`no targets in ${name}`);
  return doc;
};

/** A target's row as a reader checks it: metric, baseline, target, attribute, and whether the baseline's indicator holds the same value. */
const rowOf = (doc: PlanDocument, t: Target | undefined) => {
  const indicator = doc.indicators.find((i) => i.id === t?.baseline?.indicatorId);
  return { metric: t?.metric, baseline: t?.baseline?.value ?? null, baselineYear: t?.baseline?.year ?? null, value: t?.value, valueMax: t?.valueMax, comparator: t?.comparator, attribute: t?.attribute, year: t?.deadline?.year, linked: indicator ? indicator.value === t?.baseline?.value : null };
};

describe('主要指标 table rows keep baseline, target and attribute together', () => {
  it('should read the one-cell-per-line table of a district 十五五 plan (“十四五”完成值 / “十五五”目标值 / 属性)', () => {
    const doc = parseFile('26_minhang-chengshi-gengxin-15wu-guihua-2026.md');
    const byMetric = (m: string) => rowOf(doc, doc.targets.find((t) => t.metric === m));
    expect(byMetric('燃气老化管道改造数量')).toEqual({ metric: '燃气老化管道改造数量', baseline: 355, baselineYear: 2025, value: 421, valueMax: null, comparator: '=', attribute: 'binding', year: 2030, linked: true });
    expect(byMetric('旧住房成套改造任务')).toMatchObject({ baseline: 250000, value: 14000, attribute: 'expected', linked: true });
    // A row whose 完成值 is `-` has no baseline, and still its attribute.
    expect(byMetric('完整社区覆盖率')).toMatchObject({ baseline: null, value: 60, attribute: 'expected', linked: null });
  });

  it('should read the table flattened into one line of a national 十三五 plan (2015年 / 2020年 / 〔累计〕 / 属性)', () => {
    const doc = parseFile('37_guowuyuan-13wu-shengtai-huanjing-baohu-guihua-2016.txt');
    const byMetric = (m: string) => rowOf(doc, doc.targets.find((t) => t.metric === m));
    expect(byMetric('空气质量优良天数比率')).toEqual({ metric: '空气质量优良天数比率', baseline: 76.7, baselineYear: 2015, value: 80, valueMax: null, comparator: '>', attribute: 'binding', year: 2020, linked: true });
    expect(byMetric('湿地保有量')).toMatchObject({ baseline: null, value: 800000000, comparator: '>=', attribute: 'expected' });
    // A cumulative change has no baseline; a row under a merged 属性 cell takes its group's.
    expect(byMetric('氮氧化物（累计）')).toMatchObject({ baseline: null, value: 15, attribute: 'binding' });
    expect(byMetric('重点地区总磷（累计）')).toMatchObject({ baseline: null, value: 10, attribute: 'expected' });
  });

  it('should give targets stated in the text no baseline and no attribute', () => {
    const doc = parseFile('37_guowuyuan-13wu-shengtai-huanjing-baohu-guihua-2016.txt');
    const text = doc.targets.filter((t) => t.baseline === null && t.attribute === null);
    expect(text.length).toBeGreaterThan(50);
    expect(text.every((t) => t.valueMax === null || t.valueMax > t.value)).toBe(true);
  });
});

describe('a crafted plan with a Markdown pipe 主要指标 table', () => {
  const plan = outdent`
    # 某区生态环境保护“十五五”规划

    ## 一、主要目标

    到2030年，生态环境质量持续改善，新建口袋公园3—5个。

    | 序号 | 指标 | 单位 | 2025年 | 2030年 | 〔累计〕 | 属性 |
    |---|---|---|---|---|---|---|
    | 1 | 空气质量优良天数比率 | % | 87.5 | ＞90 | | 约束性 |
    | 2 | 单位GDP二氧化碳排放降低 | % | - | - | 〔18〕 | 约束性 |
    | 3 | 生活垃圾回收利用率 | % | - | 40-45 | | 预期性 |

    ## 二、重点任务

    ### （一）推进大气污染防治

    加强工业源治理。
  `;

  it('should read each row with its baseline, target, range and attribute, and the text target\'s range', () => {
    const { documents } = parseDocument(plan, { file: 'plan.md' });
    const doc = documents[0] as PlanDocument;
    expect(doc.targets.map((t) => [t.metric, t.baseline?.value ?? null, t.comparator, t.value, t.valueMax, t.attribute, t.deadline?.year])).toEqual([
      ['新建口袋公园', null, '>=', 3, 5, null, 2030],
      ['空气质量优良天数比率', 87.5, '>', 90, null, 'binding', 2030],
      ['单位GDP二氧化碳排放降低（累计）', null, '=', 18, null, 'binding', 2030],
      ['生活垃圾回收利用率', null, '>=', 40, 45, 'expected', 2030],
    ]);
    expect(doc.indicators.map((i) => [i.id, i.metric, i.value, i.asOf])).toEqual([['plan:in1', '空气质量优良天数比率', 87.5, '2025-12-31']]);
    expect(doc.targets[1]?.baseline).toEqual({ value: 87.5, year: 2025, asOf: '2025-12-31', indicatorId: 'plan:in1' });
    // The quote runs from the row's name to its target cell, exactly as in the source.
    const t = doc.targets[1] as Target;
    expect(plan.slice(t.position.start.offset, t.position.end.offset)).toBe('空气质量优良天数比率 | % | 87.5 | ＞90');
  });

  it('should read a table of TAB-separated rows (copied from a web page or a spreadsheet) the same way', () => {
    const text = [
      '某某县“十四五”规划',
      '',
      '表1  主要指标',
      '类别\t指标\t2020年\t2025年\t年均增长\t属性',
      '经济发展\t地区生产总值（亿元）\t300\t420\t7%\t预期性',
      '\t城镇化率（%）\t52\t60\t[8]\t预期性',
      '绿色生态\t森林覆盖率（%）\t62\t65\t[3]\t约束性',
      '',
      '一、重点任务',
      '（一）壮大食品产业。建设产业园。',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'county.txt' }).documents[0] as PlanDocument;
    expect(doc.targets.map((t) => [t.metric, t.baseline?.value ?? null, t.value, t.unit, t.attribute])).toEqual([
      ['地区生产总值', 30000000000, 42000000000, '元', 'expected'],
      // The 年均增长 column gives the yearly growth (a plain value) and the cumulative change (in brackets).
      ['地区生产总值年均增长', null, 7, '%', 'expected'],
      ['城镇化率', 52, 60, '%', 'expected'],
      ['城镇化率（累计）', null, 8, '%', 'expected'],
      ['森林覆盖率', 62, 65, '%', 'binding'],
      ['森林覆盖率（累计）', null, 3, '%', 'binding'],
    ]);
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.quote);
  });
});
