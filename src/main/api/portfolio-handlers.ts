import type { Handlers } from '../../shared/contract';
import type { Portfolio } from '../portfolio/portfolio';

type PortfolioHandlers = Pick<Handlers, 'portfolio.summary' | 'portfolio.priceChecks' | 'portfolio.holdings' | 'portfolio.allocation' | 'positions.list' | 'history.series' | 'portfolio.exposure' | 'portfolio.changes' | 'portfolio.risk' | 'history.bounds'>;

/** The portfolio's channels, each one call into the domain. */
export function portfolioHandlers(portfolio: Portfolio): PortfolioHandlers {
  return {
    'portfolio.summary': async () => portfolio.summary(),
    'portfolio.priceChecks': async () => portfolio.priceChecks(),
    'portfolio.holdings': async (query) => portfolio.holdings(query),
    'portfolio.allocation': async () => portfolio.allocation(),
    'positions.list': async (query) => portfolio.positions(query),
    'history.series': async (query) => portfolio.historySeries(query),
    'portfolio.exposure': async (query) => portfolio.exposure(query),
    'portfolio.changes': async (query) => portfolio.changes(query),
    'portfolio.risk': async (query) => portfolio.risk(query),
    'history.bounds': async () => portfolio.historyBounds(),
  };
}
