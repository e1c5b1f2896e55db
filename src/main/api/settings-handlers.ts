import type { Handlers } from '../../shared/contract';
import { Settings } from '../../shared/domain/settings';
import { defaultSettings } from '../../shared/domain/settings-defaults';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'app';

/** The stored settings over the defaults; a value a newer or older version wrote that no longer parses falls back to its default. */
export function readSettings(repo: SettingsRepo): Settings {
  const stored = repo.get(KEY);
  const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = Settings.safeParse(merged);
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(
    Object.entries(defaultSettings).map(([name, fallback]) => {
      const value = (merged as Record<string, unknown>)[name];
      return [name, Settings.shape[name as keyof Settings].safeParse(value).success ? value : fallback];
    }),
  );
  return Settings.parse(fields);
}

export function settingsHandlers(repo: SettingsRepo): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': async () => readSettings(repo),
    'settings.update': async (patch) => {
      const next = { ...readSettings(repo), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      repo.set(KEY, next);
      return Settings.parse(next);
    },
  };
}
