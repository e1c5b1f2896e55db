import { create } from 'zustand';
import type { AppInfo } from '../../../shared/domain/app-info';
import { api } from '../api/api';
import { loadInto, type LoadState } from './load-into';

interface AppState extends LoadState {
  info: AppInfo | null;
  /** Notices the user has closed this session; they come back on the next start if still true. */
  dismissedNotices: readonly string[];
  load(): Promise<void>;
  dismissNotice(notice: string): void;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  loaded: false,
  error: null,
  dismissedNotices: [],
  load: () => loadInto<AppState>(set, async () => ({ info: await api.call('app.info', {}) })),
  dismissNotice(notice) {
    set((state) => ({ dismissedNotices: [...state.dismissedNotices, notice] }));
  },
}));
