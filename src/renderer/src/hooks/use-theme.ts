import { useEffect } from 'react';
import { useSettingsStore } from '../stores/settings-store';

/** The theme lives on <html>, so CSS alone restyles every view, including dialogs. */
export function useTheme(): void {
  const theme = useSettingsStore((state) => state.settings.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
