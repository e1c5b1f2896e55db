import type { AssetWire, PortfolioBook } from '../../ltp-family/simulator/data';
import { failure, startLtpFamilySimulator, success, type LtpFamilySimulator, type RouteRequest, type SimulatorOptions } from '../../ltp-family/simulator/server';
import { tradingRoutes } from '../../ltp-family/simulator/trading-routes';
import { exactNumber } from '../../shared/simulator/exact-json';
import { seededRandom } from '../../shared/simulator/random';
import type { SimResponse } from '../../shared/simulator/server';
import { documentedRate, positionDocumentedRate, userAssetEndpoint } from '../client';
import { DEFAULT_SEED, seededBook } from './data';
import { portfolioListEndpoint, portfolioListRate } from '../account-names';

const MAX_PORTFOLIO_PAGE_SIZE = 1_000;

/** `schema_drift`: the venue renames `balance`. */
function drifted(asset: AssetWire): AssetWire {
  const { balance, ...rest } = asset;
  return { ...rest, totalBalance: balance ?? '0' };
}

function answer(book: PortfolioBook, request: RouteRequest): SimResponse {
  const portfolios = request.empty ? [] : book.portfolios;
  return success(200_000, Object.fromEntries(portfolios.map((portfolio) => [portfolio.portfolioId, request.drift ? portfolio.assets.map(drifted) : portfolio.assets])));
}

/** GET /api/v1/trading/portfolio: code 200, paged, and `portfolioId` as a JSON number (venues.md §1.3). */
function portfolioList(book: PortfolioBook, request: RouteRequest): SimResponse {
  const page = Number(request.query.get('page') ?? '1');
  const pageSize = Number(request.query.get('pageSize') ?? '100');
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1) return failure(400000, 'Invalid parameter');
  if (pageSize > MAX_PORTFOLIO_PAGE_SIZE) return failure(400002, 'Page size exceeds limit');
  const portfolios = request.empty ? [] : book.portfolios;
  const list = portfolios.slice((page - 1) * pageSize, page * pageSize).map((portfolio, index) => ({
    portfolioId: exactNumber(portfolio.portfolioId),
    // schema_drift: the name arrives as a number, as a careless change could send it.
    name: request.drift ? exactNumber('42') : (portfolio.name ?? null),
    belongingTo: exactNumber((page - 1) * pageSize + index === 0 ? '0' : '2'),
    createAt: exactNumber('1667534132406'),
    updateAt: exactNumber('1744801411771'),
  }));
  return success(200, { page, pageSize, pageNum: page, totalSize: portfolios.length, list });
}

/** RapidX: a main portfolio and its sub portfolios, all read by the main key in one request. */
export async function startRapidxSimulator(options: SimulatorOptions<PortfolioBook> = {}): Promise<LtpFamilySimulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = seededRandom(seed);
  const book = options.data ?? seededBook(random, seed);
  return startLtpFamilySimulator(options, random, [
    { path: userAssetEndpoint.path, levels: ['main'], rate: documentedRate, answer: (request) => answer(book, request) },
    { path: portfolioListEndpoint.path, levels: ['main'], rate: portfolioListRate, answer: (request) => portfolioList(book, request) },
    ...tradingRoutes(book, positionDocumentedRate),
  ]);
}
