import { create } from 'zustand';
import { defaultSettings } from '../../../shared/domain/settings-defaults';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { api } from '../api/api';
import { errorMessage } from './error-message';
import { loadInto, type LoadState } from './load-into';

interface SettingsState extends LoadState {
  settings: Settings;
  load(): Promise<void>;
  /** Applies at once and saves; on failure it reverts and throws to the caller, which shows the message. */
  update(patch: SettingsPatch): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: defaultSettings,
  loaded: false,
  error: null,
  load: () => loadInto<SettingsState>(set, async () => ({ settings: await api.call('settings.get', {}) })),
  async update(patch) {
    const before = get().settings;
    set({ settings: { ...before, ...patch } });
    try {
      set({ settings: await api.call('settings.update', patch), error: null });
    } catch (error) {
      set({ settings: before });
      throw error;
    }
  },
}));

/** For controls with no place of their own to show an error (top bar, palette): a failure lands in the settings error. */
export function togglePrivacy(): void {
  const { settings, update } = useSettingsStore.getState();
  update({ privacyMode: !settings.privacyMode }).catch((error: unknown) => useSettingsStore.setState({ error: errorMessage(error) }));
}

export const usePrivacy = () => useSettingsStore((state) => state.settings.privacyMode);
