import { useSyncStore } from '../stores/sync-store';

/** While a cycle runs: how far it has got. Afterwards: what the last "sync now" came to. */
export function SyncProgress() {
  const active = useSyncStore((state) => state.active.length);
  const finished = useSyncStore((state) => state.finished);
  const lastResult = useSyncStore((state) => state.lastResult);
  const total = active + finished;
  return (
    <div className="sync-progress" role="status" aria-live="polite">
      {active > 0 ? (
        <>
          <progress max={total} value={finished} aria-label="Sync progress" />
          <span>
            Syncing {finished} of {total}…
          </span>
        </>
      ) : lastResult ? (
        <span className={lastResult.ok ? 'muted' : 'text-danger'} title={lastResult.text}>
          {lastResult.text}
        </span>
      ) : null}
    </div>
  );
}
