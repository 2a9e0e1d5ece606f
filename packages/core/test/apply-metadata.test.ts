import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const text = '2025年青浦区数据发展管理工作要点\n\n一、重点任务\n（一）推进数据共享。建设平台。\n（二）推进应用。打造场景。\n';

describe('metadata from a manifest', () => {
  it('should place a region the manifest names in the gazetteer, not keep the text region parents', () => {
    const [doc] = parseDocument(text, { file: 'a.txt', metadata: [{ region: '余杭区' }] }).documents;
    expect(doc).toMatchObject({ region: '余杭区', parentRegion: '杭州市', province: '浙江省', level: 'district' });
    expect(doc?.provenance.region?.from).toBe('manifest');
    expect(doc?.provenance.parentRegion).toEqual({ from: 'derived', position: null, quote: null });
  });

  it('should keep what the manifest gives, and the text values when it names the same region', () => {
    const [given] = parseDocument(text, { file: 'a.txt', metadata: [{ region: '某开发区', level: 'district' }] }).documents;
    expect(given).toMatchObject({ region: '某开发区', parentRegion: null, province: null, level: 'district' });
    expect(given?.provenance.parentRegion).toBeUndefined();
    const [same] = parseDocument(text, { file: 'a.txt', metadata: [{ region: '青浦区' }] }).documents;
    expect(same).toMatchObject({ region: '青浦区', parentRegion: '上海市', level: 'district' });
    expect(same?.provenance.level?.from).toBe('derived');
  });
});
