import { PlanError } from '../errors/plan-error.js';

// The Excel and Parquet writers (and the XLSX reader of observation tables) use packages that are optional peer
// dependencies of @plankb/core: an app that does not write XLSX or Parquet does not install them (exceljs alone is
// 23 MB). These helpers load one on first use and, when it is not installed, throw a PlanError that names it.

/**
 * Whether an error is Node's "module not found" for the package `name` itself (not for a module it imports).
 *
 * @param error What the import or require threw.
 * @param name The package asked for.
 * @returns `true` when the package is not installed.
 */
function isNotInstalled(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && (error.message.includes(`'${name}'`) || error.message.includes(`"${name}"`));
}

/**
 * The error for a missing optional peer dependency.
 *
 * @param name The package to install.
 * @param feature What needs it, e.g. `toXlsx (XLSX export)`.
 * @param cause What the import threw.
 * @returns A `missing-dependency` PlanError that says what to install.
 */
function missingDependency(name: string, feature: string, cause: unknown): PlanError {
  return new PlanError(
    'missing-dependency',
    `${feature} needs the package ${name}, an optional peer dependency of @plankb/core that is not installed. Install it beside @plankb/core: npm install ${name}`,
    { cause },
  );
}

/**
 * Load an optional peer dependency with a dynamic import.
 *
 * @param name The package, for the error.
 * @param feature What needs it, for the error.
 * @param load `() => import('<name>')`, written out by the caller so that bundlers see the import.
 * @returns The module.
 * @throws {PlanError} `missing-dependency` when the package is not installed.
 */
export async function importOptional<T>(name: string, feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isNotInstalled(error, name)) throw missingDependency(name, feature, error);
    throw error;
  }
}

/**
 * Load an optional peer dependency synchronously (createRequire loads ESM too on Node >= 20.19).
 *
 * @param name The package, for the error.
 * @param feature What needs it, for the error.
 * @param load `() => require('<name>')`.
 * @returns The module.
 * @throws {PlanError} `missing-dependency` when the package is not installed.
 */
export function requireOptional<T>(name: string, feature: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (isNotInstalled(error, name)) throw missingDependency(name, feature, error);
    throw error;
  }
}
