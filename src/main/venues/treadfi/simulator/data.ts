import { Dec, decimalString } from '../../../../shared/decimal';
import { priceBand } from '../../shared/simulator/market';
import { randomDecimal, randomHex, seededRandom } from '../../shared/simulator/random';

/** One asset as the simulator holds it; decimals are exact strings, null where Tread.fi sends null. */
export interface TreadfiSimAsset {
  readonly symbol: string;
  readonly assetType: 'token' | 'position';
  /** wallet_type of the cached endpoint. */
  readonly walletType: string;
  /** market_type of /api/balances/. */
  readonly marketType: 'spot' | 'perp' | 'unified';
  readonly amount: string;
  readonly notional: string | null;
  readonly unrealizedProfit?: string | null;
  readonly borrowed?: string | null;
  readonly initialMargin?: string | null;
  readonly maintMargin?: string | null;
  readonly marginBalance?: string | null;
  readonly leverage?: string | null;
  /** Sent as a JSON number, exactly this text. */
  readonly fundingFee?: string | null;
  readonly marginMode?: string | null;
}

export interface TreadfiSimAccount {
  readonly id: string;
  readonly name: string;
  readonly exchange: string;
  readonly archived?: boolean;
  /** Omitted: Σ token notional + Σ position unrealized profit. */
  readonly equity?: string | null;
  /** Omitted: a few seconds before each request, like a live cache. */
  readonly timestampMillis?: number;
  readonly assets: readonly TreadfiSimAsset[];
}

export interface TreadfiSimData {
  readonly userId: number;
  readonly username: string;
  readonly accounts: readonly TreadfiSimAccount[];
}

export function tokenFor(seed: number): string {
  return randomHex(seededRandom(seed ^ 0x7eadf1), 40);
}

function uuid(random: () => number): string {
  const hex = randomHex(random, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The coins Tread.fi prices, each within the simulators' one market band; anything else is a stablecoin at 1. */
const priced = new Set(['BTC', 'ETH', 'SOL', 'HYPE', 'LINK', 'PEPE']);
/** Tread.fi's BTC quote sits 1.5 % above the market, as a lagging quote would: the demo's one data check to show. */
const SKEW: Readonly<Record<string, number>> = { BTC: 1.015 };

/** A realistic multi-exchange portfolio, the same for the same seed: the demo and the simulator tests use it. */
export function seededPortfolio(seed: number): TreadfiSimData {
  const random = seededRandom(seed);
  const price = (base: string) => {
    if (!priced.has(base)) return new Dec(1);
    const [low, high] = priceBand(base);
    const skew = SKEW[base] ?? 1;
    return new Dec(randomDecimal(random, low * skew, high * skew, high < 0.01 ? 12 : 4));
  };
  const token = (symbol: string, walletType: string, marketType: TreadfiSimAsset['marketType'], min: number, max: number, places: number, borrowed: string | null = null): TreadfiSimAsset => {
    const amount = randomDecimal(random, min, max, places);
    return { symbol, assetType: 'token', walletType, marketType, amount, notional: decimalString(price(symbol).times(amount)), borrowed };
  };
  const position = (symbol: string, side: 1 | -1, min: number, max: number, places: number, leverage: number): TreadfiSimAsset => {
    const mark = price(symbol.split(':')[0] as string);
    const entry = mark.times(randomDecimal(random, 0.95, 1.05, 4));
    const amount = new Dec(randomDecimal(random, min, max, places)).times(side);
    const notional = amount.times(mark);
    const initial = notional.abs().div(leverage);
    const profit = amount.times(mark.minus(entry));
    return {
      symbol,
      assetType: 'position',
      walletType: 'futures',
      marketType: 'perp',
      amount: decimalString(amount),
      notional: decimalString(notional),
      unrealizedProfit: decimalString(profit),
      initialMargin: decimalString(initial),
      maintMargin: decimalString(notional.abs().times('0.005')),
      marginBalance: decimalString(initial.plus(profit)),
      leverage: String(leverage),
      fundingFee: randomDecimal(random, -25, 25, 8),
      marginMode: 'CROSS',
    };
  };
  const account = (name: string, exchange: string, assets: TreadfiSimAsset[], archived = false): TreadfiSimAccount => ({ id: uuid(random), name, exchange, archived, assets });

  return {
    userId: 4000 + Math.floor(random() * 1000),
    username: 'demo-trader',
    accounts: [
      account('Binance Main', 'Binance', [
        token('BTC', 'spot', 'spot', 0.05, 2, 8),
        token('ETH', 'spot', 'spot', 1, 20, 18),
        token('USDT', 'spot', 'spot', 500, 20_000, 8),
        token('USDT', 'futures', 'perp', 1_000, 50_000, 8),
        position('BTC:PERP-USDT', 1, 0.01, 0.5, 3, 5),
        position('ETH:PERP-USDT', -1, 0.5, 10, 2, 10),
      ]),
      account('Bybit Unified', 'Bybit', [
        token('USDT', 'unified', 'unified', 2_000, 30_000, 6, randomDecimal(random, 100, 900, 2)),
        token('SOL', 'unified', 'unified', 5, 200, 18),
        position('SOL:PERP-USDT', -1, 10, 300, 1, 10),
        position('LINK:PERP-USDT', 1, 50, 2_000, 1, 20),
      ]),
      account('OKX Trading', 'OKX', [token('PEPE', 'spot', 'spot', 1_000_000, 90_000_000, 18), token('ETH', 'spot', 'spot', 0.1, 5, 18), position('BTC:PERP-USDT', -1, 0.01, 0.3, 4, 2)]),
      account('Hyperliquid Vault', 'Hyperliquid', [token('USDC', 'perp', 'perp', 1_000, 40_000, 6), position('HYPE:PERP-USDC', 1, 20, 2_000, 2, 5), position('ETH:PERP-USDC', -1, 0.2, 8, 4, 10)]),
      account('OKX Spare', 'OKX', []),
      account(`Old Binance_archived_${uuid(random)}`, 'Binance', [token('BTC', 'spot', 'spot', 0.01, 1, 8)], true),
    ],
  };
}
