import { describe, expect, it } from 'vitest';
import { findRegion } from '../region/find-region.js';
import { dateLine, findDate } from './dates.js';
import { isDebris } from './debris.js';
import { isDeadlineText, resolveDeadline } from '../text/deadline.js';
import { isDocNumberLine } from './doc-number.js';
import { indexNumberIn, isAddresseeLine, isOrgLine, statusFromText, titleCore, titleKind } from './metadata.js';
import { periodOfTitle, yearOfTitle } from '../text/period.js';

describe('titleKind', () => {
  it.each([
    ['2025年青浦区数据发展管理工作要点', 'work-points'],
    ['市数据局2025年工作要点', 'work-points'],
    ['“数字黄浦”建设“十五五”规划', 'plan'],
    ['《2023年青浦区数据发展管理工作要点 (草案)》', 'work-points'],
    ['某某市公共数据开放三年行动方案（2024—2026年）', 'action-plan'],
    ['关于印发《2025年青浦区数据发展管理 工作要点》的通知', 'notice'],
    ['关于《“数字黄浦”建设“十五五”规划 (征求意见稿)》 征求公众意见的公告', 'announcement'],
    ['2023年度青浦区数据发展管理重点任务分工表', 'task-allocation'],
    ['关于《某规划(征求意见稿)》公众参与情况的报告', 'consultation-report'],
    ['关于《某规划(征求意见稿)》专家论证情况的报告', 'expert-review'],
    ['《某规划(征求意见稿)》风险评估报告', 'risk-assessment'],
    ['关于对《某规划》的合法性审查意见书', 'legality-review'],
    ['关于《某规划(征求意见稿)》集体讨论情况', 'meeting-minutes'],
  ])('should read %s as %s', (title, kind) => {
    expect(titleKind(title)).toBe(kind);
  });

  it.each([
    ['1.强化规划引领'],
    ['围绕加强数字政府建设总体部署,紧扣“云数网”一体化高质量发展。'],
    ['上海市青浦区数据局'],
    ['制定非公共数据统一采购与使用管理办法'],
    ['综合风险系数与风险等级对应表'],
    ['2025年3月31日'],
  ])('should not take %s for a title', (line) => {
    expect(titleKind(line)).toBeNull();
  });

  it('should cut 《》 and the status marker off the title', () => {
    const line = '《2023年青浦区数据发展管理工作要点 (草案)》';
    const core = titleCore(line);
    expect(line.slice(core.from, core.to)).toBe('2023年青浦区数据发展管理工作要点');
  });
});

describe('status, period and year', () => {
  it('should read the status words', () => {
    expect(statusFromText('(征求意见稿)')).toBe('consultation-draft');
    expect(statusFromText('《…(草案)》')).toBe('draft');
    expect(statusFromText('2023年青浦区数据发展管理工作要点')).toBeNull();
  });

  it('should turn a five-year plan name into its period', () => {
    expect(periodOfTitle('“数字黄浦”建设“十五五”规划')).toEqual({ start: 2026, end: 2030 });
    expect(periodOfTitle('某市“十四五”数字经济发展规划')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('三年行动方案（2024—2026年）')).toEqual({ start: 2024, end: 2026 });
    expect(periodOfTitle('2025年工作要点')).toBeNull();
  });

  it('should read the year of a work plan', () => {
    expect(yearOfTitle('2023年度青浦区数据发展管理重点任务分工表')).toBe(2023);
  });
});

describe('metadata lines', () => {
  it('should find document numbers in their bracket spellings', () => {
    expect(isDocNumberLine('青数〔2025〕10号')).toBe(true);
    expect(isDocNumberLine('沪府办[2020]33号')).toBe(true);
  });

  it('should find index numbers and refuse ordinary words', () => {
    expect(indexNumberIn('QG000000120250010')).toEqual({ from: 0, to: 17 });
    expect(indexNumberIn('索引号：11310000002425869H/2025-00123')).not.toBeNull();
    expect(indexNumberIn('IPv6')).toBeNull();
  });

  it('should read dates in their several spellings', () => {
    expect(findDate('2025.03.31')?.iso).toBe('2025-03-31');
    expect(findDate('2025年3月31日')?.iso).toBe('2025-03-31');
    expect(findDate('二〇二五年三月十日')?.iso).toBe('2025-03-10');
    expect(dateLine('2025年3月10日印')?.iso).toBe('2025-03-10');
    expect(dateLine('公开征求意见时间为:2026年2月11日至2026年3月12日。')).toBeNull();
    expect(findDate('2025年2月30日')).toBeNull();
  });

  it('should recognise issuers and addressees', () => {
    expect(isOrgLine('上海市青浦区人民政府办公室')).toBe(true);
    expect(isOrgLine('上海市黄浦区数据局')).toBe(true);
    expect(isOrgLine('深化数据运营管理体系建设')).toBe(false);
    expect(isAddresseeLine('各镇人民政府、街道办事处,区政府各委、办、局,各有关单位:')).toBe(true);
  });

  it('should recognise web-page debris', () => {
    for (const line of ['返回上一级', '字号', '打印', '扫一扫在手机打开当前页', '发表评论', '暂时无内容', '【关闭窗口】', '字号：大 中 小']) expect(isDebris(line)).toBe(true);
    expect(isDebris('打印机采购项目')).toBe(false);
  });
});

describe('deadlines', () => {
  it.each([
    ['9月底', '2023-09-30'],
    ['11月底', '2023-11-30'],
    ['全年', '2023-12-31'],
    ['年底前', '2023-12-31'],
    ['上半年', '2023-06-30'],
    ['第三季度', '2023-09-30'],
    ['6月15日', '2023-06-15'],
    ['2024年3月底', '2024-03-31'],
    ['2月底', '2023-02-28'],
  ])('should resolve %s in 2023 to %s', (text, iso) => {
    expect(isDeadlineText(text)).toBe(true);
    expect(resolveDeadline(text, 2023)).toBe(iso);
  });

  it('should keep open-ended deadlines without a date', () => {
    expect(isDeadlineText('长期')).toBe(true);
    expect(resolveDeadline('长期', 2023)).toBeNull();
    expect(isDeadlineText('区大数据中心')).toBe(false);
  });
});

describe('findRegion', () => {
  it('should place a district of a province-level city', () => {
    expect(findRegion('2025年青浦区数据发展管理工作要点')).toMatchObject({ region: '青浦区', parentRegion: '上海市', level: 'district' });
    expect(findRegion('上海市黄浦区数据局')).toMatchObject({ region: '黄浦区', parentRegion: '上海市' });
  });

  it('should read a city-district pair it does not know from the text', () => {
    expect(findRegion('杭州市余杭区数据资源管理局')).toMatchObject({ region: '余杭区', parentRegion: '杭州市', province: '浙江省' });
  });

  it('should place a city under its province', () => {
    expect(findRegion('青岛市大数据发展管理局')).toMatchObject({ region: '青岛市', province: '山东省', level: 'city' });
  });

  it('should not take a 示范区 for a district', () => {
    expect(findRegion('长三角生态绿色一体化发展示范区')).toBeNull();
  });

  it('should read a title naming a numbered central document as national, unless a place is named first', () => {
    expect(findRegion('2026年中央一号文件')).toMatchObject({ region: '全国', level: 'national', from: 5, to: 11 });
    expect(findRegion('中央一号文件（全文）')).toMatchObject({ region: '全国', level: 'national' });
    expect(findRegion('山东省贯彻落实2026年中央一号文件实施方案')).toMatchObject({ region: '山东省', level: 'province' });
    expect(findRegion('2026年一号文件')).toBeNull();
  });
});
