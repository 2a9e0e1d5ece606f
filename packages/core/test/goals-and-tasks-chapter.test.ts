// A chapter named for goals and tasks together (一、目标任务) with no item under it states what is to be reached
// (到2024年底，全县接待游客突破800万人次…), as a goals chapter does: county plans of every province open so. It was read as
// a task titled 目标任务. Over items the same name may list tasks, so those stay as they were.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { sectionRole } from '../src/parse/section-role.js';
import { expectExactQuotes, onlyPlan } from './helpers.js';

const parse = onlyPlan;

const TOURISM = outdent`
  某县2024年全域旅游发展实施方案
  为加快推进全域旅游发展，制定本方案。
  一、目标任务
  到2024年底，全县接待游客突破800万人次，实现旅游收入80亿元。
  二、工作措施
  （一）完善旅游基础设施。新建旅游厕所10座。（责任单位：县文体旅局）
  （二）丰富旅游产品供给。（责任单位：县文体旅局、县农业农村局）
`;

const COUNTY_ECONOMY = outdent`
  关于加快推进县域经济高质量发展的实施方案
  一、目标任务
  到2025年，全县地区生产总值突破500亿元。
  二、重点工作
  （一）壮大主导产业。（责任单位：县发展改革委、县工信局）
  （二）扩大有效投资。（责任单位：县发展改革委）
`;

const TASKS_UNDER_IT = outdent`
  某县2024年农村人居环境整治工作方案
  一、目标任务
  （一）推进农村厕所革命。新改建户厕500座。（责任单位：县农业农村局）
  （二）推进生活垃圾治理。（责任单位：县城管局）
`;

describe('a chapter named 目标任务', () => {
  it('should read the paragraph of a 目标任务 chapter as a goal, not a task', () => {
    const doc = parse(TOURISM);
    expect(doc.tasks.map((t) => t.title)).toEqual(['完善旅游基础设施', '丰富旅游产品供给']);
    expect(doc.goals.map((g) => g.text)).toEqual(['到2024年底，全县接待游客突破800万人次，实现旅游收入80亿元。']);
    expect(doc.targets.map((t) => t.metric)).toEqual(['接待游客', '旅游收入', '新建旅游厕所']);
  });

  it('should do so in another county’s plan', () => {
    expect(parse(COUNTY_ECONOMY).tasks.map((t) => t.title)).toEqual(['壮大主导产业', '扩大有效投资']);
  });

  it('should keep the items under such a chapter as they were read', () => {
    expect(parse(TASKS_UNDER_IT).tasks.map((t) => t.title)).toEqual(['推进农村厕所革命', '推进生活垃圾治理']);
  });

  it('should read the name as goals only with no item under it, and never after a verb of work', () => {
    expect(sectionRole('目标任务', true, true)).toBe('goals');
    expect(sectionRole('目标任务', true, false)).toBeNull();
    expect(sectionRole('完成年度目标任务', true, true)).toBeNull();
  });

  // A page flattened to one line (or with a space for each break) runs the name into its year: 目标任务到2024年底….
  it.each([
    ['one line', (t: string) => t.split('\n').map((l) => l.trim()).join('')],
    ['space-joined', (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')],
  ])('should cut the name from its first sentence when the text is flattened (%s)', (_, flatten) => {
    for (const plan of [TOURISM, COUNTY_ECONOMY]) {
      const text = flatten(plan);
      const doc = parse(text);
      expect(doc.tasks.map((t) => t.title)).toEqual(parse(plan).tasks.map((t) => t.title));
      expect(doc.sections.find((s) => s.title === '目标任务')?.role).toBe('goals');
      expectExactQuotes(text, doc);
    }
    // Not a name before anything but the year it aims at (目标任务分解落实 is the title of a measure).
    const split = flatten(outdent`
      某县2024年农村人居环境整治工作方案
      一、重点任务
      （一）目标任务分解落实。将任务分解到各乡镇。（责任单位：县农业农村局）
      （二）推进生活垃圾治理。（责任单位：县城管局）
    `);
    expect(parse(split).tasks.map((t) => t.title)).toEqual(['目标任务分解落实', '推进生活垃圾治理']);
  });
});
