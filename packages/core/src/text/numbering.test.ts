import { describe, expect, it } from 'vitest';
import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { recogniseLabel } from './numbering.js';

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十七', 17],
    ['二十三', 23],
    ['一百零五', 105],
    ['两千', 2000],
    ['二〇三〇', 2030],
    ['三万五千', 35000],
  ])('should read %s as %i', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it('should refuse text that is not a numeral', () => {
    expect(parseChineseInteger('十五五规划')).toBeNull();
    expect(parseChineseInteger('')).toBeNull();
  });

  it('should convert full-width digits one for one', () => {
    expect(toHalfWidthDigits('２０２５．３')).toBe('2025.3');
  });
});

describe('recogniseLabel', () => {
  it.each([
    ['一、主要目标', 'cn-comma', '一、', 1],
    ['十二、保障措施', 'cn-comma', '十二、', 12],
    ['(十七)夯实算力基础设施。', 'cn-paren', '(十七)', 17],
    ['（一）统筹发展规划', 'cn-paren', '（一）', 1],
    ['1.深化“数字青浦”谋篇布局。', 'arabic-dot', '1.', 1],
    ['22. 升级完善城市数字服务', 'arabic-dot', '22.', 22],
    ['３．全角数字', 'arabic-dot', '３．', 3],
    ['1、数据安全方面。', 'arabic-comma', '1、', 1],
    ['(3)建设专题库', 'arabic-paren', '(3)', 3],
    ['（12）建设专题库', 'arabic-paren', '（12）', 12],
    ['①完善制度', 'circled', '①', 1],
    ['⑳最后一项', 'circled', '⑳', 20],
    ['1.1重大行政决策总体目标', 'arabic-decimal', '1.1', 1],
    ['第三章 重点任务', 'di-chapter', '第三章', 3],
    ['第十条 本办法自发布之日起施行', 'di-article', '第十条', 10],
    ['　　（二）缩进的条目', 'cn-paren', '（二）', 2],
  ])('should read %s', (line, style, text, number) => {
    expect(recogniseLabel(line)).toMatchObject({ style, text, number });
  });

  it.each([
    ['2025.03.31'],
    ['1.5倍增长'],
    ['2.4万路感知数据分层对接'],
    ['一是加强统筹,二是强化保障。'],
    ['12345市民热线'],
    ['1.'],
    ['十五五时期'],
  ])('should not take %s for a label', (line) => {
    expect(recogniseLabel(line)).toBeNull();
  });

  it('should say where the item text starts, after the label and its spaces', () => {
    const label = recogniseLabel('22. **升级**');
    expect(label?.contentStart).toBe(4);
  });
});
