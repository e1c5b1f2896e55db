import { Dec } from '../../../shared/decimal';

/** Stablecoins and fiat: cents are the sensible grain. */
const cashLike = new Set(['USD', 'USDT', 'USDC', 'FDUSD', 'DAI', 'EUR', 'TUSD', 'BUSD']);

function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  // Rounding can leave "-0.00"; a zero has no sign.
  return negative && /[1-9]/.test(text) ? `−${text}` : text;
}

/** "$1,234.56", "−$12.00"; null (unknown) is an em dash, never $0. */
export function formatUsd(value: string | null, decimals = 2): string {
  if (value === null) return '—';
  const text = group(new Dec(value).toFixed(decimals));
  return text.startsWith('−') ? `−$${text.slice(1)}` : `$${text}`;
}

/** A quantity at a precision that suits its size and asset: 2 places for cash, more the smaller it is. */
export function formatQuantity(value: string | null, asset = ''): string {
  if (value === null) return '—';
  const d = new Dec(value);
  const abs = d.abs();
  if (d.isZero()) return '0';
  if (cashLike.has(asset.toUpperCase()) || abs.gte(100_000)) return group(d.toFixed(2));
  if (abs.gte(1)) return group(d.toFixed(4));
  return group(d.toSignificantDigits(6).toFixed());
}

/** Prices: cents above $1 000, four places above $1, six significant digits below. */
export function formatPrice(value: string | null): string {
  if (value === null) return '—';
  const d = new Dec(value);
  const abs = d.abs();
  if (abs.gte(1000)) return formatUsd(value, 2);
  if (abs.gte(1)) return formatUsd(value, 4);
  const text = group(d.toSignificantDigits(6).toFixed());
  return text.startsWith('−') ? `−$${text.slice(1)}` : `$${text}`;
}

/** part ÷ whole as "12.3%"; exact decimal division, so no float creeps into the figure. */
export function formatShare(part: string, whole: string): string {
  const total = new Dec(whole);
  if (total.isZero()) return '—';
  return `${new Dec(part).div(total).times(100).toFixed(1)}%`;
}

/** "+$1,200.00" / "−$30.00": a change always carries its sign. */
export function formatSignedUsd(value: string): string {
  const text = formatUsd(value);
  return text.startsWith('−') || new Dec(value).isZero() ? text : `+${text}`;
}
