import { Dec } from '../../../../shared/decimal';
import type { HistoryRange } from '../../../../shared/domain/portfolio';
import { api } from '../../api/api';
import { formatShare, formatSignedUsd } from '../../format/amount';
import { formatDateTime } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { changeOver } from './change';

interface ChangeFigureProps {
  readonly label: string;
  readonly range: HistoryRange;
  readonly nowUsd: string;
}

export function ChangeFigure({ label, range, nowUsd }: ChangeFigureProps) {
  const history = useRemote(() => api.call('history.series', { range, maxPoints: 200 }), [range], ['portfolio.changed']);
  const change = history.data ? changeOver(history.data, nowUsd) : null;
  const direction = change ? new Dec(change.changeUsd).comparedTo(0) : 0;
  return (
    <div className="change" data-range={range}>
      <dt>{label}</dt>
      <dd>
        {history.error ? (
          <span className="text-danger" title={history.error}>
            unavailable
          </span>
        ) : !history.data ? (
          <span className="muted">…</span>
        ) : change ? (
          <>
            <span className={`amount change__value ${direction > 0 ? 'text-up' : direction < 0 ? 'text-down' : ''}`} data-full={change.changeUsd}>
              {formatSignedUsd(change.changeUsd)}
            </span>{' '}
            <span className="change__pct">({formatShare(change.changeUsd, change.baselineUsd)})</span>
            {change.partial ? <span className="change__since muted"> since {formatDateTime(change.since)}</span> : null}
          </>
        ) : (
          <span className="muted">no history yet</span>
        )}
      </dd>
    </div>
  );
}
