import type { VenueConnector } from '../connector';
import { createCadenzaClient } from './client';

export const cadenzaConnector: VenueConnector = {
  venue: 'cadenza',
  accountNoun: 'account',
  // No documented limit, and Cadenza itself syncs balances from the exchanges only periodically.
  minPollIntervalSec: 60,
  createClient: createCadenzaClient,
};

export { startCadenzaSimulator, type CadenzaSimulator, type CadenzaSimulatorOptions } from './simulator';
