// Plans whose text gives their chapters (一、工作目标 二、重点任务分工 三、保障措施) and sets out their tasks in a task
// table, inside the text or attached (附件：…重点任务分工表), while the outline has items of its own (保障措施's (一)
// (二)): the rows are tasks too, in document order, each with its row's duty.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

function plan(text: string, file = 'listed.txt'): PlanDocument {
  const doc = parseDocument(text, { file }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

/** Each task as label|title, and each assignment as its task's title → lead units. */
function read(doc: PlanDocument): { tasks: string[]; duties: string[] } {
  const title = new Map(doc.tasks.map((t) => [t.id, t.title]));
  return {
    tasks: doc.tasks.map((t) => `${t.label ?? ''}|${t.title}`),
    duties: doc.assignments.map((a) => `${a.taskId ? title.get(a.taskId) : '-'} ${a.leadUnits.join('、')}`),
  };
}

describe('a task table beside an outline that holds none of its rows', () => {
  it('should read the rows of a pipe table under a chapter heading as tasks, before the next chapter’s items', () => {
    const text = outdent`
      # 某市2024年数字经济发展工作要点

      ## 一、工作目标

      到2024年底，全市数字经济核心产业增加值达到600亿元。

      ## 二、重点任务分工

      | 序号 | 重点任务 | 主要内容 | 牵头单位 | 责任单位 | 完成时限 |
      |---|---|---|---|---|---|
      | 1 | 加快5G网络建设 | 新建5G基站2000个 | 市工业和信息化局 | 各区县政府 | 2024年底 |
      | 2 | 建设算力基础设施 | 新增智能算力500P | 市发展改革委 | 市数据局 | 2024年9月 |
      | 3 | 推动企业数字化转型 | 新增上云企业1000家 | 市经济和信息化局 | 各区县政府 | 2024年底 |

      ## 三、保障措施

      （一）加强组织领导。建立工作专班。
      （二）强化资金保障。设立专项资金。
    `;
    const doc = plan(text, 'listed.md');
    expect(read(doc)).toEqual({
      tasks: ['1|加快5G网络建设', '2|建设算力基础设施', '3|推动企业数字化转型', '（一）|加强组织领导', '（二）|强化资金保障'],
      duties: ['加快5G网络建设 市工业和信息化局', '建设算力基础设施 市发展改革委', '推动企业数字化转型 市经济和信息化局'],
    });
    // Note: the chapter over the table is its rows' section, no task of its own.
    expect(doc.sections.map((s) => s.title)).toEqual(['工作目标', '重点任务分工', '保障措施']);
    expect(doc.tasks.map((t) => [t.sectionId, t.sectionPath.join('/')])).toEqual([
      ...[1, 2, 3].map(() => ['listed:s2', '重点任务分工']),
      ['listed:s3', '保障措施'],
      ['listed:s3', '保障措施'],
    ]);
    expect(doc.tasks.map((t) => t.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.tasks.map((t) => t.id)).toEqual([1, 2, 3, 4, 5].map((k) => `listed:t${k}`));
    const row = doc.tasks[0];
    expect(row && sliceAt(text, row.position)).toBe('1 | 加快5G网络建设 | 新建5G基站2000个 | 市工业和信息化局 | 各区县政府 | 2024年底');
    expectExactQuotes(text, doc);
  });

  it('should read the rows of a table set one cell to a line as tasks', () => {
    const text = outdent`
      某市2024年“高效办成一件事”重点事项清单及任务分工

      一、工作目标
      2024年，全市推出13个重点事项，办事平均减少跑动次数70%以上。

      二、任务分工
      序号
      重点事项
      牵头单位
      配合单位
      完成时限
      1
      企业信息变更一件事
      市市场监管局
      市税务局、市人社局
      2024年9月底
      2
      新生儿出生一件事
      市卫生健康委
      市公安局、市医保局
      2024年6月底

      三、保障措施
      加强统筹协调，强化督促落实。
    `;
    const doc = plan(text);
    expect(read(doc)).toEqual({
      tasks: ['1|企业信息变更一件事', '2|新生儿出生一件事'],
      duties: ['企业信息变更一件事 市市场监管局', '新生儿出生一件事 市卫生健康委'],
    });
    expectExactQuotes(text, doc);
  });

  it('should read the rows of an attached table as tasks when the text only sums its tasks up', () => {
    const text = [
      '某某市2024年数字政府建设工作要点',
      '',
      '一、总体要求',
      '　　到2024年底，政务服务事项全程网办率达到90%以上。',
      '二、重点任务',
      '　　围绕数字基础设施、政务服务两个方面，实施重点任务3项（详见附件）。',
      '三、保障措施',
      '　　各牵头单位要细化工作举措，确保按期完成。',
      '',
      '附件：某某市2024年数字政府建设重点任务分工表',
      '',
      '附件',
      '',
      '某某市2024年数字政府建设重点任务分工表',
      '',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设市级政务云平台二期\t市大数据局\t市财政局\t2024年10月底',
      '2\t推进“一网通办”改革\t市政务服务中心\t市直各部门\t2024年12月底',
      '3\t建设城市运行管理中心\t市城管局\t市大数据局\t2024年11月底',
      '',
    ].join('\n');
    const doc = plan(text);
    expect(read(doc)).toEqual({
      tasks: ['1|建设市级政务云平台二期', '2|推进“一网通办”改革', '3|建设城市运行管理中心'],
      duties: ['建设市级政务云平台二期 市大数据局', '推进“一网通办”改革 市政务服务中心', '建设城市运行管理中心 市城管局'],
    });
    expectExactQuotes(text, doc);
  });

  it('should not add the rows of an attached table whose rows restate the outline’s tasks', () => {
    const text = [
      '某某市2024年生态环境保护工作要点',
      '',
      '一、深入打好蓝天保卫战',
      '（一）推进重点行业超低排放改造。完成钢铁企业超低排放改造3家。',
      '（二）加强移动源污染防治。淘汰国三及以下排放标准营运柴油货车500辆。',
      '',
      '附件：某某市2024年生态环境保护重点任务清单',
      '',
      '某某市2024年生态环境保护重点任务清单',
      '',
      '序号\t任务内容\t牵头单位\t配合单位\t完成时限',
      '1\t完成钢铁企业超低排放改造3家\t市生态环境局\t市工信局\t2024年12月底',
      '2\t淘汰国三及以下排放标准营运柴油货车500辆\t市交通运输局\t市公安局\t2024年12月底',
      '',
    ].join('\n');
    const doc = plan(text);
    expect(read(doc)).toEqual({
      tasks: ['（一）|推进重点行业超低排放改造', '（二）|加强移动源污染防治'],
      duties: ['推进重点行业超低排放改造 市生态环境局', '加强移动源污染防治 市交通运输局'],
    });
  });

  it('should take no item for a table’s heading when another heading stands between, or two items point to attachments', () => {
    const between = outdent`
      某某区2025年民生实事工作要点

      一、重点工作
      （一）办好民生实事。
      二、任务分工
      序号	重点任务	牵头单位	完成时限
      1	新建社区养老服务中心5个	区民政局	2025年10月底
      2	完成老旧小区改造20个	区住房城乡建设局	2025年12月底
    `;
    const doc = plan(between);
    // Note: （一） ends before 二、, whose own heading is the one over the table.
    expect(doc.tasks.map((t) => [t.title, t.sectionPath.join('/')])).toEqual([
      ['办好民生实事', '重点工作'],
      ['新建社区养老服务中心5个', '任务分工'],
      ['完成老旧小区改造20个', '任务分工'],
    ]);
    const two = [
      '某某市2024年数字政府建设工作要点',
      '',
      '一、重点任务',
      '围绕政务云、一网通办、城市运行等方面实施重点任务3项，具体分工详见附件1。',
      '二、重点项目',
      '全年实施数字政府重点项目5个，建设内容和进度安排详见附件2。',
      '',
      '附件：1.重点任务分工表',
      '　　　2.重点项目表',
      '',
      '附件1',
      '',
      '某某市2024年数字政府建设重点任务分工表',
      '',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建设市级政务云平台二期\t市大数据局\t2024年10月底',
      '2\t推进“一网通办”改革\t市政务服务中心\t2024年12月底',
      '',
    ].join('\n');
    const other = plan(two);
    expect(other.tasks.map((t) => [t.title, t.sectionPath.join('/')])).toEqual([
      ['重点任务', ''],
      ['重点项目', ''],
      ['建设市级政务云平台二期', ''],
      ['推进“一网通办”改革', ''],
    ]);
  });

  it('should take the chapter whose text leads into the table under it for the rows’ section', () => {
    const text = [
      '某某县2025年乡村振兴工作要点',
      '',
      '一、工作目标',
      '全县农村居民人均可支配收入增长7%。',
      '二、重点任务',
      '围绕产业、人才、文化、生态、组织五个方面，重点抓好以下工作：',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建设高标准农田5万亩\t县农业农村局\t2025年11月底',
      '2\t培育农业产业化龙头企业10家\t县农业农村局\t2025年12月底',
      '三、保障措施',
      '各乡镇要压实责任，确保各项任务落到实处。',
      '',
    ].join('\n');
    const doc = plan(text);
    expect(doc.sections.map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'context'],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.sectionPath.join('/')])).toEqual([
      ['建设高标准农田5万亩', '重点任务'],
      ['培育农业产业化龙头企业10家', '重点任务'],
    ]);
    expect(doc.assignments.map((a) => a.leadUnits)).toEqual([['县农业农村局'], ['县农业农村局']]);
    expectExactQuotes(text, doc);
  });
});
