import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { SavedNote } from '../../components/SavedNote';
import { LoadFailed, Loading } from '../../components/Loadable';
import { ViewHeader } from '../../components/ViewHeader';
import { useAppStore } from '../../stores/app-store';
import { errorMessage } from '../../stores/error-message';
import { useSettingsStore } from '../../stores/settings-store';
import { AlertsPanel } from './AlertsPanel';
import { CheckSetting } from './CheckSetting';
import { DesktopSettings } from './DesktopSettings';
import { ManualPricesPanel } from './ManualPricesPanel';
import { TextSetting } from './TextSetting';
import { parseUsdText } from './usd-text';
import { ErrorBanner } from '../../components/ErrorNotice';

const themes: readonly { id: Settings['theme']; label: string }[] = [
  { id: 'system', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

export function SettingsView() {
  const { settings, loaded, error, update } = useSettingsStore();
  const browserMode = useAppStore((state) => state.info?.mode === 'browser');
  const [saveError, setSaveError] = useState<string | null>(null);
  /** Which choice was last saved, so its "Saved." appears beside it, and only once the core has it. */
  const [saved, setSaved] = useState<string | null>(null);

  async function apply(patch: SettingsPatch) {
    try {
      setSaveError(null);
      setSaved(null);
      await update(patch);
      setSaved(Object.keys(patch)[0] ?? null);
    } catch (e) {
      setSaveError(errorMessage(e));
    }
  }

  if (!loaded) return <Loading what="settings" />;
  return (
    <section className="view" aria-labelledby="settings-title">
      <ViewHeader id="settings-title" title="Settings" />
      {error ? <LoadFailed what="settings" error={error} onRetry={() => void useSettingsStore.getState().load()} /> : null}
      <ErrorBanner message={saveError} />
      <div className="panel">
        <fieldset className="choice">
          <legend>Theme</legend>
          {themes.map((t) => (
            <label key={t.id} className="choice__option">
              <input type="radio" name="theme" value={t.id} checked={settings.theme === t.id} onChange={() => void apply({ theme: t.id })} /> {t.label}
            </label>
          ))}
          <SavedNote shown={saved === 'theme'} />
        </fieldset>
        <CheckSetting settings={settings} name="privacyMode" label="Privacy mode" hint="hide every amount and share behind •••••, e.g. while sharing your screen" apply={apply} saved={saved === 'privacyMode'} />
        <CheckSetting settings={settings} name="csvBom" label="Start CSV exports with a byte order mark" hint="Excel needs it to read UTF-8" apply={apply} saved={saved === 'csvBom'} />
        <TextSetting
          id="small-balance"
          label="Small-balance threshold (USD)"
          hint="“Hide balances under …” in Holdings hides tokens worth less than this."
          value={settings.smallBalanceUsd}
          validate={(text) => (parseUsdText(text) === null ? 'Enter an amount in USD, e.g. 1, 0.5 or 1,000.' : null)}
          save={(text) => update({ smallBalanceUsd: parseUsdText(text) ?? text })}
        />
        <TextSetting
          id="export-folder"
          label="Default export folder"
          hint={browserMode ? 'Used by the desktop app’s save dialog; in browser mode, your browser decides where downloads go.' : 'Where the save dialog opens; leave empty for the system default.'}
          value={settings.exportFolder ?? ''}
          validate={() => null}
          save={(text) => update({ exportFolder: text.trim() === '' ? null : text.trim() })}
        />
      </div>
      <AlertsPanel alerts={settings.alerts} save={(alerts) => update({ alerts })} />
      <ManualPricesPanel />
      {browserMode ? null : <DesktopSettings settings={settings} apply={apply} />}
    </section>
  );
}
