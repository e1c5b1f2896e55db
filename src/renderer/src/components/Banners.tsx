import { formatAge } from '../format/age';
import { hrefFor } from '../router/route';
import { useAppStore } from '../stores/app-store';
import { notAnswering } from '../status/top-status';
import { useSummaryStore } from '../stores/summary-store';

const noNotices: readonly string[] = [];

/** What the user must know whatever view is open: app notices, being offline, stale or failing connections. */
export function Banners() {
  const notices = useAppStore((state) => state.info?.notices ?? noNotices);
  const dismissed = useAppStore((state) => state.dismissedNotices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  const summary = useSummaryStore((state) => state.summary);
  const unreachable = useSummaryStore((state) => state.unreachable);
  const pollError = useSummaryStore((state) => state.error);
  const troubled = summary?.connections.filter((c) => c.status === 'stale' || c.status === 'error') ?? [];

  return (
    <div className="banners">
      {notices
        .filter((notice) => !dismissed.includes(notice))
        .map((notice) => (
          <div key={notice} className="banner banner--warn banner--row" role="alert">
            <span>{notice}</span>
            <button type="button" className="button button--small" onClick={() => dismiss(notice)} aria-label={`Dismiss: ${notice}`}>
              Dismiss
            </button>
          </div>
        ))}
      {unreachable || (pollError && summary) ? (
        <div className="banner banner--error" role="alert">
          <strong>Offline.</strong> {unreachable ? notAnswering : pollError} The figures shown are the last ones this page received; they update again once it answers.
        </div>
      ) : summary?.offline ? (
        <div className="banner banner--error" role="alert">
          <strong>Offline.</strong> Every connection’s last read failed; the figures shown are the last good data.
        </div>
      ) : troubled.length > 0 ? (
        <div className="banner banner--warn" role="status">
          {troubled.map((c) => (
            <p key={c.connectionId} className="banner__line">
              <strong>{c.label}</strong> is {c.status === 'stale' ? 'stale' : 'failing'}
              {c.lastError ? `: ${c.lastError.message}` : ''} — {c.ageSec === null ? 'nothing read from it yet.' : `its figures are ${formatAge(c.ageSec)} old.`}{' '}
              <a href={hrefFor('connections')}>Connections</a>
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
