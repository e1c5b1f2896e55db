import type { Holding, MarginAccount, PositionDetail } from '../../../src/shared/domain/holding';
import type { PortfolioBook, TradingWire } from '../../../src/main/venues/ltp-family/simulator/data';
import { EMPTY_SUB, MAIN, SUB, smallBook } from './ltp-family-data';

function position(sym: string, fields: Record<string, string | null>): TradingWire {
  return {
    positionId: `p-${sym}`,
    portfolioId: MAIN,
    sym,
    positionSide: 'NONE',
    unrealizedPNLRate: '0.01',
    maxLeverage: '20',
    fee: '0.1',
    createAt: '1764761133799',
    updateAt: '1764762000123',
    ...fields,
  };
}

/** The main portfolio's positions: a BINANCE long in coins, an OKX short and an unliquidatable OKX long in contracts, a size-0 row. */
export const mainPositions: TradingWire[] = [
  position('BINANCE_PERP_BTC_USDT', {
    positionQty: '0.25',
    positionValue: '24250.025',
    avgPrice: '95000',
    markPrice: '97000.1',
    liqPrice: '76500.5',
    unrealizedPNL: '500.025',
    leverage: '5',
    positionMargin: '4850.005',
    positionMM: '121.250125',
    riskLevel: '1',
    fundingFee: '-3.5',
  }),
  // 15 contracts of 0.1 ETH, short: 5185.17 ÷ 3456.78 = 1.5 coins.
  position('OKX_PERP_ETH_USDT', {
    positionQty: '-15',
    positionValue: '5185.17',
    avgPrice: '3500',
    markPrice: '3456.78',
    liqPrice: '3900.25',
    unrealizedPNL: '64.83',
    leverage: '8',
    positionMargin: '648.14625',
    positionMM: '25.92585',
    riskLevel: '2',
    fundingFee: '1.25',
  }),
  // 200 ÷ 3 = 66.666…: 18 significant digits, half-even, the last one rounded up.
  position('OKX_PERP_DOGE_USDT', {
    positionQty: '2',
    positionValue: '200',
    avgPrice: '2.9',
    markPrice: '3',
    liqPrice: null,
    unrealizedPNL: '6.6666',
    leverage: '1',
    positionMargin: '200',
    positionMM: '1',
    riskLevel: '0',
    fundingFee: '0',
  }),
  position('OKX_PERP_SOL_USDT', {
    positionQty: '0',
    positionValue: '0',
    avgPrice: '0',
    markPrice: '190.5',
    liqPrice: null,
    unrealizedPNL: '0',
    leverage: '5',
    positionMargin: '0',
    positionMM: '0',
    riskLevel: '0',
    fundingFee: '0',
  }),
];

export const mainMarginAccounts: TradingWire[] = [
  {
    portfolioId: MAIN,
    exchangeType: 'BINANCE',
    equity: '10.000',
    marginValue: '9.999',
    validMargin: '9.999',
    availableMargin: '0',
    frozenMargin: '0',
    maintainMargin: '121.250125',
    perpMargin: '4850.005',
    debtMargin: '0',
    openLossMargin: '0',
    positionValue: '24250.025',
    upnl: '500.025',
    uniMMR: '18.5000',
    riskRatio: '0.0541',
    accountStatus: 'NORMAL',
    positionMode: 'NET',
  },
  {
    portfolioId: MAIN,
    exchangeType: 'OKX',
    equity: '3883.54295912209629279684',
    marginValue: '27.222',
    validMargin: '27.222',
    availableMargin: '0',
    frozenMargin: '0',
    maintainMargin: '26.92585',
    perpMargin: '848.14625',
    debtMargin: '0',
    openLossMargin: '0',
    positionValue: '5385.17',
    upnl: '71.4966',
    uniMMR: '1.0500',
    riskRatio: '0.9524',
    accountStatus: 'MARGIN_CALL',
    positionMode: 'NET',
  },
];

/** smallBook with names (the empty sub-portfolio has none), and the main portfolio's positions and margin. */
export const tradingBook: PortfolioBook = {
  portfolios: smallBook.portfolios.map((portfolio) => ({
    ...portfolio,
    ...(portfolio.portfolioId === MAIN ? { name: 'MainPortfolio', positions: mainPositions, marginAccounts: mainMarginAccounts } : {}),
    ...(portfolio.portfolioId === SUB ? { name: 'BasisDesk' } : {}),
  })),
};

export const portfolioNames: Record<string, string> = { [MAIN]: 'MainPortfolio', [SUB]: 'BasisDesk', [EMPTY_SUB]: EMPTY_SUB };

/** The rows of mainPositions, worked out by hand: valueUsd 0 (their P&L is in the asset equity), sizes in coins. */
export function expectedPositionRows(venue: 'rapidx' | 'connex', fetchedAt: string, label = 'MainPortfolio'): Holding[] {
  const row = (exchange: string, asset: string, quantity: string, priceUsd: string, exposureUsd: string, unrealizedPnl: string): Holding => ({
    connectionId: 'conn-1',
    venue,
    accountId: MAIN,
    accountLabel: label,
    wallet: null,
    exchange,
    asset,
    kind: 'position',
    quantity,
    available: null,
    locked: null,
    borrowed: null,
    equity: null,
    priceUsd,
    valueUsd: '0',
    exposureUsd,
    unrealizedPnl,
    sourceUpdatedAt: '2025-12-03T11:40:00.123Z',
    fetchedAt,
  });
  return [
    row('BINANCE', 'BINANCE_PERP_BTC_USDT', '0.25', '97000.1', '24250.025', '500.025'),
    row('OKX', 'OKX_PERP_ETH_USDT', '-1.5', '3456.78', '-5185.17', '64.83'),
    row('OKX', 'OKX_PERP_DOGE_USDT', '66.6666666666666667', '3', '200', '6.6666'),
  ];
}

export const expectedPositionDetails: PositionDetail[] = [
  {
    accountId: MAIN,
    exchange: 'BINANCE',
    asset: 'BINANCE_PERP_BTC_USDT',
    side: 'long',
    leverage: '5',
    initialMargin: '4850.005',
    maintMargin: '121.250125',
    marginBalance: null,
    entryPrice: '95000',
    markPrice: '97000.1',
    fundingFee: '-3.5',
    liquidationPrice: '76500.5',
    notionalUsd: '24250.025',
    riskLevel: '1',
  },
  {
    accountId: MAIN,
    exchange: 'OKX',
    asset: 'OKX_PERP_ETH_USDT',
    side: 'short',
    leverage: '8',
    initialMargin: '648.14625',
    maintMargin: '25.92585',
    marginBalance: null,
    entryPrice: '3500',
    markPrice: '3456.78',
    fundingFee: '1.25',
    liquidationPrice: '3900.25',
    notionalUsd: '5185.17',
    riskLevel: '2',
  },
  {
    accountId: MAIN,
    exchange: 'OKX',
    asset: 'OKX_PERP_DOGE_USDT',
    side: 'long',
    leverage: '1',
    initialMargin: '200',
    maintMargin: '1',
    marginBalance: null,
    entryPrice: '2.9',
    markPrice: '3',
    fundingFee: '0',
    liquidationPrice: null,
    notionalUsd: '200',
    riskLevel: '0',
  },
];

/** The margin records as the venue wrote them: "10.000" canonical as a money figure, the ratios untouched. */
export function expectedMarginAccounts(label = 'MainPortfolio'): MarginAccount[] {
  return [
    {
      accountId: MAIN,
      accountLabel: label,
      exchange: 'BINANCE',
      equityUsd: '10',
      maintMarginUsd: '121.250125',
      marginBalanceUsd: '9.999',
      positionValueUsd: '24250.025',
      unrealizedPnlUsd: '500.025',
      uniMMR: '18.5000',
      riskRatio: '0.0541',
      accountStatus: 'NORMAL',
    },
    {
      accountId: MAIN,
      accountLabel: label,
      exchange: 'OKX',
      equityUsd: '3883.54295912209629279684',
      maintMarginUsd: '26.92585',
      marginBalanceUsd: '27.222',
      positionValueUsd: '5385.17',
      unrealizedPnlUsd: '71.4966',
      uniMMR: '1.0500',
      riskRatio: '0.9524',
      accountStatus: 'MARGIN_CALL',
    },
  ];
}
