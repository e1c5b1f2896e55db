/**
 * The coin a position's instrument is on, whatever the venue calls it: `BTC:PERP-USDT` (Tread.fi), `BINANCE_PERP_BTC_USDT`
 * and `OKX_PERP_BTC_USDT` (LTP family), `BTC-USDT-SWAP` (OKX), `BTC-PERPETUAL` (Deribit), `BTCUSDT`, plain `BTC`.
 */
const QUOTES = ['USDT', 'USDC', 'FDUSD', 'BUSD', 'USD'];
const EXCHANGE_PERP = /^[A-Z0-9]+_(?:PERP|SWAP|FUTURE|FUTURES)_([A-Z0-9]+)_[A-Z0-9]+$/;
const COLON_PERP = /^([A-Z0-9]+):PERP(?:-[A-Z0-9]+)?$/;
const DASHED = /^([A-Z0-9]+)-(?:[A-Z0-9]+-)?(?:SWAP|PERP|PERPETUAL)$/;

/** Token holdings are their own underlying (a `TUSD` balance is not "T"): only instruments are mapped. */
export function underlyingOf(instrument: string): string {
  const symbol = instrument.trim().toUpperCase();
  const match = EXCHANGE_PERP.exec(symbol) ?? COLON_PERP.exec(symbol) ?? DASHED.exec(symbol);
  if (match?.[1]) return match[1];
  for (const quote of QUOTES) {
    // `BTCUSDT` is BTC; `USDT` alone is itself.
    if (symbol.length > quote.length + 1 && symbol.endsWith(quote) && /^[A-Z0-9]+$/.test(symbol)) return symbol.slice(0, -quote.length);
  }
  return symbol;
}
