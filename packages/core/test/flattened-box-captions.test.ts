// A box (专栏) set apart by blank lines, copied with each paragraph (text between blank lines) on one line: the
// caption opens the line and its first item is glued to it (专栏1　煤炭产业重点工程1.智能化煤矿建设工程：…, 【专栏1】精品
// 景区建设工程1.余村景区提升工程：…). The first item stayed in the caption, the box had no items before its second, and
// that one was read as a task of the plan. Crafted probes of hB's twelfth round: 六盘水 纲要 and 安吉县 规划.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const paragraphLines = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).join(''))
    .join('\n\n');

const PLAN = `某县“十五五”全域旅游发展规划

一、主要任务

（一）打造精品景区
提升景区品质，创建国家5A级旅游景区1个。

【专栏1】精品景区建设工程
1.景区提升工程：完善游客服务中心和智慧导览系统。
2.竹博园改造工程：实施景观改造和业态提升。

（二）丰富旅游业态
培育精品民宿200家。

专栏2　旅游业态培育工程
1.精品民宿集聚区建设工程。
2.竹林康养基地建设工程。
`;

describe('a box caption with its first item glued to it', () => {
  it('should keep the items in their box, a paragraph a line, as laid out', () => {
    const text = paragraphLines(PLAN);
    const doc = parseDocument(text).documents[0]!;
    const boxes = doc.sections.filter((s) => s.role === 'box' && s.label === null);
    expect(boxes.map((s) => s.title)).toEqual(['【专栏1】精品景区建设工程', '专栏2　旅游业态培育工程']);
    expect(doc.sections.filter((s) => s.role === 'box' && s.label !== null).map((s) => s.title)).toEqual(['景区提升工程', '竹博园改造工程', '精品民宿集聚区建设工程', '竹林康养基地建设工程']);
    expect(doc.tasks.map((t) => t.label)).toEqual(['（一）', '（二）']);
    expectExactQuotes(text, doc);
  });
});
