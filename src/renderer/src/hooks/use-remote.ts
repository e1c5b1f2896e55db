import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { EventName } from '../../../shared/contract';
import { api } from '../api/api';
import { liveSource, type LiveSource } from '../data/live-source';
import { errorMessage } from '../stores/error-message';

export interface Remote<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
  reload(): void;
}

/**
 * One call's answer for a view, through the app's one live source: started when the view mounts or
 * `deps` change, stopped when it unmounts, reloaded when one of `reloadOn` is pushed; stale answers are dropped.
 */
export function useRemote<T>(load: () => Promise<T>, deps: DependencyList, reloadOn: readonly EventName[] = []): Remote<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  const source = useRef<LiveSource | null>(null);
  const events = reloadOn.join(',');

  useEffect(() => {
    let request = 0;
    let live = true;
    const run = () => {
      const id = ++request;
      setState((s) => ({ ...s, loading: true }));
      loadRef.current().then(
        (data) => live && id === request && setState({ data, error: null, loading: false }),
        (error: unknown) => live && id === request && setState((s) => ({ data: s.data, error: errorMessage(error), loading: false })),
      );
    };
    const current = liveSource({ load: run, reloadOn: events ? (events.split(',') as EventName[]) : [], subscribe: api.subscribe });
    source.current = current;
    current.start();
    return () => {
      live = false;
      current.stop();
    };
    // The caller's deps decide when to reload; `load` is read through its ref.
  }, [events, ...deps]);

  return { ...state, reload: () => source.current?.reload() };
}
