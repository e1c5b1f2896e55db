import { togglePrivacy, useSettingsStore } from '../stores/settings-store';
import { useSyncStore } from '../stores/sync-store';
import { AsOfIndicator } from './AsOfIndicator';
import { DemoBadge } from './DemoBadge';
import { SyncProgress } from './SyncProgress';

export function TopBar({ onOpenPalette }: { readonly onOpenPalette: () => void }) {
  const busy = useSyncStore((state) => state.requesting || state.active.length > 0);
  const syncNow = useSyncStore((state) => state.syncNow);
  const privacy = useSettingsStore((state) => state.settings.privacyMode);
  return (
    <header className="topbar">
      <DemoBadge />
      <AsOfIndicator />
      <SyncProgress />
      <div className="topbar__actions">
        <button type="button" className="button button--small" onClick={() => void syncNow()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="button button--small" aria-pressed={privacy} onClick={togglePrivacy}>
          Privacy
        </button>
        <button type="button" className="button button--small" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
          Commands
        </button>
      </div>
    </header>
  );
}
