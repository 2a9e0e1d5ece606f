// Numbering labels as Word, WPS and digital-economy plans write them: the enclosed numerals of automatic numbering
// (⒈ ⑴ ㈠, one character each), and an item whose title opens with a name of digits and letters (1.5G网络, 3.3D打印) or
// a voltage class (4.10千伏…), which a decimal label (1.1, 4.10) must not swallow.
import { describe, expect, it } from 'vitest';
import { recogniseLabel } from '../src/text/numbering.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

const label = (line: string): string | null => {
  const l = recogniseLabel(line);
  return l ? `${l.style} ${l.text} ${l.number} | ${line.slice(l.contentStart)}` : null;
};

describe('label forms', () => {
  it('should read enclosed numerals as the styles they stand for', () => {
    expect(label('⒈加强组织领导')).toBe('arabic-dot ⒈ 1 | 加强组织领导');
    expect(label('⑵完善工作机制')).toBe('arabic-paren ⑵ 2 | 完善工作机制');
    expect(label('㈢强化保障措施')).toBe('cn-paren ㈢ 3 | 强化保障措施');
  });

  it('should read 1.5G and 4.10千伏 as a label and a title, and keep decimals and quantities as they were', () => {
    expect(label('1.5G网络建设提速')).toBe('arabic-dot 1. 1 | 5G网络建设提速');
    expect(label('3.3D打印产业培育')).toBe('arabic-dot 3. 3 | 3D打印产业培育');
    expect(label('4.10千伏及以下配电网改造')).toBe('arabic-dot 4. 4 | 10千伏及以下配电网改造');
    expect(label('1.1 总体要求')).toBe('arabic-decimal 1.1 1 | 总体要求');
    for (const quantity of ['2.5倍以上', '1.5万人次', '3.5%左右']) expect(recogniseLabel(quantity), quantity).toBeNull();
  });

  it('should give every item of such a list as a task', () => {
    const text = '2024年某省经济和信息化工作要点\n\n一、加快新型基础设施建设\n1.5G网络建设提速。新建5G基站2万个。\n2.3D打印产业培育。培育企业50家。\n3.10千伏及以下配电网改造。改造线路3000公里。\n二、强化工作保障\n⑴加强组织领导。建立工作机制。\n⑵强化督查考核。定期通报进展。\n';
    const doc = parseDocument(text, { file: 'labels.txt' }).documents[0];
    expect(doc?.tasks.map((t) => `${t.label}${t.title}`)).toEqual(['1.5G网络建设提速', '2.3D打印产业培育', '3.10千伏及以下配电网改造', '⑴加强组织领导', '⑵强化督查考核']);
  });

  it('should nest decimal labels by depth (3 / 3.1 / 3.1.1), as technical plans number their outline', () => {
    expect(['3.1构建门户枢纽', '3.1.1提升航空枢纽', '2.3.4.1细化'].map((l) => recogniseLabel(l)?.style)).toEqual(['arabic-decimal', 'arabic-decimal-2', 'arabic-decimal-3']);
    const text = '某市“十四五”交通发展规划\n\n1 主要任务\n\n1.1 构建门户枢纽\n\n1.1.1 提升航空枢纽能级。航空旅客吞吐量达到1亿人次。\n\n1.1.2 强化铁路枢纽功能。建成高铁两条。\n\n1.2 完善城市交通网络\n\n1.2.1 加快轨道交通建设。新增运营里程400公里。\n';
    const result = parseDocument(text, { file: 'decimal.txt' });
    expect(result.documents[0]?.tasks.map((t) => `${t.label}${t.title}`)).toEqual(['1.1.1提升航空枢纽能级', '1.1.2强化铁路枢纽功能', '1.2.1加快轨道交通建设']);
    expect(result.issues.map((i) => i.code)).not.toContain('numbering-gap');
  });
});
