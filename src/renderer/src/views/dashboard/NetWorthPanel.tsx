import { sumDecimals } from '../../../../shared/decimal';
import type { ManuallyValued, PortfolioSummary } from '../../../../shared/domain/portfolio';
import { formatDateTime } from '../../format/date';
import { Amount } from '../../components/Amount';
import { ChangeFigure } from './ChangeFigure';

interface NetWorthPanelProps {
  readonly summary: PortfolioSummary;
  /** The assets the total values at a manual price, named under it. */
  readonly manualPrices: readonly ManuallyValued[];
  /** Whether the unpriced breakdown is open; the unpriced line opens and closes it. */
  readonly unpricedOpen: boolean;
  readonly onToggleUnpriced: () => void;
}

export function NetWorthPanel({ summary, manualPrices: manual, unpricedOpen, onToggleUnpriced }: NetWorthPanelProps) {
  const known = summary.unpriced.flatMap((a) => (a.indicative ? [a.indicative.valueUsd] : []));
  return (
    <section className="panel net-worth" aria-labelledby="net-worth-title">
      <h2 id="net-worth-title">Net worth (USD)</h2>
      <p className="net-worth__value" data-testid="net-worth">
        <Amount value={summary.netWorthUsd} />
      </p>
      <dl className="changes">
        {summary.changes.map((change) => (
          <ChangeFigure key={change.window} change={change} />
        ))}
      </dl>
      {manual.length > 0 ? (
        <p className="muted manual-note" data-testid="manual-valued">
          Includes{' '}
          {manual.map((b, i) => (
            <span key={b.asset}>
              {i > 0 ? ', ' : ''}
              {b.asset} at a manual price of <Amount kind="price" value={b.priceUsd} />
              {b.setAt ? ` (set ${formatDateTime(b.setAt)})` : ''}
            </span>
          ))}
          .
        </p>
      ) : null}
      {summary.unpricedCount > 0 ? (
        <div className="unpriced-line">
          <button type="button" className="link-button" aria-expanded={unpricedOpen} aria-controls="unpriced-breakdown" onClick={onToggleUnpriced}>
            {summary.unpricedCount} unpriced holding{summary.unpricedCount === 1 ? '' : 's'} not in the total
          </button>
          <span className="muted" data-testid="unpriced-sized">
            {summary.unpriced.length} asset{summary.unpriced.length === 1 ? '' : 's'}
            {known.length > 0 ? (
              <>
                {' '}
                · about <Amount value={sumDecimals(known)} /> at prices known today
              </>
            ) : null}
          </span>
        </div>
      ) : (
        <p className="muted">Every holding is priced.</p>
      )}
    </section>
  );
}
