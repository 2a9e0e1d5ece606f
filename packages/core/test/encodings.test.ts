import { isUtf8 } from 'node:buffer';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/source/decode-source.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { readSourceFile } from '../src/corpus/read-source.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';
import { tempDirs, thrown } from './temp.js';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seedFiles = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f));
const tempDir = tempDirs('plankb-enc-');

/** A document without the hash of its bytes, the one thing an encoding changes. */
function withoutHash(doc: PlanDocument): unknown {
  return { ...doc, source: { ...doc.source, sha256: '(bytes)' } };
}

// Windows Notepad saves "Unicode" text as UTF-16LE with a byte-order mark; many users keep plans so. Positions count
// the decoded text, the mark kept in it as U+FEFF, as for UTF-8.
describe('UTF-16 files with a byte-order mark', () => {
  const PLAN = '关于印发《普洱市思茅区2025年茶产业发展实施方案》的通知\r\n思政办发〔2025〕11号\r\n各乡（镇）人民政府、街道办事处，区直各部门：\r\n现将《普洱市思茅区2025年茶产业发展实施方案》印发给你们，请认真贯彻执行。\r\n普洱市思茅区人民政府办公室\r\n2025年4月2日\r\n普洱市思茅区2025年茶产业发展实施方案\r\n一、工作目标\r\n到2025年底，全区茶园面积稳定在20万亩，茶叶综合产值达到80亿元。\r\n二、重点任务\r\n（一）推进茶园生态化改造。改造生态茶园2万亩。（牵头单位：区农业农村局）\r\n（二）培育茶叶品牌。新增绿色食品认证茶企10家。（牵头单位：区市场监督管理局）\r\n';

  it.each([
    ['utf-16le', Buffer.from(`\ufeff${PLAN}`, 'utf16le')],
    ['utf-16be', Buffer.from(`\ufeff${PLAN}`, 'utf16le').swap16()],
  ])('should decode %s, keeping the mark in the text, and parse it as the UTF-8 text', (encoding, bytes) => {
    expect([...bytes.subarray(0, 2)]).toEqual(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    expect(decodeSource(bytes)).toEqual({ ok: true, text: `\ufeff${PLAN}`, encoding });
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), bytes);
    const source = readSourceFile(join(dir, 'plan.txt'));
    expect([source.encoding, source.text]).toEqual([encoding, `\ufeff${PLAN}`]);
    const doc = parseDocument(source.text, { file: 'plan.txt' }).documents[0];
    expect([doc?.title, doc?.docNumber, doc?.date, doc?.region]).toEqual(['普洱市思茅区2025年茶产业发展实施方案', '思政办发〔2025〕11号', '2025-04-02', '思茅区']);
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['区农业农村局', '区市场监督管理局']);
    if (doc) expectExactQuotes(source.text, doc);
  });

  it('should read a UTF-16 file cut in the middle of a character up to the cut', () => {
    const bytes = Buffer.from('\ufeff一、任务\n二、', 'utf16le');
    expect(decodeSource(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: true, text: '\ufeff一、任务\n二', encoding: 'utf-16le', truncated: true });
  });

  it.each([
    ['a lone surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])])],
    ['control characters (UTF-32, or a binary file that opens with ff fe)', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])],
  ])('should refuse bytes after a UTF-16 mark that are no UTF-16 text: %s', (_, bytes) => {
    const decoded = decodeSource(bytes);
    expect(decoded).toMatchObject({ ok: false, code: 'not-utf8' });
    expect(decoded.ok ? '' : decoded.found).toBe('a UTF-16 byte-order mark (little-endian), but the bytes are not UTF-16 text');
  });
});

describe('GB18030/GBK files', () => {
  it('should parse a GB18030 copy of every seed to the same documents as the UTF-8 original', () => {
    const dir = tempDir();
    for (const file of seedFiles) writeFileSync(join(dir, file), iconv.encode(readFileSync(join(seedsDir, file), 'utf8'), 'gb18030'));
    copyFileSync(join(seedsDir, 'manifest.json'), join(dir, 'manifest.json'));
    const original = loadCorpus({ dir: seedsDir, cache: false });
    const converted = loadCorpus({ dir, cache: false });
    expect(converted.documents).toHaveLength(original.documents.length);
    expect(converted.documents.map(withoutHash)).toEqual(original.documents.map(withoutHash));
    expect(converted.issues).toEqual(original.issues);
    expect(converted.documents[0]?.source.sha256).not.toBe(original.documents[0]?.source.sha256);
  });

  it.each(seedFiles)('should read %s in GB18030 back to the exact UTF-8 text, and say so', (file) => {
    const dir = tempDir();
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const bytes = iconv.encode(text, 'gb18030');
    writeFileSync(join(dir, file), bytes);
    const source = readSourceFile(join(dir, file));
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toBe(text);
    expect(readSourceFile(join(seedsDir, file)).encoding).toBe('utf-8');
  });

  it('should decode GBK-only bytes (GB2312 and GBK characters) as GB18030', () => {
    const text = '2025年某某区数据工作要点\n一、夯实基础\n（一）建设“城市大脑”。提升算力≥100P，覆盖率达95%。\n';
    const decoded = decodeSource(iconv.encode(text, 'gbk'));
    expect(decoded).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('should keep a GB18030 byte-order mark in the text, as for UTF-8, so offsets count it', () => {
    const text = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n';
    const bytes = iconv.encode(`\ufeff${text}`, 'gb18030');
    expect([...bytes.subarray(0, 4)]).toEqual([0x84, 0x31, 0x95, 0x33]);
    const fromGb = decodeSource(bytes);
    const fromUtf8 = decodeSource(Buffer.from(`\ufeff${text}`, 'utf8'));
    expect(fromGb).toMatchObject({ ok: true, text: `\ufeff${text}` });
    expect(fromUtf8).toMatchObject({ ok: true, text: `\ufeff${text}`, encoding: 'utf-8' });
  });
});

describe('files that are neither UTF-8 nor GB18030', () => {
  it('should report a UTF-8 file with one stray GBK character at the bad byte, not re-read it as GB18030', () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xb9, 0xe6]), Buffer.from('\n')]));
    const error = thrown(() => readSourceFile(file));
    expect(error.code).toBe('not-utf8');
    expect(error.message).toMatch(new RegExp(`^${file}:2:3: not valid UTF-8 \\(bytes b9 e6 0a\\)`));
    expect(error.message).toContain('iconv -f GB18030 -t UTF-8');
  });

  it.each([
    ['Latin-1 text', Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1')],
    ['bytes that are no text at all', Buffer.from([0x81, 0x7f, 0xff, 0xfe, 0x80, 0x0a])],
    ['GBK bytes that decode to control characters', Buffer.from([0xb0, 0xa1, 0x01, 0x02, 0x03, 0x0a])],
  ])('should refuse %s with not-utf8 and a position', (_name, bytes) => {
    const decoded = decodeSource(bytes);
    expect(decoded).toMatchObject({ ok: false, code: 'not-utf8', line: 1 });
  });

  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xa1, 0xb2])],
    ['a PDF file', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])])],
  ])('should name %s as a binary file', (kind, bytes) => {
    const decoded = decodeSource(bytes);
    expect(decoded).toMatchObject({ ok: false, code: 'binary-file', line: 1, column: 1 });
    expect(decoded.ok ? '' : decoded.found).toContain(kind);
  });

  it.each([
    ['little-endian', (t: string) => Buffer.from(t, 'utf16le')],
    ['big-endian', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('should say that UTF-16 without a byte-order mark (%s) is UTF-16, and not guess its order', (order, encode) => {
    const decoded = decodeSource(encode('工作要点\r\n一、任务\r\n'));
    expect(decoded).toMatchObject({ ok: false, code: 'not-utf8', line: 1, column: 1 });
    expect(decoded.ok ? '' : decoded.found).toBe(`UTF-16 text (${order}) without a byte-order mark; save it as UTF-8`);
  });

  it('should place a NUL byte after some text at its line and column', () => {
    const decoded = decodeSource(Buffer.from('第一行\n第二行\u0000\n', 'utf8'));
    expect(decoded).toMatchObject({ ok: false, code: 'binary-file', line: 2, column: 4, charOffset: 7 });
  });
});

describe('byte-order marks and line ends', () => {
  const seed = readFileSync(join(seedsDir, 'qingdao-2025-big-data-work-points.txt'), 'utf8');

  it('should parse a copy with a BOM and CRLF line ends to the same items, quoting the new text exactly', () => {
    const dir = tempDir();
    const file = join(dir, 'qingdao.txt');
    const crlf = `\ufeff${seed.replace(/\r?\n/g, '\r\n')}`;
    writeFileSync(file, crlf, 'utf8');
    const source = readSourceFile(file);
    expect(source.text).toBe(crlf);
    const original = parseDocument(seed, { file: 'qingdao.txt' }).documents[0];
    const converted = parseDocument(source.text, { file: 'qingdao.txt' }).documents[0];
    expect(converted?.tasks.map((t) => [t.label, t.title, t.body])).toEqual(original?.tasks.map((t) => [t.label, t.title, t.body]));
    expect(converted?.sections.map((s) => s.title)).toEqual(original?.sections.map((s) => s.title));
    expect(converted?.tasks.map((t) => t.position.start.line)).toEqual(original?.tasks.map((t) => t.position.start.line));
    if (converted) expectExactQuotes(source.text, converted);
  });

  it('should read old Mac CR-only line ends as lines', () => {
    const text = '2026年某某区数据工作要点\r\r一、重点任务\r（一）推进共享。建设平台。\r（二）推进开放。扩大范围。\r';
    const doc = parseDocument(text, { file: 'cr.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进共享', '推进开放']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('decodeSource on arbitrary bytes', () => {
  it('should never throw, and give either text or a place inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }).map((s) => iconv.encode(s, 'gb18030'))), (bytes) => {
        const decoded = decodeSource(bytes);
        if (decoded.ok) return;
        expect(decoded.offset).toBeGreaterThanOrEqual(0);
        expect(decoded.offset).toBeLessThanOrEqual(bytes.length);
        expect(decoded.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('should read GB18030 whose bytes hold chance UTF-8 sequences of private-use characters (a property run found it)', () => {
    // Note: 大；革” is b4 f3 a3 bb b8 ef a1 b1: f3 a3 bb b8 and ef a1 b1 are valid UTF-8 (U+E3EF8, U+F871), b4 is not.
    for (const text of ['大；革”', '大；革”推进数据要素市场化配置改革。']) expect(decodeSource(iconv.encode(text, 'gb18030'))).toEqual({ ok: true, text, encoding: 'gb18030' });
    // A UTF-8 file with one damaged byte among Chinese characters is still reported where the byte is.
    const damaged = Buffer.concat([Buffer.from('推进数据要素', 'utf8'), Buffer.from([0xff]), Buffer.from('市场化配置改革', 'utf8')]);
    expect(decodeSource(damaged)).toMatchObject({ ok: false, code: 'not-utf8', offset: 18 });
  });

  it('should read back any Chinese text encoded in GB18030, unless its bytes happen to be valid UTF-8', () => {
    const chinese = fc.string({ unit: fc.constantFrom(...'一、（二）推进数据要素市场化配置改革。建设“城市大脑”，提升算力≥100P；覆盖率95%。\n'), minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(chinese, (text) => {
        const bytes = iconv.encode(text, 'gb18030');
        // Note: valid UTF-8 is read as UTF-8. A few GBK characters can be valid UTF-8 (一 is d2 bb, also U+04BB); a real file never is.
        fc.pre(!isUtf8(bytes) || !/[^\x00-\x7f]/.test(text));
        expect(decodeSource(bytes)).toEqual({ ok: true, text, encoding: /[^\x00-\x7f]/.test(text) ? 'gb18030' : 'utf-8' });
      }),
      { numRuns: 500 },
    );
  });
});
