import { startTreadfiSimulator, type RunningTreadfiSimulator } from '../../../src/main/venues/treadfi/simulator/server';
import type { TreadfiSimData } from '../../../src/main/venues/treadfi/simulator/data';

/**
 * A Tread.fi account set small enough to check every figure by hand:
 * priced value = 190 000 + 5 000.5 + 34 000 + uPnL 1 250.25 = 230 250.75, and DOGE has no price.
 */
export const knownData: TreadfiSimData = {
  userId: 4242,
  username: 'e2e-trader',
  accounts: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      name: 'Desk Alpha',
      exchange: 'Binance',
      assets: [
        { symbol: 'BTC', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '2', notional: '190000' },
        { symbol: 'USDT', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '5000.5', notional: '5000.5' },
        {
          symbol: 'BTC:PERP-USDT',
          assetType: 'position',
          walletType: 'futures',
          marketType: 'perp',
          amount: '-0.5',
          notional: '-47500',
          unrealizedProfit: '1250.25',
          initialMargin: '9500',
          maintMargin: '237.5',
          marginBalance: '10750.25',
          leverage: '5',
          fundingFee: '-3.5',
          marginMode: 'CROSS',
        },
      ],
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      name: 'Desk Beta',
      exchange: 'OKX',
      assets: [
        { symbol: 'ETH', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '10', notional: '34000' },
        { symbol: 'DOGE', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '1000', notional: null },
      ],
    },
  ],
};

export const knownNetWorth = '230250.75';

/** A simulator in the test process, so a test can stop it (a venue going down) or give it exact data; seeded data without. */
export function startTreadfi(data?: TreadfiSimData): Promise<RunningTreadfiSimulator> {
  return startTreadfiSimulator({ data });
}
