import { Dec, decimalString } from '../../../../shared/decimal';
import { priceBand } from '../../shared/simulator/market';
import { randomDecimal, shuffled } from '../../shared/simulator/random';

/** An asset record as the venue sends it: every field a string (venues.md §2.2). */
export type AssetWire = Readonly<Record<string, string>>;

/** A position or margin record as the venue sends it: strings, and null where the venue sends null (liqPrice). */
export type TradingWire = Readonly<Record<string, string | null>>;

export interface SimulatedPortfolio {
  readonly portfolioId: string;
  /** Its name in the portfolio list (RapidX); none: the list sends null. */
  readonly name?: string;
  readonly assets: readonly AssetWire[];
  /** GET /api/v1/trading/position of this portfolio's key; none: an empty list. */
  readonly positions?: readonly TradingWire[];
  /** GET /api/v1/trading/account of this portfolio's key; none: an empty list. */
  readonly marginAccounts?: readonly TradingWire[];
}

/** RapidX/ConneX portfolios; the first is the main portfolio. */
export interface PortfolioBook {
  readonly portfolios: readonly SimulatedPortfolio[];
}

interface Coin {
  readonly symbol: string;
  readonly price: readonly [number, number];
  /** Digits after the point of a quantity: 18 for ERC-20-style tokens. */
  readonly places: number;
  readonly stable?: boolean;
}

export const simulatedCoins: readonly Coin[] = [
  { symbol: 'USDT', price: [0.9995, 1.0005], places: 8, stable: true },
  { symbol: 'USDC', price: [0.9995, 1.0005], places: 6, stable: true },
  { symbol: 'BTC', price: priceBand('BTC'), places: 8 },
  { symbol: 'ETH', price: priceBand('ETH'), places: 18 },
  { symbol: 'SOL', price: priceBand('SOL'), places: 9 },
  { symbol: 'BNB', price: priceBand('BNB'), places: 8 },
  { symbol: 'XRP', price: priceBand('XRP'), places: 6 },
  { symbol: 'DOGE', price: priceBand('DOGE'), places: 8 },
  { symbol: 'ADA', price: priceBand('ADA'), places: 6 },
  { symbol: 'AVAX', price: priceBand('AVAX'), places: 18 },
  { symbol: 'LINK', price: priceBand('LINK'), places: 18 },
  { symbol: 'DOT', price: priceBand('DOT'), places: 10 },
  { symbol: 'LTC', price: priceBand('LTC'), places: 8 },
  { symbol: 'TRX', price: priceBand('TRX'), places: 6 },
  { symbol: 'TON', price: priceBand('TON'), places: 9 },
  { symbol: 'ARB', price: priceBand('ARB'), places: 18 },
  { symbol: 'OP', price: priceBand('OP'), places: 18 },
  { symbol: 'SUI', price: priceBand('SUI'), places: 9 },
  { symbol: 'APT', price: priceBand('APT'), places: 8 },
  { symbol: 'NEAR', price: priceBand('NEAR'), places: 8 },
  { symbol: 'ATOM', price: priceBand('ATOM'), places: 6 },
  { symbol: 'UNI', price: priceBand('UNI'), places: 18 },
  { symbol: 'AAVE', price: priceBand('AAVE'), places: 18 },
  { symbol: 'PEPE', price: priceBand('PEPE'), places: 18 },
  { symbol: 'SHIB', price: priceBand('SHIB'), places: 18 },
  { symbol: 'FIL', price: priceBand('FIL'), places: 18 },
  { symbol: 'ETC', price: priceBand('ETC'), places: 18 },
  { symbol: 'WLD', price: priceBand('WLD'), places: 18 },
];

/** A 16-digit portfolio id like the venue's (e.g. 1726371398908000). */
function portfolioIdFrom(random: () => number): string {
  return `${1 + Math.floor(random() * 2)}${Array.from({ length: 15 }, () => Math.floor(random() * 10)).join('')}`;
}

/** A quantity worth roughly $50 to $250k, in the coin's own decimals (all 18 for ERC-20-style tokens). */
function quantityFor(random: () => number, coin: Coin, price: string): Dec {
  const usd = 50 * 5_000 ** random();
  const quantity = new Dec(usd).div(price).toDecimalPlaces(Math.min(coin.places, 8), Dec.ROUND_DOWN);
  if (coin.places <= 8) return quantity;
  const digits = Array.from({ length: coin.places - 9 }, () => Math.floor(random() * 10)).join('');
  return quantity.plus(`0.00000000${digits}${1 + Math.floor(random() * 9)}`);
}

/** One asset record with the venue's arithmetic: equityValue = equity × indexPrice, exactly. */
function simulatedAsset(random: () => number, portfolioId: string, coin: Coin, exchangeType: string, nowMs: number): AssetWire {
  const [low, high] = coin.price;
  const indexPrice = decimalString(randomDecimal(random, low, high, coin.stable ? 4 : high < 0.01 ? 10 : 4));
  const borrowed = coin.stable === true && random() < 0.15;
  const quantity = quantityFor(random, coin, indexPrice);
  const frozen = !borrowed && random() < 0.25 ? decimalString(quantity.mul(random() < 0.5 ? '0.1' : '0.25').toDecimalPlaces(coin.places, Dec.ROUND_DOWN)) : '0';
  // A borrowed stablecoin shows as a negative balance with the same debt and borrow.
  const balance = decimalString(borrowed ? quantity.neg() : quantity);
  const available = borrowed ? '0' : decimalString(new Dec(balance).minus(frozen));
  const upnl = coin.stable === true && random() < 0.3 ? randomDecimal(random, -1_500, 2_500, 4) : '0';
  const equity = decimalString(new Dec(available).plus(frozen).plus(upnl).plus(borrowed ? balance : 0));
  const debt = new Dec(equity).isNegative() ? decimalString(new Dec(equity).abs()) : '0';
  const equityValue = decimalString(new Dec(equity).mul(indexPrice));
  const created = nowMs - Math.floor(random() * 90 * 86_400_000);
  const updated = nowMs - Math.floor(random() * 600_000);
  return {
    portfolioId,
    coin: coin.symbol,
    exchangeType,
    balance,
    available,
    frozen,
    debt,
    equity,
    createAt: String(created),
    updateAt: String(updated),
    borrow: borrowed ? decimalString(new Dec(balance).abs()) : '0',
    overdraw: '0',
    indexPrice,
    marginValue: decimalString(new Dec(equityValue).mul(randomDecimal(random, 0.9, 1, 2))),
    virtualBorrow: '0',
    upnl,
    debtMargin: '0',
    perpMargin: '0',
    maxTransferable: available,
    equityValue,
  };
}

export interface BookShape {
  readonly portfolios: number;
  readonly exchanges: readonly string[];
  readonly coinsPerPortfolio: readonly [number, number];
  /** Every coin on every exchange, rather than on one or more at random. */
  readonly everyExchange?: boolean;
}

/** Seeded portfolios of 10 to 30 coins spread over the venue's exchanges. */
export function simulatedBook(random: () => number, shape: BookShape, nowMs = Date.now()): PortfolioBook {
  const portfolios = Array.from({ length: shape.portfolios }, (): SimulatedPortfolio => {
    const portfolioId = portfolioIdFrom(random);
    const [fewest, most] = shape.coinsPerPortfolio;
    const coins = shuffled(random, simulatedCoins).slice(0, fewest + Math.floor(random() * (most - fewest + 1)));
    const assets = coins.flatMap((coin) => {
      const venues = shape.everyExchange ? shape.exchanges : shuffled(random, shape.exchanges).slice(0, 1 + Math.floor(random() * shape.exchanges.length));
      return venues.map((exchange) => simulatedAsset(random, portfolioId, coin, exchange, nowMs));
    });
    return { portfolioId, assets };
  });
  return { portfolios };
}
