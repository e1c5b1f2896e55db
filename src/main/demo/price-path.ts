import { STABLECOINS } from '../portfolio/price-book';
import { seededRandom } from '../venues/shared/simulator/random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A year and a bit of daily steps: every backfilled time falls between two of them. */
const DAYS = 370;

function hash(text: string): number {
  let h = 2_166_136_261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16_777_619);
  return h >>> 0;
}

/**
 * How an asset's price in the past relates to today's: a seeded random walk of daily log returns
 * (crypto-like volatility with an upward drift over the year, so the past is mostly cheaper) plus
 * intraday swings that fade out towards now. Today's factor is exactly 1, so the backfilled history
 * meets the live read without a jump. Stablecoins stay at 1.
 */
export class PricePath {
  private readonly walks = new Map<string, Float64Array>();

  constructor(
    private readonly nowMs: number,
    private readonly seed = 1,
  ) {}

  factor(asset: string, atMs: number): number {
    const upper = asset.toUpperCase();
    if (STABLECOINS.has(upper)) return 1;
    const ageDays = Math.min(Math.max((this.nowMs - atMs) / DAY, 0), DAYS - 1);
    const walk = this.walk(upper);
    const day = Math.floor(ageDays);
    const within = ageDays - day;
    const daily = (walk[day] ?? 0) * (1 - within) + (walk[day + 1] ?? 0) * within;
    const phase = (hash(upper) % 1000) / 159;
    const fade = 1 - Math.exp(-(this.nowMs - atMs) / HOUR);
    const intraday = fade * (0.012 * Math.sin(atMs / (5.3 * HOUR) + phase) + 0.005 * Math.sin(atMs / (0.8 * HOUR) + 2 * phase));
    return Math.exp(daily + intraday);
  }

  private walk(asset: string): Float64Array {
    const cached = this.walks.get(asset);
    if (cached) return cached;
    const next = seededRandom(hash(asset) ^ this.seed);
    const walk = new Float64Array(DAYS + 1);
    for (let day = 1; day <= DAYS; day += 1) {
      // Box–Muller: a normal daily return of about 3 %, and a drift that makes a year ago ~30 % lower.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      walk[day] = (walk[day - 1] ?? 0) - 0.0008 + 0.03 * normal;
    }
    this.walks.set(asset, walk);
    return walk;
  }
}
