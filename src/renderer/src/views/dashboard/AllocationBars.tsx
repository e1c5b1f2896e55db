import { Dec } from '../../../../shared/decimal';
import { Amount } from '../../components/Amount';
import { Masked } from '../../components/Masked';
import { formatShare } from '../../format/amount';
import type { Allocation } from './allocation';

interface AllocationBarsProps {
  readonly title: string;
  readonly allocation: Allocation;
}

/**
 * Horizontal bars in plain HTML: real text a screen reader reads and privacy mode masks, sorted so the
 * biggest share is first. A negative group (e.g. a losing perp's uPnL) shows its value with no bar.
 */
export function AllocationBars({ title, allocation }: AllocationBarsProps) {
  const total = new Dec(allocation.totalUsd);
  return (
    <section className="allocation" aria-label={title}>
      <h3>{title}</h3>
      <ul className="allocation__list">
        {allocation.slices.map((slice) => {
          const share = total.isZero() ? 0 : Math.max(0, new Dec(slice.valueUsd).div(total).times(100).toNumber());
          return (
            <li key={slice.key} className="allocation__row">
              <span className="allocation__label" title={slice.key}>
                {slice.key}
              </span>
              <span className="allocation__bar" aria-hidden="true">
                <span className="allocation__fill" style={{ width: `${Math.min(100, share)}%` }} />
              </span>
              <Amount value={slice.valueUsd} className="allocation__value" />
              <Masked className="allocation__share" text={formatShare(slice.valueUsd, allocation.totalUsd)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
