import type { VenueConnector } from '../connector';
import { createTreadfiClient } from './client';

/**
 * Tread.fi: one static API token sees every exchange account of its user. No documented rate limit;
 * venues.md §5.4 asks for the cached balances no more than about once per 10–30 s.
 */
export const treadfiConnector: VenueConnector = {
  venue: 'treadfi',
  accountNoun: 'account',
  minPollIntervalSec: 20,
  // Tread.fi's token notionals hold no position P&L: each position's unrealised profit is its value.
  positionPnlInBalances: false,
  createClient: (context) => createTreadfiClient(context),
};

export { createTreadfiClient, type TreadfiClientOptions } from './client';
export type { TreadfiSimAccount, TreadfiSimAsset, TreadfiSimData } from './simulator/data';
export { startTreadfiSimulator, type RunningTreadfiSimulator, type TreadfiSimulatorOptions } from './simulator/server';
