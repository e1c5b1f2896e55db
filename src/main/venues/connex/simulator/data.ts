import { simulatedBook, type PortfolioBook } from '../../ltp-family/simulator/data';
import { withTrading } from '../../ltp-family/simulator/trading-data';
import { seededRandom } from '../../shared/simulator/random';

export const DEFAULT_SEED = 20_260_302;

/**
 * ConneX's seeded book: three portfolios, every coin on both BINANCE and OKX, with positions and margin;
 * those come from a random of their own, so that the seeded assets stay as they were.
 */
export function seededBook(random: () => number, seed: number): PortfolioBook {
  return withTrading(seededRandom(seed + 1), simulatedBook(random, { portfolios: 3, exchanges: ['BINANCE', 'OKX'], coinsPerPortfolio: [20, 30], everyExchange: true }));
}
