import { createContext, useContext, type ReactNode } from 'react';

/** What the app asks of the terminal beyond drawing: the clipboard, job control, other programs. */
export interface Terminal {
  /** Put text on the clipboard (OSC 52, which terminals and tmux pass to the system clipboard); `false` when there is no terminal to ask. */
  copy: (text: string) => boolean;
  /** Stop the app as ctrl+z stops a program (the shell's `fg` resumes it); `false` when not possible. */
  suspend: () => boolean;
  /** Open a file at a line in `$VISUAL`, `$EDITOR` or `$PAGER` (else `less`), giving it the terminal until it exits; `null`, or the error message. */
  openFile: (file: string, line: number) => string | null;
}

/** A terminal that can do none of it (tests, embedding). */
export const NO_TERMINAL: Terminal = { copy: () => false, suspend: () => false, openFile: () => 'no terminal' };

const TerminalContext = createContext<Terminal>(NO_TERMINAL);

export type Props = {
  /** The terminal's abilities. @default NO_TERMINAL */
  terminal?: Terminal;
  children?: ReactNode;
};

/** Provide the terminal's abilities to the screens. */
export function TerminalProvider({ terminal = NO_TERMINAL, children }: Props) {
  return <TerminalContext.Provider value={terminal}>{children}</TerminalContext.Provider>;
}

/**
 * The terminal's abilities: copy, suspend, open a file.
 *
 * @returns The terminal.
 */
export function useTerminal(): Terminal {
  return useContext(TerminalContext);
}
