/**
 * One name per exchange, whatever spelling a venue reports: OKX and OKEX are one exchange, BINANCE and
 * Binance too. Keys are the spelling reduced to upper-case letters and digits; an exchange not listed
 * keeps the venue's own spelling.
 */
const canonical: Readonly<Record<string, string>> = {
  OKX: 'OKX',
  OKEX: 'OKX',
  OKEX5: 'OKX',
  BINANCE: 'Binance',
  BINANCEFUTURES: 'Binance',
  BINANCEUSDM: 'Binance',
  BYBIT: 'Bybit',
  BITFINEX: 'Bitfinex',
  DERIBIT: 'Deribit',
  HYPERLIQUID: 'Hyperliquid',
  COINBASE: 'Coinbase',
  COINBASEPRO: 'Coinbase',
  GDAX: 'Coinbase',
  KRAKEN: 'Kraken',
  KUCOIN: 'KuCoin',
  GATE: 'Gate',
  GATEIO: 'Gate',
  BITGET: 'Bitget',
  HUOBI: 'HTX',
  HTX: 'HTX',
  MEXC: 'MEXC',
  EDX: 'EDX',
  LTP: 'LTP',
};

export function exchangeName(reported: string | null): string {
  if (reported === null || reported.trim() === '') return '(none)';
  return canonical[reported.toUpperCase().replace(/[^A-Z0-9]/g, '')] ?? reported.trim();
}
