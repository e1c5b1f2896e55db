import { formatDateTimeSeconds, formatTime } from '../format/date';
import { newestRead, topStatus, type TopStatusKind } from '../status/top-status';
import { useSummaryStore } from '../stores/summary-store';
import { useTimeTravelStore } from '../stores/time-travel-store';

const words: Record<TopStatusKind, string> = { loading: 'Loading', live: 'Live', stale: 'Stale', offline: 'Offline', past: 'Past' };

/** Whether the figures on screen are live, and which moment they describe: one word, each state true. */
export function AsOfIndicator() {
  const at = useTimeTravelStore((state) => state.at);
  const setAt = useTimeTravelStore((state) => state.setAt);
  const summary = useSummaryStore((state) => state.summary);
  const error = useSummaryStore((state) => state.error);
  const unreachable = useSummaryStore((state) => state.unreachable);
  const status = topStatus({ summary, error, unreachable, at });
  const newest = newestRead(summary);
  return (
    <div className={`as-of as-of--${status.kind}`} role="status" data-status={status.kind} aria-busy={status.kind === 'loading'}>
      <span className={`pill pill--${status.kind}`}>{words[status.kind]}</span>
      {status.kind === 'past' && at ? (
        <>
          <span>
            {status.detail} <time dateTime={at}>{formatDateTimeSeconds(at)}</time>
          </span>
          <button type="button" className="button button--small" onClick={() => setAt(null)}>
            Back to now
          </button>
        </>
      ) : (
        <span className="as-of__detail" title={status.detail}>
          {status.kind === 'live' ? status.detail : status.detail.replace(/\.$/, '')}
          {newest && status.kind !== 'loading' ? (
            <>
              {status.kind === 'live' ? ' ' : ' · last data '}
              <time dateTime={newest}>{formatTime(newest)}</time>
            </>
          ) : null}
        </span>
      )}
    </div>
  );
}
