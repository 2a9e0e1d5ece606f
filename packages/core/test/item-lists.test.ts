// Items whose measures are a list under them (1.打造精品景区。 ①… ②…; （一）打造精品旅游线路： 1.… 2.…) with the duty
// stated once after the list, and the brackets a duty may be set in.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'item-lists.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

/** Each assignment as task title → lead | supporting | due. */
function duties(doc: PlanDocument): string[] {
  const title = new Map(doc.tasks.map((t) => [t.id, t.title]));
  return doc.assignments.map((a) => `${a.taskId ? title.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'}`);
}

describe('a duty after the list of an item’s measures', () => {
  it('should give it to every measure of the list, and end a measure’s title before its semicolon', () => {
    const text = outdent`
      某自治州文化旅游产业发展行动计划（2024—2026年）
      一、重点任务
      1.打造精品景区。
      ①推进大峡谷创建世界级旅游景区；
      ②新创建国家4A级旅游景区5家。
      牵头单位：州文旅局；配合单位：各县市人民政府
      2.培育文旅新业态。
      ①发展康养旅游；
      ②发展研学旅游。
      牵头单位：州文旅局；配合单位：州教育局
    `;
    const doc = plan(text);
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进大峡谷创建世界级旅游景区', '新创建国家4A级旅游景区5家', '发展康养旅游', '发展研学旅游']);
    expect(duties(doc)).toEqual([
      '推进大峡谷创建世界级旅游景区 州文旅局 | 各县市人民政府 | -',
      '新创建国家4A级旅游景区5家 州文旅局 | 各县市人民政府 | -',
      '发展康养旅游 州文旅局 | 州教育局 | -',
      '发展研学旅游 州文旅局 | 州教育局 | -',
    ]);
    expectExactQuotes(text, doc);
  });

  it('should read a bracketed duty after a list of numbered measures, before the next item that has none', () => {
    const text = outdent`
      某省2024年数字政府建设工作要点
      一、夯实数字基础设施
      1.推进政务云集约化建设。
      （1）完善政务云平台，提升云资源使用率至75%。
      （2）推动市县政务信息系统迁移上云。
      （责任单位：省数据局，配合单位：各市人民政府，完成时限：2024年12月底）
      2.强化政务网络支撑。推进电子政务外网向乡镇延伸。（责任单位：省数据局）
    `;
    const doc = plan(text);
    expect(duties(doc)).toEqual([
      '完善政务云平台，提升云资源使用率至75% 省数据局 | 各市人民政府 | 2024年12月底',
      '推动市县政务信息系统迁移上云 省数据局 | 各市人民政府 | 2024年12月底',
      '强化政务网络支撑 省数据局 | - | -',
    ]);
    expectExactQuotes(text, doc);
  });

  it('should leave a duty with the last measure when other measures of the list state their own', () => {
    const text = outdent`
      某市2024年工作要点
      一、重点任务
      （一）发展设施农业
      1.建设设施蔬菜基地20个。
      （责任单位：市农业农村局）
      2.建设产地冷藏保鲜设施200个。
      （责任单位：市商务局）
      （二）完善冷链物流。建设冷链物流园区1个。（责任单位：市发展改革委）
    `;
    expect(duties(plan(text))).toEqual(['建设设施蔬菜基地20个 市农业农村局 | - | -', '建设产地冷藏保鲜设施200个 市商务局 | - | -', '完善冷链物流 市发展改革委 | - | -']);
  });

  it('should leave a duty after a chapter’s last item with that item', () => {
    const text = outdent`
      某市2024年工作要点
      一、发展设施农业
      （一）建设设施蔬菜基地。新建基地20个。
      （二）建设冷藏保鲜设施。新建设施200个。
      （责任单位：市商务局）
      二、完善冷链物流
      （三）建设冷链物流园区。（责任单位：市发展改革委）
    `;
    expect(duties(plan(text))).toEqual(['建设冷藏保鲜设施 市商务局 | - | -', '建设冷链物流园区 市发展改革委 | - | -']);
  });
});
