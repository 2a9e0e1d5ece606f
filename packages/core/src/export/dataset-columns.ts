import type { Assignment, PlanDocument, Section, Task } from '../model/types.js';
import { positionColumns, type Column } from '../model/table-columns.js';

// Note: lists of units are one cell joined by 、 (as the documents write them), so that every format
// holds the same flat columns; `string_split(lead_units, '、')` in DuckDB gives the list back.
const UNIT_SEPARATOR = '、';

/** The columns of the documents table: one row per plan, `doc_id` the key every other table refers to. */
export const DOCUMENT_COLUMNS: ReadonlyArray<Column<PlanDocument>> = [
  { name: 'doc_id', type: 'string', description: 'Stable id of the document (qingdao-2025)', get: (d) => d.id },
  { name: 'title', type: 'string', description: 'The title as written; empty when the text states none', get: (d) => d.title },
  { name: 'kind', type: 'string', description: 'work-points (工作要点), plan (规划), action-plan, implementation-plan …', get: (d) => d.kind },
  { name: 'status', type: 'string', description: 'final, draft or consultation-draft (征求意见稿)', get: (d) => d.status },
  { name: 'region', type: 'string', description: 'The region it is for (青浦区)', get: (d) => d.region },
  { name: 'parent_region', type: 'string', description: 'Its parent region (上海市)', get: (d) => d.parentRegion },
  { name: 'province', type: 'string', description: 'Its province-level region', get: (d) => d.province },
  { name: 'level', type: 'string', description: 'national, province, city, district, county, town, street or unknown', get: (d) => d.level },
  { name: 'year', type: 'int', description: 'The year it is for (a work plan\'s year)', get: (d) => d.year },
  { name: 'period_start', type: 'int', description: 'First year of the period a multi-year plan covers', get: (d) => d.period?.start ?? null },
  { name: 'period_end', type: 'int', description: 'Last year of that period', get: (d) => d.period?.end ?? null },
  { name: 'issuer', type: 'string', description: 'Who issued it', get: (d) => d.issuer },
  { name: 'doc_number', type: 'string', description: 'Its document number (发文字号)', get: (d) => d.docNumber },
  { name: 'index_number', type: 'string', description: 'Its index number (索引号)', get: (d) => d.indexNumber },
  { name: 'issued_on', type: 'date', description: 'The day it was issued or published', get: (d) => d.date },
  { name: 'file', type: 'string', description: 'The source file, relative to the corpus folder', get: (d) => d.source.file },
  { name: 'part', type: 'int', description: 'Which plan of the file it is (1 unless a file holds several)', get: (d) => d.source.part },
  { name: 'sha256', type: 'string', description: 'SHA-256 of the source file', get: (d) => d.source.sha256 },
  ...positionColumns<PlanDocument>((d) => d.source.position, 'the document'),
];

/** A section with its document, as the sections table reads it. */
export type SectionRow = Section & { docId: string };

/** The columns of the sections table: the outline, as parent links. */
export const SECTION_COLUMNS: ReadonlyArray<Column<SectionRow>> = [
  { name: 'section_id', type: 'string', description: 'Stable id of the section', get: (s) => s.id },
  { name: 'doc_id', type: 'string', description: 'The document (`documents.doc_id`)', get: (s) => s.docId },
  { name: 'parent_section_id', type: 'string', description: 'The enclosing section (`sections.section_id`); empty for a chapter', get: (s) => s.parentId },
  { name: 'depth', type: 'int', description: '1 for a chapter, 2 for its sub-sections …', get: (s) => s.depth },
  { name: 'label', type: 'string', description: 'The numbering label as written (一、, （三）); empty for an unnumbered heading', get: (s) => s.label },
  { name: 'number', type: 'int', description: 'The label\'s value (十七 → 17)', get: (s) => s.number },
  { name: 'title', type: 'string', description: 'The heading\'s text', get: (s) => s.title },
  { name: 'role', type: 'string', description: 'context, goals, tasks or box (专栏)', get: (s) => s.role },
  ...positionColumns<SectionRow>((s) => s.position, 'the section'),
];

/** The columns of the tasks table. */
export const TASK_COLUMNS: ReadonlyArray<Column<Task>> = [
  { name: 'task_id', type: 'string', description: 'Stable id, `<doc_id>:t<ordinal>`', get: (t) => t.id },
  { name: 'doc_id', type: 'string', description: 'The document (`documents.doc_id`)', get: (t) => t.docId },
  { name: 'section_id', type: 'string', description: 'The innermost section that holds it (`sections.section_id`)', get: (t) => t.sectionId },
  { name: 'ordinal', type: 'int', description: 'Its place in the document (1-based)', get: (t) => t.ordinal },
  { name: 'label', type: 'string', description: 'The numbering label as written ((十七), 22.); empty for a paragraph led by a phrase', get: (t) => t.label },
  { name: 'number', type: 'int', description: 'The label\'s value', get: (t) => t.number },
  { name: 'title', type: 'string', description: 'The task\'s title as written', get: (t) => t.title },
  { name: 'body', type: 'string', description: 'The text after the title', get: (t) => t.body },
  { name: 'section_path', type: 'string', description: 'The titles of the enclosing sections, outermost first, joined by ` > `', get: (t) => t.sectionPath.join(' > ') },
  ...positionColumns<Task>((t) => t.position, 'the task'),
];

/** The columns of the assignments table: rows of task-allocation tables (重点任务分工表) and duty clauses. */
export const ASSIGNMENT_COLUMNS: ReadonlyArray<Column<Assignment>> = [
  { name: 'assignment_id', type: 'string', description: 'Stable id of the row', get: (a) => a.id },
  { name: 'doc_id', type: 'string', description: 'The document (`documents.doc_id`)', get: (a) => a.docId },
  { name: 'task_id', type: 'string', description: 'The task it belongs to (`tasks.task_id`); empty when no task matches', get: (a) => a.taskId },
  { name: 'table_row', type: 'int', description: 'Its row in the allocation table (1-based)', get: (a) => a.row },
  { name: 'number', type: 'string', description: '序号 as written', get: (a) => a.number },
  { name: 'field', type: 'string', description: '领域: the chapter the row belongs to', get: (a) => a.field },
  { name: 'task_title', type: 'string', description: '重点任务 as the row writes it', get: (a) => a.taskTitle },
  { name: 'content', type: 'string', description: 'What is to be done', get: (a) => a.content },
  { name: 'lead_units', type: 'string', description: `Lead units (牵头单位), joined by ${UNIT_SEPARATOR}`, get: (a) => a.leadUnits.join(UNIT_SEPARATOR) || null },
  { name: 'supporting_units', type: 'string', description: `Supporting units (配合单位), joined by ${UNIT_SEPARATOR}`, get: (a) => a.supportingUnits.join(UNIT_SEPARATOR) || null },
  { name: 'due', type: 'date', description: 'The day it is due; empty for open-ended text such as 长期', get: (a) => a.due },
  { name: 'due_text', type: 'string', description: 'The deadline as written (9月底, 全年)', get: (a) => a.dueText },
  ...positionColumns<Assignment>((a) => a.position, 'the row'),
];
