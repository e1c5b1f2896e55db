/**
 * The one market every simulator quotes from. Real venues' prices of a coin agree to a fraction of a
 * percent, so each simulated venue draws its price within 0.2 % of these: the demo then shows what a
 * trader would see (one price per coin, a data check only where prices truly part), and a Cadenza
 * account, valued at another venue's price, is worth the same whichever venue priced it.
 * Where Tread.fi's fixed prices exist they are the reference, so its simulator stays exact.
 */
const REFERENCE_PRICES: Readonly<Record<string, number>> = {
  BTC: 97_250.5, ETH: 3_412.25, SOL: 187.42, BNB: 650, XRP: 2.3, ADA: 0.9, DOGE: 0.32, DOT: 6.8, LINK: 22.35, AVAX: 36,
  LTC: 105, TRX: 0.25, UNI: 13, ATOM: 6.5, ETC: 26, FIL: 5.1, APT: 9, ARB: 0.75, OP: 1.9, NEAR: 5.2,
  AAVE: 320, SUI: 4.2, PEPE: 0.00001837, SHIB: 0.000022, TON: 5.5, WLD: 2.1, HYPE: 24.871,
  USDT: 1, USDC: 1, FDUSD: 1, DAI: 1, EUR: 1.05,
};

const SPREAD = 0.002;

/** The coin's reference price in USD; 1 for a coin the market does not list. */
export function referencePrice(symbol: string): number {
  return REFERENCE_PRICES[symbol] ?? 1;
}

/** The band a simulated venue draws the coin's price from: the reference ± 0.2 %. */
export function priceBand(symbol: string): readonly [number, number] {
  const price = REFERENCE_PRICES[symbol];
  if (price === undefined) throw new Error(`The simulated market has no price for ${symbol}.`);
  return [price * (1 - SPREAD), price * (1 + SPREAD)];
}
