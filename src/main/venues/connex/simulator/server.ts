import type { AssetWire, PortfolioBook } from '../../ltp-family/simulator/data';
import { failure, startLtpFamilySimulator, success, type LtpFamilySimulator, type RouteRequest, type SimulatorOptions } from '../../ltp-family/simulator/server';
import { seededRandom } from '../../shared/simulator/random';
import type { SimResponse } from '../../shared/simulator/server';
import { portfolioOfKey, tradingRoutes } from '../../ltp-family/simulator/trading-routes';
import { documentedRate, portfolioAssetsEndpoint, positionDocumentedRate } from '../client';
import { DEFAULT_SEED, seededBook } from './data';

const DEFAULT_PAGE_SIZE = 1_000;
/** Not documented; the venue has a code for it (400002), so the simulator picks the documented default. */
const MAX_PAGE_SIZE = 1_000;

/** `schema_drift`: the venue sends indexPrice as an object. */
function drifted(asset: AssetWire): Record<string, unknown> {
  return { ...asset, indexPrice: { value: asset.indexPrice, currency: 'USDT' } };
}

function positiveInteger(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

function answer(book: PortfolioBook, request: RouteRequest): SimResponse {
  const page = positiveInteger(request.query.get('page'), 1);
  const pageSize = positiveInteger(request.query.get('pageSize'), DEFAULT_PAGE_SIZE);
  if (page === undefined || pageSize === undefined) return failure(400000, 'Invalid parameter');
  if (pageSize > MAX_PAGE_SIZE) return failure(400002, 'Page size exceeds limit');
  const portfolio = portfolioOfKey(book, request);
  if (!portfolio && !request.empty) return failure(100001, 'Portfolio does not exist');
  const exchangeType = request.query.get('exchangeType');
  const assets = request.empty || !portfolio ? [] : portfolio.assets.filter((asset) => exchangeType === undefined || asset.exchangeType === exchangeType);
  const list = assets.slice((page - 1) * pageSize, page * pageSize);
  return success(200_000, {
    page,
    pageSize,
    pageNum: page,
    totalSize: assets.length,
    list: request.drift ? list.map(drifted) : list,
  });
}

/** ConneX: one portfolio per key, paged; sub-portfolio keys are welcome here. */
export async function startConnexSimulator(options: SimulatorOptions<PortfolioBook> = {}): Promise<LtpFamilySimulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = seededRandom(seed);
  const book = options.data ?? seededBook(random, seed);
  return startLtpFamilySimulator(options, random, [
    { path: portfolioAssetsEndpoint.path, levels: ['main', 'sub-portfolio'], rate: documentedRate, answer: (request) => answer(book, request) },
    ...tradingRoutes(book, positionDocumentedRate),
  ]);
}
