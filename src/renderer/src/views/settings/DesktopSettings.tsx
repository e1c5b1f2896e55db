import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { CheckSetting } from './CheckSetting';

/** What only the desktop app does: stay in the tray when the window closes, and look for updates. */
export function DesktopSettings({ settings, apply }: { readonly settings: Settings; readonly apply: (patch: SettingsPatch) => Promise<void> }) {
  return (
    <fieldset className="panel choice">
      <legend>Desktop app</legend>
      <CheckSetting settings={settings} name="keepRunningInTray" label="Keep running in the tray when the window closes" hint="polling goes on; Quit from the tray menu" apply={apply} />
      <CheckSetting settings={settings} name="checkForUpdates" label="Check for updates" hint="a minute after start, then every six hours; never in the demo" apply={apply} />
    </fieldset>
  );
}
