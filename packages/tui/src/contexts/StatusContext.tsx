import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KeyHint } from '../_utils/keys.js';

/** What the footer shows: the current screen's keys, or a short message. */
export interface Status {
  /** The keys of the screen that set them last. */
  hints: readonly KeyHint[];
  /** The screen the hints belong to: the footer shows them only while that screen is shown. */
  hintsFor: string | null;
  setHints: (hints: readonly KeyHint[], screen?: string | null) => void;
  /** Whether the list of keys (`?`) is open. */
  help: boolean;
  setHelp: (open: boolean) => void;
  message: string | null;
  /** Show a message in the footer for a few seconds. */
  flash: (message: string) => void;
}

const StatusContext = createContext<Status | null>(null);

export type Props = {
  /** How long a message stays, in milliseconds. @default 4000 */
  messageMs?: number;
  children?: ReactNode;
};

/** Hold the footer's keys and message. */
export function StatusProvider({ messageMs = 4000, children }: Props) {
  const [state, setState] = useState<{ hints: readonly KeyHint[]; hintsFor: string | null }>({ hints: [], hintsFor: null });
  const setHints = useCallback((hints: readonly KeyHint[], screen: string | null = null) => setState({ hints, hintsFor: screen }), []);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  const flash = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      setMessage(text);
      timer.current = setTimeout(() => setMessage(null), messageMs);
      // Note: a pending message must not keep the process alive after quitting.
      timer.current.unref();
    },
    [messageMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = useMemo(() => ({ ...state, setHints, help, setHelp, message, flash }), [state, setHints, help, message, flash]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

/**
 * The footer's state.
 *
 * @returns The status context.
 * @throws {Error} Outside a `StatusProvider`.
 */
export function useStatus(): Status {
  const value = useContext(StatusContext);
  if (!value) throw new Error('useStatus must be used inside a StatusProvider');
  return value;
}
