import type { Connection } from '../../../../shared/domain/connection';
import { useSummaryStore } from '../../stores/summary-store';
import { useSyncStore } from '../../stores/sync-store';
import { ConnectionAccounts } from './ConnectionAccounts';
import { ConnectionTest } from './ConnectionTest';
import { PollSettings } from './PollSettings';
import { SyncLog } from './SyncLog';

export function ConnectionDetails({ connection, onClose }: { readonly connection: Connection; readonly onClose: () => void }) {
  const health = useSummaryStore((state) => state.summary?.connections.find((c) => c.connectionId === connection.id));
  const syncing = useSyncStore((state) => state.active.includes(connection.id));
  const syncNow = useSyncStore((state) => state.syncNow);
  const titleId = `details-${connection.id}`;
  return (
    <section className="panel panel--wide details" aria-labelledby={titleId}>
      <div className="panel__header">
        <h2 id={titleId}>{connection.label}</h2>
        <button type="button" className="button button--small" disabled={syncing} onClick={() => void syncNow(connection.id)}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          Close details
        </button>
      </div>
      {health?.lastError ? (
        <p className="banner banner--error" role="alert">
          Last read failed ({health.lastError.kind}): {health.lastError.message}
        </p>
      ) : null}
      <PollSettings key={`${connection.id}-${connection.pollIntervalSec}`} connection={connection} />
      <ConnectionTest connectionId={connection.id} />
      <ConnectionAccounts connectionId={connection.id} label={connection.label} />
      <h3>Sync log</h3>
      <SyncLog connectionId={connection.id} label={connection.label} />
    </section>
  );
}
