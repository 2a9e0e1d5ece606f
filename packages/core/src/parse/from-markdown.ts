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
  const tree = unified().use(plugin(remarkParse)).use(plugin(remarkCjkFriendly)).parse(text) as Root;
  const hidden: Range[] = [];
  collectMarkup(tree, null, text, hidden);
  return hideRanges(linesFromText(text), hidden);
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
