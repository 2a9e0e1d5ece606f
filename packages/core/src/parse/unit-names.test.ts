import { describe, expect, it } from 'vitest';
import { normaliseUnit, splitUnitNames } from './unit-names.js';

const names = (text: string): string[] => splitUnitNames(text).map((u) => u.text);

describe('splitUnitNames', () => {
  it('should split on 、 and commas, and at a closing 及 or 等', () => {
    expect(names('省通信管理局，省铁塔公司、各基础电信企业，各市人民政府')).toEqual(['省通信管理局', '省铁塔公司', '各基础电信企业', '各市人民政府']);
    expect(names('市工业和信息化局、市科技局及相关行业主管部门')).toEqual(['市工业和信息化局', '市科技局', '相关行业主管部门']);
    expect(names('省工业和信息化厅等')).toEqual(['省工业和信息化厅']);
  });

  it('should keep offsets that quote each name', () => {
    const text = '市规划资源局，各相关委办局';
    for (const u of splitUnitNames(text)) expect(text.slice(u.from, u.to)).toBe(u.text);
  });

  it('should not split inside brackets or a collective name of places', () => {
    expect(names('市水务局（海洋局）、各县（市、区）人民政府')).toEqual(['市水务局（海洋局）', '各县（市、区）人民政府']);
    expect(names('市工业和信息化局，有关区、市政府')).toEqual(['市工业和信息化局', '有关区、市政府']);
  });

  it('should drop the kind an open list closes with after 等, and keep a unit that follows it', () => {
    expect(names('市发展改革委、市财政局等部门')).toEqual(['市发展改革委', '市财政局']);
    expect(names('省教育厅等单位，各市人民政府')).toEqual(['省教育厅', '各市人民政府']);
    expect(names('市民政局等相关单位及各地区')).toEqual(['市民政局', '相关单位', '各地区']);
    expect(names('市民政局等，市直有关部门')).toEqual(['市民政局', '市直有关部门']);
  });

  it('should not cut 高等 or 中等 at 等', () => {
    expect(names('省教育厅、各高等学校')).toEqual(['省教育厅', '各高等学校']);
  });
});

describe('normaliseUnit', () => {
  it('should group a full name with its customary short forms', () => {
    const key = normaliseUnit('市发展改革委');
    expect(normaliseUnit('市发展和改革委员会')).toBe(key);
    expect(normaliseUnit('市发改委')).toBe(key);
    expect(normaliseUnit('市工信局')).toBe(normaliseUnit('市工业和信息化局'));
    expect(normaliseUnit('省人力资源和社会保障厅')).toBe(normaliseUnit('省人力资源社会保障厅'));
    expect(normaliseUnit('省住建厅')).toBe(normaliseUnit('省住房城乡建设厅'));
    expect(normaliseUnit('市卫健委')).toBe(normaliseUnit('市卫生健康委员会'));
    expect(normaliseUnit('省市场监督管理局')).toBe(normaliseUnit('省市场监管局'));
    expect(normaliseUnit('各市人民政府')).toBe(normaliseUnit('各市政府'));
  });

  it('should keep different units apart', () => {
    expect(normaliseUnit('市发展改革委')).not.toBe(normaliseUnit('省发展改革委'));
    expect(normaliseUnit('市大数据局')).not.toBe(normaliseUnit('市数据局'));
    expect(normaliseUnit('市科技局')).not.toBe(normaliseUnit('市科协'));
  });
});
