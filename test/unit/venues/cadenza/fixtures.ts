import type { Holding, PositionDetail } from '../../../../src/shared/domain/holding';
import type { SimPortfolio } from '../../../../src/main/venues/cadenza/simulator/data';

// A small book whose unified holdings are written out by hand below, to the last decimal.
export const accountA = '550e8400-e29b-41d4-a716-446655440000';
export const accountB = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
export const accountC = '0a0b0c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
export const fetchedAt = '2024-01-02T03:04:05.000Z';
export const connectionId = 'conn-cadenza-1';

const balance = (accountId: string, securitySymbol: string, free: string, locked: string, borrowed: string, total: string, updatedAt: number) => ({
  securitySymbol,
  securityType: 'CRYPTO',
  tradingAccountId: accountId,
  status: 'ACTIVE',
  free,
  locked,
  borrowed,
  total,
  net: total,
  updatedAt,
});

export const smallBook: SimPortfolio[] = [
  {
    tradingAccountId: accountA,
    venue: 'BINANCE',
    positions: [],
    balances: [
      balance(accountA, 'BTC', '1.3', '0.2', '0', '1.5', 1703052635110),
      balance(accountA, 'ETH', '10.123456789012345678', '0.000000000000000001', '0', '10.123456789012345679', 1703052635111),
      balance(accountA, 'USDT', '45000.00', '5000.00', '1000.50', '50000.00', 1703052635110),
      balance(accountA, 'SOL', '0', '0', '0', '0', 1703052635110),
    ],
    summary: {
      tradingAccountId: accountA,
      currency: 'USDT',
      leverage: 1,
      equity: '123456.789',
      margin: '0',
      marginLoan: '0',
      marginUsage: '0',
      marginRequirement: '0',
      marginLevel: '0',
      credit: '0',
      riskExposure: '0',
    },
    updatedAt: 1703052635110,
  },
  {
    tradingAccountId: accountB,
    venue: 'DERIBIT',
    positions: [
      {
        positionId: '11111111-2222-4333-8444-555555555555',
        securitySymbol: 'BTC-PERPETUAL',
        tradingAccountId: accountB,
        instrumentId: 'DERIBIT:BTC-PERPETUAL',
        securityType: 'DERIVATIVE',
        status: 'OPEN',
        quantity: '-0.500',
        entryPrice: '96000.5',
        currentPrice: '97000',
        unrealizedPnl: '-499.75',
        createdAt: 1703052000000,
        updatedAt: 1703052700000,
      },
      {
        positionId: '66666666-7777-4888-9999-000000000000',
        securitySymbol: 'ETH-PERPETUAL',
        tradingAccountId: accountB,
        instrumentId: 'DERIBIT:ETH-PERPETUAL',
        securityType: 'DERIVATIVE',
        status: 'CLOSED',
        quantity: '3',
        createdAt: 1703052000000,
        updatedAt: 1703052700000,
      },
    ],
    balances: [balance(accountB, 'BTC', '1.75', '0.25', '0', '2.00000000', 1703052000000)],
    summary: {
      tradingAccountId: accountB,
      currency: 'BTC',
      leverage: 3,
      equity: '2.1',
      margin: '0.4',
      marginLoan: '0',
      marginUsage: '0.19',
      marginRequirement: '0.1',
      marginLevel: '5.25',
      credit: '0',
      riskExposure: '1.5',
    },
    updatedAt: 1703052000000,
  },
  { tradingAccountId: accountC, venue: 'OKX', positions: [], balances: [], updatedAt: 1703052000000 },
];

const base = { connectionId, venue: 'cadenza', wallet: null, equity: null, priceUsd: null, valueUsd: null, exposureUsd: null, fetchedAt } as const;

const token = (accountId: string, exchange: string, asset: string, quantity: string, available: string, locked: string, borrowed: string | null, sourceUpdatedAt: string): Holding => ({
  ...base,
  accountId,
  accountLabel: accountId,
  exchange,
  asset,
  kind: 'token',
  quantity,
  available,
  locked,
  borrowed,
  unrealizedPnl: null,
  sourceUpdatedAt,
});

export const expectedNestedHoldings: Holding[] = [
  token(accountA, 'BINANCE', 'BTC', '1.5', '1.3', '0.2', '0', '2023-12-20T06:10:35.110Z'),
  token(accountA, 'BINANCE', 'ETH', '10.123456789012345679', '10.123456789012345678', '0.000000000000000001', '0', '2023-12-20T06:10:35.111Z'),
  token(accountA, 'BINANCE', 'USDT', '50000', '45000', '5000', '1000.5', '2023-12-20T06:10:35.110Z'),
  token(accountA, 'BINANCE', 'SOL', '0', '0', '0', '0', '2023-12-20T06:10:35.110Z'),
  token(accountB, 'DERIBIT', 'BTC', '2', '1.75', '0.25', '0', '2023-12-20T06:00:00.000Z'),
  {
    ...base,
    accountId: accountB,
    accountLabel: accountB,
    exchange: 'DERIBIT',
    asset: 'BTC-PERPETUAL',
    kind: 'position',
    quantity: '-0.5',
    available: null,
    locked: null,
    borrowed: null,
    unrealizedPnl: '-499.75',
    sourceUpdatedAt: '2023-12-20T06:11:40.000Z',
  },
];

export const expectedPositions: PositionDetail[] = [
  {
    accountId: accountB,
    exchange: 'DERIBIT',
    asset: 'BTC-PERPETUAL',
    side: 'short',
    leverage: '3',
    initialMargin: null,
    maintMargin: null,
    marginBalance: null,
    entryPrice: '96000.5',
    markPrice: '97000',
    fundingFee: null,
    liquidationPrice: null,
    // Cadenza gives no notional: |−0.5| × 97000.
    notionalUsd: '48500',
    riskLevel: null,
  },
];

/** The flat shape has no borrowed, no positions, no summary, and leaves the zero SOL balance out. */
export const expectedFlatHoldings: Holding[] = [
  token(accountA, 'BINANCE', 'BTC', '1.5', '1.3', '0.2', null, '2023-12-20T06:10:35.110Z'),
  token(accountA, 'BINANCE', 'ETH', '10.123456789012345679', '10.123456789012345678', '0.000000000000000001', null, '2023-12-20T06:10:35.111Z'),
  token(accountA, 'BINANCE', 'USDT', '50000', '45000', '5000', null, '2023-12-20T06:10:35.110Z'),
  token(accountB, 'DERIBIT', 'BTC', '2', '1.75', '0.25', null, '2023-12-20T06:00:00.000Z'),
];
