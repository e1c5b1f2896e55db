// Child process of the day case: `count` RapidX simulators of `assets` asset rows each, whose prices
// move between reads as a market does, so no read repeats the last. Prints their addresses and keys as
// JSON; runs until killed. Out of the measured process, so its CPU and memory are not Holdfast's.
import { Dec, decimalString } from '../../src/shared/decimal';
import { seededRandom } from '../../src/main/venues/shared/simulator/random';
import { simulatedBook, type AssetWire, type PortfolioBook } from '../../src/main/venues/ltp-family/simulator/data';
import { startRapidxSimulator } from '../../src/main/venues/rapidx/simulator/server';

const [count = '10', assets = '1000'] = process.argv.slice(2);

/** A book of about `assets` rows: the seeded coins on every exchange, repeated over as many portfolios as that takes. */
function bookOf(seed: number, rows: number): { book: PortfolioBook; assets: Record<string, string>[] } {
  const perPortfolio = simulatedBook(seededRandom(seed), { portfolios: 1, exchanges: ['BINANCE', 'OKX', 'EDX', 'BYBIT'], coinsPerPortfolio: [40, 40], everyExchange: true }).portfolios[0]?.assets ?? [];
  const portfolios = Math.ceil(rows / perPortfolio.length);
  const all: Record<string, string>[] = [];
  const book: PortfolioBook = {
    portfolios: Array.from({ length: portfolios }, (_, p) => {
      const portfolioId = String(1_726_371_398_908_000 + seed * 1_000 + p);
      const left = rows - p * perPortfolio.length;
      const own = perPortfolio.slice(0, Math.min(perPortfolio.length, left)).map((a: AssetWire) => ({ ...a, portfolioId }));
      all.push(...own);
      return { portfolioId, assets: own };
    }),
  };
  return { book, assets: all };
}

const started = await Promise.all(
  Array.from({ length: Number(count) }, async (_, i) => {
    const { book, assets: rows } = bookOf(i + 1, Number(assets));
    const sim = await startRapidxSimulator({ seed: i + 1, data: book });
    return { sim, rows };
  }),
);

// Every price moves a little every second. The last digit of the price and of the value turn over
// together: cheap enough that the host keeps up, and every read differs from the one before.
let tick = 0;
setInterval(() => {
  tick += 1;
  for (const { rows } of started) {
    for (const row of rows) {
      row.indexPrice = `${(row.indexPrice ?? '1').replace(/\d$/, '')}${tick % 10}`;
      row.equityValue = decimalString(new Dec(row.equity ?? '0').mul(row.indexPrice));
    }
  }
}, 1_000);

process.stdout.write(`${JSON.stringify(started.map(({ sim }) => ({ baseUrl: sim.baseUrl, credentials: sim.credentials })))}\n`);
