import { describe, expect, it } from 'vitest';
import { joinSpacedDigits, kindOf, leadOf, sentenceCue, titleCue } from './figure-kind.js';

const kind = (sentence: string, figure: string, rest: Partial<Parameters<typeof kindOf>[0]> = {}) =>
  kindOf({ sentence, at: sentence.indexOf(figure), lead: null, titles: [], role: 'context', ...rest });

describe('sentenceCue', () => {
  it.each([
    ['截至2025年末,全区49个部门', 'indicator'],
    ['截止到2023年底，已建成', 'indicator'],
    ['“十三五”以来，累计建成', 'indicator'],
    ['力争到2030年，累计完成', 'target'],
    ['到2030年，累计盘活低效产业用地', 'target'],
    ['截至2023年底已建成120个，力争到2025年达到', 'target'],
    ['2025年底前建成不少于', 'target'],
    ['到2 0 0 5年各级财政投入的计划生育事业经费人均达到', 'target'],
    ['过去一年，国内生产总值超过', 'indicator'],
  ])('should read %s as %s', (text, expected) => {
    expect(sentenceCue(text)).toBe(expected);
  });

  it('should read a 到YYYY年 five years or more before the plan\'s last year as looking back', () => {
    expect(sentenceCue('到2015年，全国脱硫机组容量占比提高到', 2020)).toBe('indicator');
    expect(sentenceCue('到2020年，全国城市污水处理率提高到', 2020)).toBe('target');
    expect(sentenceCue('到2021年，建成', 2023)).toBe('target');
  });

  it('should say nothing without a cue: 累计 alone totals, it does not report', () => {
    expect(sentenceCue('累计完成')).toBeNull();
    expect(sentenceCue('建成')).toBeNull();
  });
});

describe('titleCue', () => {
  it.each([
    [['现状与形势'], 'indicator'],
    [['第一章　全国生态环境保护形势'], 'indicator'],
    [['2023年工作回顾'], 'indicator'],
    [['（一）“十四五”时期发展成效'], 'indicator'],
    [['生态环境保护取得积极进展'], 'indicator'],
    [['总体思路', '发展路径和目标'], 'target'],
    [['主要指标'], 'target'],
    // A task heading that starts with a verb is no review.
    [['强化源头防控，夯实绿色发展基础'], null],
    [['重点任务', '加快系统创新'], null],
    [['现状与形势..........................'], 'indicator'],
    // A paragraph read as a heading, and a phrase ending in 为基础, say nothing.
    [['中国物流之都--打造现代化智慧物流示范基地立足临沂深厚物流生态基础'], null],
    [['以各牵头考核单位报送分值为基础'], null],
  ])('should read %j as %s', (titles, expected) => {
    expect(titleCue(titles)).toBe(expected);
  });
});

describe('leadOf', () => {
  it.each([
    ['到2027年，基本构建形成具有山东特色的应用场景服务体系', { kind: 'target', year: 2027 }],
    ['2025 年的主要目标是：', { kind: 'target', year: 2025 }],
    ['具体指标：到2022年，职业院校教学条件基本达标', { kind: 'target', year: 2022 }],
    ['总体目标：到2027年，全区数字经济核心产业增加值突破1000亿元', { kind: 'target', year: 2027 }],
    ['力争到2027年，全市数字经济核心产业增加值达到1000亿元', { kind: 'target', year: 2027 }],
    ['《行动计划》明确，到2027年，全市建成5G基站2.5万个', { kind: 'target', year: 2027 }],
    ['预计到2027年，全市建成5G基站2.5万个', null],
    ['近十年来，通过产学研用协同创新', { kind: 'indicator', year: null }],
    ['2021年以来,黄浦区把握上海城市数字化转型', { kind: 'indicator', year: null }],
  ])('should read the lead of %s', (line, expected) => {
    expect(leadOf(line)).toEqual(expected);
  });

  it('should find no lead in an ordinary paragraph', () => {
    expect(leadOf('推进工业互联网外网建设，新建800个智能工厂')).toBeNull();
  });
});

describe('kindOf', () => {
  it('should let the nearest cue of the sentence decide', () => {
    expect(kind('截至2023年底已建成120个，力争到2025年达到200个', '120个')).toBe('indicator');
    expect(kind('截至2023年底已建成120个，力争到2025年达到200个', '200个')).toBe('target');
  });

  it('should read a forecast as no commitment, to the end of its clause only', () => {
    const text = '预计今年财政收入继续恢复增长，一般公共预算支出规模28.5万亿元';
    expect(kind('预计今年高校毕业生超过1170万人', '1170万人', { role: 'tasks' })).toBe('indicator');
    expect(kind(text, '28.5万亿元', { role: 'tasks' })).toBe('target');
  });

  it('should read 共计 as a total, not a report', () => {
    expect(kind('“十五五”期间完成电四小区、鲁汇一村共计约1.4万平方米成套改造', '约1.4万', { role: 'tasks' })).toBe('target');
  });

  it('should take a paragraph lead over headings and role', () => {
    expect(kind('每年促进不少于200项新技术新产品首用首试', '200项', { lead: { kind: 'target', year: 2027 }, titles: ['现状与形势'] })).toBe('target');
  });

  it('should take a review heading over a tasks role', () => {
    expect(kind('建成自然保护区2740个', '2740个', { role: 'tasks', titles: ['全国生态环境保护形势'] })).toBe('indicator');
  });

  it('should read a context paragraph as a report unless a commitment word stands in it', () => {
    expect(kind('法人单位约1500个', '1500个')).toBe('indicator');
    expect(kind('每年培育“皖企登云”企业6000家以上', '6000家')).toBe('target');
    expect(kind('组织发布不少于100场群众文化艺术辅导培训课程', '100场')).toBe('target');
  });
});

describe('joinSpacedDigits', () => {
  it('should join the digits and dates PDF text spaces', () => {
    expect(joinSpacedDigits('到 2025 年，')).toBe('到2025年，');
    expect(joinSpacedDigits('到2 0 0 5年')).toBe('到2005年');
    expect(joinSpacedDigits('建成 500 个')).toBe('建成 500 个');
  });
});
