import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

const ENV = { PLANKB_USER: 'tester' };
const freshStore = (): string => join(tempFiles({}), 'store');
const track = (store: string, args: string[]) => runCli(['track', ...args, '--store', store], { env: ENV });

/** A store file of `n` observations of qingdao-2025:tg6, written directly; with `value`, each holds that value (`'x'` makes every line invalid). */
function bigStore(n: number, value?: unknown): string {
  const store = freshStore();
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const stamp = new Date(Date.UTC(2025, 0, 1) + k * 1000).toISOString();
    lines.push(JSON.stringify({ type: 'observation', id: `ob-x-${k}`, target: 'qingdao-2025:tg6', docId: 'qingdao-2025', metric: '数据中心标准机架总数', value: value ?? 50000 + k, unit: '架', date: '2025-06-30', role: 'observation', source: null, note: null, recordedBy: 'tester', recordedAt: stamp, supersedes: null }));
  }
  mkdirSync(store, { recursive: true });
  writeFileSync(join(store, 'observations.jsonl'), `${lines.join('\n')}\n`);
  return store;
}

describe('track record: which target', () => {
  it.each([
    ['qingdao-2025/算力', ['qingdao-2025:tg7', 'qingdao-2025:tg8']],
    ['qingdao-2025/视频', ['qingdao-2025:tg9', 'qingdao-2025:tg10', 'qingdao-2025:tg11']],
    ['huangpu-2026-2030/虚拟电厂', ['huangpu-2026-2030:tg2', 'huangpu-2026-2030:tg3', 'huangpu-2026-2030:tg4']],
  ])('should refuse %s, which matches several targets, and list every one', async (ref, ids) => {
    const store = freshStore();
    const result = await track(store, ['record', ref, '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${ref} matches ${ids.length} targets`);
    for (const id of ids) expect(result.stderr).toContain(`${id} (`);
    expect(existsSync(join(store, 'observations.jsonl'))).toBe(false);
  });

  it('should still record a metric only one target has', async () => {
    const result = await track(freshStore(), ['record', 'qingdao-2025/机架', '63000', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: 'qingdao-2025:tg6' });
  });
});

describe('track import', () => {
  it('should import 24,000 rows with ids unique by construction', async () => {
    const dir = tempFiles({});
    const rows = ['target,value,date'];
    for (let k = 0; k < 24_000; k++) rows.push(`qingdao-2025:tg6,${50000 + k},2025-06-30`);
    writeFileSync(join(dir, 'big.csv'), `${rows.join('\n')}\n`);
    const store = freshStore();
    const result = await track(store, ['import', join(dir, 'big.csv')]);
    expect(result.code, result.stderr.slice(0, 500)).toBe(0);
    const ids = readFileSync(join(store, 'observations.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(24_000);
    expect(new Set(ids).size).toBe(24_000);
  }, 60_000);

  it('should read values as track record does: 9,000 and 6.3万', async () => {
    const dir = tempFiles({ 'values.csv': 'target,value,date\nqingdao-2025:tg6,"9,000",2025-03-31\nqingdao-2025:tg6,6.3万,2025-06-30\n' });
    const store = freshStore();
    const result = await track(store, ['import', join(dir, 'values.csv'), '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { value: number }[]).map((e) => e.value)).toEqual([9000, 63000]);
  });
});

// Note: no timed assertions here (speed is pnpm bench's); a list that took time quadratic in the store never
// finished 150,000 entries, and one wide column measured with Math.max(...rows) overflowed the stack there.
describe('track on a large store', () => {
  it('should list 150,000 entries as text, every one', async () => {
    const store = bigStore(150_000);
    const result = await track(store, ['list']);
    expect(result.code, result.stderr.slice(0, 300)).toBe(0);
    expect(result.stderr).toMatch(/^150,?000 entries/);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('ob-x-'))).toHaveLength(150_000);
  }, 120_000);

  it('should record on a 150,000-entry store without reading the other targets\' entries', async () => {
    // Every line of the other target is invalid: a record that parsed them would report 150,000 problems.
    const store = bigStore(150_000, 'x');
    const result = await track(store, ['record', 'qingdao-2025:tg7', '3', '--date', '2025-06-30']);
    expect(result.code, result.stderr.slice(0, 300)).toBe(0);
    expect(result.stderr).not.toContain('observations.jsonl:');
    expect(readFileSync(join(store, 'observations.jsonl'), 'utf8').trim().split('\n')).toHaveLength(150_001);
    // list reads them all, and says so.
    expect((await track(store, ['list', '--target', 'qingdao-2025:tg7'])).stderr).toContain('observations.jsonl:150000:');
  }, 120_000);
});

describe('track store files', () => {
  it('should remove temporary files a killed write left behind, on the next write', async () => {
    const store = freshStore();
    await track(store, ['record', 'qingdao-2025/机架', '60000']);
    writeFileSync(join(store, '.observations.jsonl.99999.0a1b2c3d4e5f.tmp'), '{"half');
    await track(store, ['record', 'qingdao-2025/机架', '61000']);
    expect(readdirSync(store).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  describe('without --corpus or --store', () => {
    afterEach(() => vi.unstubAllEnvs());

    it("should keep a user's data in the user data folder, not in the repository's seeds", async () => {
      const data = tempFiles({});
      vi.stubEnv('XDG_DATA_HOME', data);
      const result = await runCli(['track', 'record', 'qingdao-2025/机架', '63000', '--date', '2025-06-30'], { env: ENV });
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(join(data, 'plankb', 'store', 'observations.jsonl'), 'utf8')).toContain('"value":63000');
      expect(existsSync(new URL('../../../seeds/.plankb', import.meta.url))).toBe(false);
    });
  });
});
