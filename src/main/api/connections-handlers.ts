import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/contract';
import type { Connection } from '../../shared/domain/connection';
import { credentialSchemaFor } from '../../shared/domain/venue';
import { invalidInput } from '../../shared/errors';
import { AppError } from '../../shared/app-error';
import type { CredentialVault } from '../secrets/credentials';
import { keyHint } from '../secrets/credentials';
import type { ConnectionPatch, ConnectionsRepo } from '../store/connections-repo';
import type { EventBus } from '../event-bus';
import { requireUniqueLabel } from './unique-label';

const DEFAULT_POLL_INTERVAL_SEC = 60;

interface Deps {
  readonly connections: ConnectionsRepo;
  readonly vault: CredentialVault;
  readonly events: EventBus;
  readonly now: () => Date;
}

type ConnectionHandlers = Pick<Handlers, 'connections.list' | 'connections.add' | 'connections.update' | 'connections.remove'>;

export function connectionsHandlers({ connections, vault, events, now }: Deps): ConnectionHandlers {
  const find = (id: string): Connection => {
    const found = connections.get(id);
    if (!found) throw new AppError('not_found', `No connection with id ${id}.`);
    return found;
  };
  const changed = () => events.emit('connections.changed', {});

  return {
    'connections.list': async () => connections.list(),

    'connections.add': async (input) => {
      requireUniqueLabel(connections.list(), input.label);
      await vault.requireKeychain();
      const at = now().toISOString();
      const connection: Connection = {
        id: randomUUID(),
        venue: input.venue,
        label: input.label,
        baseUrl: input.baseUrl,
        keyHint: keyHint(input.credentials),
        enabled: true,
        pollIntervalSec: DEFAULT_POLL_INTERVAL_SEC,
        createdAt: at,
        updatedAt: at,
      };
      await vault.save(connection.id, input.credentials);
      try {
        connections.insert(connection);
      } catch (error) {
        await vault.forget(connection.id);
        throw error;
      }
      changed();
      return connection;
    },

    'connections.update': async ({ id, credentials, ...fields }) => {
      const current = find(id);
      requireUniqueLabel(connections.list(), fields.label, id);
      if (fields.baseUrl !== undefined && !credentials) refuseNewHostWithoutCredentials(current.baseUrl, fields.baseUrl);
      const patch: ConnectionPatch = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (credentials) {
        const parsed = credentialSchemaFor(current.venue).safeParse(credentials);
        if (!parsed.success) throw invalidInput(parsed.error.issues.map((issue) => ({ ...issue, path: ['credentials', ...issue.path] })));
        await vault.requireKeychain();
        await vault.save(id, parsed.data);
        patch.keyHint = keyHint(parsed.data);
      }
      const updated = connections.update(id, patch, now().toISOString()) ?? find(id);
      changed();
      return updated;
    },

    'connections.remove': async ({ id }) => {
      find(id);
      // The secret goes first: a connection row without a secret can be re-keyed, an orphaned secret is invisible.
      await vault.requireKeychain();
      await vault.forget(id);
      connections.delete(id);
      changed();
      return { removed: true as const };
    },
  };
}

/**
 * Stored credentials were entered for one host: a base URL on another origin (host, port or scheme)
 * would send them there on the next test or sync. Moving a connection takes its credentials again.
 */
function refuseNewHostWithoutCredentials(stored: string, requested: string): void {
  const to = new URL(requested).origin;
  if (new URL(stored).origin === to) return;
  const message = `Moving this connection to ${to} needs its credentials again: enter them with the new base URL, so that the stored ones never go to a host they were not entered for.`;
  throw new AppError('invalid_input', message, [{ path: ['credentials'], message }]);
}
