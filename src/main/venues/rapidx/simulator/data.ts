import { simulatedBook, type PortfolioBook } from '../../ltp-family/simulator/data';
import { withTrading } from '../../ltp-family/simulator/trading-data';
import { seededRandom } from '../../shared/simulator/random';

export const DEFAULT_SEED = 20_260_301;

/**
 * RapidX's seeded book: a main portfolio and three sub portfolios over BINANCE, OKX and EDX, with names,
 * positions and margin; those come from a random of their own, so that the seeded assets stay as they were.
 */
export function seededBook(random: () => number, seed: number): PortfolioBook {
  return withTrading(seededRandom(seed + 1), simulatedBook(random, { portfolios: 4, exchanges: ['BINANCE', 'OKX', 'EDX'], coinsPerPortfolio: [10, 30] }));
}
