import { Dec, decimalString } from '../../../../shared/decimal';
import { priceBand } from '../../shared/simulator/market';
import { randomDecimal } from '../../shared/simulator/random';
import type { PortfolioBook, SimulatedPortfolio, TradingWire } from './data';

/** A perp the simulator trades: its price range and, on OKX, the coins in one contract. */
interface Perp {
  readonly base: string;
  readonly price: readonly [number, number];
  readonly okxContract: string;
}

const perps: Record<string, Perp> = {
  BTC: { base: 'BTC', price: priceBand('BTC'), okxContract: '0.01' },
  ETH: { base: 'ETH', price: priceBand('ETH'), okxContract: '0.1' },
  SOL: { base: 'SOL', price: priceBand('SOL'), okxContract: '1' },
  DOGE: { base: 'DOGE', price: priceBand('DOGE'), okxContract: '1000' },
};

/** What a seeded position looks like before the venue's arithmetic: which perp, which way, how big, how levered. */
interface Plan {
  readonly exchange: string;
  readonly perp: Perp;
  readonly side: 1 | -1 | 0;
  readonly usd: readonly [number, number];
  readonly leverage: number;
  /** Too small to liquidate: the venue sends liqPrice null. */
  readonly unliquidatable?: boolean;
}

/** The maintenance rate the simulator charges on notional. */
const MAINTENANCE_RATE = new Dec('0.005');

/** One position record with the venue's arithmetic: value = |coins| × mark, P&L = coins × (mark − entry). */
function position(random: () => number, portfolioId: string, plan: Plan, index: number, nowMs: number): TradingWire {
  const { perp, exchange } = plan;
  const mark = new Dec(randomDecimal(random, perp.price[0], perp.price[1], perp.price[1] < 1 ? 6 : 2));
  const entry = mark.times(randomDecimal(random, 0.94, 1.06, 4)).toDecimalPlaces(perp.price[1] < 1 ? 6 : 2);
  // OKX counts whole contracts; the others count coins to three places.
  const okx = exchange === 'OKX';
  const sizeUnit = okx ? new Dec(perp.okxContract) : new Dec('0.001');
  const units = plan.side === 0 ? new Dec(0) : new Dec(randomDecimal(random, plan.usd[0], plan.usd[1], 0)).div(mark).div(sizeUnit).floor().plus(1);
  const coins = units.times(sizeUnit).times(plan.side);
  const quantity = okx ? units.times(plan.side) : coins;
  const value = coins.abs().times(mark);
  const margin = value.div(plan.leverage).toDecimalPlaces(8);
  // Liquidated when the loss eats the margin less the maintenance requirement.
  const cushion = new Dec(1).div(plan.leverage).minus(MAINTENANCE_RATE);
  const liquidation = plan.side === 0 || plan.unliquidatable ? null : decimalString(entry.times(new Dec(1).minus(cushion.times(plan.side))).toDecimalPlaces(2));
  const profit = coins.times(mark.minus(entry)).toDecimalPlaces(8);
  const created = nowMs - Math.floor(random() * 30 * 86_400_000);
  return {
    positionId: `${portfolioId.slice(-6)}${String(index).padStart(4, '0')}`,
    portfolioId,
    sym: `${exchange}_PERP_${perp.base}_USDT`,
    positionSide: 'NONE',
    positionQty: decimalString(quantity),
    positionValue: decimalString(value.toDecimalPlaces(8)),
    avgPrice: decimalString(entry),
    markPrice: decimalString(mark),
    liqPrice: liquidation,
    unrealizedPNL: decimalString(profit),
    unrealizedPNLRate: margin.isZero() ? '0' : decimalString(profit.div(margin).toDecimalPlaces(4)),
    leverage: String(plan.leverage),
    maxLeverage: '20',
    positionMargin: decimalString(margin),
    positionMM: decimalString(value.times(MAINTENANCE_RATE).toDecimalPlaces(8)),
    riskLevel: plan.side === 0 ? '0' : String(1 + Math.floor(random() * 3)),
    fee: decimalString(value.times('0.0004').toDecimalPlaces(8)),
    fundingFee: randomDecimal(random, -40, 40, 4),
    createAt: String(created),
    updateAt: String(nowMs - Math.floor(random() * 60_000)),
  };
}

/**
 * The main portfolio's plans show every case a reader must handle: long and short, coins (BINANCE) and
 * contracts (OKX), a position too small to liquidate, and a size-0 row as ConneX lists them.
 */
function plansFor(exchanges: readonly string[], main: boolean): Plan[] {
  const all: Plan[] = main
    ? [
        { exchange: 'BINANCE', perp: perps.BTC as Perp, side: 1, usd: [20_000, 90_000], leverage: 5 },
        { exchange: 'BINANCE', perp: perps.SOL as Perp, side: -1, usd: [5_000, 20_000], leverage: 10 },
        { exchange: 'BINANCE', perp: perps.DOGE as Perp, side: 1, usd: [20, 60], leverage: 1, unliquidatable: true },
        { exchange: 'OKX', perp: perps.ETH as Perp, side: -1, usd: [15_000, 60_000], leverage: 8 },
        { exchange: 'OKX', perp: perps.BTC as Perp, side: 1, usd: [5_000, 15_000], leverage: 3 },
        { exchange: 'OKX', perp: perps.SOL as Perp, side: 0, usd: [0, 0], leverage: 5 },
        { exchange: 'EDX', perp: perps.ETH as Perp, side: 1, usd: [2_000, 8_000], leverage: 4 },
      ]
    : [
        { exchange: 'BINANCE', perp: perps.ETH as Perp, side: 1, usd: [3_000, 12_000], leverage: 3 },
        { exchange: 'OKX', perp: perps.DOGE as Perp, side: -1, usd: [1_000, 4_000], leverage: 5 },
      ];
  return all.filter((plan) => exchanges.includes(plan.exchange));
}

const sum = (values: readonly (string | null | undefined)[]) => values.reduce((total: Dec, value) => total.plus(value ?? 0), new Dec(0));

/**
 * One margin record per exchange the portfolio holds assets on: equity from its assets, requirements from
 * its positions, uniMMR = margin ÷ maintenance (999999 with nothing at risk), riskRatio = 1 ÷ uniMMR to
 * 4 places. `marginCall` puts that exchange in MARGIN_CALL, its margin barely above maintenance.
 */
function marginAccount(portfolio: SimulatedPortfolio, exchange: string, positions: readonly TradingWire[], marginCall: boolean): TradingWire {
  const assets = portfolio.assets.filter((asset) => asset.exchangeType === exchange);
  const open = positions.filter((entry) => entry.sym?.startsWith(`${exchange}_`));
  const equity = sum(assets.map((asset) => asset.equityValue)).toDecimalPlaces(8);
  const maintain = sum(open.map((entry) => entry.positionMM));
  const margin = marginCall ? maintain.times('1.05').toDecimalPlaces(8) : sum(assets.map((asset) => asset.marginValue)).toDecimalPlaces(8);
  const uniMMR = maintain.isZero() ? new Dec(999_999) : margin.div(maintain).toDecimalPlaces(4);
  return {
    portfolioId: portfolio.portfolioId,
    exchangeType: exchange,
    equity: decimalString(equity),
    marginValue: decimalString(margin),
    validMargin: decimalString(margin),
    availableMargin: decimalString(Dec.max(margin.minus(maintain), 0)),
    frozenMargin: '0',
    maintainMargin: decimalString(maintain),
    perpMargin: decimalString(sum(open.map((entry) => entry.positionMargin))),
    debtMargin: '0',
    openLossMargin: '0',
    positionValue: decimalString(sum(open.map((entry) => entry.positionValue))),
    upnl: decimalString(sum(open.map((entry) => entry.unrealizedPNL))),
    // Fixed to four places, as the venue writes it: "999999.0000", "0.9524".
    uniMMR: uniMMR.toFixed(4),
    riskRatio: new Dec(1).div(uniMMR).toDecimalPlaces(4).toFixed(4),
    accountStatus: marginCall ? 'MARGIN_CALL' : 'NORMAL',
    positionMode: 'NET',
  };
}

const subNames = ['BasisDesk', 'AltMomentum', 'HedgeBook7', 'FundingArb2', 'Treasury01'];

/** The book's portfolios with names, positions and margin, from a random of their own so the assets stay as seeded. */
export function withTrading(random: () => number, book: PortfolioBook, nowMs = Date.now()): PortfolioBook {
  return {
    portfolios: book.portfolios.map((portfolio, index) => {
      const exchanges = [...new Set(portfolio.assets.map((asset) => asset.exchangeType ?? ''))];
      const positions = plansFor(exchanges, index === 0).map((plan, at) => position(random, portfolio.portfolioId, plan, at, nowMs));
      // The main portfolio's OKX account is on a margin call: the case a risk board must put first.
      const marginAccounts = exchanges.map((exchange) => marginAccount(portfolio, exchange, positions, index === 0 && exchange === 'OKX'));
      const name = index === 0 ? 'MainPortfolio' : (subNames[(index - 1) % subNames.length] as string);
      return { ...portfolio, name, positions, marginAccounts };
    }),
  };
}
