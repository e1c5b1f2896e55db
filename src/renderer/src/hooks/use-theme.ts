import { useEffect } from 'react';
import { useSettingsStore } from '../stores/settings-store';

/** Theme and privacy live on <html>, so CSS alone restyles and blurs every view, including dialogs. */
export function useTheme(): void {
  const theme = useSettingsStore((state) => state.settings.theme);
  const privacy = useSettingsStore((state) => state.settings.privacyMode);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.classList.toggle('privacy', privacy);
  }, [privacy]);
}
