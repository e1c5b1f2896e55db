import { simulatedBook, type AssetWire, type PortfolioBook } from '../ltp-family/simulated-portfolios';
import { startLtpFamilySimulator, success, type LtpFamilySimulator, type RouteRequest, type SimulatorOptions } from '../ltp-family/simulator-core';
import { seededRandom } from '../shared/simulator/random';
import type { SimResponse } from '../shared/simulator/server';
import { documentedRate, userAssetEndpoint } from './client';

const DEFAULT_SEED = 20_260_301;

/** `schema_drift`: the venue renames `balance`. */
function drifted(asset: AssetWire): AssetWire {
  const { balance, ...rest } = asset;
  return { ...rest, totalBalance: balance ?? '0' };
}

function answer(book: PortfolioBook, request: RouteRequest): SimResponse {
  const portfolios = request.empty ? [] : book.portfolios;
  return success(200_000, Object.fromEntries(portfolios.map((portfolio) => [portfolio.portfolioId, request.drift ? portfolio.assets.map(drifted) : portfolio.assets])));
}

/** RapidX: a main portfolio and its sub portfolios, all read by the main key in one request. */
export async function startRapidxSimulator(options: SimulatorOptions<PortfolioBook> = {}): Promise<LtpFamilySimulator> {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const book = options.data ?? simulatedBook(random, { portfolios: 4, exchanges: ['BINANCE', 'OKX', 'EDX'], coinsPerPortfolio: [10, 30] });
  return startLtpFamilySimulator(options, random, [
    { path: userAssetEndpoint.path, levels: ['main'], rate: documentedRate, answer: (request) => answer(book, request) },
  ]);
}
