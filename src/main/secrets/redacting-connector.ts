import type { Connection } from '../../shared/domain/connection';
import type { Redactor } from '../log/redactor';
import type { VenueConnector } from '../venues/connector';
import { maskedError } from '../venues/shared/masking';

function masked(error: unknown, redactor: Redactor): unknown {
  return maskedError(error, (text) => redactor.mask(text));
}

/**
 * Every client the core makes tells the redactor the secrets it obtains (Cadenza's tokens), and every
 * error it throws is masked before anyone sees it: the sync log stores it, a test returns it, the UI shows it.
 */
export function redactingConnectors(connectorFor: (venue: Connection['venue']) => VenueConnector, redactor: Redactor): (venue: Connection['venue']) => VenueConnector {
  return (venue) => {
    const connector = connectorFor(venue);
    return {
      ...connector,
      createClient(context) {
        const client = connector.createClient({ ...context, onSecret: (value) => redactor.add(value) });
        return {
          read: (signal) => client.read(signal).catch((error: unknown) => Promise.reject(masked(error, redactor))),
        };
      },
    };
  };
}
