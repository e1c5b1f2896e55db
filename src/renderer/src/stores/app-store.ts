import { create } from 'zustand';
import type { AppInfo } from '../../../shared/domain/app-info';
import { api } from '../api/api';
import { errorMessage } from './error-message';

interface AppState {
  info: AppInfo | null;
  loadError: string | null;
  /** Notices the user has closed this session; they come back on the next start if still true. */
  dismissedNotices: readonly string[];
  load(): Promise<void>;
  dismissNotice(notice: string): void;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  loadError: null,
  dismissedNotices: [],
  async load() {
    try {
      set({ info: await api.call('app.info', {}), loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  dismissNotice(notice) {
    set((state) => ({ dismissedNotices: [...state.dismissedNotices, notice] }));
  },
}));
