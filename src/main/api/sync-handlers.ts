import type { Handlers } from '../../shared/contract';
import type { Connection } from '../../shared/domain/connection';
import { AppError } from '../../shared/app-error';
import type { ConnectionsRepo } from '../store/connections-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import type { Poller } from '../sync/poller';
import type { SyncService } from '../sync/sync-service';

interface Deps {
  readonly connections: ConnectionsRepo;
  readonly poller: Poller;
  /** Answers "test connection": a read stored nowhere, without the background reads' retries. */
  readonly tester: Pick<SyncService, 'test'>;
  readonly syncLog: SyncLogRepo;
}

type SyncHandlers = Pick<Handlers, 'connections.test' | 'sync.now' | 'sync.status' | 'sync.pause' | 'sync.resume' | 'sync.log'>;

export function syncHandlers({ connections, poller, tester, syncLog }: Deps): SyncHandlers {
  const find = (id: string): Connection => {
    const found = connections.get(id);
    if (!found) throw new AppError('not_found', `No connection with id ${id}.`);
    return found;
  };
  const known = (id: string | undefined) => {
    if (id !== undefined) find(id);
  };
  return {
    'connections.test': async ({ id }) => tester.test(find(id)),
    'sync.now': async ({ connectionId }) => {
      known(connectionId);
      return poller.syncNow(connectionId);
    },
    'sync.status': async () => poller.status(),
    'sync.pause': async ({ connectionId }) => {
      known(connectionId);
      poller.pause(connectionId);
      return poller.status();
    },
    'sync.resume': async ({ connectionId }) => {
      known(connectionId);
      poller.resume(connectionId);
      return poller.status();
    },
    'sync.log': async ({ id, limit }) => {
      find(id);
      return syncLog.recent(id, limit);
    },
  };
}
