import { Dec, decimalString } from '../../../../shared/decimal';
import { simulatedCoins } from '../../ltp-family/simulator/data';
import { randomDecimal, shuffled } from '../../shared/simulator/random';

export const DEFAULT_SEED = 20_260_303;
export const FUNDING = 'Funding Account';

export interface LtpAssetWire {
  readonly currency: string;
  readonly totalBalance: string;
  readonly available: string;
  readonly withdrawAvailable: string;
  readonly frozen: string;
  readonly valueUsdt: string;
  readonly network: string | null;
}

export interface LtpWalletWire {
  /** Digits, sent as a raw JSON number (often above 2^53). */
  readonly accountId: string;
  readonly accountNote: string;
  readonly venues: string;
  readonly accountType: string;
  /** Sent as given; when absent, the sum of valueUsdt like the venue. */
  readonly totalUsdt?: string;
  readonly assetInfo: readonly LtpAssetWire[];
}

export interface LtpBook {
  readonly wallets: readonly LtpWalletWire[];
}

const networks: Readonly<Record<string, string>> = { USDT: 'TRC20', USDC: 'ERC20', BTC: 'BTC', ETH: 'ERC20', SOL: 'SOL' };

function simulatedAssets(random: () => number, count: number, funding: boolean): LtpAssetWire[] {
  const coins = shuffled(random, simulatedCoins).slice(0, count);
  return coins.map((coin) => {
    const [low, high] = coin.price;
    const price = randomDecimal(random, low, high, high < 0.01 ? 10 : 4);
    const quantity = new Dec(50 * 4_000 ** random()).div(price).toDecimalPlaces(Math.min(coin.places, 8), Dec.ROUND_DOWN);
    const frozen = random() < 0.3 ? quantity.mul('0.2').toDecimalPlaces(Math.min(coin.places, 8), Dec.ROUND_DOWN) : new Dec(0);
    const available = quantity.minus(frozen);
    return {
      currency: coin.symbol,
      totalBalance: decimalString(quantity),
      available: decimalString(available),
      withdrawAvailable: decimalString(funding ? available : available.mul('0.9').toDecimalPlaces(8, Dec.ROUND_DOWN)),
      frozen: decimalString(frozen),
      valueUsdt: decimalString(quantity.mul(price)),
      network: funding ? (networks[coin.symbol] ?? null) : null,
    };
  });
}

/** Account ids: a small funding account id, and DMA ids on both sides of 2^53 (9007199254740992). */
export function seededBook(random: () => number): LtpBook {
  const above = (base: bigint) => String(base + BigInt(Math.floor(random() * 1_000_000)));
  const funding = String(10_001 + Math.floor(random() * 900));
  const binance = above(9_007_199_254_740_993n);
  const okx = above(12_345_678_901_234_567n);
  const bybit = above(1_726_371_398_908_000n);
  const wallet = (accountId: string, accountNote: string, venues: string, accountType: string, coins: number): LtpWalletWire => ({
    accountId,
    accountNote,
    venues,
    accountType,
    assetInfo: simulatedAssets(random, coins, venues === 'LTP'),
  });
  return {
    wallets: [
      wallet(funding, FUNDING, 'LTP', FUNDING, 6),
      wallet(binance, 'Binance main', 'BINANCE', 'Spot', 12),
      wallet(binance, 'Binance main', 'BINANCE', 'Margin-PM', 5),
      wallet(binance, 'Binance main', 'BINANCE', 'USDT-M', 2),
      wallet(okx, '', 'OKEX', 'Trading', 9),
      wallet(okx, '', 'OKEX', 'Funding', 0),
      wallet(bybit, 'Bybit hedge', 'BYBIT', 'Unified', 7),
      wallet(bybit, 'Bybit hedge', 'BYBIT', 'Funding', 0),
    ],
  };
}
