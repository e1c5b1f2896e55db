import type { VenueConnector } from '../connector';
import { LTP_FAMILY_POSITION_PNL_IN_BALANCES } from '../ltp-family/normalise';
import { minPollIntervalSec } from '../shared/rate-limit';
import { createRapidxClient, documentedRate } from './client';

export const rapidxConnector: VenueConnector = {
  venue: 'rapidx',
  accountNoun: 'portfolio',
  minPollIntervalSec: minPollIntervalSec(documentedRate, 1),
  positionPnlInBalances: LTP_FAMILY_POSITION_PNL_IN_BALANCES,
  createClient: (context) => createRapidxClient(context),
};

export { startRapidxSimulator } from './simulator/server';
