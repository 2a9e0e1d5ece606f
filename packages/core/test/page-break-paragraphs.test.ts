// A paragraph cut by a page break in a 公文's exported text: pdftotext and a Word file saved as text set the page's number
// off by blank lines (…（责任单 / blank / — 1 — / blank / 位：市数据局）). The blank lines go with the number, and the
// paragraph's lines are rejoined as any hard wrap is; read as two paragraphs, the duty split over the break was lost.
import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const duties = (text: string) => {
  const doc = parseDocument(text, { file: 'pages.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return (doc?.assignments ?? []).map((a) => [a.taskId, a.leadUnits, a.supportingUnits]);
};

// Note: each paragraph is set 27 characters a line, as a page of the exported text holds it.
const CITY_PAGES = (pageNumber: string) => `某某市2025年数据工作要点
一、夯实数据基础
1.推进公共数据归集。全年归集公共数据10亿条以上，数
据共享申请办结率达到95%。（责任单位：市数据局）
2.建设城市数据底座。2025年9月底前建成市级数据共
享交换平台二期，接入市级部门系统200个以上。（牵头单

${pageNumber}

位：市数据局；配合单位：市财政局）
3.加快算力设施建设。全市数据中心标准机架总数超过2万
架，智能算力规模达到5000PFlops。（责任单位：市发展
改革委）
二、释放数据价值
4.培育数据要素市场。数据交易额突破5亿元，培育数据商
和第三方专业服务机构50家。（责任单位：市数据局）
5.开展数据应用场景建设。打造“数据要素×”典型场景20
个，评选优秀案例10个。（责任单位：市工业和信息化局）
`;

const COUNTY_PAGES = `某某县2024年乡村振兴重点工作任务
一、稳定粮食生产
（一）落实粮食安全责任制。全县粮食播种面积稳定在50万亩
以上，总产量稳定在20万吨以上。（责任单位：县农业农村局）
（二）建设高标准农田。新建高标准农田2万亩，完成
投资3000万元。（责任单位：县农业农村局；配合单位：县

第 1 页 共 2 页

财政局、县自然资源局）
二、推进乡村建设
（三）实施农村人居环境整治。新改建农村户厕1000户以上，
农村生活垃圾无害化处理率达到95%。（责任单位：县住建局）

第 2 页 共 2 页
`;

describe('a paragraph cut by a page break', () => {
  it.each([['— 1 —'], ['－ 1 －'], ['- 1 -']])('should read the duty split over a break at a page number %s', (page) => {
    expect(duties(CITY_PAGES(page))[1]).toEqual(['pages:t2', ['市数据局'], ['市财政局']]);
  });

  it('should read a county’s tasks cut by a 第 1 页 共 2 页 footer', () => {
    expect(duties(COUNTY_PAGES)).toEqual([
      ['pages:t1', ['县农业农村局'], []],
      ['pages:t2', ['县农业农村局'], ['县财政局', '县自然资源局']],
      ['pages:t3', ['县住建局'], []],
    ]);
  });

  it('should drop the blank lines around the number inside a paragraph, and keep them after a paragraph’s end', () => {
    const kept = (before: string) => dropPageFurniture(linesFromText([before, '', '— 1 —', '', '享交换平台二期，接入市级部门系统200个以上。'].join('\n'))).map((l) => l.text);
    expect(kept('2.建设城市数据底座。2025年9月底前建成市级数据共')).toEqual(['2.建设城市数据底座。2025年9月底前建成市级数据共', '享交换平台二期，接入市级部门系统200个以上。']);
    expect(kept('2.建设城市数据底座。建成市级数据共享交换平台二期。')).toEqual(['2.建设城市数据底座。建成市级数据共享交换平台二期。', '', '', '享交换平台二期，接入市级部门系统200个以上。']);
  });
});
