import { create } from 'zustand';
import type { PortfolioSummary } from '../../../shared/domain/portfolio';
import { api } from '../api/api';
import { errorMessage } from './error-message';

interface SummaryState {
  summary: PortfolioSummary | null;
  error: string | null;
  load(): Promise<void>;
}

export const useSummaryStore = create<SummaryState>((set) => ({
  summary: null,
  error: null,
  async load() {
    try {
      set({ summary: await api.call('portfolio.summary', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

// A sync cycle sends several events at once; one reload covers them all.
let pending: ReturnType<typeof setTimeout> | undefined;
function reloadSoon(): void {
  clearTimeout(pending);
  pending = setTimeout(() => void useSummaryStore.getState().load(), 250);
}
api.subscribe('portfolio.changed', reloadSoon);
api.subscribe('connections.changed', reloadSoon);
api.subscribe('sync.progress', reloadSoon);
// A connection turns stale by the clock alone, with no event to say so.
setInterval(reloadSoon, 15_000);
