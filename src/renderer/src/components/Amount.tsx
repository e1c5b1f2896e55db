import { memo } from 'react';
import { formatPrice, formatQuantity, formatUsd, MASK } from '../format/amount';
import { usePrivacy } from '../stores/settings-store';

interface AmountProps {
  readonly value: string | null;
  readonly kind?: 'usd' | 'quantity' | 'price';
  readonly asset?: string;
  readonly className?: string;
  /** Said after the exact value on hover, e.g. where a price came from. */
  readonly note?: string;
}

/**
 * An amount at a readable precision; the exact decimal is in the title (hover) and in `data-full`, which
 * the copy handler puts on the clipboard. In privacy mode it is five dots whatever its size, with no
 * title and nothing to copy: a blur would still show how many digits it has.
 */
export const Amount = memo(function Amount({ value, kind = 'usd', asset, className, note }: AmountProps) {
  const privacy = usePrivacy();
  if (privacy) return <span className={`amount amount--masked ${className ?? ''}`}>{MASK}</span>;
  const text = kind === 'usd' ? formatUsd(value) : kind === 'price' ? formatPrice(value) : formatQuantity(value, asset);
  if (value === null) return <span className={`amount amount--unknown ${className ?? ''}`} title="Unknown">{text}</span>;
  return (
    <span className={`amount ${className ?? ''}`} data-full={value} title={note ? `${value} — ${note}` : value}>
      {text}
    </span>
  );
});
