import type { ConnectionHealth } from '../../../../shared/domain/portfolio';
import { venues } from '../../../../shared/domain/venue-info';
import { ageSince, formatAge } from '../../format/age';
import { useNow } from '../../hooks/use-now';
import { useSummaryStore } from '../../stores/summary-store';
import { useSyncStore } from '../../stores/sync-store';
import { StatusPill } from '../../components/StatusPill';

export function ConnectionHealthStrip({ connections }: { readonly connections: readonly ConnectionHealth[] }) {
  const now = useNow();
  const active = useSyncStore((state) => state.active);
  const syncNow = useSyncStore((state) => state.syncNow);
  // With no answer from the server, nobody knows how a connection is doing: no card may say "OK".
  const unknown = useSummaryStore((state) => state.unreachable || state.error !== null);
  return (
    <section className="panel panel--wide" aria-labelledby="health-title">
      <h2 id="health-title">Connection health</h2>
      <ul className="health-strip">
        {connections.map((c) => {
          const syncing = active.includes(c.connectionId);
          return (
            <li key={c.connectionId} className={`health health--${c.status}`} data-connection-id={c.connectionId}>
              <div className="health__top">
                <span className={`venue-badge venue-badge--${c.venue}`}>{venues[c.venue].name}</span>
                {unknown ? <span className="pill pill--never">Unknown</span> : <StatusPill status={syncing ? 'syncing' : c.status} />}
              </div>
              <div className="health__label">{c.label}</div>
              <div className="muted">Data age: {formatAge(ageSince(c.confirmedAt, now))}</div>
              {c.lastError ? (
                <div className="health__error text-danger" title={c.lastError.message}>
                  {c.lastError.message}
                </div>
              ) : null}
              <button type="button" className="button button--small" disabled={syncing} onClick={() => void syncNow(c.connectionId)} aria-label={`Sync ${c.label} now`}>
                Sync now
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
