// Unnumbered items under numbered chapters: paragraphs that open with their heading sentence, with the bullet a Word or
// web list draws before them (● 建设算力中心。…) or none, and a heading that names a thing in letters and digits (推进5G覆盖。).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

const plan = (mark: string): string =>
  `某区2024年数字经济工作要点\n\n一、夯实数字底座\n${mark}建设算力中心。新增机架1000个。（责任单位：区发改委）\n${mark}推进5G覆盖。新建基站500个。（责任单位：区工信局）\n二、发展数字产业\n${mark}培育数字企业。新增企业50家。（责任单位：区商务局）\n`;

describe('led paragraphs under chapters', () => {
  for (const mark of ['', '　　', '● ', '◆', '■ ']) {
    it(`should read each led paragraph as a task (mark ${JSON.stringify(mark)}), its title quoted without the bullet`, () => {
      const text = plan(mark);
      const doc = parseDocument(text, { file: 'bullets.txt' }).documents[0];
      expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力中心', '推进5G覆盖', '培育数字企业']);
      expect(doc?.assignments.map((a) => a.leadUnits.join())).toEqual(['区发改委', '区工信局', '区商务局']);
      for (const t of doc?.tasks ?? []) expect(sliceAt(text, t.titlePosition)).toBe(t.title);
    });
  }

  it('should not read a dated sentence as a heading', () => {
    const text = '某区2024年数字经济工作要点\n\n一、夯实数字底座\n到2025年底。新增机架1000个。\n2024年6月。完成规划编制。\n';
    expect(parseDocument(text, { file: 'dated.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['夯实数字底座']);
  });

  it('should split a title set off from its body by a space, and keep a space inside a title', () => {
    const text = '某市2025年安全生产工作要点\n\n一、重点任务\n（一）加强行业安全监管 全面开展隐患排查整治，整改率达到100%。\n（二）强化应急救援能力　建成综合救援队伍10支。\n（三）推进 5G 网络建设。新建基站100个。\n';
    const doc = parseDocument(text, { file: 'spaced.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加强行业安全监管', '强化应急救援能力', '推进 5G 网络建设']);
    for (const t of doc?.tasks ?? []) expect(sliceAt(text, t.titlePosition)).toBe(t.title);
  });
});
