import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

describe('a plan in a layout the seeds do not use', () => {
  const text = outdent`
    某某区2026年数据工作要点
    （征求意见稿）

    一、总体要求
    坚持统筹发展和安全。到2026年底,基本建成一体化数据资源体系。

    二、重点任务
    （一）加强数据治理
    1、建立数据目录。全面梳理全区公共数据资源。
    2、完善数据标准。制定数据质量规范。
    （二）推进数据应用
    ①建设数据平台。建成区级数据平台。
    ②推广应用场景。打造10个应用场景。

    三、保障措施
    （一）加强组织领导。建立工作专班。
    （二）强化考核评估。纳入年度考核。
  `;
  const { documents, issues } = parseDocument(text, { file: 'moumou-2026.txt' });
  const doc = documents[0];

  it('should read the title, its status on the next line, and the year', () => {
    expect(documents).toHaveLength(1);
    expect(doc?.title).toBe('某某区2026年数据工作要点');
    expect(doc?.status).toBe('consultation-draft');
    expect(doc?.year).toBe(2026);
    expect(doc?.kind).toBe('work-points');
    expect(doc?.level).toBe('district');
  });

  it('should nest full-width （一）, 1、 and ① under their chapters', () => {
    expect(doc?.sections.map((s) => [s.depth, s.label, s.title, s.role])).toEqual([
      [1, '一、', '总体要求', 'goals'],
      [1, '二、', '重点任务', 'tasks'],
      [2, '（一）', '加强数据治理', 'tasks'],
      [2, '（二）', '推进数据应用', 'tasks'],
      [1, '三、', '保障措施', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title, t.sectionPath.join('>')])).toEqual([
      ['1、', '建立数据目录', '重点任务>加强数据治理'],
      ['2、', '完善数据标准', '重点任务>加强数据治理'],
      ['①', '建设数据平台', '重点任务>推进数据应用'],
      ['②', '推广应用场景', '重点任务>推进数据应用'],
      ['（一）', '加强组织领导', '保障措施'],
      ['（二）', '强化考核评估', '保障措施'],
    ]);
  });

  it('should take the 总体要求 paragraph as a goal', () => {
    expect(doc?.goals.map((g) => g.text)).toEqual(['坚持统筹发展和安全。到2026年底,基本建成一体化数据资源体系。']);
  });

  it('should give distinct, stable ids and exact quotes', () => {
    expect(new Set(doc?.tasks.map((t) => t.id)).size).toBe(6);
    expect(doc?.tasks[2]?.id).toBe('moumou-2026:t3');
    if (doc) expectExactQuotes(text, doc);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('awkward shapes', () => {
  it('should join a title split over two lines', () => {
    const text = '2026年某某区数据发展\n管理工作要点\n\n1.推进数据共享。建设共享平台。\n2.推进数据开放。扩大开放范围。\n';
    const doc = parseDocument(text).documents[0];
    expect(doc?.title).toBe('2026年某某区数据发展管理工作要点');
    expect(doc?.provenance.title?.quote).toBe('2026年某某区数据发展\n管理工作要点');
    expect(doc?.tasks).toHaveLength(2);
  });

  it('should join an item title wrapped onto a short next line', () => {
    const text = '某区2026年工作要点\n\n1.推进数据基础设施\n建设\n围绕算力和网络,建设新型基础设施,提升承载能力。\n2.深化数据治理\n健全数据质量管理机制,提升数据质量。\n';
    const doc = parseDocument(text).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进数据基础设施建设', '深化数据治理']);
    expect(doc?.tasks[0]?.body).toBe('围绕算力和网络,建设新型基础设施,提升承载能力。');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should warn about a document cut off mid-sentence and keep what is there', () => {
    const text = '某区2026年工作要点\n\n1.推进数据共享。建设共享平台。\n2.推进数据开放。加快推进数据';
    const result = parseDocument(text);
    expect(result.documents[0]?.tasks.map((t) => t.body)).toEqual(['建设共享平台。', '加快推进数据']);
    expect(result.issues.map((i) => i.code)).toContain('truncated');
  });

  it('should report an empty file as an error, not throw', () => {
    const result = parseDocument('  \n\n');
    expect(result.documents).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: 'empty-input', severity: 'error' });
  });

  it('should report text with no plan structure', () => {
    const result = parseDocument('这是一段没有标题也没有编号的普通文字。\n第二行。');
    expect(result.documents).toEqual([]);
    expect(result.issues[0]?.code).toBe('no-structure');
  });

  it('should keep offsets right with CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFF某区2026年工作要点\r\n\r\n一、重点任务\r\n（一）推进共享。建设平台。\r\n（二）推进开放。扩大范围。\r\n';
    const doc = parseDocument(text).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进共享', '推进开放']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read a numbered list without chapters as flat tasks', () => {
    const text = '2026年某区数据工作要点\n\n1.第一项任务。正文一。\n\n2.第二项任务。正文二。\n';
    const doc = parseDocument(text).documents[0];
    expect(doc?.sections).toEqual([]);
    expect(doc?.tasks.map((t) => t.label)).toEqual(['1.', '2.']);
  });

  it('should report a numbering gap', () => {
    const result = parseDocument('某区2026年工作要点\n\n1.甲任务。正文。\n3.丙任务。正文。\n');
    expect(result.issues.map((i) => i.code)).toContain('numbering-gap');
  });
});

describe('Markdown', () => {
  const text = outdent`
    # 某市2026年数据工作要点

    ## 一、夯实数字底座

    1. **建设算力平台**。推动算力调度,**提升**供给能力。

    2. **完善网络设施**
    推进政务外网升级。

    ---

    ## 二、深化数据应用

    - **数智教育领域**,建设教育数字基座。
    - **智慧医疗领域**,推广互联网医院。
  `;
  const doc = parseDocument(text, { file: 'city.md' }).documents[0];

  it('should map headings, bold titles and bodies on the next line to the same model', () => {
    expect(doc?.title).toBe('某市2026年数据工作要点');
    expect(doc?.sections.map((s) => s.title)).toEqual(['夯实数字底座', '深化数据应用']);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['1.', '建设算力平台'],
      ['2.', '完善网络设施'],
      [null, '数智教育领域'],
      [null, '智慧医疗领域'],
    ]);
    expect(doc?.tasks[1]?.body).toBe('推进政务外网升级。');
  });

  it('should point titles at the source inside the markup', () => {
    const task = doc?.tasks[0];
    expect(task && sliceAt(text, task.titlePosition)).toBe('建设算力平台');
    expect(task && sliceAt(text, task.position).startsWith('1. **建设算力平台**')).toBe(true);
  });
});
