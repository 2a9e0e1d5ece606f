// A page saved as text by a reader or clipper is headed by the page's fields (Title: …, URL Source: …, Published Time: …,
// as Jina Reader writes them; title: in a clipper's front matter): the title field is the page's <title>, site name and
// column and all (标题-某区人民政府门户网站, 标题_栏目_站点), and the text under it may have no title line of its own.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const BODY = outdent`
  2026年是“十五五”规划开局之年。为全面提升政务服务效能，结合我局实际，制定本工作要点。

  一、重点任务

  （一）深化“一网通办”。新增“一件事”集成服务10项以上。（牵头单位：区政务服务数据管理局）

  （二）推进公共数据授权运营。培育数据商不少于20家。（牵头单位：区政务服务数据管理局）
`;

const parse = (text: string, file = 'reader.md'): PlanDocument => {
  const doc = parseDocument(text, { file }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};

describe("a reader's header of a saved page", () => {
  it('should take the title from the Title field without the site name, and the date from Published Time', () => {
    const text = `Title: 广州市天河区政务服务数据管理局2026年工作要点-广州市天河区人民政府门户网站\n\nURL Source: https://www.thnet.gov.cn/gkmlpt/content/10/post_10123456.html\n\nPublished Time: 2026-03-15T10:20:00+08:00\n\nMarkdown Content:\n${BODY}\n`;
    const doc = parse(text);
    expect([doc.title, doc.region, doc.parentRegion, doc.year, doc.date]).toEqual(['广州市天河区政务服务数据管理局2026年工作要点', '天河区', '广州市', 2026, '2026-03-15']);
    expect(doc.provenance.title?.quote).toBe('广州市天河区政务服务数据管理局2026年工作要点');
    expect(doc.tasks.map((t) => t.title)).toEqual(['深化“一网通办”', '推进公共数据授权运营']);
  });

  it("should take the document's segment of a clipper's front-matter title (标题_栏目_站点)", () => {
    const text = `---\ntitle: 广州市天河区政务服务数据管理局2026年工作要点_规划计划_广州市天河区人民政府门户网站\npublished: 2026-03-15\n---\n\n${BODY}\n`;
    expect(parse(text).title).toBe('广州市天河区政务服务数据管理局2026年工作要点');
  });

  it("should give no title when the field names only the site, and keep the text's own title line first", () => {
    expect(parse(`Title: 广州市天河区人民政府门户网站\n\nMarkdown Content:\n${BODY}\n`).title).toBeNull();
    const titled = parse(`Title: 天河区2026年工作要点-广州市天河区人民政府门户网站\n\nMarkdown Content:\n广州市天河区政务服务数据管理局2026年工作要点\n\n${BODY}\n`);
    expect(titled.title).toBe('广州市天河区政务服务数据管理局2026年工作要点');
  });
});
