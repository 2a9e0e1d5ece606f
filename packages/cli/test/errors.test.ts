import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../src/cli.js';
import { COMMAND_NAMES, loadCommands } from '../src/commands/index.js';
import { runCli, tempFiles } from './helpers.js';

/** The help text yargs prints for some arguments, captured through the parse callback. */
async function helpFor(args: string[], lang: 'en' | 'zh' = 'en'): Promise<string> {
  let help = '';
  await loadCommands();
  await createParser({ lang }).parseAsync(args, {}, (_error, _argv, output) => {
    help = output;
  });
  return help;
}

describe('errors and exit codes', () => {
  it('should exit 2 for an unknown id and suggest the closest one', async () => {
    const { code, stdout, stderr } = await runCli(['tasks', 'qingdao-2052']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(/^error: Unknown document id: qingdao-2052\. Did you mean qingdao-2025\b/);
  });

  it('should translate the error label and core\'s message', async () => {
    const { stderr } = await runCli(['show', 'qingdao-2052', '--lang', 'zh']);
    expect(stderr).toMatch(/^错误：未知的文档编号：qingdao-2052。/);
  });

  it('should exit 2 for a missing file, naming it', async () => {
    const { code, stderr } = await runCli(['show', 'no-such-plan.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: File not found: no-such-plan.txt\n');
  });

  it('should exit 1 for a file that is neither UTF-8 nor GB18030 (a content error), saying where', async () => {
    const dir = tempFiles({});
    const { writeFileSync } = await import('node:fs');
    // Note: GBK bytes such as b0 a1 (啊) are now read as GB18030; 0xff is neither encoding.
    writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a]));
    const { code, stderr } = await runCli(['parse', join(dir, 'latin.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/latin\.txt:2:2: error not-utf8: not valid UTF-8 \(bytes ff 0a\)/);
  });

  it('should exit 1 for a binary file in show and tasks, as validate and add do', async () => {
    const dir = tempFiles({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    for (const command of ['show', 'tasks', 'validate']) {
      const { code, stderr } = await runCli([command, join(dir, 'image.txt')]);
      expect([command, code]).toEqual([command, 1]);
      expect(stderr).toMatch(/image\.txt:1:1: (error binary-file: )?this is a binary file \(a PNG image\)/);
    }
  });

  it('should list the other documents of a corpus with an unreadable file, and exit 1 naming it', async () => {
    const dir = tempFiles({ 'a.txt': '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'b.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const { code, stdout, stderr } = await runCli(['docs', '--corpus', dir, '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Array<{ id: string }>).map((d) => d.id)).toEqual(['a']);
    expect(stderr).toMatch(/b\.txt:1:1: error binary-file: this is a binary file \(a PNG image\)/);
  });

  it('should exit 2 for a missing corpus folder', async () => {
    const { code, stderr } = await runCli(['docs', '--corpus', '/no/such/corpus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: Corpus folder not found: \/no\/such\/corpus/);
  });

  it.each([
    [[], /^error: Give a command/],
    [['dcos'], /^error: Unknown command: dcos\. Did you mean docs\?/],
    [['tasks'], /^error: Not enough non-option arguments/],
    [['docs', '--format', 'xml'], /^error: Invalid values:/],
    [['docs', '--bogus'], /^error: Unknown argument: bogus/],
  ])('should exit 2 with a help hint for bad arguments: %j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run `plankb (\w+ )?--help` for usage\.\n$/);
  });

  it('should print the version from package.json', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('help', () => {
  it.each(COMMAND_NAMES.map((name) => [name]))('should show at least one example in `%s --help`', async (name) => {
    const help = await helpFor([name, '--help']);
    expect(help).toMatch(new RegExp(`^plankb ${name}`));
    // A long example is printed under its description, as a `# …` line.
    expect(help).toMatch(new RegExp(`Examples:\\n {2}(# [^\\n]*\\n {2})?plankb ${name} `));
  });

  it('should list every command in the top-level help', async () => {
    const help = await helpFor(['--help']);
    for (const name of COMMAND_NAMES) expect(help).toMatch(new RegExp(`plankb ${name}\\b`));
    expect(help).toContain('Exit codes: 0 success; 1 content errors in the input; 2 usage or I/O errors.');
  });

  it('should be in Chinese with --lang zh, yargs\' own words included', async () => {
    const help = await helpFor(['assignments', '--help', '--lang', 'zh'], 'zh');
    expect(help).toContain('列出文档的任务分工');
    expect(help).toContain('示例：');
    expect(help).toContain('选项：');
  });

  it('should print help through run() to stdout with exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['parse', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('plankb parse plan.txt');
    expect(stderr).toBe('');
  });
});
