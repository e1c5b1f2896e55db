import { Dec } from '../../../shared/decimal';

/** Stablecoins and fiat: cents are the sensible grain. */
const cashLike = new Set(['USD', 'USDT', 'USDC', 'FDUSD', 'DAI', 'EUR', 'TUSD', 'BUSD']);

/** The one minus sign every figure uses (U+2212): a hyphen is narrower than the digits and misaligns columns. */
export const MINUS = '−';

/** What privacy mode shows for any amount or share: the same five dots whatever the size, so no magnitude leaks. */
export const MASK = '•••••';

const subscriptDigits = '₀₁₂₃₄₅₆₇₈₉';

/** From this many zeros after the point, "0.00000365" becomes "0.0₅365": the zeros are counted, not drawn. */
const SUBSCRIPT_FROM_ZEROS = 4;

function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  // Rounding can leave "-0.00"; a zero has no sign.
  return negative && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** "$" after the sign: "−$12.00", never "$−12.00". */
function dollars(text: string): string {
  return text.startsWith(MINUS) ? `${MINUS}$${text.slice(1)}` : `$${text}`;
}

/**
 * A magnitude below 1 to `digits` significant figures, its leading zeros counted in a subscript once
 * there are many: 0.00003657 → "0.0₄3657". Every significant digit stays; only zeros are folded.
 */
function significant(d: Dec, digits: number): string {
  const text = d.abs().toSignificantDigits(digits).toFixed();
  const sign = d.isNegative() ? MINUS : '';
  const match = /^0\.(0*)(\d+)$/.exec(text);
  if (!match) return sign + group(text);
  const zeros = match[1]?.length ?? 0;
  if (zeros < SUBSCRIPT_FROM_ZEROS) return sign + text;
  const count = String(zeros)
    .split('')
    .map((c) => subscriptDigits[Number(c)])
    .join('');
  return `${sign}0.0${count}${match[2] ?? ''}`;
}

/** "$1,234.56", "−$12.00"; null (unknown) is an em dash, never $0. */
export function formatUsd(value: string | null, decimals = 2): string {
  if (value === null) return '—';
  return dollars(group(new Dec(value).toFixed(decimals)));
}

/** A quantity at a precision that suits its size and asset: 2 places for cash, more the smaller it is. */
export function formatQuantity(value: string | null, asset = ''): string {
  if (value === null) return '—';
  const d = new Dec(value);
  const abs = d.abs();
  if (d.isZero()) return '0';
  if (cashLike.has(asset.toUpperCase()) || abs.gte(100_000)) return group(d.toFixed(2));
  if (abs.gte(1)) return group(d.toFixed(4));
  return significant(d, 6);
}

/** Prices: cents above $1 000, four places above $1, four significant figures below (a memecoin's "$0.0₄3657"). */
export function formatPrice(value: string | null): string {
  if (value === null) return '—';
  const d = new Dec(value);
  const abs = d.abs();
  if (abs.gte(1000)) return formatUsd(value, 2);
  if (abs.gte(1)) return formatUsd(value, 4);
  if (d.isZero()) return '$0.00';
  return dollars(significant(d, 4));
}

/** part ÷ whole as "12.3%", "−6.9%"; exact decimal division, so no float creeps into the figure. */
export function formatShare(part: string, whole: string): string {
  const total = new Dec(whole);
  if (total.isZero()) return '—';
  return `${group(new Dec(part).div(total).times(100).toFixed(1))}%`;
}

/**
 * A change's share of its baseline, always signed: "+1.2%", "−6.9%", "0.0%". A change too small for one
 * decimal keeps two ("−0.02%") or says "<0.01%" with its sign, so a loss never reads as "0.0%".
 */
export function formatSignedShare(part: string, whole: string): string {
  const total = new Dec(whole);
  if (total.isZero()) return '—';
  const share = new Dec(part).div(total).times(100);
  if (share.isZero()) return `${share.abs().toFixed(1)}%`;
  const sign = share.isNegative() ? MINUS : '+';
  const digits = [1, 2].map((places) => share.abs().toFixed(places)).find((text) => /[1-9]/.test(text));
  return digits === undefined ? `${sign}<0.01%` : `${sign}${group(digits)}%`;
}

/** "+$1,200.00" / "−$30.00": a change always carries its sign. */
export function formatSignedUsd(value: string): string {
  const text = formatUsd(value);
  return text.startsWith(MINUS) || !/[1-9]/.test(text) ? text : `+${text}`;
}
