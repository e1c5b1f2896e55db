import type { PortfolioSummary } from '../../../../shared/domain/portfolio';
import { Amount } from '../../components/Amount';
import { hrefFor } from '../../router/route';
import { ChangeFigure } from './ChangeFigure';

export function NetWorthPanel({ summary }: { readonly summary: PortfolioSummary }) {
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
      {summary.unpricedCount > 0 ? (
        <a className="unpriced-link" href={hrefFor('holdings', { unpriced: '1' })}>
          {summary.unpricedCount} unpriced holding{summary.unpricedCount === 1 ? '' : 's'} not in the total
        </a>
      ) : (
        <p className="muted">Every holding is priced.</p>
      )}
    </section>
  );
}
