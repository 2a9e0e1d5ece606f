// A 公文's PDF text whose paragraphs are short: a task list where each item is a sentence or two and its duty, two or
// three lines on the page. Half its paragraphs end short of the margin, so among its long lines few run on, but among
// its full lines (those that reach the margin) most do: that is the sign of a hard-wrapped text. Read as a paragraph a
// line it lost the duty label split over a break (牵头 / 单位：), the metric before a wrap (全程网办率 / 达到85%) and a
// deadline's year (2024 / 年6月底前). The notice above the list and the print lines (版记: 抄送：…, …印发) under it are
// long lines that end short of the margin too.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';
import { typesetLines } from './quality/format-variants.js';

const COUNTY_LIST = [
  '某某县人民政府办公室文件',
  '某政办发〔2024〕12号',
  '关于印发某某县2024年优化营商环境重点任务清单的通知',
  '各乡（镇）人民政府，县直各单位：',
  '《某某县2024年优化营商环境重点任务清单》已经县政府同意，现印发给你们，请结合实际认真抓好落实。',
  '某某县人民政府办公室',
  '2024年4月2日',
  '（此件公开发布）',
  '某某县2024年优化营商环境重点任务清单',
  '一、提升政务服务水平',
  '（一）推进政务服务标准化。全面梳理政务服务事项，2024年6月底前完成事项标准化梳理，事项标准化率达到100%。牵头单位：县行政审批局；配合单位：县直各单位。',
  '（二）深化“一网通办”。推动高频事项网上办理，全程网办率达到85%以上。牵头单位：县行政审批局、县大数据中心。',
  '二、优化市场环境',
  '（三）压缩企业开办时间。企业开办全流程压缩至1个工作日以内。牵头单位：县市场监管局。',
  '（四）降低企业融资成本。新增普惠小微贷款5亿元以上。牵头单位：县金融服务中心；配合单位：人行某某县支行。',
  '三、加强法治保障',
  '（五）规范涉企执法检查。推行“综合查一次”，涉企检查频次下降30%。牵头单位：县司法局。',
  '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
  '某某县人民政府办公室　　　　　　　　　2024年4月2日印发',
];

const CITY_POINTS = [
  '某某市人民政府办公室关于印发某某市2025年数据工作要点的通知',
  '各区人民政府，市政府各委、办、局：',
  '经市政府同意，现将《某某市2025年数据工作要点》印发给你们，请认真组织实施。',
  '某某市人民政府办公室',
  '2025年2月28日',
  '某某市2025年数据工作要点',
  '一、夯实数据基础',
  '1.推进公共数据归集。全年归集公共数据10亿条以上，数据共享申请办结率达到95%。（责任单位：市数据局）',
  '2.建设城市数据底座。2025年9月底前建成市级数据共享交换平台二期。（责任单位：市数据局、市财政局）',
  '3.加快算力设施建设。全市数据中心标准机架总数超过2万架。（责任单位：市发展改革委）',
  '二、释放数据价值',
  '4.培育数据要素市场。数据交易额突破5亿元。（责任单位：市数据局）',
  '5.开展数据应用场景建设。打造“数据要素×”典型场景20个。（责任单位：市数据局、市工业和信息化局）',
  '抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委。',
  '某某市人民政府办公室　　　　　　　　　2025年2月28日印发',
];

/** The lines set 28 columns a line, as a 公文's page sets them (a digit or Latin letter half a column). */
const onPages = (lines: readonly string[]): string => lines.flatMap((l) => typesetLines(l, 28)).join('\n');

const read = (text: string) => {
  const doc = parseDocument(text, { file: 'list.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
};

describe('a hard-wrapped text of short paragraphs', () => {
  it.each([
    ['a county’s task list', COUNTY_LIST],
    ['a city’s work points', CITY_POINTS],
  ])('should read %s as it reads the text laid out', (_, lines) => {
    const laidOut = read(lines.join('\n'));
    const wrapped = read(onPages(lines));
    const facts = (doc: typeof laidOut) => ({
      tasks: doc?.tasks.map((t) => t.title),
      leads: doc?.assignments.map((a) => a.leadUnits),
      targets: doc?.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline?.date ?? t.deadline?.year]),
    });
    expect(laidOut?.tasks.length).toBeGreaterThanOrEqual(5);
    expect(facts(wrapped)).toEqual(facts(laidOut));
  });
});
