import { describe, expect, it } from 'vitest';
import { underlyingOf } from '../../../src/main/portfolio/underlying';

describe('underlyingOf', () => {
  it.each([
    ['BTC:PERP-USDT', 'BTC'],
    ['HYPE:PERP-USDC', 'HYPE'],
    ['BINANCE_PERP_BTC_USDT', 'BTC'],
    ['OKX_PERP_BTC_USDT', 'BTC'],
    ['EDX_PERP_ETH_USDT', 'ETH'],
    ['BTC-USDT-SWAP', 'BTC'],
    ['BTC-PERPETUAL', 'BTC'],
    ['ETH-PERP', 'ETH'],
    ['BTCUSDT', 'BTC'],
    ['1000PEPEUSDT', '1000PEPE'],
    ['btc', 'BTC'],
    ['BTC', 'BTC'],
    ['USDT', 'USDT'],
    ['TUSD', 'TUSD'],
  ])('%s → %s', (instrument, underlying) => {
    expect(underlyingOf(instrument)).toBe(underlying);
  });
});
