import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { EventName } from '../../../shared/contract';
import { api } from '../api/api';
import { errorMessage } from '../stores/error-message';

export interface Remote<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
  reload(): void;
}

/** One call's answer for a view, reloaded when `deps` change or one of `reloadOn` is pushed; stale answers are dropped. */
export function useRemote<T>(load: () => Promise<T>, deps: DependencyList, reloadOn: readonly EventName[] = []): Remote<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const request = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const id = ++request.current;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => id === request.current && setState({ data, error: null, loading: false }),
      (error: unknown) => id === request.current && setState((s) => ({ data: s.data, error: errorMessage(error), loading: false })),
    );
  }, []);

  // The caller's deps decide when to reload; `run` itself never changes.
  useEffect(run, deps);

  const events = reloadOn.join(',');
  useEffect(() => {
    if (!events) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    };
    const unsubscribe = events.split(',').map((event) => api.subscribe(event as EventName, soon));
    return () => {
      clearTimeout(timer);
      unsubscribe.forEach((off) => off());
    };
  }, [events, run]);

  return { ...state, reload: run };
}
