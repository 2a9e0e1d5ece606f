// Pages saved as Markdown by a web clipper. Turndown (which MarkDownload and Obsidian's clipper use) escapes every item
// number that could start an ordered list (1\.推动…) and every * _ [ ] # the text holds. remark reads an escape as the
// character itself but gives it no range of its own, so the backslash stayed in the line and hid the label.
import { describe, expect, it } from 'vitest';
import { linesFromMarkdown } from '../src/parse/from-markdown.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

/** Source text as Markdown reads it: an escape's backslash hidden, as markup is. */
const unescaped = (source: string): string => source.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const CLIPPED = [
  '# 某市2024年数字政府建设工作要点',
  '',
  '## 一、提升政务服务效能',
  '',
  '1\\.推进政务服务“一网通办”。全市政务服务事项网上可办率达到95%以上。（牵头单位：市政务服务管理局）',
  '',
  '2\\.深化\\*一件事\\*集成改革。新增集成办理事项20个。（牵头单位：市政务服务管理局）',
  '',
  '## 二、夯实数字基础支撑',
  '',
  '3\\.建设城市数据底座。汇聚数据资源2000类以上。（牵头单位：市大数据局）',
  '',
].join('\n');

describe('Markdown saved by a web clipper', () => {
  it('should hide the backslash of each escape, so an escaped item number is a label', () => {
    const lines = linesFromMarkdown(CLIPPED).map((l) => l.text);
    expect(lines).toContain('1.推进政务服务“一网通办”。全市政务服务事项网上可办率达到95%以上。（牵头单位：市政务服务管理局）');
    expect(lines).toContain('2.深化*一件事*集成改革。新增集成办理事项20个。（牵头单位：市政务服务管理局）');
  });

  it('should read its tasks, targets and lead units, each the source at its position read without the escapes', () => {
    const doc = parseDocument(CLIPPED, { file: 'clipped.md' }).documents[0];
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['1.', '推进政务服务“一网通办”'],
      ['2.', '深化*一件事*集成改革'],
      ['3.', '建设城市数据底座'],
    ]);
    expect(doc?.targets.map((t) => t.value)).toEqual(expect.arrayContaining([95, 20, 2000]));
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市政务服务管理局', '市政务服务管理局', '市大数据局']);
    // Each title and label is the source at its position, read without the escapes' backslashes.
    for (const t of doc?.tasks ?? []) {
      expect(unescaped(sliceAt(CLIPPED, t.titlePosition))).toBe(t.title);
      expect(unescaped(sliceAt(CLIPPED, t.position)).startsWith(t.label ?? '')).toBe(true);
    }
    for (const t of doc?.targets ?? []) expect(unescaped(sliceAt(CLIPPED, t.position))).toBe(t.quote);
  });

  it('should keep a backslash that escapes nothing, and every backslash of a text with code', () => {
    expect(linesFromMarkdown('文件存放于D:\\数据目录。')[0]?.text).toBe('文件存放于D:\\数据目录。');
    expect(linesFromMarkdown('运行 `a\\.b` 命令。1\\.推进')[0]?.text).toContain('1\\.推进');
  });
});
