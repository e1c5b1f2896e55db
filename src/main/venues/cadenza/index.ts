import type { VenueConnector } from '../connector';
import { createCadenzaClient } from './client';

export const cadenzaConnector: VenueConnector = {
  venue: 'cadenza',
  accountNoun: 'account',
  // No documented limit, and Cadenza itself syncs balances from the exchanges only periodically.
  minPollIntervalSec: 60,
  // Nothing in Cadenza's docs says its balances (free/locked/total) include position P&L: each position's P&L is its value.
  positionPnlInBalances: false,
  createClient: createCadenzaClient,
};

export { startCadenzaSimulator, type CadenzaSimulator, type CadenzaSimulatorOptions } from './simulator/server';
