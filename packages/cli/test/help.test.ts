import { describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';
import { runCli } from './helpers.js';

/** Every command's help, as a user asks for it. */
const COMMANDS = [
  ['docs'], ['show'], ['tasks'], ['assignments'], ['targets'], ['indicators'], ['search'], ['parse'], ['diff'], ['cascade'], ['compare'],
  ['track'], ['track', 'record'], ['track', 'status'], ['track', 'list'], ['track', 'tasks'], ['track', 'import'], ['track', 'export'], ['track', 'correct'], ['track', 'task'],
  ['tui'], ['validate'], ['add'],
];

/** The example lines of a help text. */
function examples(help: string): string[] {
  const at = help.search(/^(Examples|示例)[:：]$/m);
  if (at < 0) return [];
  const after = help.slice(at).split('\n').slice(1);
  const end = after.indexOf('');
  return end < 0 ? after : after.slice(0, end);
}

describe('help', () => {
  it.each(COMMANDS)('should list each choice once, with no [default: []] next to [required]: %s', async (...command) => {
    const { code, stdout } = await runCli([...command, '--help']);
    expect(code).toBe(0);
    for (const choices of stdout.match(/\[choices: [^\]]*\]/g) ?? []) {
      const values = choices.match(/"[^"]*"/g) ?? [];
      expect(new Set(values).size, choices).toBe(values.length);
    }
    expect(stdout).not.toContain('[default: []]');
  });

  it.each([[100], [80]])('should never wrap an example in the middle of its command, at %i columns', async (columns) => {
    for (const command of COMMANDS) {
      for (const lang of ['en', 'zh']) {
        const { stdout } = await runCli([...command, '--help', '--lang', lang], { columns });
        const lines = examples(stdout);
        for (const [k, line] of lines.entries()) {
          expect(widthOf(line), line).toBeLessThanOrEqual(columns);
          // A line at the command column after a command is the rest of a command wrapped in the middle.
          // (A long description, printed above its command as `# …`, may wrap.)
          if (/^ {2}\S/.test(line) && (lines[k - 1] ?? '').startsWith('  plankb ') && !(lines[k - 1] ?? '').endsWith(' \\')) expect(line, `${command.join(' ')}: ${lines[k - 1] ?? ''} / ${line}`).toMatch(/^ {2}(plankb |# )/);
        }
      }
    }
  });

  it('should not offer --format or --output for tui, which writes no output', async () => {
    const { stdout } = await runCli(['tui', '--help']);
    expect(stdout).not.toMatch(/--format|--output/);
    expect(stdout).toContain('--store');
  });
});
