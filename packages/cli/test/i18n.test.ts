import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang, detectLang, messages } from '../src/i18n.js';
import { runCli, tempFiles } from './helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8' };

/** Every string a catalogue holds, with functions called on sample values. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(2, ['x']))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}

describe('i18n', () => {
  it('should have the same non-empty strings in English and Chinese', () => {
    const en = strings(messages('en'));
    const zh = strings(messages('zh'));
    expect(zh.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, text] of [...en, ...zh]) expect(text.trim(), key).not.toBe('');
  });

  it('should write the Chinese catalogue in Chinese', () => {
    const zh = strings(messages('zh'));
    const untranslated = zh.filter(([, text]) => !/[\u4e00-\u9fff]/.test(text) && !/^[-()（）、 ，,；;:：[\]]*$/.test(text));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('should default to Chinese when LANG starts with zh', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('en');
  });

  it('should read --lang before yargs runs, in both spellings', () => {
    expect(detectLang(['docs', '--lang', 'zh'], {})).toBe('zh');
    expect(detectLang(['docs', '--lang=en'], { LANG: 'zh_CN' })).toBe('en');
    expect(detectLang(['docs', '--lang', 'fr'], { LANG: 'zh_CN' })).toBe('zh');
  });

  it('should let LC_ALL win over LANG, and LC_MESSAGES over LANG', () => {
    expect(defaultLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(defaultLang({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C' })).toBe('zh');
    expect(defaultLang({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });

  it("should speak Chinese in errors: core's, yargs' own, and diagnostics", async () => {
    const unknown = await runCli(['tasks', 'qingdao-202'], { env: ZH });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('错误：未知的文档编号：qingdao-202。您是不是要找 qingdao-2025、qingpu-2023、qingpu-2025？\n运行 `plankb docs` 列出全部文档。\n');
    const missing = await runCli(['tasks'], { env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'C' } });
    expect(missing.stderr).toBe('错误：缺少参数：给出了 0 个，至少需要 1 个\n运行 `plankb tasks --help` 查看用法。\n');
    const option = await runCli(['tasks', 'qingdao-2025', '--foo'], { env: ZH });
    expect(option.stderr).toMatch(/^错误：无法识别的参数：foo\n/);
    const choice = await runCli(['targets', '--level', 'nonsense'], { env: ZH });
    expect(choice.stderr).toMatch(/^错误：无效的值：\n {2}参数 level 给出的是 "nonsense"；可选值：/);
    const dir = tempFiles({ 'empty.txt': '' });
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    mkdirSync(join(dir, 'folder'));
    const binary = await runCli(['validate', join(dir, 'image.txt'), join(dir, 'empty.txt')], { env: ZH });
    expect(binary.stderr).toContain(`${join(dir, 'image.txt')}:1:1: error binary-file: 这是二进制文件（PNG 图片）；应为纯文本或 Markdown（UTF-8 或 GB18030/GBK）。`);
    expect(binary.stderr).toContain('error empty-input: 文件为空：没有可解析的文本。');
    const folder = await runCli(['tasks', join(dir, 'folder')], { env: ZH });
    expect(folder.stderr).toMatch(/^错误：.*folder 是一个目录，不是规划文件/);
    const file = await runCli(['parse', join(dir, 'none.txt')], { env: ZH });
    expect(file.stderr).toBe(`错误：找不到文件：${join(dir, 'none.txt')}\n`);
    // No English sentence is left in what a Chinese user reads.
    for (const r of [unknown, missing, option, choice, binary, folder, file]) expect(r.stderr).not.toMatch(/\b(Unknown|expected|not found|is a folder|non-option)\b/);
  });
});

describe('Chinese diagnostics', () => {
  it('should translate the messages of the diagnostics a user meets, and leave unknown ones as written', async () => {
    const { localMessage } = await import('../src/output/zh-messages.js');
    expect(localMessage('Numbering jumps from （一） to （三）.', 'zh')).toBe('编号从 （一） 跳到 （三）。');
    expect(localMessage('「2 0 0年」 looks like a year damaged by OCR or a conversion; it is not read as a date.', 'zh')).toBe('「2 0 0年」像是被 OCR 或格式转换损坏的年份；不作为日期读取。');
    expect(localMessage('「2O25」 holds letters that OCR or a conversion read for digits (O for 0, l for 1); it is read as 2025.', 'zh')).toBe('「2O25」中有被 OCR 或格式转换读成字母的数字（O 为 0，l 为 1）；按 2025 读取。');
    expect(localMessage('qingdao-2025/算力 matches 2 targets: qingdao-2025:tg7 (算力总规模), qingdao-2025:tg8 (智能算力占比). Use a target id.', 'zh')).toBe(
      'qingdao-2025/算力 与 2 个目标相符：qingdao-2025:tg7 (算力总规模)、qingdao-2025:tg8 (智能算力占比)。请用目标编号。',
    );
    expect(localMessage("No plan in the page's text: it issues 《某市教育规划》 as an attached file (某市教育规划.pdf: /f/1.pdf). The plan is in that file: download it and give plankb the file.", 'zh')).toBe(
      '网页正文中没有规划：它以附件形式印发《某市教育规划》（某市教育规划.pdf: /f/1.pdf）。规划在附件中：请下载该文件后交给 plankb。',
    );
    expect(localMessage("This page lists 4 documents (a column's list: 《甲方案》、《乙方案》、《丙要点》 …), not one document: save the page of the document itself and give plankb that.", 'zh')).toBe(
      '此网页是栏目列表，列出 4 份文件（《甲方案》、《乙方案》、《丙要点》 …），不是单份文件：请保存文件本身的网页后交给 plankb。',
    );
    expect(localMessage('Something new.', 'zh')).toBe('Something new.');
    expect(localMessage('Numbering jumps from 1. to 3..', 'en')).toBe('Numbering jumps from 1. to 3..');
  });
});

describe('Chinese track import problems', () => {
  it('should say what is wrong with each row in Chinese, with its row number', async () => {
    const dir = tempFiles({
      'header.csv': 'foo,value\n1,2\n',
      'rows.csv': 'target_id,value,date,role\nqingdao-2025:tg6,x,2025-01-01,\nqingdao-2025:tg6,1,2025-02-30,\nqingdao-2025:tg6,1,2025-01-01,guess\n',
      'notes.txt': 'x',
    });
    const store = join(dir, 'store');
    const header = await runCli(['track', 'import', join(dir, 'header.csv'), '--store', store], { env: ZH });
    expect(header.code).toBe(1);
    expect(header.stderr).toContain('header.csv:第 1 行: 表头没有 `target_id` 列（可用的列：observation_id、target_id、');
    const rows = await runCli(['track', 'import', join(dir, 'rows.csv'), '--store', store], { env: ZH });
    expect(rows.stderr.split('\n').slice(0, 3)).toEqual([
      `${join(dir, 'rows.csv')}:第 2 行: 值 "x" 不是数字`,
      `${join(dir, 'rows.csv')}:第 3 行: 日期 "2025-02-30" 不是 YYYY-MM-DD 格式的真实日期`,
      `${join(dir, 'rows.csv')}:第 4 行: role "guess" 既不是 observation 也不是 baseline`,
    ]);
    const notTable = await runCli(['track', 'import', join(dir, 'notes.txt'), '--store', store], { env: ZH });
    expect(notTable.stderr).toBe(`错误：${join(dir, 'notes.txt')}：应为观测值的 .csv 或 .xlsx 文件。\n`);
  });
});
