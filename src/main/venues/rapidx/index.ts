import type { VenueConnector } from '../connector';
import { minPollIntervalSec } from '../ltp-family/signed-get';
import { createRapidxClient, documentedRate } from './client';

export const rapidxConnector: VenueConnector = {
  venue: 'rapidx',
  accountNoun: 'portfolio',
  minPollIntervalSec: minPollIntervalSec(documentedRate, 1),
  createClient: createRapidxClient,
};

export { startRapidxSimulator } from './simulator';
