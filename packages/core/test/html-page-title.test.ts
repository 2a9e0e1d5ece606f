// A saved page whose title is only in <title>, after which the site puts its name: a portal's (…_中国政府网) or, as
// often, the body's that runs the site (…_某市文化和旅游局). The site's name is no part of the document's title.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';

const page = (title: string): Uint8Array =>
  new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><div><p>一、加快文旅融合</p><p>（一）打造精品线路。推出精品线路10条。</p></div></body></html>`);

describe('a page title with the site’s name after it', () => {
  it('should drop the name of the body that runs the site, as it drops a portal’s', async () => {
    for (const [title, expected] of [
      ['黄山市2024年文化旅游工作要点_黄山市文化和旅游局', '黄山市2024年文化旅游工作要点'],
      ['某县2025年教育工作要点-某县教育委员会', '某县2025年教育工作要点'],
      ['国务院关于印发某方案的通知_中国政府网', '国务院关于印发某方案的通知'],
    ]) {
      const converted = await convertSource(page(title as string), 'html');
      expect(converted.metadata.title).toBe(expected);
      expect(converted.text.split('\n')).toContain(expected);
    }
  });
});
