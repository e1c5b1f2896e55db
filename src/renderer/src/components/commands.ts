import { navigate, viewIds, viewTitles } from '../router/route';
import { togglePrivacy, useSettingsStore } from '../stores/settings-store';
import { useSyncStore } from '../stores/sync-store';
import { useTimeTravelStore } from '../stores/time-travel-store';

export interface Command {
  readonly id: string;
  readonly label: string;
  run(): void;
}

/** Everything the palette offers: each view, and the actions a trader reaches for all day. */
export function commands(): Command[] {
  const go = viewIds.map((view) => ({ id: `go-${view}`, label: `Go to ${viewTitles[view]}`, run: () => navigate(view) }));
  const privacy = useSettingsStore.getState().settings.privacyMode;
  const past = useTimeTravelStore.getState().at !== null;
  return [
    ...go,
    { id: 'sync-now', label: 'Sync now', run: () => void useSyncStore.getState().syncNow() },
    { id: 'add-connection', label: 'Add connection', run: () => navigate('connections', { add: '1' }) },
    { id: 'unpriced', label: 'Show unpriced holdings', run: () => navigate('holdings', { unpriced: '1' }) },
    { id: 'privacy', label: privacy ? 'Turn privacy mode off' : 'Turn privacy mode on', run: togglePrivacy },
    ...(past ? [{ id: 'now', label: 'Back to now (leave the past snapshot)', run: () => useTimeTravelStore.getState().setAt(null) }] : []),
  ];
}
