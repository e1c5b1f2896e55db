import type { VenueId } from '../../shared/domain/venue';
import { cadenzaConnector } from './cadenza';
import { connexConnector } from './connex';
import type { VenueConnector } from './connector';
import { ltpConnector } from './ltp';
import { rapidxConnector } from './rapidx';
import { treadfiConnector } from './treadfi';

export const connectors: Readonly<Record<VenueId, VenueConnector>> = {
  rapidx: rapidxConnector,
  connex: connexConnector,
  ltp: ltpConnector,
  cadenza: cadenzaConnector,
  treadfi: treadfiConnector,
};

export function connectorFor(venue: VenueId): VenueConnector {
  return connectors[venue];
}
