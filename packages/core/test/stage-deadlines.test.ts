// Deadlines of targets that the parser does not read yet, kept as expected failures so that the gap stays visible:
// stages joined by 、 each opened by its own year, and a task table's deadline cell in a quarter or a half of the year.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const due = (text: string): string[] =>
  (parseDocument(text, { file: 'stage-deadlines.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit} ${t.deadline?.date ?? t.deadline?.year ?? '-'}`);

describe('stages joined by 、, each opened by its year', () => {
  // Known gap: a year opens a clause only after a comma, a semicolon, a colon or a full stop, not after 、, so every
  // stage is dated by the first year and the later ones have no words of their own to name them.
  it.fails('should date each stage by its own year and name it by the noun of the item', () => {
    const text = outdent`
      某省加快发展低空经济行动方案（2024—2027年）

      二、重点任务
      （一）完善低空基础设施。加快布局通用机场，2025年建成5个、2026年建成8个、2027年累计建成12个。
    `;
    expect(due(text)).toEqual(['通用机场 5个 2025', '通用机场 8个 2026', '通用机场 12个 2027']);
  });
});

describe('a task table row due in a quarter or a half of the year', () => {
  // Known gap: the figures' reader takes a row's deadline cell in the forms 2024年9月底, 2024年底前 only; 第三季度前 and
  // 上半年 are read by parse/deadline.ts, which targets/ cannot import (the grammar would have to move to text/).
  it.fails('should date the row\'s targets by the quarter\'s or the half\'s last day', () => {
    const text = [
      '某县2024年乡村振兴重点任务清单',
      '',
      '序号\t重点任务\t具体内容\t牵头单位\t完成时限',
      '1\t改善农村人居环境\t农村卫生厕所普及率达到92%\t县乡村振兴局\t2024年第三季度前',
      '2\t建设高标准农田\t新建高标准农田3万亩\t县农业农村局\t2024年上半年',
    ].join('\n');
    expect(due(text)).toEqual(['农村卫生厕所普及率 92% 2024-09-30', '新建高标准农田 30000亩 2024-06-30']);
  });
});
