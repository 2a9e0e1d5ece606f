// Running heads (书眉) of printed plans, as PDF text and pdftotext keep them: the document's title or its chapter's,
// repeated at the top of each page right after the page number of the page before (or a form feed). They are no
// new document and no new chapter. General to every typeset 规划 and 方案.
import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const TITLE = '某省“十五五”水安全保障规划';
const body = (brk: (n: number) => string): string =>
  [
    TITLE,
    '第一章 发展基础',
    '“十四五”期间，全省累计完成水利投资2860亿元。',
    brk(1),
    TITLE,
    '第二章 主要任务',
    '一、加快堤防建设。完成堤防加固300公里。（牵头单位：省水利厅）',
    '二、推进水库建设。新建中型水库5座。（牵头单位：省水利厅）',
    brk(2),
    TITLE,
    '第二章 主要任务',
    '三、保障城乡供水。农村自来水普及率达到95%。（牵头单位：省水利厅）',
    '第三章 保障措施',
    '一、加强组织领导。建立工作机制。',
    '',
  ].join('\n');

describe('running heads', () => {
  for (const [name, brk] of [
    ['page numbers', (n: number) => `— ${n} —`],
    ['gazette page numbers', (n: number) => `· ${n} ·`],
    ['form feeds', () => '\f'],
  ] as const) {
    it(`should read one plan, its chapters once, across ${name}`, () => {
      const result = parseDocument(body(brk), { file: 'heads.txt' });
      expect(result.documents).toHaveLength(1);
      const doc = result.documents[0];
      expect(doc?.title).toBe(TITLE);
      expect(doc?.sections.filter((s) => s.parentId === null).map((s) => s.title)).toEqual(['发展基础', '主要任务', '保障措施']);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['加快堤防建设', '推进水库建设', '保障城乡供水', '加强组织领导']);
    });
  }

  it('should keep a repeated heading that follows no page break, and a repeated sentence or field after one', () => {
    const text = '加强组织领导\n第一项\n加强组织领导\n“十四五”期间成效明显。\n— 2 —\n“十四五”期间成效明显。\n责任单位：市水利局\n— 3 —\n责任单位：市水利局\n';
    const kept = dropPageFurniture(linesFromText(text)).map((l) => l.text);
    expect(kept.filter((t) => t === '加强组织领导')).toHaveLength(2);
    expect(kept.filter((t) => t === '“十四五”期间成效明显。')).toHaveLength(2);
    expect(kept.filter((t) => t === '责任单位：市水利局')).toHaveLength(2);
  });
});

describe('a short hard-wrapped text', () => {
  it('should be rejoined when most of its long lines run on, so a figure broken at the margin is read whole', () => {
    const text = [
      '某省数字乡村建设2025年工作要点',
      '为深入实施数字乡村发展战略，推动数字技术与农业农村深度融合，现',
      '提出2025年全省数字乡村建设工作要点如下。',
      '一、总体目标',
      '2025年，全省农业生产信息化率达到72.5%，农产品网络零售额达到1.2',
      '万亿元以上，行政村5G通达率保持100%，涉农县（市、区）数字乡村发',
      '展水平评价得分平均提高3.5分，培育省级数字农业农村基地120个。',
      '二、重点任务',
      '（一）夯实乡村数字基础设施。推进农村千兆光网和5G网络深度覆盖，',
      '新建农村5G基站1.5万个，年底前重点自然村4G网络覆盖率达到99.5%以',
      '上。（牵头单位：省通信管理局；配合单位：省工业和信息化厅）',
      '（二）发展智慧农业。建设智能化农机装备应用示范基地30个，大田种',
      '植信息化率提高到45.8%。（牵头单位：省农业农村厅）',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'wrapped.txt' }).documents[0];
    const figures = (doc?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}`);
    expect(figures).toContain('农产品网络零售额 >= 1200000000000');
    expect(figures).toContain('重点自然村4G网络覆盖率 >= 99.5');
    expect(figures).toContain('大田种植信息化率 = 45.8');
  });
});

describe('footnotes', () => {
  it('should drop the footnotes a text refers to with circled marks, and keep ① items that are a list', () => {
    const text = [
      '某省2025年安全生产工作方案',
      '一、重点任务',
      '（一）开展隐患清零行动。完成重大事故隐患判定标准全员培训①，整改率达到100%。（牵头单位：省应急管理厅）',
      '（二）推进治本攻坚行动。坚决遏制重特大事故②。（牵头单位：省应急管理厅）',
      '────────────',
      '① 全员培训：包括企业主要负责人、安全管理人员和一线从业人员。',
      '② 重特大事故：指一次死亡 10 人以上的生产',
      '安全事故。',
      '— 3 —',
      '（三）强化执法。全年开展执法检查1万次。（牵头单位：省应急管理厅）',
      '二、专项行动',
      '（一）开展专项行动。包括：',
      '①危险化学品专项整治；',
      '②烟花爆竹专项整治。',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'footnotes.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['开展隐患清零行动', '推进治本攻坚行动', '强化执法', '开展专项行动']);
    expect(doc?.assignments).toHaveLength(3);
    expect(doc?.targets.map((t) => t.value)).not.toContain(10);
  });
});

describe('an indicator table one cell per line, the attribute last', () => {
  it('should read each row, its base and its target, quoting the cells', () => {
    const text = [
      '某市“十五五”卫生健康事业发展规划',
      '一、发展目标',
      '到2030年，全市居民健康水平持续提升。',
      '表1 某市“十五五”卫生健康发展主要指标',
      '序号', '指标', '单位', '2025年', '2030年', '指标性质',
      '1', '人均预期寿命', '岁', '83.6', '84.5', '预期性',
      '2', '孕产妇死亡率', '/10万', '≤5', '≤5', '约束性',
      '二、主要任务',
      '（一）提升公共卫生服务能力。建成市级疾控中心新院区。',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'cells.txt' }).documents[0];
    expect(doc?.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.deadline?.year} from ${t.baseline?.value}`)).toEqual(['人均预期寿命 = 84.5岁 2030 from 83.6', '孕产妇死亡率 <= 5/10万 2030 from 5']);
    expect(doc?.goals.map((g) => g.text)).not.toContain('人均预期寿命');
    expectExactQuotes(text, doc as NonNullable<typeof doc>);
  });
});
