import type { Connection } from '../../shared/domain/connection';
import type { Credentials } from '../../shared/domain/venue';
import type { ClientContext, VenueClient, VenueConnector } from '../venues/connector';
import type { HttpPolicy } from '../venues/shared/http';

/**
 * One client per connection, kept between reads so that session state (Cadenza's tokens, in memory
 * only) survives; replaced when the connection is edited.
 */
export class ClientPool {
  private readonly clients = new Map<string, { version: string; client: VenueClient }>();

  constructor(
    private readonly connectorFor: (venue: Connection['venue']) => VenueConnector,
    private readonly now: () => Date,
    private readonly http?: HttpPolicy,
  ) {}

  get(connection: Connection, credentials: Credentials): VenueClient {
    const version = `${connection.updatedAt} ${connection.baseUrl}`;
    const cached = this.clients.get(connection.id);
    if (cached?.version === version) return cached.client;
    const context: ClientContext = { connectionId: connection.id, baseUrl: connection.baseUrl, credentials, now: this.now, http: this.http };
    const client = this.connectorFor(connection.venue).createClient(context);
    this.clients.set(connection.id, { version, client });
    return client;
  }

  forget(connectionId: string): void {
    this.clients.delete(connectionId);
  }
}
