import { Amount } from '../../components/Amount';

interface HoldingsTotalsProps {
  readonly count: number;
  readonly of: number;
  readonly totalUsd: string;
  readonly unpriced: number;
  readonly past: boolean;
}

/** The sum of the rows shown, never of rows hidden by a filter. */
export function HoldingsTotals({ count, of, totalUsd, unpriced, past }: HoldingsTotalsProps) {
  return (
    <p className="holdings-totals" data-testid="holdings-totals">
      <span>
        {count === of ? `${count} holdings` : `${count} of ${of} holdings`} {past ? 'then' : ''}
      </span>
      <span>
        Total <Amount value={totalUsd} className="holdings-totals__value" />
      </span>
      {unpriced > 0 ? <span>{unpriced} unpriced (not in the total)</span> : null}
    </p>
  );
}
