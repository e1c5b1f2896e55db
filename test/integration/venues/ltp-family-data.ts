import type { Holding } from '../../../src/shared/domain/holding';
import type { AssetWire, PortfolioBook } from '../../../src/main/venues/ltp-family/simulator/data';

export const MAIN = '1726371398908000';
export const SUB = '2082325504644932';
export const EMPTY_SUB = '2154503491108165';

function asset(portfolioId: string, coin: string, exchangeType: string, fields: Record<string, string>): AssetWire {
  const zero = { debt: '0', borrow: '0', overdraw: '0', virtualBorrow: '0', upnl: '0', debtMargin: '0', perpMargin: '0' };
  return { portfolioId, coin, exchangeType, createAt: '1764761133799', ...zero, ...fields };
}

/** A small RapidX/ConneX book whose holdings are computed by hand below. */
export const smallBook: PortfolioBook = {
  portfolios: [
    {
      portfolioId: MAIN,
      assets: [
        asset(MAIN, 'USDT', 'BINANCE', { balance: '10.000', available: '10', frozen: '0', equity: '10', updateAt: '1764761133799', indexPrice: '1', marginValue: '9.999', maxTransferable: '10', equityValue: '10' }),
        asset(MAIN, 'ETH', 'OKX', {
          balance: '1.123456789012345678',
          available: '1.000000000000000001',
          frozen: '0.123456789012345677',
          equity: '1.123456789012345678',
          updateAt: '1764761200000',
          indexPrice: '3456.78',
          marginValue: '3844.7075295308753298',
          maxTransferable: '1.000000000000000001',
          equityValue: '3883.54295912209629279684',
          extraFieldTheDocsDoNotHave: 'tolerated',
        }),
        asset(MAIN, 'BTC', 'EDX', {
          balance: '0.50000000',
          available: '0.5',
          frozen: '0',
          equity: '0.4',
          borrow: '0.1',
          debt: '0.1',
          upnl: '-12.5',
          updateAt: '1764762000123',
          indexPrice: '97000.1',
          marginValue: '37636.0388',
          maxTransferable: '0.4',
          equityValue: '38800.04',
        }),
      ],
    },
    {
      portfolioId: SUB,
      assets: [
        asset(SUB, 'USDT', 'BINANCE', {
          balance: '48.55626345',
          available: '48.55626345',
          frozen: '0',
          equity: '48.55626345',
          updateAt: '1764761133799',
          indexPrice: '1',
          marginValue: '48.551407823655',
          maxTransferable: '48.55626345',
          equityValue: '48.55626345',
        }),
      ],
    },
    { portfolioId: EMPTY_SUB, assets: [] },
  ],
};

type Row = Pick<Holding, 'accountId' | 'exchange' | 'asset' | 'quantity' | 'available' | 'locked' | 'borrowed' | 'equity' | 'priceUsd' | 'valueUsd' | 'unrealizedPnl' | 'sourceUpdatedAt'>;

/** The unified holdings of smallBook, worked out by hand from design.md's table. */
export const smallBookRows: Row[] = [
  { accountId: MAIN, exchange: 'BINANCE', asset: 'USDT', quantity: '10', available: '10', locked: '0', borrowed: '0', equity: '10', priceUsd: '1', valueUsd: '10', unrealizedPnl: '0', sourceUpdatedAt: '2025-12-03T11:25:33.799Z' },
  {
    accountId: MAIN,
    exchange: 'OKX',
    asset: 'ETH',
    quantity: '1.123456789012345678',
    available: '1.000000000000000001',
    locked: '0.123456789012345677',
    borrowed: '0',
    equity: '1.123456789012345678',
    priceUsd: '3456.78',
    valueUsd: '3883.54295912209629279684',
    unrealizedPnl: '0',
    sourceUpdatedAt: '2025-12-03T11:26:40.000Z',
  },
  { accountId: MAIN, exchange: 'EDX', asset: 'BTC', quantity: '0.5', available: '0.5', locked: '0', borrowed: '0.1', equity: '0.4', priceUsd: '97000.1', valueUsd: '38800.04', unrealizedPnl: '-12.5', sourceUpdatedAt: '2025-12-03T11:40:00.123Z' },
  { accountId: SUB, exchange: 'BINANCE', asset: 'USDT', quantity: '48.55626345', available: '48.55626345', locked: '0', borrowed: '0', equity: '48.55626345', priceUsd: '1', valueUsd: '48.55626345', unrealizedPnl: '0', sourceUpdatedAt: '2025-12-03T11:25:33.799Z' },
];

export function expectedHoldings(venue: 'rapidx' | 'connex', rows: readonly Row[], fetchedAt: string): Holding[] {
  return rows.map((row) => ({
    connectionId: 'conn-1',
    venue,
    accountId: row.accountId,
    accountLabel: row.accountId,
    wallet: null,
    exchange: row.exchange,
    asset: row.asset,
    kind: 'token',
    quantity: row.quantity,
    available: row.available,
    locked: row.locked,
    borrowed: row.borrowed,
    equity: row.equity,
    priceUsd: row.priceUsd,
    valueUsd: row.valueUsd,
    exposureUsd: null,
    unrealizedPnl: row.unrealizedPnl,
    sourceUpdatedAt: row.sourceUpdatedAt,
    fetchedAt,
  }));
}
