import { create } from 'zustand';
import type { AppInfo } from '../../../shared/domain/app-info';
import { api } from '../api/api';

interface AppState {
  info: AppInfo | null;
  loadError: string | null;
  load(): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  loadError: null,
  async load() {
    try {
      set({ info: await api.call('app.info', {}), loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
}));
