import type { Goal, PlanIssue, Section, SectionRole, Task } from '../model/types.js';
import type { Locator } from '../text/locator.js';
import type { Outline, OutlineNode } from './outline.js';
import { displayText, lineSpan, quoteOffsets, quoteSpans } from '../text/quote.js';
import { closesPlan, closesWork, framesAssessment, framesGoals, sectionRole } from './section-role.js';
import { type LineSpan, spanOf, type SourceLine } from '../text/source-lines.js';

export interface OutlineItems {
  sections: Section[];
  tasks: Task[];
  goals: Goal[];
  issues: PlanIssue[];
}

interface Context {
  docId: string;
  file: string | null;
  lines: readonly SourceLine[];
  locator: Locator;
  out: OutlineItems;
  /** Where the titles of the items that head a task table start: sections, though no item stands under them. */
  hosts: ReadonlySet<number>;
}

const GOAL_HEADLINE = 24;

function lastSpan(ctx: Context, node: OutlineNode): LineSpan {
  if (node.lastLine === node.line) {
    if (node.inlineBody) return node.inlineBody;
    return node.title[node.title.length - 1] as LineSpan;
  }
  return lineSpan(ctx.lines, node.lastLine);
}

function headStart(ctx: Context, node: OutlineNode): number {
  const line = ctx.lines[node.line] as SourceLine;
  const from = node.label ? node.label.start : (node.title[0]?.from ?? 0);
  return spanOf(line, from, from + 1).start;
}

function spanEnd(ctx: Context, span: LineSpan): number {
  return spanOf(ctx.lines[span.line] as SourceLine, span.from, span.to).end;
}

/** The body of an item: its inline text after the title and its paragraphs, as one exact stretch of source. */
function bodyQuote(ctx: Context, node: OutlineNode) {
  const first: LineSpan | undefined = node.inlineBody ?? (node.paragraphs[0] !== undefined ? lineSpan(ctx.lines, node.paragraphs[0]) : undefined);
  if (!first) return null;
  const lastIndex = node.paragraphs[node.paragraphs.length - 1];
  const last = lastIndex !== undefined ? lineSpan(ctx.lines, lastIndex) : first;
  return quoteSpans(ctx.lines, ctx.locator, [first, last]);
}

function goalFromSpan(ctx: Context, span: LineSpan, sectionId: string | null): Goal {
  const text = quoteSpans(ctx.lines, ctx.locator, [span]);
  const raw = ctx.lines[span.line]?.text.slice(span.from, span.to) ?? '';
  const stop = raw.indexOf('。');
  // Note: goals are often set off by a dash (——数字基础设施更加完善。…); the dash is no part of the headline.
  const dash = /^[—－\-–]+\s*/.exec(raw)?.[0].length ?? 0;
  const headline = stop > dash && stop <= GOAL_HEADLINE ? quoteSpans(ctx.lines, ctx.locator, [{ line: span.line, from: span.from + dash, to: span.from + stop }]) : null;
  return {
    type: 'goal',
    id: `${ctx.docId}:g${ctx.out.goals.length + 1}`,
    sectionId,
    title: headline?.text ?? null,
    titlePosition: headline?.position ?? null,
    text: text.text,
    position: text.position,
  };
}

/**
 * Goal statements under a goals heading: when some paragraphs open with a
 * short headline sentence (数字基础设施承载力持续增强。…), those are the goals
 * and the others are the lead-in; otherwise every paragraph is one.
 */
function addGoals(ctx: Context, node: OutlineNode, sectionId: string): void {
  const spans = node.paragraphs.map((i) => lineSpan(ctx.lines, i));
  if (node.inlineBody) spans.unshift(node.inlineBody);
  const withHeadline = spans.filter((s) => {
    const stop = (ctx.lines[s.line]?.text.slice(s.from, s.to) ?? '').indexOf('。');
    return stop > 0 && stop <= GOAL_HEADLINE;
  });
  for (const span of withHeadline.length >= 2 ? withHeadline : spans) ctx.out.goals.push(goalFromSpan(ctx, span, sectionId));
}

const CLOSING_CLAUSE = /^本(?:措施|办法|方案|意见|政策|规定|细则|计划|规划|通知|若干措施|实施方案|实施意见)?(?:自|从|由|的?有效期|未尽事宜)|(?:自.{0,16}(?:起|之日)(?:施行|实施|执行)|负责解释)$/;

function visit(ctx: Context, node: OutlineNode, parent: Section | null, path: string[], inherited: SectionRole, underPart = false, siblingItems = false): void {
  const title = quoteSpans(ctx.lines, ctx.locator, node.title);
  const titleText = displayText(ctx.lines, node.title);
  const isLeaf = node.children.length === 0;
  // Note: a plan in parts (第一篇, 第一部分) has its chapters one level down (第一章 发展环境, 一、发展基础 under 第一部分);
  // 第X章 is a chapter wherever it stands.
  const isChapter = ((parent === null || underPart) && (node.label === null || /^(?:cn-comma|di-)/.test(node.style))) || node.style === 'di-chapter';
  // Note: what a box holds is the box's, whatever its headings say; its items are never the plan's tasks.
  // Note: a part of a goals chapter is named for what it holds (总体要求 → （一）指导思想 （二）基本原则 （三）主要目标): the
  // thinking and principles it states frame the work and are no goals, though no item stands under them.
  const framing = inherited === 'goals' && isLeaf && framesGoals(titleText);
  const ownRole = node.style === 'box' || inherited === 'box' ? 'box' : framing ? 'context' : (sectionRole(titleText, !isLeaf || isChapter, isLeaf) ?? inherited);
  // Note: the closing article of measures or rules (本措施自印发之日起施行，由…负责解释) says how the document applies; it is no task.
  // Nor is a closing chapter with no item under it (五、组织实施 over one paragraph), or an assessment's frame (一、考评对象):
  // see closesPlan and framesAssessment; nor one that says so with a verb (四、抓好工作落实, 五、强化组织保障) after chapters
  // of items, where it is no measure among measures (see closesWork).
  const closing = isChapter && (closesPlan(titleText) || framesAssessment(titleText) || (siblingItems && closesWork(titleText)));
  const role = isLeaf && ownRole === 'tasks' && (CLOSING_CLAUSE.test(titleText) || closing) ? 'context' : ownRole;
  const start = headStart(ctx, node);
  const end = spanEnd(ctx, lastSpan(ctx, node));
  if (isLeaf && role === 'tasks' && !ctx.hosts.has(title.start)) {
    const body = bodyQuote(ctx, node);
    const ordinal = ctx.out.tasks.length + 1;
    ctx.out.tasks.push({
      type: 'task',
      id: `${ctx.docId}:t${ordinal}`,
      docId: ctx.docId,
      ordinal,
      label: node.label?.text ?? null,
      number: node.label?.number ?? null,
      title: titleText,
      body: body?.text ?? '',
      sectionId: parent?.id ?? null,
      sectionPath: path,
      position: quoteOffsets(ctx.locator, start, Math.max(end, title.end)).position,
      titlePosition: title.position,
      bodyPosition: body?.position ?? null,
    });
    return;
  }
  const section: Section = {
    type: 'section',
    id: `${ctx.docId}:s${ctx.out.sections.length + 1}`,
    parentId: parent?.id ?? null,
    depth: (parent?.depth ?? 0) + 1,
    label: node.label?.text ?? null,
    number: node.label?.number ?? null,
    title: titleText,
    role,
    position: quoteOffsets(ctx.locator, start, Math.max(end, title.end)).position,
    titlePosition: title.position,
  };
  ctx.out.sections.push(section);
  if (role === 'goals') addGoals(ctx, node, section.id);
  checkNumbering(ctx, node.children);
  const childItems = node.children.some((c) => c.children.length > 0);
  for (const child of node.children) visit(ctx, child, section, [...path, titleText], role, node.style === 'di-part', childItems);
}

/** Siblings numbered 22, 22 or 3, 5: reported, never "fixed", since the text is the authority. */
function checkNumbering(ctx: Context, siblings: readonly OutlineNode[]): void {
  let previous: OutlineNode | null = null;
  for (const node of siblings) {
    if (!node.label) continue;
    if (previous?.label && previous.style === node.style) {
      const at = quoteSpans(ctx.lines, ctx.locator, node.title).position;
      if (node.label.number === previous.label.number) {
        ctx.out.issues.push({ code: 'duplicate-label', severity: 'info', message: `Two items are both numbered ${node.label.text}; both are kept, with distinct ids.`, file: ctx.file, docId: ctx.docId, position: at, source: 'core:parse' });
      } else if (node.label.number !== previous.label.number + 1) {
        ctx.out.issues.push({ code: 'numbering-gap', severity: 'warning', message: `Numbering jumps from ${previous.label.text} to ${node.label.text}.`, file: ctx.file, docId: ctx.docId, position: at, source: 'core:parse' });
      }
    }
    previous = node;
  }
}

const PREAMBLE_GOAL = /(?:总体要求|主要目标|总体目标|工作目标|发展目标)(?:是|为)[:：]/;

/**
 * Turn an outline into sections, tasks and goals. Leaves under a task heading
 * are tasks; leaves under a context heading (发展基础, 指导思想) are sections;
 * a goals heading (主要目标, 总体目标) yields goal statements.
 *
 * @param docId The document id, the prefix of every item id.
 * @param file The source file, for diagnostics.
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param outline The plan's outline.
 * @param hosts Where the titles of the items that head a task table start (二、重点任务 over the table's rows): each is a
 *   section, its rows' tasks the items under it.
 * @returns Sections, tasks, goals and numbering diagnostics.
 */
export function outlineItems(docId: string, file: string | null, lines: readonly SourceLine[], locator: Locator, outline: Outline, hosts: ReadonlySet<number> = new Set()): OutlineItems {
  const ctx: Context = { docId, file, lines, locator, out: { sections: [], tasks: [], goals: [], issues: [] }, hosts };
  // A goal stated in the preamble: 2025年工作总体要求是:把握…
  for (const i of outline.preamble) {
    const text = lines[i]?.text ?? '';
    const m = PREAMBLE_GOAL.exec(text);
    if (!m) continue;
    const sentenceStart = Math.max(text.lastIndexOf('。', m.index) + 1, text.length - text.trimStart().length);
    ctx.out.goals.push(goalFromSpan(ctx, { line: i, from: sentenceStart, to: text.trimEnd().length }, null));
  }
  checkNumbering(ctx, outline.nodes);
  const items = outline.nodes.some((n) => n.children.length > 0);
  for (const node of outline.nodes) visit(ctx, node, null, [], 'tasks', false, items);
  return ctx.out;
}
