import type { VenueConnector } from '../connector';
import { minPollIntervalSec } from '../ltp-family/signed-get';
import { createLtpClient, documentedRate } from './client';

export const ltpConnector: VenueConnector = {
  venue: 'ltp',
  accountNoun: 'account',
  minPollIntervalSec: minPollIntervalSec(documentedRate, 1),
  createClient: (context) => createLtpClient(context),
};

export { startLtpSimulator } from './simulator';
