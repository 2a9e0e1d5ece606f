import { isDebris } from './debris.js';
import { recogniseLabel, type Label, type LabelStyle } from './numbering.js';
import type { SourceLine } from './source-lines.js';

/** A piece of a line: `lines[line].text.slice(from, to)`. */
export interface LineSpan {
  line: number;
  from: number;
  to: number;
}

/** An outline node: a numbered heading or item, or a paragraph led by a phrase such as 数智教育领域. */
export interface OutlineNode {
  label: Label | null;
  style: LabelStyle | 'lead-phrase';
  /** The title; a title continued on the next line has a second span. */
  title: LineSpan[];
  /** Where the body starts on the heading line, if it does (after 。). */
  inlineBody: LineSpan | null;
  /** Unlabelled lines that follow the heading, up to the first child: intro text or the item's body. */
  paragraphs: number[];
  children: OutlineNode[];
  /** Index of the heading line. */
  line: number;
  /** Index of the last line that belongs to the node, children included. */
  lastLine: number;
}

export interface Outline {
  /** Unlabelled lines before the first heading. */
  preamble: number[];
  nodes: OutlineNode[];
}

// Note: a title is the text before the first 。 when that comes early; a longer first sentence is no title.
const MAX_TITLE = 60;
const LEAD_PHRASE = /^([\u4e00-\u9fff“”"‘’]{2,12}?(?:领域|方面|板块|行业|方向|场景))[，,：:]/;

function trimmedRange(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

/** Split a heading line into title and inline body. */
function splitHeading(line: SourceLine, contentStart: number): { title: LineSpan; inlineBody: LineSpan | null } {
  const text = line.text;
  const [from, to] = trimmedRange(text, contentStart, text.length);
  const rest = text.slice(from, to);
  const stop = rest.indexOf('。');
  if (stop > 0 && stop <= MAX_TITLE) {
    const [bFrom, bTo] = trimmedRange(text, from + stop + 1, to);
    return { title: { line: line.index, from, to: from + stop }, inlineBody: bTo > bFrom ? { line: line.index, from: bFrom, to: bTo } : null };
  }
  if (stop < 0 && rest.length <= MAX_TITLE) return { title: { line: line.index, from, to }, inlineBody: null };
  // A long first sentence: take its first clause as the title, the rest as body.
  const clause = /[，,；;：:]/.exec(rest);
  const cut = clause && clause.index > 0 && clause.index <= 40 ? clause.index : Math.min(stop > 0 ? stop : rest.length, MAX_TITLE);
  const [bFrom, bTo] = trimmedRange(text, from + cut + 1, to);
  return { title: { line: line.index, from, to: from + cut }, inlineBody: bTo > bFrom ? { line: line.index, from: bFrom, to: bTo } : null };
}

function isContentLine(line: SourceLine | undefined): line is SourceLine {
  return line !== undefined && line.text.trim() !== '' && !isDebris(line.text);
}

/**
 * A short heading whose words run on to a short next line (the title was
 * wrapped): 1.推进数据基础设施 / 建设. The next line must be short, carry no
 * punctuation, and be followed by more text.
 */
function titleContinuation(lines: readonly SourceLine[], i: number, title: LineSpan): LineSpan | null {
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (title.to - title.from > 30 || !isContentLine(next) || !isContentLine(after)) return null;
  // Note: a line that lost Markdown syntax (a heading, a list item) starts something new; it never ends a wrapped title.
  if (next.map !== null) return null;
  const t = next.text.trim();
  if (t.length > 15 || /[。，,；;：:、！？!?（）()]/.test(t) || recogniseLabel(t) || LEAD_PHRASE.test(t)) return null;
  if (after.text.trim().length <= t.length) return null;
  const [from, to] = trimmedRange(next.text, 0, next.text.length);
  return { line: next.index, from, to };
}

/**
 * Build the outline of a plan from its lines. Numbering styles nest in the
 * order they first appear (a style seen again closes everything below it), so
 * 一、/(一)/1. and a flat 1. list both come out right without a fixed ranking.
 *
 * @param lines The file's lines.
 * @param from First line of the plan's content.
 * @param to Line after the plan's last line.
 * @returns The outline: the preamble's lines and the top-level nodes.
 */
export function buildOutline(lines: readonly SourceLine[], from: number, to: number): Outline {
  const outline: Outline = { preamble: [], nodes: [] };
  const stack: OutlineNode[] = [];
  const styles: Array<LabelStyle | 'lead-phrase'> = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!isContentLine(line)) continue;
    const label = recogniseLabel(line.text);
    if (!label) {
      const owner = stack[stack.length - 1];
      if (owner) {
        owner.paragraphs.push(i);
        for (const node of stack) node.lastLine = i;
      } else outline.preamble.push(i);
      continue;
    }
    const { title, inlineBody } = splitHeading(line, label.contentStart);
    const node: OutlineNode = { label, style: label.style, title: [title], inlineBody, paragraphs: [], children: [], line: i, lastLine: i };
    // Note: only a title that runs to the end of its line can be wrapped; one closed by 。 cannot.
    if (!inlineBody && title.to === line.text.trimEnd().length) {
      const more = titleContinuation(lines, i, title);
      if (more) {
        node.title.push(more);
        node.lastLine = ++i;
      }
    }
    const level = styles.indexOf(label.style);
    if (level >= 0) {
      stack.length = level;
      styles.length = level;
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : outline.nodes).push(node);
    for (const ancestor of stack) ancestor.lastLine = node.lastLine;
    stack.push(node);
    styles.push(label.style);
  }
  for (const node of outline.nodes) promoteLeadPhrases(node, lines);
  return outline;
}

/**
 * Paragraphs led by a phrase such as 数智教育领域, are items of their own when
 * at least two of them stand together under a heading with no numbered items.
 */
function promoteLeadPhrases(node: OutlineNode, lines: readonly SourceLine[]): void {
  for (const child of node.children) promoteLeadPhrases(child, lines);
  if (node.children.length > 0) return;
  const led = node.paragraphs.filter((i) => LEAD_PHRASE.test(lines[i]?.text.trimStart() ?? ''));
  if (led.length < 2) return;
  const firstLed = node.paragraphs.indexOf(led[0] ?? -1);
  const intro = node.paragraphs.slice(0, firstLed);
  let current: OutlineNode | null = null;
  for (const i of node.paragraphs.slice(firstLed)) {
    const line = lines[i];
    if (!line) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const m = LEAD_PHRASE.exec(line.text.slice(lead));
    if (m) {
      const phrase = m[1] ?? '';
      const [bFrom, bTo] = trimmedRange(line.text, lead + m[0].length, line.text.length);
      current = {
        label: null,
        style: 'lead-phrase',
        title: [{ line: i, from: lead, to: lead + phrase.length }],
        inlineBody: bTo > bFrom ? { line: i, from: bFrom, to: bTo } : null,
        paragraphs: [],
        children: [],
        line: i,
        lastLine: i,
      };
      node.children.push(current);
    } else if (current) {
      current.paragraphs.push(i);
      current.lastLine = i;
    } else intro.push(i);
  }
  node.paragraphs = intro;
}
