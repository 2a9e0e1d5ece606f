import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');

// Note: a fresh process, since this one has loaded remark for other tests. NODE_DEBUG=esm makes Node log every ES
// module it loads ("Translating StandardModule <url>"); remark is loaded with require(), which lands in require.cache.
const script = `
import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const remarkInCache = () => Object.keys(cache).filter((k) => /[\\\\/](unified|remark-parse|micromark)[\\\\/]/.test(k)).length;
const core = await import('./src/index.ts');
console.error('MARK imported');
core.parseDocument('# 某区2026年工作要点\\n\\n1. **推进共享**。建设平台。\\n', { file: 'plan.md' });
console.error('MARK parsed plan Markdown');
const fenced = core.parseDocument('# 某区2026年工作要点\\n\\n\`\`\`\\n代码\\n\`\`\`\\n\\n1. **推进共享**。建设平台。\\n', { file: 'plan.md' });
console.log(JSON.stringify({ remarkInCache: remarkInCache(), task: fenced.documents[0]?.tasks[0]?.title }));
`;

describe('loading @plankb/core', () => {
  it('should load remark only when a Markdown file needs it', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm' },
      // Note: the debug log carries each module's source; far more than the default 1 MB.
      maxBuffer: 1 << 28,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const loaded = (upTo: string): string[] => run.stderr.slice(0, run.stderr.indexOf(upTo)).split('\n').filter((l) => l.includes('Translating'));
    // The log names what the import loads (zod, for one), but nothing of remark, even after plan Markdown is read.
    expect(loaded('MARK imported').some((l) => l.includes('/zod/'))).toBe(true);
    expect(loaded('MARK parsed plan Markdown').filter((l) => /node_modules.*(?:unified|remark|micromark|mdast)/.test(l))).toEqual([]);
    // Fenced code is remark's to read: then it is loaded, and reads the file.
    expect(JSON.parse(run.stdout)).toEqual({ remarkInCache: expect.any(Number), task: '推进共享' });
    expect(JSON.parse(run.stdout).remarkInCache).toBeGreaterThan(0);
  }, 60_000);
});

// Note: the converters of web pages, Word and PDF files (pdf.js, mammoth, word-extractor, rehype) run in a child
// process that parseFile starts for such a file; the importing process never loads them, not even after reading one.
const convertersScript = `
const core = await import('./src/index.ts');
const corpus = await import('./src/corpus.ts');
console.error('MARK imported');
core.parseDocument('某区2026年工作要点\\n\\n一、总体要求\\n1.推进共享。建设平台。\\n', { file: 'plan.txt' });
const result = corpus.parseFile('test/realfiles/10_gz_tianhe_kindergarten_enrollment_work_plan_2026.html');
console.error('MARK parsed a web page');
console.log(JSON.stringify({ format: result.extracted?.format, tasks: result.documents[0]?.tasks.length ?? 0 }));
`;

describe('loading the converters', () => {
  it('should load no converter when core is imported, nor in the process that reads a web page', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', convertersScript], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm', PLANKB_CACHE: '0' },
      maxBuffer: 1 << 28,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const loaded = run.stderr.split('\n').filter((l) => l.includes('Translating'));
    expect(loaded.some((l) => l.includes('/zod/'))).toBe(true);
    expect(loaded.filter((l) => /node_modules.*(?:pdfjs-dist|mammoth|word-extractor|rehype-parse|hast-util|parse5)/.test(l))).toEqual([]);
    expect(loaded.filter((l) => /src\/formats\/(?:pdf|docx|doc|html)[.-]/.test(l))).toEqual([]);
    expect(JSON.parse(run.stdout)).toEqual({ format: 'html', tasks: expect.any(Number) });
    expect(JSON.parse(run.stdout).tasks).toBeGreaterThan(10);
  }, 60_000);
});
