import type { VenueConnector } from '../connector';
import { minPollIntervalSec } from '../shared/rate-limit';
import { createLtpClient, documentedRate } from './client';

export const ltpConnector: VenueConnector = {
  venue: 'ltp',
  accountNoun: 'account',
  minPollIntervalSec: minPollIntervalSec(documentedRate, 1),
  // LTP's account balances have no perp positions of their own to count or leave out: this read has none.
  positionPnlInBalances: false,
  createClient: (context) => createLtpClient(context),
};

export { startLtpSimulator } from './simulator/server';
