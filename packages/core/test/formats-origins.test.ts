// Where converted text comes from: the origins a converter keeps (a web page's element, a Word paragraph, a PDF's
// page and line) and how an offset of the extracted text is located with them.

import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../src/formats/html.js';
import { elementSelectors } from '../src/formats/html-selector.js';
import { joinSourcedLines } from '../src/formats/normalize.js';
import { locateInSource } from '../src/formats/types.js';
import { elementText, resolveSelector } from './helpers-selector.js';

describe('origins of extracted lines', () => {
  it('should place each kept line at its offset, skipping runs of blank lines', () => {
    const { text, origins } = joinSourcedLines([
      { text: '标题  ', origin: { paragraph: 1 } },
      { text: '', origin: { paragraph: 2 } },
      { text: '', origin: { paragraph: 3 } },
      { text: '（一）正文', origin: { paragraph: 4 } },
      { text: '附注', origin: null },
    ]);
    expect(text).toBe('标题\n\n（一）正文\n附注\n');
    expect(origins).toEqual([{ offset: 0, paragraph: 1 }, { offset: 4, paragraph: 4 }, { offset: 10 }]);
    expect(text.slice(4, 9)).toBe('（一）正文');
  });

  it('should locate an offset in the stretch that holds it, with the column in it', () => {
    const origins = [{ offset: 0, page: 1, line: 3 }, { offset: 12, page: 1, line: 4 }, { offset: 30, page: 2, line: 1 }];
    expect(locateInSource({ origins }, 0)).toEqual({ page: 1, line: 3, column: 1 });
    expect(locateInSource({ origins }, 15)).toEqual({ page: 1, line: 4, column: 4 });
    expect(locateInSource({ origins }, 31)).toEqual({ page: 2, line: 1, column: 2 });
    expect(locateInSource({}, 5)).toBeNull();
  });
});

describe('web page selectors', () => {
  const tree = unified().use(rehypeParse).parse('<body><div id="main"><p>甲</p><div><p>乙</p></div><p>丙</p></div><div id="x"></div><div id="x"><p>丁</p></div></body>') as Root;
  const selector = elementSelectors(tree);
  const find = (text: string): Element => {
    let found: Element | null = null;
    const visit = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'p' && child.children.some((c) => c.type === 'text' && c.value === text)) found = child;
        visit(child);
      }
    };
    visit(tree);
    if (!found) throw new Error(text);
    return found;
  };

  it('should start from the nearest unique id and number only tags that repeat', () => {
    expect(selector(find('甲'))).toBe('#main > p:nth-of-type(1)');
    expect(selector(find('乙'))).toBe('#main > div > p');
    expect(selector(find('丙'))).toBe('#main > p:nth-of-type(2)');
    // Note: an id used twice does not name one element; the path goes on to body.
    expect(selector(find('丁'))).toBe('body > div:nth-of-type(3) > p');
  });

  it('should give every line of a converted page an element whose text holds the line', async () => {
    const html = '<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="某区2026年工作要点"></head><body><nav>首页</nav><div id="content">' +
      Array.from({ length: 12 }, (_, k) => `<p>（${k + 1}）推进第${k + 1}项工作，加强统筹协调，确保各项任务按期完成。</p>`).join('') +
      '<table><tr><th>任务</th><th>牵头单位</th></tr><tr><td>建设平台</td><td>市数据局</td></tr></table></div></body></html>';
    const conversion = await convertHtml(Buffer.from(html));
    const page = unified().use(rehypeParse).parse(html) as Root;
    const lines = conversion.text.split('\n');
    let offset = 0;
    for (const line of lines) {
      const at = locateInSource(conversion, offset);
      if (line !== '' && !line.startsWith('| ---')) {
        expect(at?.element, line).toBeDefined();
        const element = resolveSelector(page, at?.element ?? '');
        const seen = elementText(element);
        for (const cell of line.split('|').map((c) => c.trim()).filter((c) => c !== '')) expect(seen, line).toContain(cell);
      }
      offset += line.length + 1;
    }
    expect(locateInSource(conversion, conversion.text.indexOf('（3）'))?.element).toBe('#content > p:nth-of-type(3)');
  });
});

