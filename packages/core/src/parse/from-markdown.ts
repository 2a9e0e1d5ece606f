import type { Nodes, Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { hideRanges, linesFromText, type SourceLine } from './source-lines.js';

type Range = readonly [number, number];

// Note: remark's packages are ESM only. In our CommonJS build, require() of
// them yields the module namespace, so the plugin is its `default`.
function plugin<T>(module: T): T {
  const inner = (module as { default?: T }).default;
  return typeof module === 'function' ? module : (inner ?? module);
}

/**
 * Read Markdown through remark and return its lines with the syntax removed
 * (`###`, `**`, `---`, bullets, link targets) but list numbers kept, since
 * `22.` is a label as written. The plain-text parser then reads these lines,
 * so both formats map to the same model, and every character still knows its
 * source offset.
 *
 * @param text A Markdown document.
 * @returns The document's lines, markup hidden.
 */
export function linesFromMarkdown(text: string): SourceLine[] {
  // Note: remark-cjk-friendly lets `**“数字上海”**建设` parse as strong;
  // CommonMark's flanking rules alone refuse it next to CJK punctuation.
  const processor = unified().use(plugin(remarkParse)).use(plugin(remarkCjkFriendly));
  const hidden: Range[] = [];
  const cuts = chunkStarts(text);
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k] ?? 0;
    const tree = processor.parse(text.slice(from, cuts[k + 1] ?? text.length)) as Root;
    if (from > 0) shiftPositions(tree, from);
    collectMarkup(tree, null, text, hidden);
  }
  return hideRanges(linesFromText(text), hidden);
}

/** Above this many characters, Markdown is parsed in pieces: micromark's time grows faster than linearly with a document's size. */
const CHUNK = 64 * 1024;

/**
 * Where a long Markdown document can be cut into pieces that parse as they
 * would in one piece: before a heading at the start of a line that follows a
 * blank line, outside fenced code and HTML comments. (A link reference
 * defined in one piece and used in another is the one thing lost.)
 *
 * @param text The whole document.
 * @returns Offsets where pieces start, the first being 0.
 */
function chunkStarts(text: string): number[] {
  const starts = [0];
  if (text.length <= CHUNK) return starts;
  let fence: string | null = null;
  let comment = false;
  let blankBefore = false;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 ? text.length : next + 1;
    const line = text.slice(at, stop).replace(/\r?\n$|\r$/, '');
    if (fence === null && !comment && blankBefore && /^#{1,6}(?:[ \t]|$)/.test(line) && at - (starts[starts.length - 1] ?? 0) >= CHUNK) starts.push(at);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === null ? marker : null;
    if (fence === null) {
      if (!comment && line.includes('<!--')) comment = !line.slice(line.lastIndexOf('<!--')).includes('-->');
      else if (comment && line.includes('-->')) comment = false;
    }
    blankBefore = line.trim() === '';
    at = stop;
  }
  return starts;
}

/** Move every position of a piece's tree by the piece's offset in the document. */
function shiftPositions(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by;
    node.position.end.offset = (node.position.end.offset ?? 0) + by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Hide what surrounds a node's children: `### ` of a heading, the `**` of strong text. */
function hideWrapper(node: Nodes & { children: Nodes[] }, hidden: Range[]): void {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !last) {
    hidden.push([start(node), end(node)]);
    return;
  }
  hidden.push([start(node), start(first)], [end(last), end(node)]);
}

function collectMarkup(node: Nodes, parent: Nodes | null, text: string, hidden: Range[]): void {
  switch (node.type) {
    case 'heading':
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'link':
    case 'linkReference':
      hideWrapper(node, hidden);
      break;
    case 'thematicBreak':
    case 'break':
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
      hidden.push([start(node), end(node)]);
      return;
    case 'inlineCode': {
      const fence = /^`+/.exec(text.slice(start(node)))?.[0].length ?? 1;
      hidden.push([start(node), start(node) + fence], [end(node) - fence, end(node)]);
      return;
    }
    case 'listItem': {
      // Bullets carry no numbering, so drop them; ordered markers (`1.`) stay as labels.
      const first = node.children[0];
      if (parent?.type === 'list' && !parent.ordered && first) hidden.push([start(node), start(first)]);
      break;
    }
    default:
      break;
  }
  if ('children' in node) for (const child of node.children) collectMarkup(child, node, text, hidden);
}

/**
 * Guess whether a `.txt` file is really Markdown (web pages are sometimes
 * saved that way): headings, bold lines, rules and bold list items.
 *
 * @param text The whole source file.
 * @returns `true` when at least two kinds of Markdown syntax occur.
 */
export function looksLikeMarkdown(text: string): boolean {
  const signals = [
    /^#{1,6}\s+\S/m,
    /^\s*\*\*[^*\n]+\*\*/m,
    /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/m,
    /^\s*\d+\.\s+\*\*/m,
    /^\s*[-*+]\s+\S/m,
  ];
  return signals.filter((re) => re.test(text)).length >= 2;
}
