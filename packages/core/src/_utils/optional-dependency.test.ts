import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isPlanError } from '../errors/plan-error.js';
import { importOptional, requireOptional } from './optional-dependency.js';

const require = createRequire(import.meta.url);
const absent = 'plankb-no-such-package';

/** What a call threw. */
async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('optional peer dependencies', () => {
  it('should throw missing-dependency naming the package to install when an import finds no package', async () => {
    const error = await thrown(() => importOptional(absent, 'toXlsx (XLSX export)', () => import(/* @vite-ignore */ absent)));
    expect(isPlanError(error) && error.code).toBe('missing-dependency');
    expect((error as Error).message).toContain(`npm install ${absent}`);
    expect((error as Error).message).toContain('toXlsx (XLSX export)');
  });

  it('should throw missing-dependency when a require finds no package', async () => {
    const error = await thrown(() => requireOptional(absent, 'toParquet (Parquet export)', () => require(absent)));
    expect(isPlanError(error) && error.code).toBe('missing-dependency');
    expect((error as Error).message).toContain(`npm install ${absent}`);
  });

  it('should pass on other errors unchanged, and load what is installed', async () => {
    const broken = new Error('exceljs failed inside');
    expect(await thrown(() => importOptional('exceljs', 'x', () => Promise.reject(broken)))).toBe(broken);
    const other = Object.assign(new Error("Cannot find module 'jszip'"), { code: 'MODULE_NOT_FOUND' });
    expect(await thrown(() => requireOptional('exceljs', 'x', () => { throw other; }))).toBe(other);
    expect(requireOptional('zod', 'x', () => require('zod') as object)).toHaveProperty('object');
  });
});
