import type { VenueConnector } from '../connector';
import { minPollIntervalSec } from '../ltp-family/signed-get';
import { createConnexClient, documentedRate } from './client';

export const connexConnector: VenueConnector = {
  venue: 'connex',
  accountNoun: 'portfolio',
  // A seeded portfolio takes one or two pages; allow a few.
  minPollIntervalSec: minPollIntervalSec(documentedRate, 4),
  createClient: (context) => createConnexClient(context),
};

export { startConnexSimulator } from './simulator';
