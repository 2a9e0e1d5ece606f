// 主要指标 tables in the forms a city or sector plan gives them: no 属性 column, yearly stage columns, a merged
// category cell in a table set apart by spaces, a caption above the table.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'table.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.value, t.unit, t.deadline?.year ?? null, t.baseline?.value ?? null]);

describe('a 主要指标 table without a 属性 column', () => {
  const plan = (table: string) => `某市园林绿化“十四五”规划\n\n一、发展目标\n\n到2025年，全市园林绿化水平显著提升，主要指标如下。\n\n表1　某市“十四五”园林绿化主要指标\n\n${table}\n\n二、重点任务\n\n（一）完善公园体系\n\n1.建设综合公园。新建综合公园5个。\n`;

  it('should read a TAB-separated table with a 序号 column, each row a target with its baseline, and no caption as a count', () => {
    const doc = parse(plan('序号\t指标\t单位\t2020年\t2025年\n1\t城市建成区绿化覆盖率\t%\t41.5\t43\n2\t人均公园绿地面积\t平方米\t12.1\t14'));
    expect(targetsOf(doc)).toEqual([
      ['城市建成区绿化覆盖率', 43, '%', 2025, 41.5],
      ['人均公园绿地面积', 14, '平方米', 2025, 12.1],
      ['新建综合公园', 5, '个', 2025, null],
    ]);
    expect(doc.targets.every((t) => t.attribute === null)).toBe(true);
    // The table's rows and its caption are no goal statements, and a row opening with its 序号 is no numbered item.
    expect(doc.goals.map((g) => g.text)).toEqual(['到2025年，全市园林绿化水平显著提升，主要指标如下。']);
    expect(doc.sections.map((s) => s.title)).toEqual(['发展目标', '重点任务', '完善公园体系']);
  });

  it('should read a table set apart by spaces whose header names a 单位 column and ends on a year', () => {
    const doc = parse(plan('序号 指标 单位 2020年 2025年\n1 城市建成区绿地率 % 37.2 39'));
    expect(targetsOf(doc)[0]).toEqual(['城市建成区绿地率', 39, '%', 2025, 37.2]);
  });

  it('should read no table from a task table or a header with no 单位 column', () => {
    const tasks = parse(plan('序号\t工作任务\t牵头单位\t完成时限\n1\t建设综合公园5个\t市住建局\t2025年底'));
    expect(tasks.targets.filter((t) => t.baseline !== null)).toEqual([]);
    const noUnit = parse(plan('序号\t指标\t2020年\t2025年\n1\t城市建成区绿地率\t37.2\t39'));
    expect(noUnit.targets.filter((t) => t.baseline !== null)).toEqual([]);
  });
});

describe('a 主要指标 table with yearly stage columns', () => {
  const plan = (attribute: boolean) => outdent`
    # 某省新能源产业高质量发展三年行动计划（2024—2026年）

    ## 一、主要目标

    到2026年，全省新能源产业体系基本形成。分年度目标如下：

    | 序号 | 指标 | 单位 | 2023年（基期） | 2024年 | 2025年 | 2026年 |${attribute ? ' 属性 |' : ''}
    |---|---|---|---|---|---|---|${attribute ? '---|' : ''}
    | 1 | 新能源装机容量 | 万千瓦 | 5200 | 6000 | 7000 | 8000 |${attribute ? ' 预期性 |' : ''}
    | 2 | 清洁能源发电量占比 | % | 85 | 87 | 88 | 90 |${attribute ? ' 约束性 |' : ''}

    ## 二、重点任务

    1. 加快第一批大型基地建设。
  `;

  it.each([true, false])('should read every year column as a target due in its year, sharing the base year (属性: %s)', (attribute) => {
    const doc = parse(plan(attribute));
    expect(targetsOf(doc)).toEqual([
      ['新能源装机容量', 60_000_000, '千瓦', 2024, 52_000_000],
      ['新能源装机容量', 70_000_000, '千瓦', 2025, 52_000_000],
      ['新能源装机容量', 80_000_000, '千瓦', 2026, 52_000_000],
      ['清洁能源发电量占比', 87, '%', 2024, 85],
      ['清洁能源发电量占比', 88, '%', 2025, 85],
      ['清洁能源发电量占比', 90, '%', 2026, 85],
    ]);
    expect(doc.indicators.map((i) => [i.metric, i.asOf])).toEqual([
      ['新能源装机容量', '2023-12-31'],
      ['清洁能源发电量占比', '2023-12-31'],
    ]);
    expect(doc.targets[5]?.attribute).toBe(attribute ? 'binding' : null);
  });

  it('should keep a middle column that reports a value reached (现状) out of the targets', () => {
    const doc = parse(plan(true).replace('2024年 |', '2024年（现状） |'));
    expect(targetsOf(doc).map((t) => t[3])).toEqual([2025, 2026, 2025, 2026]);
  });
});

describe('a 主要指标 table set apart by spaces with a merged category cell', () => {
  const text = [
    '某省“十四五”综合交通运输发展规划',
    '',
    '一、发展目标',
    '',
    '到2025年，基本建成现代化综合立体交通网。',
    '',
    '表1  某省“十四五”综合交通运输发展主要指标',
    '',
    '类别          指标名称                        单位        2020年     2025年      属性',
    '基础设施      铁路营业里程                    公里        3800       4500        预期性',
    '              其中：高速铁路营业里程          公里        2200       2800        预期性',
    '              高速公路通车里程                公里        5635       6500        预期性',
    '运输服务      民航旅客吞吐量                  万人次      3000       5000        预期性',
    '绿色安全      营运车辆二氧化碳排放下降率      %           —          5           约束性',
    '',
    '二、主要任务',
    '',
    '1.加快铁路建设。',
  ].join('\n');

  it('should read every row of the group, the merged cell left blank, and emit no row as a goal', () => {
    const doc = parse(text);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.baseline?.value ?? null, t.attribute])).toEqual([
      ['铁路营业里程', 4500, '公里', 3800, 'expected'],
      ['高速铁路营业里程', 2800, '公里', 2200, 'expected'],
      ['高速公路通车里程', 6500, '公里', 5635, 'expected'],
      ['民航旅客吞吐量', 50_000_000, '人次', 30_000_000, 'expected'],
      ['营运车辆二氧化碳排放下降率', 5, '%', null, 'binding'],
    ]);
    expect(doc.goals).toHaveLength(1);
  });

  it('should still stop at a row indented without blank cells to fill (a wrapped sentence)', () => {
    const doc = parse(text.replace('              高速公路通车里程                公里        5635       6500        预期性', '              以上 指标 均为 预期 目标 说明 文字 较长'));
    expect(doc.targets.map((t) => t.metric)).toEqual(['铁路营业里程', '高速铁路营业里程']);
  });
});

describe('a 主要指标 table whose value columns say what they hold instead of a year', () => {
  const plan = (header: string) => `某县“十四五”教育发展规划\n\n一、发展目标\n\n| 序号 | 指标名称 | 计量单位 | ${header} |\n|---|---|---|---|---|\n| 1 | 学前教育毛入园率 | % | 90 | 95 |\n\n二、主要任务\n\n1.扩大学前教育资源。\n`;

  it('should read 现状值 | 目标值 with a 计量单位 column as baseline and target', () => {
    const doc = parse(plan('现状值 | 目标值'));
    expect(targetsOf(doc)).toEqual([['学前教育毛入园率', 95, '%', 2025, 90]]);
  });

  it('should read no table from two undated columns that do not say baseline and target', () => {
    expect(parse(plan('一季度目标 | 二季度目标')).targets.filter((t) => t.baseline !== null)).toEqual([]);
  });
});

describe('a 主要指标 table converted from Word 97 (pipe rows, no delimiter row)', () => {
  const text = '某县“十四五”教育发展规划\n一、发展目标\n| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |\n| 1 | 学前教育毛入园率 | % | 90 | 95 | 预期性 |\n| 2 | 九年义务教育巩固率 | % | 96 | ≥97 | 约束性 |\n二、主要任务\n1.扩大学前教育资源。\n';

  it('should read its rows as a delimited table\'s', () => {
    expect(targetsOf(parse(text))).toEqual([
      ['学前教育毛入园率', 95, '%', 2025, 90],
      ['九年义务教育巩固率', 97, '%', 2025, 96],
    ]);
  });

  it('should read no table from pipe rows whose header names no indicator columns (a task table)', () => {
    const tasks = text.replace('| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |', '| 序号 | 任务 | 牵头单位 | 配合单位 | 完成时限 | 备注 |');
    expect(parse(tasks).targets.filter((t) => t.baseline !== null)).toEqual([]);
  });
});

describe('a 主要指标 table whose attribute column is called 指标性质', () => {
  it('should read each row\'s attribute from it', () => {
    const text = '某县“十四五”教育发展规划\n一、发展目标\n序号\t指标名称\t单位\t2020年\t2025年\t指标性质\n1\t学前教育毛入园率\t%\t90\t95\t约束性\n二、主要任务\n1.扩大学前教育资源。\n';
    expect(parse(text).targets.map((t) => [t.metric, t.attribute])).toEqual([['学前教育毛入园率', 'binding']]);
  });
});
