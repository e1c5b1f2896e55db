import { Dec, decimalString } from '../../../../shared/decimal';
import { randomDecimal, randomHex, seededRandom, shuffled } from '../../shared/simulator/random';
import { referencePrice } from '../../shared/simulator/market';

// What the simulator serves, in Cadenza's wire shapes (decimals as strings, times as ms numbers).

export interface SimBalance {
  securitySymbol: string;
  securityType: string;
  tradingAccountId: string;
  status: string;
  free: string;
  locked: string;
  borrowed: string;
  total: string;
  net: string;
  updatedAt: number;
}

export interface SimPosition {
  positionId: string;
  securitySymbol: string;
  tradingAccountId: string;
  instrumentId: string;
  securityType: string;
  status: string;
  quantity: string;
  entryPrice?: string;
  currentPrice?: string;
  unrealizedPnl?: string;
  realizedPnl?: string;
  createdAt: number;
  updatedAt: number;
}

export interface SimSummary {
  tradingAccountId: string;
  currency: string;
  leverage: number;
  equity: string;
  margin: string;
  marginLoan: string;
  marginUsage: string;
  marginRequirement: string;
  marginLevel: string;
  credit: string;
  riskExposure: string;
}

/** The OpenAPI `Portfolio`: one per trading account. The flat shape is derived from its balances. */
export interface SimPortfolio {
  tradingAccountId: string;
  venue: string;
  positions: SimPosition[];
  balances: SimBalance[];
  summary?: SimSummary;
  updatedAt: number;
}

export interface SimTradingAccount {
  tradingAccountId: string;
  externalTradingAccountId: string;
  venue: string;
  nickname: string | null;
  accountType: string;
  credentials: string[];
  status: string;
  createdAt: number;
  updatedAt: number;
}

/** The docs page's row: one per account and currency. */
export interface SimFlatRow {
  tradingAccountId: string;
  venue: string;
  currency: string;
  balance: string;
  available: string;
  locked: string;
  updatedAt: number;
}

/** What Cadenza accounts hold, priced by the simulators' one market (EUR included, which no venue prices). */
const currencies = ['BTC', 'ETH', 'SOL', 'BNB', 'XRP', 'ADA', 'DOGE', 'DOT', 'LINK', 'AVAX', 'LTC', 'TRX', 'UNI', 'ATOM', 'ETC', 'FIL', 'APT', 'ARB', 'OP', 'NEAR', 'AAVE', 'SUI', 'PEPE', 'SHIB', 'TON', 'USDT', 'USDC', 'FDUSD', 'DAI', 'EUR'];
/** ERC-20 style assets: Cadenza passes their 18-decimal amounts through. */
const eighteenDecimals = new Set(['ETH', 'UNI', 'LINK', 'AAVE', 'ARB', 'OP', 'PEPE', 'SHIB', 'DAI']);
const venues = ['BINANCE', 'OKX', 'DERIBIT', 'BINANCE', 'BITFINEX'] as const;
const perpetuals: Record<string, string[]> = { OKX: ['BTC-USDT-SWAP', 'ETH-USDT-SWAP', 'SOL-USDT-SWAP'], DERIBIT: ['BTC-PERPETUAL', 'ETH-PERPETUAL'] };

function uuid(random: () => number): string {
  const hex = [...randomHex(random, 32)];
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] ?? '8';
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function priceOf(symbol: string): number {
  return referencePrice(symbol.split('-')[0] ?? symbol);
}

function balance(random: () => number, accountId: string, symbol: string, updatedAt: number): SimBalance {
  const places = eighteenDecimals.has(symbol) ? 18 : 8;
  const total = randomDecimal(random, 50 / priceOf(symbol), 250_000 / priceOf(symbol), places);
  const locked = random() < 0.3 ? decimalString(new Dec(total).times(0.25).toDecimalPlaces(places, Dec.ROUND_DOWN)) : '0';
  const borrowed = random() < 0.1 ? decimalString(new Dec(total).times(0.1).toDecimalPlaces(places, Dec.ROUND_DOWN)) : '0';
  return {
    securitySymbol: symbol,
    securityType: symbol === 'EUR' ? 'CASH' : 'CRYPTO',
    tradingAccountId: accountId,
    status: 'ACTIVE',
    free: decimalString(new Dec(total).minus(locked)),
    locked,
    borrowed,
    total,
    net: decimalString(new Dec(total).minus(borrowed)),
    updatedAt,
  };
}

function position(random: () => number, accountId: string, venue: string, symbol: string, updatedAt: number): SimPosition {
  const mark = new Dec(priceOf(symbol));
  const quantity = new Dec(randomDecimal(random, 1_000, 200_000, 0)).dividedBy(mark).toDecimalPlaces(3).times(random() < 0.35 ? -1 : 1);
  const entry = mark.times(0.9 + random() * 0.2).toDecimalPlaces(2);
  return {
    positionId: uuid(random),
    securitySymbol: symbol,
    tradingAccountId: accountId,
    instrumentId: `${venue}:${symbol}`,
    securityType: 'DERIVATIVE',
    status: 'OPEN',
    quantity: decimalString(quantity),
    entryPrice: decimalString(entry),
    currentPrice: decimalString(mark),
    unrealizedPnl: decimalString(mark.minus(entry).times(quantity)),
    realizedPnl: '0',
    createdAt: updatedAt - 86_400_000,
    updatedAt,
  };
}

function summary(accountId: string, venue: string, balances: SimBalance[]): SimSummary {
  const equityUsd = balances.reduce((sum, entry) => sum.plus(new Dec(entry.net).times(priceOf(entry.securitySymbol))), new Dec(0));
  // Deribit margins in coin: its summary is in BTC, which Holdfast must not take for dollars.
  const currency = venue === 'DERIBIT' ? 'BTC' : 'USDT';
  const equity = currency === 'BTC' ? equityUsd.dividedBy(priceOf('BTC')).toDecimalPlaces(8) : equityUsd.toDecimalPlaces(2);
  return {
    tradingAccountId: accountId,
    currency,
    leverage: venue === 'BINANCE' ? 1 : 3,
    equity: decimalString(equity),
    margin: decimalString(equity.times(0.2).toDecimalPlaces(2)),
    marginLoan: '0',
    marginUsage: '0.2',
    marginRequirement: decimalString(equity.times(0.05).toDecimalPlaces(2)),
    marginLevel: '5',
    credit: '0',
    riskExposure: decimalString(equity.times(0.6).toDecimalPlaces(2)),
  };
}

/** Several trading accounts on real venue names, 10–30 currencies each, a few perp positions. */
export function seedPortfolios(seed: number, nowMs: number): SimPortfolio[] {
  const random = seededRandom(seed);
  const symbols = currencies;
  return venues.map((venue) => {
    const accountId = uuid(random);
    const updatedAt = nowMs - Math.floor(random() * 60_000);
    const count = 10 + Math.floor(random() * 21);
    const chosen = shuffled(random, symbols).slice(0, count);
    const balances = chosen.map((symbol) => balance(random, accountId, symbol, updatedAt));
    const instruments = perpetuals[venue] ?? [];
    const positions = instruments.slice(0, 1 + Math.floor(random() * instruments.length)).map((symbol) => position(random, accountId, venue, symbol, updatedAt));
    return { tradingAccountId: accountId, venue, positions, balances, summary: summary(accountId, venue, balances), updatedAt };
  });
}

/** The docs page's flat rows: zero balances left out, as the docs say the venue may do. */
export function toFlatRows(portfolios: readonly SimPortfolio[]): SimFlatRow[] {
  return portfolios.flatMap((portfolio) =>
    portfolio.balances
      .filter((entry) => !new Dec(entry.total).isZero())
      .map((entry) => ({
        tradingAccountId: portfolio.tradingAccountId,
        venue: portfolio.venue,
        currency: entry.securitySymbol,
        balance: entry.total,
        available: entry.free,
        locked: entry.locked,
        updatedAt: entry.updatedAt,
      })),
  );
}

/** Nicknames as traders give them; the last seeded account has none, so its id stays its label. */
const seededNicknames = ['Binance main', 'OKX perps', 'Deribit hedge', 'Binance basis'];

/** GET /api/v3/tradingAccount/list items (SDK docs/TradingAccount.md) for these trading accounts. */
export function tradingAccountsOf(portfolios: readonly SimPortfolio[], nicknames?: Readonly<Record<string, string | null>>): SimTradingAccount[] {
  return portfolios.map((portfolio, index) => ({
    tradingAccountId: portfolio.tradingAccountId,
    externalTradingAccountId: `ext-${portfolio.tradingAccountId.slice(0, 8)}`,
    venue: portfolio.venue,
    nickname: nicknames ? (nicknames[portfolio.tradingAccountId] ?? null) : (seededNicknames[index] ?? null),
    accountType: 'EXCHANGE',
    credentials: [],
    status: 'ACTIVE',
    createdAt: portfolio.updatedAt - 90 * 86_400_000,
    updatedAt: portfolio.updatedAt,
  }));
}
