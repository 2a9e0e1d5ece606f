import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFile } from '../src/corpus/validate-file.js';
import { isPlanError } from '../src/errors/plan-error.js';

const dir = mkdtempSync(join(tmpdir(), 'plankb-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const plan = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const ZIP = Buffer.from('504b0304140000000800a1b2c3d4', 'hex');

describe('validateFile', () => {
  it('should report a good file with its plans, counts and encoding', () => {
    const v = validateFile(file('ok.txt', plan));
    expect(v).toMatchObject({ encoding: 'utf-8', counts: { error: 0, warning: 0 } });
    expect(v.documents.map((d) => d.counts.tasks)).toEqual([2]);
    expect(validateFile(file('gbk.txt', iconv.encode(plan, 'gbk'))).encoding).toBe('gb18030');
  });

  it.each([
    ['empty.txt', '', 'empty-input'],
    ['blank.txt', ' \n\t\r\n\u3000\n', 'empty-input'],
    ['prose.txt', '今天天气很好，我们去公园散步。\n公园里有很多人。\n', 'no-structure'],
    ['lorem.md', '# Lorem ipsum\n\nDolor sit amet, consectetur adipiscing elit.\n', 'no-structure'],
    ['image.txt', PNG, 'binary-file'],
    ['archive.txt', ZIP, 'binary-file'],
    ['latin1.txt', Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'), 'not-utf8'],
  ])('should turn %s into one error issue, %s, never a throw', (name, content, code) => {
    const v = validateFile(file(name, content));
    expect(v.issues.map((i) => i.code)).toEqual([code]);
    expect(v.counts.error).toBe(1);
    expect(v.documents).toEqual([]);
    const [issue] = v.issues;
    expect(issue?.message).toMatch(/expected|Expected|No plan|empty/);
  });

  it('should say where a binary or mis-encoded file goes wrong', () => {
    const v = validateFile(file('mixed.txt', Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xb9, 0xe6]), Buffer.from('\n')])));
    expect(v.issues[0]).toMatchObject({ code: 'not-utf8', severity: 'error', position: { start: { line: 2, column: 3 } } });
    expect(v.encoding).toBeNull();
  });

  it('should throw only when the file cannot be read at all', () => {
    for (const [path, code] of [[join(dir, 'missing.txt'), 'file-not-found'], [join(dir, 'folder.txt'), 'file-unreadable']] as const) {
      if (path.endsWith('folder.txt')) mkdirSync(path, { recursive: true });
      try {
        validateFile(path);
        expect.unreachable();
      } catch (error) {
        expect(isPlanError(error) && error.code).toBe(code);
      }
    }
  });
});
