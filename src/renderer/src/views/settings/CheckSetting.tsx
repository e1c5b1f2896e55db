import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { SavedNote } from '../../components/SavedNote';

type SwitchName = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

interface CheckSettingProps {
  readonly settings: Settings;
  readonly name: SwitchName;
  readonly label: string;
  /** What turning it on does, after a dash in muted text. */
  readonly hint: string;
  readonly apply: (patch: SettingsPatch) => Promise<void>;
  /** Whether to say "Saved." beside it (the setting last saved). */
  readonly saved?: boolean;
}

/** An on/off setting, saved as soon as it is switched. */
export function CheckSetting({ settings, name, label, hint, apply, saved = false }: CheckSettingProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={settings[name]} onChange={(e) => void apply({ [name]: e.target.checked })} />
      <span>
        {label} <span className="muted">— {hint}</span>
      </span>
      <SavedNote shown={saved} />
    </label>
  );
}
