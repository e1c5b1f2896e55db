import type { ReadWarning } from '../../../shared/domain/holding';
import { parseAnswer } from '../shared/answer-schemas';
import { VenueError } from '../shared/venue-error';
import { MarginAccountList, type MarginAccountRecord } from './margin-account-record';
import { PositionList, type PositionRecord } from './position-record';
import { withJitterMargin, type Endpoint, type SignedGet } from './signed-get';

/** `GET /api/v1/trading/account`: 2 requests per second on both venues (venue-docs/ltp-family-positions-and-account.md). */
export const accountDocumentedRate = { count: 2, perMs: 1_000 };

export function tradingEndpoints(venue: 'rapidx' | 'connex', positionRate: { count: number; perMs: number }): TradingEndpoints {
  return {
    position: { path: '/api/v1/trading/position', endpointClass: `${venue}-trading-position`, rate: withJitterMargin(positionRate) },
    account: { path: '/api/v1/trading/account', endpointClass: `${venue}-trading-account`, rate: withJitterMargin(accountDocumentedRate) },
  };
}

export interface TradingEndpoints {
  readonly position: Endpoint;
  readonly account: Endpoint;
}

export interface TradingAnswers {
  readonly positions: readonly PositionRecord[];
  readonly accounts: readonly MarginAccountRecord[];
  readonly warnings: readonly ReadWarning[];
}

/**
 * Failures that leave the balances worth storing: a key that may not read this endpoint, or an answer
 * Holdfast no longer understands. Anything transient (rate limit, server, network) fails the whole read
 * instead, to be retried: a snapshot whose positions vanished for a moment would show a change that
 * never happened.
 */
const PARTIAL_KINDS: ReadonlySet<string> = new Set(['permission', 'bad_response']);

async function partial<T>(what: string, read: () => Promise<T[]>): Promise<{ records: T[]; warning: ReadWarning | null }> {
  try {
    return { records: await read(), warning: null };
  } catch (error) {
    if (!(error instanceof VenueError) || !PARTIAL_KINDS.has(error.kind)) throw error;
    return { records: [], warning: { accountId: null, accountLabel: null, message: `${what} were not read, so this read has the balances without them: ${error.message}` } };
  }
}

/**
 * Positions and per-exchange margin of the key's portfolio, one request each, after the assets and one
 * after the other: a read that fails stops at its first failure, as it did before positions were read.
 */
export async function readTrading(venue: 'rapidx' | 'connex', get: SignedGet, endpoints: TradingEndpoints, signal?: AbortSignal): Promise<TradingAnswers> {
  const positions = await partial('Positions', async () => parseAnswer(PositionList, await get(endpoints.position, [], signal), venue, `GET ${endpoints.position.path}`));
  const accounts = await partial('Margin accounts', async () => parseAnswer(MarginAccountList, await get(endpoints.account, [], signal), venue, `GET ${endpoints.account.path}`));
  return {
    positions: positions.records,
    accounts: accounts.records,
    warnings: [positions.warning, accounts.warning].filter((warning): warning is ReadWarning => warning !== null),
  };
}
