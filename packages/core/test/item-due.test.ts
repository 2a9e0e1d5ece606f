// The targets of an item whose duty names a deadline are due by it (新增学位3600个。（责任单位：区教育局；完成时间：2024年8月
// 底前）), as a task table's row dates the targets it states.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const due = (text: string): string[] =>
  (parseDocument(text, { file: 'item-due.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.deadline?.date ?? t.deadline?.year ?? '-'}`);

describe('a target in an item with a dated duty', () => {
  it('should be due by the duty\'s deadline, labelled or in brackets', () => {
    const text = outdent`
      某区2024年重点民生实事项目

      一、教育
      1.新建、改扩建中小学和幼儿园5所，新增学位3600个。
      （责任单位：区教育局；完成时间：2024年8月底前）
      2.为全区中小学生免费开展视力筛查，筛查覆盖率达到100%。（区教育局、区卫生健康委；2024年11月30日前）
    `;
    expect(due(text)).toEqual(['新建、改扩建中小学和幼儿园 5所 2024-08-31', '学位 3600个 2024-08-31', '筛查覆盖率 100% 2024-11-30']);
  });

  it('should keep the target\'s own date, its own other year, and pass over an open or a first-step deadline', () => {
    const text = outdent`
      某区2024年重点民生实事项目

      一、养老
      1.6月底前新增养老床位500张。（区民政局；2024年12月底前）
      2.为80周岁以上老年人发放高龄津贴，惠及老年人1.2万人。（区民政局负责，持续推进）
      3.推进“一窗通办”，综合一窗率达90%以上。（3月底取得阶段性成效，牵头单位：区政务服务局）
      4.到2025年建成社区嵌入式养老服务设施20个。（区民政局；2024年12月底前）
    `;
    expect(due(text)).toEqual(['养老床位 500张 2024-06-30', '惠及老年人 12000人 2024', '综合一窗率 90% 2024', '社区嵌入式养老服务设施 20个 2025']);
  });
});
