import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir, readSourceFile } from '@plankb/core/corpus';
import { describe, expect, it } from 'vitest';
import { runCli, seedDocument, SMALL_PLAN, tempFiles } from './helpers.js';

interface JsonHit {
  item: { kind: string; id: string; docId: string; title: string; text: string };
  score: number;
  where: { field: 'title' | 'text'; start: number; end: number } | null;
  found: string;
  position: { start: { line: number; column: number; offset: number }; end: { offset: number } } | null;
  at: { line: number; column: number; offset: number } | null;
}

async function jsonHits(args: string[]): Promise<JsonHit[]> {
  const { code, stdout } = await runCli(['search', ...args, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonHit[];
}

describe('search', () => {
  it('should list finds in titles first, with the matched words and their line', async () => {
    const { code, stdout, stderr } = await runCli(['search', '算力', '--limit', '3']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // Data on stdout, the caption with its counts on stderr.
    expect(lines[0]).toMatch(/^ID\s+Kind\s+Found\s+Title\s+In the text\s+Line$/);
    expect(lines[2]).toMatch(/^shanghai-2025:t6\s+task\s+算力\s+统筹推进算力建设和调度\s+23:10$/);
    expect(lines).toHaveLength(2 + 3);
    expect(stderr).toBe('Search: 算力 · 3 hits among 186 items\nShowing the first 3; raise --limit to see more.\n');
  });

  it('should find by full pinyin and by initials, showing what matched', async () => {
    const byPinyin = await jsonHits(['suanli', '--limit', '1']);
    expect(byPinyin[0]).toMatchObject({ found: '算力', item: { id: 'shanghai-2025:t6' } });
    const byInitials = await jsonHits(['xndc']);
    expect(byInitials.map((h) => h.found)).toEqual(['虚拟电厂', '虚拟电厂', '虚拟电厂', '虚拟电厂']);
    // The three targets name it in their titles; the task that states them, in its text.
    expect(byInitials.map((h) => [h.item.id, h.where?.field])).toEqual([
      ['huangpu-2026-2030:tg2', 'title'],
      ['huangpu-2026-2030:tg3', 'title'],
      ['huangpu-2026-2030:tg4', 'title'],
      ['huangpu-2026-2030:t15', 'text'],
    ]);
  });

  it('should join the words of a query, as blanks in a query are ignored', async () => {
    expect((await jsonHits(['数据', '要素'])).map((h) => h.item.id)).toEqual((await jsonHits(['数据要素'])).map((h) => h.item.id));
  });

  it('should give each hit its source position, which slices to the item text', async () => {
    const hits = await jsonHits(['机架', '--limit', '50']);
    expect(new Set(hits.map((h) => h.item.kind))).toEqual(new Set(['task', 'target']));
    for (const hit of hits) {
      const doc = seedDocument(hit.item.docId);
      const source = readSourceFile(join(defaultCorpusDir(), doc.source.file)).text;
      const field = hit.where?.field === 'title' ? hit.item.title : hit.item.text;
      // A task's title or body, or a figure's sentence, exactly where the position says.
      const quoted = hit.item.kind === 'task' ? field : hit.item.text;
      expect(source.slice(hit.position?.start.offset, hit.position?.end.offset)).toBe(quoted);
      expect(hit.found).toBe(field.slice(hit.where?.start, hit.where?.end));
    }
  });

  it('should point at the matched words in the source, by line and column', async () => {
    const hits = await jsonHits(['一网通办', '--limit', '50']);
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) {
      const source = readSourceFile(join(defaultCorpusDir(), seedDocument(hit.item.docId).source.file)).text;
      const at = hit.at;
      expect(source.slice(at?.offset, (at?.offset ?? 0) + hit.found.length)).toBe('一网通办');
      const before = source.slice(0, at?.offset).split(/\r\n|\n|\r/);
      expect([at?.line, at?.column]).toEqual([before.length, (before[before.length - 1]?.length ?? 0) + 1]);
    }
    const { stdout } = await runCli(['search', '一网通办', '--doc', 'shanghai-2025']);
    expect(stdout).toMatch(/shanghai-2025:t21\s+task\s+一网通办\s+深化“两张网”建设\s+…[^\n]*“一网通办”[^\n]*\s65:98\n/);
  });

  it('should keep to the kinds and documents asked for', async () => {
    const hits = await jsonHits(['机架', '--kind', 'target', '--doc', 'qingdao-2025']);
    expect(hits.map((h) => h.item.id)).toEqual(['qingdao-2025:tg6']);
    const { stdout } = await runCli(['search', '数据', '--kind', 'indicator', '--kind', 'target', '--limit', '200', '--format', 'json']);
    expect(new Set((JSON.parse(stdout) as JsonHit[]).map((h) => h.item.kind))).toEqual(new Set(['target', 'indicator']));
  });

  it('should show a few characters around a find in the text', async () => {
    const { stdout } = await runCli(['search', '城市数字化转型', '--doc', 'shanghai-2025']);
    expect(stdout).toMatch(/…[^\n]*城市数字化转型[^\n]*/);
  });

  it('should give a Markdown table under a heading', async () => {
    const { code, stdout } = await runCli(['search', '一网通办', '--limit', '2', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '# Search: 一网通办 · 2 hits among 186 items',
        '',
        '| ID | Kind | Found | Title | In the text | Line |',
        '| --- | --- | --- | --- | --- | --: |',
        '| qingpu-2023-draft:t12 | task | 一网通办 | 支撑“一网通办”青浦好办升级版 |  | 45:7 |',
        '| qingpu-2023:t12 | task | 一网通办 | 支撑“一网通办”青浦好办升级版 |  | 1105:7 |',
        '',
      ].join('\n'),
    );
  });

  it('should exit 1 with a note when nothing matches, as grep does', async () => {
    const { code, stdout, stderr } = await runCli(['search', '不存在的词语']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Nothing among 186 items matches “不存在的词语”.\n');
    expect((await runCli(['search', 'zzzzq'])).code).toBe(1);
  });

  it('should refuse an empty query and an unknown document with exit 2', async () => {
    const blank = await runCli(['search', ' 。']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('The query is empty');
    const unknown = await runCli(['search', '算力', '--doc', 'qingdao2025']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('qingdao-2025');
  });

  it('should speak Chinese with --lang zh', async () => {
    const { stdout, stderr } = await runCli(['search', 'xndc', '--lang', 'zh']);
    expect(stderr.split('\n')[0]).toBe('查找：xndc · 186 项中找到 4 项');
    expect(stdout).toMatch(/huangpu-2026-2030:tg2\s+目标\s+虚拟电厂/);
  });

  it('should show its hits and exit 1 when a file of the corpus has errors', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN, 'empty.txt': '' });
    const { code, stdout, stderr } = await runCli(['search', '算力', '--corpus', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/plan:t1\s+task\s+算力\s+建设算力中心/);
    expect(stderr).toMatch(/empty\.txt: error empty-input/);
  });

  it('should keep its index in the cache folder, load it on the next search, and rebuild a damaged one silently', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const cache = join(dir, '.cache');
    const saved = { cache: process.env.PLANKB_CACHE, dir: process.env.PLANKB_CACHE_DIR };
    delete process.env.PLANKB_CACHE;
    process.env.PLANKB_CACHE_DIR = cache;
    try {
      const search = () => runCli(['search', 'suanli', '--corpus', dir, '--format', 'json']);
      const first = await search();
      expect(first.code).toBe(0);
      const files = readdirSync(join(cache, 'search'));
      expect(files).toHaveLength(1);
      const path = join(cache, 'search', files[0]!);
      const { ino } = statSync(path);
      // Loaded, not written again (an atomic write makes a new inode), and the same answer.
      expect(await search()).toEqual(first);
      expect(statSync(path).ino).toBe(ino);
      writeFileSync(path, 'not an index');
      expect(await search()).toEqual(first);
      expect(statSync(path).ino).not.toBe(ino);
    } finally {
      for (const [name, value] of [['PLANKB_CACHE', saved.cache], ['PLANKB_CACHE_DIR', saved.dir]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('should search a corpus given with --corpus', async () => {
    const dir = tempFiles({ 'plan.txt': SMALL_PLAN });
    const { code, stdout } = await runCli(['search', 'gonggongshuju', '--corpus', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonHit[]).length).toBeGreaterThan(0);
  });
});
