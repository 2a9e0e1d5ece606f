/** The languages of plankb's interface. */
export type Lang = 'zh' | 'en';

/**
 * The interface language the environment asks for, the same for the CLI and the app: as in POSIX, the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (and not empty) decides, and a locale starting with `zh` is
 * Chinese (`LC_ALL=C LANG=zh_CN.UTF-8` is English).
 *
 * @param env The environment.
 * @returns `zh` or `en`.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
