// The text of a 公文 set on its pages (GB/T 9704: 28 characters a line, 22 lines a page, the page number under the
// text) and read back from its PDF or Word export. Two things of every such text: the last page's number closes the
// file with no text after it, and a work report's subtitle fills a line to the margin without running on into the
// speaker's name set under it.
import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../src/parse/hard-wrap.js';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';
import { typesetLines } from './quality/format-variants.js';

const kept = (text: string): string[] => dropPageFurniture(linesFromText(text)).map((l) => l.text);

describe('page numbers of a text read from its pages', () => {
  const PROSE = '全面推进数字政府建设，持续提升政务服务效能和群众满意度';

  it('should drop the last page number at the end of the file after a run of page numbers', () => {
    const text = [PROSE, '1', PROSE, '2', PROSE, '3', ''].join('\n');
    expect(kept(text)).toEqual([PROSE, PROSE, PROSE, '']);
  });

  it('should keep a number that ends a file without page numbers before it, or that breaks their order', () => {
    expect(kept([PROSE, PROSE, '7'].join('\n'))).toEqual([PROSE, PROSE, '7']);
    // 5 after 2 is not the next page: the run is 1, 2 and the 5 stays.
    expect(kept([PROSE, '1', PROSE, '2', PROSE, '1'].join('\n'))).toContain('1');
  });

  it('should find a notice’s print line (版记) when the last page’s number follows it', () => {
    const text = [
      '关于印发某市数字政府建设工作要点的通知',
      '各区人民政府，市政府各部门：',
      '现将《某市2024年数字政府建设工作要点》印发给你们，请认真贯彻落实。',
      '某市2024年数字政府建设工作要点',
      '一、推进政务服务数字化转型',
      '1.优化政务服务平台。实现高频事项全程网办，网办率达到90%以上。',
      '1',
      '2.完善数据共享机制。建成全市统一的数据共享交换平台并持续运行。',
      '抄送：市委各部门，市人大常委会办公厅，市政协办公厅。',
      '某市人民政府办公室2024年3月15日印发',
      '2',
    ].join('\n');
    const doc = parseDocument(text, { file: 'notice.txt' }).documents[0];
    expect(doc?.date).toBe('2024-03-15');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['优化政务服务平台', '完善数据共享机制']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a work report set on pages of 28 characters a line', () => {
  const REVIEW =
    '过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全县上下团结一心、攻坚克难，经济社会发展主要目标任务顺利完成。' +
    '全县地区生产总值增长6.2%，一般公共预算收入增长5.1%，城乡居民人均可支配收入分别增长4.8%和6.9%，高质量发展迈出坚实步伐。'
  const TASKS =
    '（一）持续壮大县域经济。坚持把发展经济的着力点放在实体经济上，深入实施工业强县战略，推动传统产业转型升级，全年新增规模以上工业企业20家以上。' +
    '（二）全力保障改善民生。坚持尽力而为、量力而行，办好民生实事，城镇新增就业3000人以上，新建改建农村公路120公里，持续提升群众获得感和幸福感。'
  const wrapped = (paragraph: string): string[] => paragraph.split(/(?=（[一二]）)/).flatMap((p) => typesetLines(p, 28));
  const text = [
    '政府工作报告',
    '——2025年1月16日在某县第十八届人民代表大会第五次会议上',
    '某县人民政府县长　张　三',
    '各位代表：',
    ...typesetLines('现在，我代表县人民政府，向大会报告工作，请予审议，并请政协委员和列席人员提出意见。', 28),
    '一、2024年工作回顾',
    ...wrapped(REVIEW),
    ...wrapped(REVIEW.replace('过去一年', '回顾一年')),
    '二、2025年主要工作',
    ...wrapped(TASKS),
  ].join('\n');

  it('should keep the subtitle a line of its own when it fills the line, and date the report by it', () => {
    // The subtitle is as wide as the text's lines: without the rule it ran on into the speaker's line.
    expect(text.split('\n')[1]?.length).toBeGreaterThanOrEqual(28);
    const doc = parseDocument(text, { file: 'report.txt' }).documents[0];
    expect(doc?.date).toBe('2025-01-16');
    expect(doc?.year).toBe(2025);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['持续壮大县域经济', '全力保障改善民生']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still join the wrapped lines of the report’s paragraphs', () => {
    const joined = joinHardWraps(linesFromText(text)).map((l) => l.text);
    expect(joined).toContain(REVIEW);
    expect(joined[1]).toBe('——2025年1月16日在某县第十八届人民代表大会第五次会议上');
  });
});

describe('a PDF’s lines copied with a blank line after each (a viewer’s copy, or a page that sets one <p> a line)', () => {
  const paragraphs = [
    '某市加快推进智慧农业高质量发展助力乡村全面振兴实施方案（2025—2027年）',
    '为加快推进农业数字化转型，促进现代农业高质量发展，结合我市实际，制定本方案。',
    '一、夯实农业数字基础',
    '（一）建设农业物联网应用基地。围绕粮食、蔬菜、畜禽等主导产业，推动物联网设备在生产环节的规模化应用，到2025年底建成农业物联网应用基地30个以上，带动农业生产效率明显提升。（牵头单位：市农业农村局）',
    '（二）完善农业大数据平台。整合农业生产、经营、管理和服务数据资源，建设全市统一的农业大数据平台，实现涉农数据资源的汇聚共享和开发利用，为政府决策和经营主体提供数据服务。（牵头单位：市大数据局）',
    '二、拓展智慧农业应用',
    '（三）推广智能农机装备。支持农业生产经营主体购置北斗导航、无人驾驶等智能农机装备，开展智能农机作业示范，全市智能农机装备保有量达到2000台套以上，主要农作物耕种收综合机械化率稳步提高。（牵头单位：市农业农村局）',
  ];
  const text = paragraphs.flatMap((p) => typesetLines(p, 28)).join('\n\n');

  it('should join the wrapped lines across the blank lines, quoting the source exactly', () => {
    const doc = parseDocument(text, { file: 'spaced.txt' }).documents[0];
    // The title is set on two lines.
    expect(text.split('\n')[0]).not.toContain('2027');
    expect(doc?.title).toBe('某市加快推进智慧农业高质量发展助力乡村全面振兴实施方案（2025—2027年）');
    expect(doc?.period).toEqual({ start: 2025, end: 2027 });
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设农业物联网应用基地', '完善农业大数据平台', '推广智能农机装备']);
    expect(doc?.targets.map((t) => t.value)).toEqual(expect.arrayContaining([30, 2000]));
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市农业农村局', '市大数据局', '市农业农村局']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should leave a double-spaced text whose lines are whole paragraphs as it is', () => {
    const loose = paragraphs.join('\n\n');
    expect(joinHardWraps(linesFromText(loose)).map((l) => l.text)).toEqual(linesFromText(loose).map((l) => l.text));
  });
});
