import type { VenueConnector } from '../connector';
import { LTP_FAMILY_POSITION_PNL_IN_BALANCES } from '../ltp-family/normalise';
import { minPollIntervalSec } from '../shared/rate-limit';
import { createConnexClient, documentedRate } from './client';

export const connexConnector: VenueConnector = {
  venue: 'connex',
  accountNoun: 'portfolio',
  // A seeded portfolio takes one or two pages; allow a few.
  minPollIntervalSec: minPollIntervalSec(documentedRate, 4),
  positionPnlInBalances: LTP_FAMILY_POSITION_PNL_IN_BALANCES,
  createClient: (context) => createConnexClient(context),
};

export { startConnexSimulator } from './simulator/server';
