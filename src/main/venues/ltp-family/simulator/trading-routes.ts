import type { Rate } from '../../shared/rate-limit';
import type { SimResponse } from '../../shared/simulator/server';
import type { PortfolioBook, SimulatedPortfolio, TradingWire } from './data';
import { accountDocumentedRate } from '../client';
import { failure, success, type Route, type RouteRequest } from './server';

/** The key decides the portfolio: the main key reads the main portfolio, a sub-portfolio key its own. */
export function portfolioOfKey(book: PortfolioBook, request: RouteRequest): SimulatedPortfolio | undefined {
  return request.key.portfolioId === undefined ? book.portfolios[0] : book.portfolios.find((candidate) => candidate.portfolioId === request.key.portfolioId);
}

/** `schema_drift` on positions: the size every reader needs, renamed. */
function driftedPosition(record: TradingWire): TradingWire {
  const { positionQty, ...rest } = record;
  return { ...rest, qty: positionQty ?? null };
}

function positions(book: PortfolioBook, request: RouteRequest): SimResponse {
  const portfolio = portfolioOfKey(book, request);
  if (!portfolio && !request.empty) return failure(100001, 'Portfolio does not exist');
  const sym = request.query.get('sym');
  const exchange = request.query.get('exchange');
  const zeroFilter = request.query.get('zeroFilter') === 'true';
  const rows = (request.empty ? [] : (portfolio?.positions ?? [])).filter(
    (row) => (sym === undefined || row.sym === sym) && (exchange === undefined || row.sym?.startsWith(`${exchange}_`)) && !(zeroFilter && row.positionQty === '0'),
  );
  return success(200_000, request.drift ? rows.map(driftedPosition) : rows);
}

function accounts(book: PortfolioBook, request: RouteRequest): SimResponse {
  const portfolio = portfolioOfKey(book, request);
  if (!portfolio && !request.empty) return failure(100001, 'Portfolio does not exist');
  const rows = request.empty ? [] : (portfolio?.marginAccounts ?? []);
  // schema_drift: the exchange a margin record belongs to, renamed.
  return success(200_000, request.drift ? rows.map(({ exchangeType, ...rest }) => ({ ...rest, exchange: exchangeType ?? null })) : rows);
}

/** Positions (main and sub-portfolio keys, at the venue's own rate) and per-exchange margin (2 per second). */
export function tradingRoutes(book: PortfolioBook, positionRate: Rate): Route[] {
  return [
    { path: '/api/v1/trading/position', levels: ['main', 'sub-portfolio'], rate: positionRate, answer: (request) => positions(book, request) },
    { path: '/api/v1/trading/account', levels: ['main', 'sub-portfolio'], rate: accountDocumentedRate, answer: (request) => accounts(book, request) },
  ];
}
