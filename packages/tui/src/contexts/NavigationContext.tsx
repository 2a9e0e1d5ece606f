import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/** A screen's `/` filter of its list, as the app's global keys reach it. */
export interface ListFilterHandle {
  /** Open the filter's field. */
  open: () => void;
  /** Clear the filter; `false` when there was none (esc then goes back). */
  clear: () => boolean;
}
import type { ScreenId } from '../_utils/messages.js';

/** A request to show a document (and a task of it) in the Plan screen. */
export interface PlanRequest {
  docId: string;
  taskId: string | null;
  /** The section to select when there is no task (an indicator stated in a chapter's preamble). */
  sectionId: string | null;
  /** Counts requests, so that opening the same task twice still moves the selection. */
  seq: number;
}

/** Where the user is, where they came from, and what the screens share. */
export interface Navigation {
  screen: ScreenId;
  /** Screens visited so far; a visited screen stays mounted and keeps its state. */
  visited: ReadonlySet<ScreenId>;
  /** Show a screen, remembering the current one for `back`. */
  go: (screen: ScreenId) => void;
  /** Return to the previous screen. */
  back: () => void;
  /** Open a document, and optionally one of its tasks (or, without a task, one of its sections), in Plan. */
  openInPlan: (docId: string, taskId?: string | null, sectionId?: string | null) => void;
  planRequest: PlanRequest | null;
  /** The two documents Compare shows (ids). */
  compare: { a: string; b: string };
  setCompare: (side: 'a' | 'b', id: string) => void;
  swapCompare: () => void;
  /** The document Plan shows (it reports it), to remember between runs. */
  planDoc: string | null;
  setPlanDoc: (id: string) => void;
  /** True while a text field or a picker has the keyboard: the global keys are off. */
  captured: boolean;
  /** The same, as of now rather than of the last render (for key handlers). */
  isCaptured: () => boolean;
  /** Take the keyboard from the global keys; call the function returned to give it back. */
  capture: () => () => void;
  /** Let `/` filter a screen's list (instead of opening Search) and esc clear it; call the function returned to stop. */
  registerFilter: (screen: ScreenId, handle: ListFilterHandle) => () => void;
  /** The filter of a screen's list, if it has one. */
  filterOf: (screen: ScreenId) => ListFilterHandle | undefined;
}

const NavigationContext = createContext<Navigation | null>(null);

export type Props = {
  /** The screen to open on. @default 'library' */
  initialScreen?: ScreenId;
  /** The documents Compare starts with. */
  initialCompare: { a: string; b: string };
  /** The document Plan starts with. @default the first */
  initialPlanDoc?: string | null;
  children?: ReactNode;
};

/** Hold the navigation state of the app. */
export function NavigationProvider({ initialScreen = 'library', initialCompare, initialPlanDoc = null, children }: Props) {
  const [planDoc, setPlanDoc] = useState<string | null>(initialPlanDoc);
  const [stack, setStack] = useState<ScreenId[]>([initialScreen]);
  const [visited, setVisited] = useState<ReadonlySet<ScreenId>>(() => new Set([initialScreen]));
  const [planRequest, setPlanRequest] = useState<PlanRequest | null>(null);
  const [compare, setCompareState] = useState(initialCompare);
  const [captures, setCaptures] = useState(0);
  const screen = stack.at(-1) ?? 'library';

  const go = useCallback((next: ScreenId) => {
    setStack((s) => (s.at(-1) === next ? s : [...s.filter((x) => x !== next), next]));
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  }, []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const openInPlan = useCallback(
    (docId: string, taskId: string | null = null, sectionId: string | null = null) => {
      setPlanRequest((r) => ({ docId, taskId, sectionId, seq: (r?.seq ?? 0) + 1 }));
      go('plan');
    },
    [go],
  );
  const setCompare = useCallback((side: 'a' | 'b', id: string) => setCompareState((c) => ({ ...c, [side]: id })), []);
  const swapCompare = useCallback(() => setCompareState((c) => ({ a: c.b, b: c.a })), []);
  // Note: the count is kept in a ref too, so that a key typed right after a field opens already goes to the field.
  const capturesRef = useRef(0);
  const capture = useCallback(() => {
    capturesRef.current += 1;
    setCaptures(capturesRef.current);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      capturesRef.current -= 1;
      setCaptures(capturesRef.current);
    };
  }, []);
  const isCaptured = useCallback(() => capturesRef.current > 0, []);
  // Note: a ref, not state: registering must not re-render the app, and the keys read it as of now.
  const filters = useRef(new Map<ScreenId, ListFilterHandle>());
  const registerFilter = useCallback((id: ScreenId, handle: ListFilterHandle) => {
    filters.current.set(id, handle);
    return () => {
      if (filters.current.get(id) === handle) filters.current.delete(id);
    };
  }, []);
  const filterOf = useCallback((id: ScreenId) => filters.current.get(id), []);
  const captured = captures > 0;

  const value = useMemo<Navigation>(
    () => ({ screen, visited, go, back, openInPlan, planRequest, compare, setCompare, swapCompare, planDoc, setPlanDoc, captured, isCaptured, capture, registerFilter, filterOf }),
    [screen, visited, go, back, openInPlan, planRequest, compare, setCompare, swapCompare, planDoc, captured, isCaptured, capture, registerFilter, filterOf],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/**
 * The navigation state and actions.
 *
 * @returns The navigation context.
 * @throws {Error} Outside a `NavigationProvider`.
 */
export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation must be used inside a NavigationProvider');
  return value;
}
