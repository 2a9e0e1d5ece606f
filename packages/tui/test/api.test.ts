import { describe, expect, it } from 'vitest';

describe('the public API of @plankb/tui', () => {
  it('should export exactly runApp, App and SCREENS', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['App', 'SCREENS', 'runApp']);
  });
});
