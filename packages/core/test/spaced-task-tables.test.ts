// Task tables set out in columns of spaces, as pdftotext -layout gives a PDF's table: cells wrap inside their columns
// over the lines under the row's first, and the header words may stand centred over their columns.
import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../src/parse/hard-wrap.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

describe('task tables set out in columns of spaces', () => {
  const table = [
    '附件',
    '                     某某市城市更新提质行动2025年重点任务分工表',
    ' 序号      重点任务                          具体措施                         牵头单位         完成时限',
    '  1    推进老旧小区改造        完成城镇老旧小区改造 1500 个，惠及居     市住房城乡建委    2025年12月底',
    '                               民 12 万户。                             各区县政府',
    '  2    实施城市地下管网更      改造燃气、供水、排水等老化管网 1200      市住房城乡建委    2025年11月底',
    '       新改造                  公里。                                   市水利局',
    '  3    完善社区嵌入式服务      新建社区嵌入式服务设施 100 个。          市民政局          2025年10月底',
    '       设施',
    '',
  ].join('\n');

  it('should read each row with its cells, a unit on each line of a units cell', () => {
    const doc = parseDocument(table, { file: 'layout.txt' }).documents[0];
    // Note: a cell wrapped inside its column has other cells between its parts; what a task quotes must be exactly one
    // stretch of the source, so it gives the cell's first part (a known limit: 实施城市地下管网更 / 新改造).
    expect(doc?.tasks.map((t) => [t.label, t.title, t.body])).toEqual([
      ['1', '推进老旧小区改造', '完成城镇老旧小区改造 1500 个，惠及居'],
      ['2', '实施城市地下管网更', '改造燃气、供水、排水等老化管网 1200'],
      ['3', '完善社区嵌入式服务', '新建社区嵌入式服务设施 100 个。'],
    ]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['市住房城乡建委', '各区县政府'], '2025-12-31'],
      [['市住房城乡建委', '市水利局'], '2025-11-30'],
      [['市民政局'], '2025-10-31'],
    ]);
    if (doc) expectExactQuotes(table, doc);
  });

  it('should read such a table inside a hard-wrapped plan, whose paragraphs are still joined', () => {
    const text = [
      '某某县2025年农村人居环境整治工作方案',
      '',
      '    为持续改善农村人居环境，建设宜居宜业和美乡村，根据上级部署，结合',
      '本县实际，经县人民政府同意，现就做好2025年农村人居环境整治工作提出',
      '如下方案，请各乡镇、各有关部门认真组织实施，确保各项任务落到实处，',
      '切实提高群众的获得感和满意度，推动全县农村面貌持续改善和全面提升。',
      '    各乡镇要把农村人居环境整治摆在突出位置，主要负责同志要亲自研究，',
      '分管负责同志要具体抓，建立工作台账，明确责任分工，细化工作措施，按',
      '期完成各项工作任务，确保整治工作取得实效，切实改善群众的生活环境。',
      '',
      ' 序号    重点任务                  具体措施                        牵头单位',
      '  1     推进厕所革命        新改建农村户厕 1200 户，公厕      县农业农村局',
      '                            30 座。',
      '  2     治理生活污水        完成 15 个行政村生活污水治理。    县生态环境局',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'wrapped-plan.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.content, a.leadUnits])).toEqual([
      ['新改建农村户厕 1200 户，公厕', ['县农业农村局']],
      ['完成 15 个行政村生活污水治理。', ['县生态环境局']],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进厕所革命', '治理生活污水']);
    if (doc) expectExactQuotes(text, doc);
    // The wrapped paragraphs are joined, two lines of prose; the table's lines are left as they are.
    const lines = joinHardWraps(linesFromText(text)).map((l) => l.text.trim());
    expect(lines.filter((l) => l.startsWith('为持续改善') || l.startsWith('各乡镇要')).map((l) => l.endsWith('。'))).toEqual([true, true]);
    expect(lines).toContain('30 座。');
    expect(lines.some((l) => l.startsWith('1     推进厕所革命') && l.endsWith('县农业农村局'))).toBe(true);
  });

  it('should give each row its lines when the cells are centred on the 序号 line', () => {
    const text = [
      '                     某某市城市更新提质行动2025年重点任务分工表',
      ' 序号      重点任务                          具体措施                         牵头单位         完成时限',
      '                               完成城镇老旧小区改造 1500 个，惠及居',
      '  1    推进老旧小区改造        民 12 万户，同步推进加装电梯 200         市住房城乡建委    2025年12月底',
      '                               部。',
      '                               改造燃气、供水、排水等老化管网 1200',
      '  2    实施城市地下管网更      公里。                                   市住房城乡建委    2025年11月底',
      '       新改造',
      '  3    完善社区嵌入式服务      新建社区嵌入式服务设施 100 个。          市民政局          2025年10月底',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'centred.txt' }).documents[0];
    // Note: the content quoted is each cell's first part (see above); the rows' units and deadlines are their own.
    expect(doc?.tasks.map((t) => [t.label, t.body])).toEqual([
      ['1', '完成城镇老旧小区改造 1500 个，惠及居'],
      ['2', '改造燃气、供水、排水等老化管网 1200'],
      ['3', '新建社区嵌入式服务设施 100 个。'],
    ]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['市住房城乡建委'], '2025-12-31'],
      [['市住房城乡建委'], '2025-11-30'],
      [['市民政局'], '2025-10-31'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should take no line of header words with prose under it for a table', () => {
    const text = [
      '某某区2025年文旅工作要点',
      '一、工作任务',
      '（一）序号  重点任务  牵头单位  的填报要求。各单位按序号填报重点任务和牵头单位。',
      '序号  重点任务  牵头单位',
      '各单位要按照要求认真填报，确保信息准确完整，按时报送区文旅局。',
      '（二）繁荣夜间经济。打造夜间文旅消费集聚区2个。',
    ].join('\n');
    const doc = parseDocument(text, { file: 'words.txt' }).documents[0];
    expect(doc?.assignments).toEqual([]);
    expect(doc?.tasks.map((t) => t.label)).toEqual(['（一）', '（二）']);
  });
  it('should read on past the header a table repeats at the top of its next page', () => {
    const header = '序号   民生实事项目                     责任单位           配合单位                完成时限';
    const text = [
      '某市2024年重点民生实事任务分解表',
      header,
      '1      新建城市社区养老服务综合体3个    市民政局           各县（区）人民政府      2024年11月底',
      '2      改造城镇老旧小区20个             市住房城乡建设局   各县（区）人民政府      2024年12月底',
      '                                            —  1  —',
      header,
      '3      实施农村供水保障工程30处         市水利局           各县（区）人民政府      2024年12月底',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'pages.txt' }).documents[0];
    expect(doc?.title).toBe('某市2024年重点民生实事任务分解表');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['新建城市社区养老服务综合体3个', '改造城镇老旧小区20个', '实施农村供水保障工程30处']);
    expect(doc?.assignments.map((a) => a.row)).toEqual([1, 2, 3]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['市民政局'], '2024-11-30'],
      [['市住房城乡建设局'], '2024-12-31'],
      [['市水利局'], '2024-12-31'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still end the table at a header of other words', () => {
    const text = [
      '某市2024年重点民生实事任务分解表',
      '序号   民生实事项目                     责任单位           完成时限',
      '1      新建城市社区养老服务综合体3个    市民政局           2024年11月底',
      '',
      '序号   重点项目                         牵头单位           完成时限',
      '1      建设城市综合管廊                 市住房城乡建设局   2024年12月底',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'two.txt' }).documents[0];
    // Note: a table under other header words is another table: its rows are none of the first's.
    expect(doc?.tasks.map((t) => t.title)).toEqual(['新建城市社区养老服务综合体3个']);
    expect(doc?.assignments.map((a) => [a.number, a.row, a.leadUnits])).toEqual([['1', 1, ['市民政局']]]);
  });
});
