import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument } from '../src/model/types.js';
import { PlanDocumentSchema } from '../src/model/schema.js';
import { expectExactQuotes, outlineOf } from './helpers.js';

const corpus = loadCorpus();
const byId = (id: string): PlanDocument => {
  const doc = corpus.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`seed ${id} missing`);
  return doc;
};
const sourceOf = (doc: PlanDocument): string => readFileSync(join(corpus.dir, doc.source.file), 'utf8');

describe('the seed corpus', () => {
  it('should hold the six documents of the manifest', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual(['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030']);
    expect(corpus.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each([
    ['shanghai-2025', 5, 24],
    ['qingpu-2025', 0, 14],
    ['qingpu-2023-draft', 7, 24],
    ['qingpu-2023', 7, 24],
    ['qingdao-2025', 7, 23],
    ['huangpu-2026-2030', 4, 26],
  ])('%s should have %i chapters and %i tasks', (id, chapters, tasks) => {
    const doc = byId(id);
    expect(doc.sections.filter((s) => s.parentId === null)).toHaveLength(chapters);
    expect(doc.tasks).toHaveLength(tasks);
  });

  it.each(['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030'])(
    '%s should quote its source exactly and validate against the schema',
    (id) => {
      const doc = byId(id);
      expectExactQuotes(sourceOf(doc), doc);
      expect(PlanDocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
      expect(new Set(doc.tasks.map((t) => t.id)).size).toBe(doc.tasks.length);
    },
  );

  it.each(['shanghai-2025', 'qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025', 'huangpu-2026-2030'])('%s should match its reviewed golden outline', async (id) => {
    await expect(`${JSON.stringify(outlineOf(byId(id)), null, 2)}\n`).toMatchFileSnapshot(`golden/${id}.outline.json`);
  });

  it('should keep ids unique across the corpus', () => {
    const ids = corpus.documents.flatMap((d) => [...d.tasks, ...d.sections, ...d.goals, ...d.assignments].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('particular seeds', () => {
  it('should keep both items numbered 22. in shanghai-2025, the second with its body on the next line', () => {
    const doc = byId('shanghai-2025');
    const twentyTwos = doc.tasks.filter((t) => t.label === '22.');
    expect(twentyTwos.map((t) => t.title)).toEqual(['升级完善城市数字服务', '夯实云、网、数据基础能力']);
    expect(twentyTwos[0]?.body.startsWith('加强“图、码”')).toBe(true);
    expect(twentyTwos[1]?.body.endsWith('深化市大数据资源平台迭代升级。')).toBe(true);
    expect(doc.tasks.at(-1)?.body).not.toContain('上海市数据局办公室');
  });

  it('should read qingpu-2025 metadata from its issuing notice', () => {
    expect(byId('qingpu-2025')).toMatchObject({ docNumber: '青数〔2025〕10号', indexNumber: 'QG000000120250010', date: '2025-03-31', issuer: '上海市青浦区数据局' });
  });

  it('should give qingdao-2025 (十七) as written, with its place in the file', () => {
    const task = byId('qingdao-2025').tasks.find((t) => t.label === '(十七)');
    expect(task).toMatchObject({ id: 'qingdao-2025:t17', number: 17, title: '夯实算力基础设施' });
    expect(task?.titlePosition.start).toMatchObject({ line: 25, column: 5 });
  });

  it('should recover the 67 rows of the 2023 task table, each attached to a draft task', () => {
    const doc = byId('qingpu-2023-draft');
    expect(doc.assignments).toHaveLength(67);
    expect(doc.assignments.every((a) => a.taskId !== null)).toBe(true);
    expect(doc.assignments.filter((a) => a.number === null)).toHaveLength(8);
    expect(doc.assignments[0]).toMatchObject({ leadUnits: ['区府办', '区科委', '区政务办'], supportingUnits: [], dueText: '9月底', due: '2023-09-30', taskId: 'qingpu-2023-draft:t1' });
    const annual = doc.assignments.find((a) => a.dueText === '全年');
    expect(annual?.due).toBe('2023-12-31');
    expect(new Set(doc.assignments.map((a) => a.taskId)).size).toBe(24);
  });

  it('should split the 2023 decision file into its parts', () => {
    const file = corpus.files.find((f) => f.file.startsWith('qingpu-2023'));
    expect(file?.parts.map((p) => p.kind)).toEqual([
      'work-points',
      'task-allocation',
      'consultation-report',
      'expert-review',
      'risk-assessment',
      'legality-review',
      'meeting-minutes',
      'notice',
      'work-points',
    ]);
    expect(byId('qingpu-2023-draft').status).toBe('draft');
    expect(byId('qingpu-2023')).toMatchObject({ status: 'final', issuer: '上海市青浦区人民政府办公室', date: '2023-08-30' });
  });

  it('should find the five goals and the 领域 paragraphs of the Huangpu plan', () => {
    const doc = byId('huangpu-2026-2030');
    expect(doc.goals.map((g) => g.title)).toEqual(['数字基础设施承载力持续增强', '数据要素市场化程度有效提升', '数字经济创新激发发展活力', '数字治理协同智能化体系不断完善', '数字生活普惠服务场景进一步丰富']);
    expect(doc.tasks.filter((t) => t.label === null).map((t) => t.title)).toEqual(['数智教育领域', '智慧医疗领域', '智慧养老领域', '数字包容领域']);
    expect(doc).toMatchObject({ period: { start: 2026, end: 2030 }, status: 'consultation-draft', date: '2026-02-11' });
    expect(doc.sections.find((s) => s.title === '发展基础')?.role).toBe('context');
  });

  it('should say which metadata came from the manifest', () => {
    const doc = byId('qingdao-2025');
    expect(doc.provenance.region?.from).toBe('manifest');
    expect(byId('qingpu-2025').provenance.docNumber?.from).toBe('text');
  });
});
