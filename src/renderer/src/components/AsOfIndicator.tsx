import { formatDateTimeSeconds, formatTime } from '../format/date';
import { useSummaryStore } from '../stores/summary-store';
import { useTimeTravelStore } from '../stores/time-travel-store';

/** Which moment the figures on screen describe: the newest read, or the past instant being viewed. */
export function AsOfIndicator() {
  const at = useTimeTravelStore((state) => state.at);
  const setAt = useTimeTravelStore((state) => state.setAt);
  const newest = useSummaryStore((state) =>
    state.summary?.connections.reduce<string | null>((max, c) => (c.confirmedAt && (!max || c.confirmedAt > max) ? c.confirmedAt : max), null),
  );
  if (at) {
    return (
      <div className="as-of as-of--past" role="status">
        <span className="pill pill--past">Past</span> Holdings and positions as of <time dateTime={at}>{formatDateTimeSeconds(at)}</time>
        <button type="button" className="button button--small" onClick={() => setAt(null)}>
          Back to now
        </button>
      </div>
    );
  }
  return (
    <div className="as-of">
      <span className="pill pill--live">Live</span>{' '}
      {newest ? (
        <>
          as of <time dateTime={newest}>{formatTime(newest)}</time>
        </>
      ) : (
        'no data yet'
      )}
    </div>
  );
}
