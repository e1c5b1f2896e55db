import type { Connection } from '../../shared/domain/connection';
import type { Credentials } from '../../shared/domain/venue';
import { buildPriceBook } from '../portfolio/price-book';
import { valueHoldings } from '../portfolio/valuation';
import type { VenueConnector } from '../venues/connector';
import { connectorFor as defaultConnectorFor } from '../venues/registry';
import type { HttpPolicy } from '../venues/shared/http';
import type { PresentRead } from './demo-year';

/**
 * One read of every demo connection, valued as the sync service values them (Cadenza from the other
 * venues' prices), stored nowhere: the template the backfilled year leads up to.
 */
export async function readPresent(
  connections: readonly { connection: Connection; simulator: { credentials: Credentials } }[],
  now: () => Date,
  connectorFor: (venue: Connection['venue']) => VenueConnector = defaultConnectorFor,
  http?: HttpPolicy,
): Promise<PresentRead[]> {
  const reads = await Promise.all(
    connections.map(async ({ connection, simulator }) => {
      const client = connectorFor(connection.venue).createClient({
        connectionId: connection.id,
        baseUrl: connection.baseUrl,
        credentials: simulator.credentials,
        now,
        http,
      });
      return { connection, read: await client.read() };
    }),
  );
  const at = now().getTime();
  const book = buildPriceBook(reads.map(({ connection, read }) => ({ venue: connection.venue, at, holdings: read.holdings })));
  return reads.map(({ connection, read }) => ({
    connectionId: connection.id,
    holdings: valueHoldings(read.holdings, book),
    positions: read.positions,
    accountTotals: read.accountTotals,
    accountCount: read.accountCount,
  }));
}
