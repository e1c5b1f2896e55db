import { create } from 'zustand';
import type { HoldingsView } from '../../../shared/domain/portfolio';
import { api } from '../api/api';
import { liveSource } from '../data/live-source';
import { errorMessage } from './error-message';

interface HoldingsState {
  /** The instant `view` answers for: null for now. */
  at: string | null;
  view: HoldingsView | null;
  loading: boolean;
  error: string | null;
  /** Loads unless this instant is already loaded: switching views back and forth costs nothing. */
  ensure(at: string | null): Promise<void>;
  reload(): Promise<void>;
}

/**
 * The whole portfolio, unfiltered: the table sorts, filters and groups it in memory, so each keystroke
 * answers at once instead of waiting for a round trip. Only Holdings loads it: the dashboard's allocation
 * comes summed from the portfolio (portfolio.allocation).
 */
export const useHoldingsStore = create<HoldingsState>((set, get) => {
  let request = 0;
  async function fetchAt(at: string | null): Promise<void> {
    const id = ++request;
    set({ at, loading: true, error: null, ...(get().at === at ? {} : { view: null }) });
    try {
      const view = await api.call('portfolio.holdings', at ? { at } : {});
      if (id === request) set({ view, loading: false });
    } catch (error) {
      if (id === request) set({ error: errorMessage(error), loading: false });
    }
  }
  return {
    at: null,
    view: null,
    loading: false,
    error: null,
    async ensure(at) {
      const state = get();
      if (state.at === at && (state.view || state.loading)) return;
      await fetchAt(at);
    },
    reload: () => fetchAt(get().at),
  };
});

// Live data follows new snapshots; a past view never changes, so it is left alone, and nothing loads until a view asks.
export const holdingsSource = liveSource({
  load: () => {
    const { at, view } = useHoldingsStore.getState();
    if (at === null && view) void useHoldingsStore.getState().reload();
  },
  reloadOn: ['portfolio.changed', 'connections.changed'],
  subscribe: api.subscribe,
});
