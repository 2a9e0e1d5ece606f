import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { messages, type Lang, type Messages } from '../_utils/messages.js';

/** The interface language and whether to use colour. */
export interface Settings {
  lang: Lang;
  t: Messages;
  /** Off when NO_COLOR is set (to anything but the empty string). */
  color: boolean;
}

const SettingsContext = createContext<Settings>({ lang: 'en', t: messages('en'), color: true });

/**
 * Whether colour is wanted: https://no-color.org says any non-empty NO_COLOR turns it off.
 *
 * @param env The environment.
 * @returns `false` when NO_COLOR is set.
 */
export function colorWanted(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

export type Props = {
  /** The interface language. @default 'en' */
  lang?: Lang;
  /** Whether to use colour. @default true */
  color?: boolean;
  children?: ReactNode;
};

/** Provide the language and colour setting to the app. */
export function SettingsProvider({ lang = 'en', color = true, children }: Props) {
  const value = useMemo(() => ({ lang, t: messages(lang), color }), [lang, color]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/**
 * The settings: language, strings, colour.
 *
 * @returns The settings.
 */
export function useSettings(): Settings {
  return useContext(SettingsContext);
}
