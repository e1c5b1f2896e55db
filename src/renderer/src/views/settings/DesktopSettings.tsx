import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';

/** What only the desktop app does: stay in the tray when the window closes, and look for updates. */
export function DesktopSettings({ settings, apply }: { readonly settings: Settings; readonly apply: (patch: SettingsPatch) => Promise<void> }) {
  return (
    <fieldset className="panel choice">
      <legend>Desktop app</legend>
      <label className="check">
        <input type="checkbox" checked={settings.keepRunningInTray} onChange={(e) => void apply({ keepRunningInTray: e.target.checked })} />
        <span>
          Keep running in the tray when the window closes <span className="muted">— polling goes on; Quit from the tray menu</span>
        </span>
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.checkForUpdates} onChange={(e) => void apply({ checkForUpdates: e.target.checked })} />
        <span>
          Check for updates <span className="muted">— a minute after start, then every six hours; never in the demo</span>
        </span>
      </label>
    </fieldset>
  );
}
