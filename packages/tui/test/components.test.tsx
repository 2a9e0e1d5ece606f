import { Box } from 'ink';
import { cleanup } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';
import { AttainmentBar } from '../src/components/AttainmentBar.js';
import { Footer } from '../src/components/Footer.js';
import { Line } from '../src/components/Line.js';
import { ListView } from '../src/components/ListView.js';
import { Picker } from '../src/components/Picker.js';
import { TextInput } from '../src/components/TextInput.js';
import { KEY, renderWithProviders } from './render.js';

afterEach(cleanup);

const title = '“数字黄浦”建设“十五五”规划（征求意见稿）';

describe('Line', () => {
  it.each([9, 10, 11, 12, 19, 20])('should never draw Chinese wider than %i columns, where Ink would cut it one column too wide', (width) => {
    // Two lines in a box exactly `width` wide: if the first overflowed, Ink would wrap it and the frame would have three lines.
    const app = renderWithProviders(
      <Box flexDirection="column" width={width}>
        <Line text={title} width={width} />
        <Line text="end" width={width} />
      </Box>,
    );
    const lines = app.frame().split('\n');
    expect(lines).toHaveLength(2);
    expect(widthOf(lines[0] ?? '')).toBeLessThanOrEqual(width);
    expect(lines[0]).toMatch(/…$/);
  });

  it('should pad short text to the width, so rows line up', () => {
    const app = renderWithProviders(
      <Box flexDirection="row">
        <Line text="算力" width={6} />
        <Line text="|" width={1} />
      </Box>,
    );
    expect(app.frame()).toBe('算力  |');
  });
});

describe('ListView', () => {
  it('should mark the selection, show ↓ when the list goes on, and pad to its height', () => {
    const rows = ['一', '二', '三', '四'];
    const app = renderWithProviders(<ListView rows={rows} selected={1} offset={0} height={3} width={10} />);
    expect(app.frame().split('\n')).toEqual([' 一', '›二', '↓三']);
    cleanup();
    const short = renderWithProviders(<ListView rows={['一']} height={3} width={10} />);
    expect(short.frame().split('\n')).toHaveLength(3);
  });
});

describe('Footer', () => {
  it('should show the keys, cut to the width', () => {
    const app = renderWithProviders(<Footer hints={[{ key: 'n/N', label: 'next/previous change' }, { key: 'q', label: 'quit' }]} width={24} />);
    expect(app.frame()).toBe(' n/N next/previous chan…');
  });

  it('should show a message instead when there is one', () => {
    const app = renderWithProviders(<Footer hints={[{ key: 'q', label: 'quit' }]} width={40} message="Recorded 63,000 架." />);
    expect(app.frame().trim()).toBe('Recorded 63,000 架.');
  });
});

describe('AttainmentBar', () => {
  it('should fill the bar by attainment, with the percentage and the status in words', () => {
    const app = renderWithProviders(<AttainmentBar attainment={0.846} status="on-track" barWidth={10} width={40} />);
    expect(app.frame()).toBe('████████▌░   85%  on track');
  });

  it('should show an empty bar and a dash when nothing was observed', () => {
    const app = renderWithProviders(<AttainmentBar attainment={null} status="overdue" barWidth={10} width={40} />);
    expect(app.frame()).toBe('··········     —  overdue');
  });

  it('should keep a share far past the target to five columns', () => {
    const app = renderWithProviders(<AttainmentBar attainment={3150} status="achieved" barWidth={10} width={40} />);
    expect(app.frame()).toBe('██████████ >999%  achieved');
  });
});

describe('TextInput', () => {
  function Field() {
    const [value, setValue] = useState('');
    return <TextInput value={value} onChange={setValue} width={12} placeholder="type here" />;
  }

  it('should take typed and pasted text, delete with backspace and clear with ctrl+u', async () => {
    const app = renderWithProviders(<Field />);
    expect(app.frame()).toContain('type here');
    await app.type('虚拟');
    await app.type('电厂');
    expect(app.frame()).toContain('虚拟电厂');
    await app.press(KEY.backspace);
    expect(app.frame()).toContain('虚拟电');
    expect(app.frame()).not.toContain('虚拟电厂');
    await app.press(KEY.ctrlU);
    expect(app.frame()).toContain('type here');
  });

  it('should move the cursor with ←/→ and ctrl+a/ctrl+e, and type and delete at it', async () => {
    const app = renderWithProviders(<Field />);
    await app.type('6300');
    await app.press(KEY.left, KEY.left);
    await app.type('5');
    expect(app.frame()).toContain('63500');
    await app.press(KEY.backspace);
    expect(app.frame()).toContain('6300');
    await app.press('\u0001');
    await app.type('+');
    await app.press('\u0005');
    await app.type('架');
    expect(app.frame()).toContain('+6300架');
  });

  it('should show the end of a value longer than the field', async () => {
    const app = renderWithProviders(<Field />);
    await app.type('数据中心标准机架总数超6.5万架');
    expect(app.frame()).toMatch(/6\.5万架/);
    expect(widthOf(app.frame())).toBeLessThanOrEqual(12);
  });
});

describe('Picker', () => {
  it('should choose with enter and cancel with esc', async () => {
    const chosen: string[] = [];
    const app = renderWithProviders(
      <Picker
        title="Which?"
        items={[
          { id: 'a', label: '上海' },
          { id: 'b', label: '青浦' },
        ]}
        onSelect={(id) => chosen.push(id)}
        onCancel={() => chosen.push('cancel')}
        width={20}
        height={5}
      />,
    );
    expect(app.frame()).toContain('›上海');
    await app.press('j', KEY.enter);
    expect(chosen).toEqual(['b']);
    await app.press(KEY.escape);
    expect(chosen).toEqual(['b', 'cancel']);
  });

  it('should take keys read together (typed while the app was busy) one by one', async () => {
    const chosen: string[] = [];
    const items = ['上海', '青浦', '黄浦', '青岛'].map((label, k) => ({ id: String(k), label }));
    const app = renderWithProviders(<Picker title="Which?" items={items} onSelect={(id) => chosen.push(id)} onCancel={() => undefined} width={20} height={6} />);
    await app.type('jjj\r');
    expect(chosen).toEqual(['3']);
  });
});
