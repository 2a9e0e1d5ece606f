// A text flattened to one line whose title runs straight into its first division (…规划第一章 发展基础, …办法第一章 总则,
// …规划第一部分, …要点Ⅰ、) or into the year's aims (…工作要点2025年全市统计工作的总体要求是：): the title ends where they start.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const read = (text: string) => {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
};

describe('the end of a flattened title', () => {
  it.each([
    ['某市数字经济发展“十五五”规划', '第一章 发展基础“十四五”以来，全市数字经济快速发展，核心产业增加值年均增长12%。第二章 主要任务第一节 建设新型基础设施加快建设5G网络，新建基站3000个。'],
    ['某市公共数据管理办法', '第一章 总则第一条 为了规范公共数据管理，促进公共数据共享开放，制定本办法。第二条 本办法适用于本市行政区域内公共数据的管理活动。'],
    ['某省“十五五”数字经济发展规划', '第一部分 发展基础与形势一、发展基础全省数字经济规模持续扩大，总量突破2万亿元。二、面临形势新一轮科技革命深入发展。'],
    ['某市2025年科技工作要点', 'Ⅰ、总体要求坚持创新驱动发展战略，全面提升科技创新能力。Ⅱ、重点任务1.加快建设创新平台。新建市级重点实验室10家。'],
    ['某市2025年统计工作要点', '2025年全市统计工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面提升统计数据质量。一、全力做好统计调查1.扎实开展第五次全国经济普查。'],
  ])('should end the title %s where the text runs on', (title, body) => {
    for (const gap of ['', ' ']) expect(read(`${title}${gap}${body}`)?.title).toBe(title);
  });

  it('should end a task list\'s title (…重点任务清单, …任务分解表) as a plan\'s', () => {
    const body = '为推进数字政府建设，制定本清单。一、深化政务服务1.推进高效办成一件事。新增“一件事”集成服务10项。（牵头单位：区政务服务数据管理局）2.提升窗口服务水平。综合窗口比例达到80%。（牵头单位：区政务服务数据管理局）';
    for (const title of ['某区2025年数字政府建设重点任务清单', '某区2025年数字政府建设任务分解表']) {
      for (const gap of ['', ' ']) {
        const doc = read(`${title}${gap}${body}`);
        expect([doc?.title, doc?.year, doc?.tasks.length, doc?.assignments.length]).toEqual([title, 2025, 2, 2]);
      }
    }
  });

  it('should not end a title at a division named inside it', () => {
    const text = '某市贯彻落实第一部分任务的实施方案为全面落实省委部署，结合我市实际，制定本方案。一、重点任务（一）加快建设算力设施。新建标准机架5000个。';
    expect(read(text)?.title).toBe('某市贯彻落实第一部分任务的实施方案');
  });
});
