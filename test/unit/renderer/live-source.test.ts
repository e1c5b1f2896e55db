import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../src/shared/contract';
import { liveSource, RELOAD_DEBOUNCE_MS } from '../../../src/renderer/src/data/live-source';

function bus() {
  const listeners = new Map<EventName, Set<() => void>>();
  return {
    subscribe(event: EventName, listener: () => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit: (event: EventName) => listeners.get(event)?.forEach((l) => l()),
    count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('liveSource', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads on start, once per burst of events, and on its clock', () => {
    const events = bus();
    const load = vi.fn();
    const source = liveSource({ load, reloadOn: ['portfolio.changed', 'sync.progress'], everyMs: 5000, subscribe: events.subscribe });
    source.start();
    source.start();
    expect(load).toHaveBeenCalledTimes(1);
    events.emit('portfolio.changed');
    events.emit('sync.progress');
    events.emit('portfolio.changed');
    vi.advanceTimersByTime(RELOAD_DEBOUNCE_MS);
    expect(load).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000 + RELOAD_DEBOUNCE_MS);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('leaves nothing behind once stopped: no listener, no timer, no pending reload', () => {
    const events = bus();
    const load = vi.fn();
    const source = liveSource({ load, reloadOn: ['portfolio.changed'], everyMs: 1000, subscribe: events.subscribe });
    source.start();
    events.emit('portfolio.changed');
    source.stop();
    expect(events.count()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
