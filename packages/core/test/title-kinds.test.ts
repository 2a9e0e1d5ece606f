// Names of plans that end in no plan word of their own: a campaign (…质量提升行动, …专项整治行动), a year's list of work
// (…十件民生实事, …工作重点, …工作台账), a division of work (…重点工作任务分工). The same words are chapter and item headings
// of plans (开展质量提升行动, 工作重点), so a name must carry a place's name, a year or 关于 to be a title.
import { describe, expect, it } from 'vitest';
import { titleKind } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('titles of campaigns and lists of work', () => {
  it('should read a campaign, a year’s list of work and a division of work named by a place or a year', () => {
    expect(titleKind('安庆市城市建设质量提升行动')).toBe('action-plan');
    expect(titleKind('2024年农村人居环境专项整治行动')).toBe('action-plan');
    expect(titleKind('曲靖市2024年十件民生实事')).toBe('work-points');
    expect(titleKind('某县2025年为民办实事项目')).toBe('work-points');
    expect(titleKind('黄山市2024年文化旅游工作重点')).toBe('work-points');
    expect(titleKind('关于2024年政府工作报告重点工作任务分工')).toBe('implementation-plan');
  });

  it('should leave the same words as headings: no place, a verb first, 全市, 城市', () => {
    for (const heading of ['开展质量提升行动', '在全市开展专项整治行动', '城市更新行动', '工作重点', '全市工作目标', '推进乡镇工作台账']) expect(titleKind(heading), heading).toBeNull();
  });

  it('should read such a plan after the notice that issues it, with its region and year', () => {
    const text = '关于印发曲靖市2024年十件民生实事的通知\n各县（市、区）人民政府：\n现将有关事项通知如下。\n\n曲靖市人民政府\n2024年2月1日\n\n曲靖市2024年十件民生实事\n\n一、新建改扩建公办幼儿园10所。（责任单位：市教育体育局）\n二、改造提升城镇老旧小区50个。（责任单位：市住房城乡建设局）\n';
    const doc = parseDocument(text, { file: 'shishi.txt' }).documents[0];
    expect([doc?.title, doc?.kind, doc?.region, doc?.year, doc?.tasks.length]).toEqual(['曲靖市2024年十件民生实事', 'work-points', '曲靖市', 2024, 2]);
  });

  it('should read a title broken after 行动 with its kind word on the next line, quoting both lines', () => {
    for (const [title, expected, kind] of [
      ['贵州省农村人居环境整治提升专项行动\n实施方案', '贵州省农村人居环境整治提升专项行动实施方案', 'implementation-plan'],
      ['某省基层医疗卫生服务能力提升三年行动\n计划（2025—2027年）', '某省基层医疗卫生服务能力提升三年行动计划（2025—2027年）', 'action-plan'],
    ]) {
      const text = `${title}\n\n一、重点任务\n（一）改善人居环境。完成改厕1万户。\n（二）提升服务能力。建成卫生院10个。\n`;
      const doc = parseDocument(text, { file: 'wrap.txt' }).documents[0];
      expect([doc?.title, doc?.kind]).toEqual([expected, kind]);
      expect(doc?.region).toMatch(/省$/);
      const at = doc?.provenance.title?.position;
      expect(at && text.slice(at.start.offset, at.end.offset)).toBe(title);
    }
  });

  it('should keep a notice title and the plan title under it apart', () => {
    const text = '某县人民政府关于印发2025年工作要点的通知\n2025年工作要点\n\n一、重点任务\n（一）改善人居环境。完成改厕1万户。\n（二）提升服务能力。建成卫生院10个。\n';
    expect(parseDocument(text, { file: 'n.txt' }).documents[0]?.title).toBe('2025年工作要点');
  });
});
