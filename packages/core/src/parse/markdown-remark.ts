// Markdown through remark, for documents the line-based reader leaves to it.
// remark, unified and micromark are some 60 modules: they are loaded on the
// first document that needs them, not when @plankb/core is imported.

import { createRequire } from 'node:module';
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import type { Range } from './markdown-inline.js';

// Note: createRequire loads ESM synchronously on Node >= 20.19 (our engines floor), in the ESM and the
// CommonJS build alike, so parseDocument stays synchronous. require() of an ES module returns its
// namespace, so a plugin is its `default`.
const load = createRequire(import.meta.url);

let processor: Processor | undefined;

/** remark with remark-cjk-friendly, loaded on first use. */
function remark(): Processor {
  if (!processor) {
    const { unified } = load('unified') as typeof import('unified');
    const remarkParse = load('remark-parse') as typeof import('remark-parse');
    const remarkCjkFriendly = load('remark-cjk-friendly') as typeof import('remark-cjk-friendly');
    // Note: remark-cjk-friendly lets `**“数字上海”**建设` parse as strong;
    // CommonMark's flanking rules alone refuse it next to CJK punctuation.
    processor = unified().use(remarkParse.default).use(remarkCjkFriendly.default) as unknown as Processor;
  }
  return processor;
}

/**
 * Read Markdown through remark and return the source ranges of its syntax:
 * `###`, `**`, `---`, bullets, link targets (list numbers stay, since `22.`
 * is a label as written).
 *
 * @param text A Markdown document.
 * @returns Source ranges `[start, end)` to hide, in no particular order.
 */
export function remarkMarkdownRanges(text: string): Range[] {
  const hidden: Range[] = [];
  const cuts = chunkStarts(text);
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k] ?? 0;
    const tree = remark().parse(text.slice(from, cuts[k + 1] ?? text.length)) as Root;
    // Note: remark skips a byte-order mark and counts offsets from after it.
    const shift = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
    if (shift > 0) shiftPositions(tree, shift);
    collectMarkup(tree, null, text, hidden);
  }
  return hidden;
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
export function chunkStarts(text: string): number[] {
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

