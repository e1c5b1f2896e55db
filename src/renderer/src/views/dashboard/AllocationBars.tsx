import { useState } from 'react';
import { Dec } from '../../../../shared/decimal';
import { Amount } from '../../components/Amount';
import { Masked } from '../../components/Masked';
import { formatShare } from '../../format/amount';
import type { Allocation, AllocationSlice } from '../../../../shared/domain/portfolio';

interface AllocationBarsProps {
  readonly title: string;
  readonly allocation: Allocation;
  /** The total every share is of: the value of every priced holding. */
  readonly totalUsd: string;
}

function Bar({ slice, total, totalUsd, nested = false }: { readonly slice: AllocationSlice; readonly total: Dec; readonly totalUsd: string; readonly nested?: boolean }) {
  const share = total.isZero() ? 0 : Math.max(0, new Dec(slice.valueUsd).div(total).times(100).toNumber());
  return (
    <>
      <span className={nested ? 'allocation__label allocation__label--nested' : 'allocation__label'} title={slice.key}>
        {slice.key}
      </span>
      <span className="allocation__bar" aria-hidden="true">
        <span className="allocation__fill" style={{ width: `${Math.min(100, share)}%` }} />
      </span>
      <Amount value={slice.valueUsd} className="allocation__value" />
      <Masked className="allocation__share" text={formatShare(slice.valueUsd, totalUsd)} />
    </>
  );
}

/**
 * Horizontal bars in plain HTML: real text a screen reader reads and privacy mode masks, sorted so the
 * biggest share is first. A negative group (e.g. a losing perp's uPnL) shows its value with no bar.
 * "Other" opens to show what it holds.
 */
export function AllocationBars({ title, allocation, totalUsd }: AllocationBarsProps) {
  const [open, setOpen] = useState(false);
  const total = new Dec(totalUsd);
  const { other } = allocation;
  return (
    <section className="allocation" aria-label={title}>
      <h3>{title}</h3>
      <ul className="allocation__list">
        {allocation.slices.map((slice) => (
          <li key={slice.key} className="allocation__row">
            <Bar slice={slice} total={total} totalUsd={totalUsd} />
          </li>
        ))}
        {other ? (
          <li className="allocation__group">
            <button type="button" className="allocation__row allocation__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
              <Bar slice={{ key: `${open ? '▾' : '▸'} Other (${other.slices.length})`, valueUsd: other.valueUsd }} total={total} totalUsd={totalUsd} />
            </button>
            {open ? (
              <ul className="allocation__list allocation__list--nested" aria-label={`${title}: other`}>
                {other.slices.map((o) => (
                  <li key={o.key} className="allocation__row">
                    <Bar slice={o} total={total} totalUsd={totalUsd} nested />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
