import type { EventName } from '../../../shared/contract';

/** A sync cycle pushes several events at once; one reload this long after the last covers them all. */
export const RELOAD_DEBOUNCE_MS = 300;

export type Subscribe = (event: EventName, listener: () => void) => () => void;

export interface LiveSourceOptions {
  /** Loads once; where the answer goes (a store, a view's state) is the caller's business. */
  readonly load: () => void;
  /** Push events after which the data may have changed. */
  readonly reloadOn?: readonly EventName[];
  /** Also reload this often, for what changes with the clock alone (a connection turning stale). */
  readonly everyMs?: number;
  readonly subscribe: Subscribe;
}

export interface LiveSource {
  /** Loads now, then follows the events and the clock until stop(). Starting twice is starting once. */
  start(): void;
  /** Unsubscribes and clears every timer: nothing of this source runs afterwards. */
  stop(): void;
  reload(): void;
}

/**
 * The one way the renderer keeps remote data current: explicit start and stop (a view's mount and
 * unmount, or the app's), one debounce policy, and no timer left behind.
 */
export function liveSource({ load, reloadOn = [], everyMs, subscribe }: LiveSourceOptions): LiveSource {
  let running = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void)[] = [];
  const soon = () => {
    clearTimeout(pending);
    pending = setTimeout(load, RELOAD_DEBOUNCE_MS);
  };
  return {
    start() {
      if (running) return;
      running = true;
      unsubscribe = reloadOn.map((event) => subscribe(event, soon));
      if (everyMs !== undefined) ticker = setInterval(soon, everyMs);
      load();
    },
    stop() {
      running = false;
      unsubscribe.forEach((off) => off());
      unsubscribe = [];
      clearTimeout(pending);
      clearInterval(ticker);
    },
    reload: load,
  };
}
