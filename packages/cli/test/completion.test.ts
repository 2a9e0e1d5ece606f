import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES } from '../src/commands/index.js';
import { runCli } from './helpers.js';

describe('plankb completion', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('should print a bash completion script that asks plankb for completions', async () => {
    vi.stubEnv('SHELL', '/bin/bash');
    const { code, stdout, stderr } = await runCli(['completion']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^###-begin-plankb-completions-###\n/);
    expect(stdout).toContain('plankb --get-yargs-completions');
    expect(stdout).toMatch(/\ncomplete -o bashdefault -o default -F _plankb_yargs_completions plankb\n###-end-plankb-completions-###\n$/);
  });

  it('should print a zsh script when SHELL is zsh', async () => {
    vi.stubEnv('SHELL', '/usr/bin/zsh');
    const { code, stdout } = await runCli(['completion']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#compdef plankb\n/);
    expect(stdout).toContain('compdef _plankb_yargs_completions plankb');
  });

  it('should complete command names, completion itself included', async () => {
    const all = await runCli(['--get-yargs-completions', 'plankb', '']);
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split('\n')).toEqual(expect.arrayContaining([...COMMAND_NAMES, 'completion']));
    const ta = await runCli(['--get-yargs-completions', 'plankb', 'ta']);
    expect(ta.stdout.trim().split('\n')).toContain('tasks');
  });

  it('should complete the global options after a command', async () => {
    const { code, stdout } = await runCli(['--get-yargs-completions', 'plankb', 'tasks', '--']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(expect.arrayContaining(['--format', '--corpus', '--output', '--lang']));
  });

  it('should be listed in --help, with an example, in English and Chinese', async () => {
    const en = await runCli(['--help']);
    expect(en.stdout).toMatch(/plankb completion +Print a bash\/zsh completion script/);
    expect(en.stdout).toContain('plankb completion >> ~/.bashrc');
    const zh = await runCli(['--help', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/plankb completion +输出 bash\/zsh 补全脚本/);
  });

  it('should print its help for completion --help, not the script', async () => {
    const { code, stdout } = await runCli(['completion', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^plankb completion\n\nPrint a bash\/zsh completion script/);
    expect(stdout).not.toContain('###-begin');
    expect(stdout).toContain('plankb completion >> ~/.zshrc');
  });

  it('should complete document ids, metric names and <doc>/<metric> targets', async () => {
    const words = async (...typed: string[]) => (await runCli(['--get-yargs-completions', 'plankb', ...typed])).stdout.trim().split('\n');
    expect(await words('tasks', 'qing')).toEqual(['qingpu-2025', 'qingpu-2023-draft', 'qingpu-2023', 'qingdao-2025']);
    expect(await words('targets', '--doc', 'hu')).toEqual(['huangpu-2026-2030']);
    expect(await words('targets', '--metric', '数据中心')).toEqual(['数据中心标准机架总数']);
    expect(await words('track', 'record', 'qingdao-2025/数据中心')).toEqual(['qingdao-2025/数据中心标准机架总数']);
    expect(await words('diff', 'qingpu-2023', 'qingpu-2023-d')).toEqual(['qingpu-2023-draft']);
    // After the one document it takes, tasks offers options, not ids.
    expect(await words('tasks', 'qingdao-2025', '')).not.toContain('qingpu-2025');
  });
});

