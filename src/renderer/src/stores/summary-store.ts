import { create } from 'zustand';
import type { PortfolioSummary } from '../../../shared/domain/portfolio';
import { api } from '../api/api';
import { liveSource } from '../data/live-source';
import { serverAnswers } from '../data/server-answers';
import { loadInto, type LoadState } from './load-into';

interface SummaryState extends LoadState {
  summary: PortfolioSummary | null;
  /** The last poll failed because nothing answered (browser mode's server stopped), not with an error. */
  unreachable: boolean;
  load(): Promise<void>;
}

export const useSummaryStore = create<SummaryState>((set) => ({
  summary: null,
  loaded: false,
  error: null,
  unreachable: false,
  load: () =>
    loadInto<SummaryState>(
      set,
      async () => ({ summary: await api.call('portfolio.summary', {}), unreachable: false }),
      async () => ({ unreachable: !(await serverAnswers()) }),
    ),
}));

/**
 * The summary is also the app's heartbeat: it reloads after every change the core pushes and every few
 * seconds besides, since a connection turns stale by the clock alone and a stopped server pushes nothing.
 */
export const summarySource = liveSource({
  load: () => void useSummaryStore.getState().load(),
  reloadOn: ['portfolio.changed', 'connections.changed', 'sync.progress'],
  everyMs: 5000,
  subscribe: api.subscribe,
});
