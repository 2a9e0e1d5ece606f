// Duties as county bureaus and supervision sheets set them: a county bureau's divisions are 股 or 股室 (责任股室, 牵头股室,
// 配合股室), and a duty line may name the official in charge before the units (责任领导：李四　责任科室：…　完成时间：…;
// 牵头县领导：…；责任单位：…). The official is no unit; the units and the deadline are the task's.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const duties = (item: string) => {
  const text = `某县卫生健康局2025年工作要点\n一、重点任务\n${item}\n2.加强公共卫生体系建设。建成县级疾控实验室1个。\n`;
  const doc = parseDocument(text, { file: 'duties.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return (doc?.assignments ?? []).map((a) => [a.taskId, a.leadUnits, a.supportingUnits, a.due]);
};
const ITEM = '1.推进紧密型县域医共体建设。县域内就诊率达到90%以上。';

describe('a county bureau’s divisions and the official named first', () => {
  it('should read 股室 labels as 科室 and 处室 labels are read', () => {
    expect(duties(`${ITEM}（责任股室：医政医管股）`)).toEqual([['duties:t1', ['医政医管股'], [], null]]);
    expect(duties(`${ITEM}（牵头股室：医政医管股；配合股室：规划信息股）`)).toEqual([['duties:t1', ['医政医管股'], ['规划信息股'], null]]);
    expect(duties(`${ITEM}（分管领导：李四，责任股室：医政医管股）`)).toEqual([['duties:t1', ['医政医管股'], [], null]]);
  });

  it.each([
    ['two spaces', '责任领导：李四  责任科室：医政医管股  完成时间：2025年12月'],
    ['full-width spaces', '责任领导：李四　责任科室：医政医管股　完成时间：2025年12月'],
  ])('should read a duty line that names the official first, its fields parted by %s', (_, line) => {
    expect(duties(outdent`
      ${ITEM}
      ${line}
    `)).toEqual([['duties:t1', ['医政医管股'], [], '2025-12-31']]);
  });

  it('should read a county leader named before the units, and no duty from a line naming only the official', () => {
    expect(duties(`${ITEM}\n牵头县领导：李四；责任单位：县卫健局、县医保局`)).toEqual([['duties:t1', ['县卫健局'], ['县医保局'], null]]);
    expect(duties(`${ITEM}\n责任领导：李四`)).toEqual([]);
  });
});
