import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStore } from '@plankb/core/track';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';

// The real app, built, started by the real CLI in a real terminal (tmux):
// what a new user does after the README's first command.

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repoRoot, 'packages/cli/dist/cli.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI) throw new Error('tmux is missing: .ci/run installs it before the tests (apt-get install -y tmux)');
if (!hasTmux) console.warn('Skipping the tmux end-to-end test of the terminal app: tmux is not installed (apt-get install -y tmux). CI installs it.');

const socket = `plankb-e2e-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'plankb-e2e-'));
const store = join(work, 'store');

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
}
const screen = (): string => tmux('capture-pane', '-p', '-t', 'app');
const keys = (...k: string[]): void => void tmux('send-keys', '-t', 'app', ...k);
const text = (s: string): void => void tmux('send-keys', '-t', 'app', '-l', s);

async function waitFor(test: string | RegExp | ((shown: string) => boolean), timeout = 20_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const shown = screen();
    if (typeof test === 'string' ? shown.includes(test) : test instanceof RegExp ? test.test(shown) : test(shown)) return shown;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${String(test)}; the screen is:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
/** Press keys one at a time, as a person would. */
async function press(...k: string[]): Promise<void> {
  for (const key of k) {
    keys(key);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe.skipIf(!hasTmux)('the terminal app in tmux', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` first (turbo runs this test after the CLI's build).`);
    // Note: CI=0, because Ink draws only the last frame when it thinks it runs in CI.
    // Note: the shell prints lines first, so that the test can check the app leaves the scrollback as it was.
    const command = `cd '${repoRoot}' && for k in $(seq 1 60); do echo "scrollback line $k"; done && CI=0 CONTINUOUS_INTEGRATION=0 LANG=C.UTF-8 XDG_STATE_HOME='${work}/state' node packages/cli/dist/cli.js tui --store '${store}' --as-of 2025-07-01; echo "exit code $?"; sleep 60`;
    tmux('-u', 'new-session', '-d', '-s', 'app', '-x', '100', '-y', '30', command);
    // Note: send esc at once rather than wait to see whether it starts a key sequence.
    tmux('set-option', '-s', 'escape-time', '0');
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(work, { recursive: true, force: true });
  });

  it('should open on the seeds, compare shanghai-2025 with qingpu-2025, find xndc, and record the racks of Qingdao', { timeout: 120_000 }, async () => {
    // The Library, with Chinese text.
    let shown = await waitFor('qingdao-2025');
    expect(shown).toMatch(/1 Library {2}2 Plan {2}3 Compare {2}4 Targets {2}5 Search {2}6 Indicators {2}7 Cascade {2}8 Duties/);
    expect(shown).toContain('青岛市 · city · 山东省');
    expect(shown).toContain('市数据局2025年工作要点');

    // Compare: shanghai-2025 (A) and qingpu-2025 (B) side by side; jump through the changes.
    await press('3');
    shown = await waitFor('Shared phrases');
    expect(shown).toMatch(/A {2}shanghai-2025 市数据局2025年工作要点/);
    expect(shown).toMatch(/B {2}qingpu-2025 2025年青浦区数据发展管理工作要点/);
    expect(shown).toMatch(/›retitled 1\. 深化“数字上海”谋篇布局\s+│ 1\. 深化“数字青浦”谋篇布局/);
    await press('n', 'n');
    shown = await waitFor(/── change 3 of \d+/);
    expect(shown).toMatch(/›\w+\s+7\. 探索建设可信数据空间\s+│ 6\. 探索可信数据空间试点建设/);
    await press('N');
    await waitFor(/── change 2 of \d+/);

    // Search by initials: xndc is 虚拟电厂, the virtual power plant; enter opens it in Plan.
    await press('/');
    text('xndc');
    shown = await waitFor('4 results');
    expect(shown).toMatch(/›target\s+huangpu-2026-2030\s+虚拟电厂需求响应/);
    await press('Enter');
    shown = await waitFor(/›\s+4\. 优化绿色智慧宜居环境/);
    expect(shown).toContain('• 虚拟电厂需求响应  100 MW · by 2030');

    // Targets: Qingdao's racks, recorded from the form.
    await press('4');
    await waitFor('Region: all · Document: all · Theme: all');
    await press('d');
    await waitFor('Show targets of which document?');
    await press('j', 'j', 'j', 'Enter');
    shown = await waitFor('Document: qingdao-2025');
    await press('j', 'j', 'j', 'j', 'j');
    shown = await waitFor(/›数据中心标准机架总数/);
    expect(shown).toMatch(/›数据中心标准机架总数\s+> 65,000 架\s+·+\s+—\s+no data/);
    await press('o');
    await waitFor('Record an observation: 数据中心标准机架总数');
    text('63000');
    await press('Tab', 'Tab');
    text('市大数据局通报');
    await press('Enter');
    shown = await waitFor(/97%\s+on track/);
    expect(shown).toMatch(/›数据中心标准机架总数\s+> 65,000 架\s+█+\S*\s+97%\s+on track/);
    expect(shown).toContain('Latest: 63,000 架 on 2025-07-01');
    expect(readStore(store).observations).toMatchObject([{ target: 'qingdao-2025:tg6', value: 63000, source: '市大数据局通报' }]);

    // It follows a resize: at 80×24 every line still fits.
    tmux('resize-window', '-t', 'app', '-x', '80', '-y', '24');
    shown = await waitFor((s) => s.trimEnd().split('\n').length <= 24 && /^ plankb .* 6 documents$/.test(s.split('\n')[0] ?? '') && widthOf(s.split('\n')[0] ?? '') < 81);
    expect(shown).toMatch(/›数据中心标准机架总数\s+> 65,000 架\s+█+\S*\s+97%\s+on track/);
    for (const line of shown.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);

    // Every screen at 80×24 and at 200×50: each fills the terminal, no line wider, and the footer ends with ? help and q quit.
    for (const [columns, rows] of [
      [80, 24],
      [200, 50],
    ] as const) {
      tmux('resize-window', '-t', 'app', '-x', String(columns), '-y', String(rows));
      for (const [key, mark] of [
        ['1', 'qingdao-2025'],
        ['2', 'tab pane'],
        ['3', /\d+ pairs/],
        ['4', 'Region: all'],
        ['5', 'Search:'],
        ['6', / of \d+ indicators/],
        ['7', 'Task of the plan'],
        ['8', 'Lead unit: all'],
      ] as const) {
        await press(key);
        shown = await waitFor((s) => {
          const lines = s.split('\n');
          return (typeof mark === 'string' ? s.includes(mark) : mark.test(s)) && lines.length >= rows && widthOf(lines[0] ?? '') <= columns && /^ plankb /.test(lines[0] ?? '') && /\? help {2}(q|ctrl\+c) quit\s*$/.test(lines[rows - 1] ?? '');
        });
        for (const line of shown.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(columns);
        if (key === '5') await press('Escape');
      }
    }

    // q quits, with exit code 0, and leaves the terminal as it was: the lines printed before are still there, scrollback included.
    await press('1');
    await waitFor('enter open in Plan');
    await press('q');
    shown = await waitFor('exit code 0');
    expect(shown).not.toContain('Region: all');
    const history = tmux('capture-pane', '-p', '-t', 'app', '-S', '-');
    for (const k of [1, 30, 60]) expect(history).toContain(`scrollback line ${k}\n`);
  });
});
