import { Dec } from '../../../../shared/decimal';
import type { NetWorthChange } from '../../../../shared/domain/portfolio';
import { formatSignedShare, formatSignedUsd, MASK } from '../../format/amount';
import { usePrivacy } from '../../stores/settings-store';

const spoken: Record<NetWorthChange['window'], string> = { '1d': '24 h', '1w': '7 d', '1m': '30 d' };

/**
 * Net worth now against net worth at the window's start, as the core computed it (the chart's rule for a
 * value at an instant). With no data that far back there is no baseline, and it says so. In privacy
 * mode the change and its percentage are masked like every amount.
 */
export function ChangeFigure({ change }: { readonly change: NetWorthChange }) {
  const privacy = usePrivacy();
  const label = spoken[change.window];
  const direction = change.changeUsd === null ? 0 : new Dec(change.changeUsd).comparedTo(0);
  return (
    <div className="change" data-range={change.window}>
      <dt>{label}</dt>
      <dd>
        {change.changeUsd === null || change.baselineUsd === null ? (
          <span className="muted">no data {label} ago</span>
        ) : (
          <>
            {privacy ? (
              <span className="amount amount--masked change__value">{MASK}</span>
            ) : (
              <span className={`amount change__value ${direction > 0 ? 'text-up' : direction < 0 ? 'text-down' : ''}`} data-full={change.changeUsd}>
                {formatSignedUsd(change.changeUsd)}
              </span>
            )}{' '}
            <span className="change__pct">({privacy ? MASK : formatSignedShare(change.changeUsd, change.baselineUsd)})</span>
            {change.missing > 0 ? (
              <span className="change__since muted">
                ({change.missing} connection{change.missing === 1 ? '' : 's'} had no data then)
              </span>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}
