import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../shared/contract';
import { version } from '../../package.json';
import { connectionsHandlers } from './api/connections-handlers';
import { createDispatch, type Dispatch } from './api/dispatch';
import { EventBus } from './api/event-bus';
import { FileLogger } from './log/logger';
import { CredentialVault } from './secrets/credentials';
import { KeytarSecretStore } from './secrets/keytar-secret-store';
import type { SecretStore } from './secrets/secret-store';
import { ConnectionsRepo } from './store/connections-repo';
import { openDatabase, type Db } from './store/database';

export type AppMode = 'electron' | 'browser' | 'cli';

export interface CoreOptions {
  readonly dataDir: string;
  readonly mode: AppMode;
  readonly secrets?: SecretStore;
  /** better-sqlite3 binary for a runtime other than this Node (the Electron shell's). */
  readonly nativeBinding?: string;
  readonly now?: () => Date;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly handlers: Handlers;
  readonly events: EventBus;
  readonly db: Db;
  readonly log: FileLogger;
  close(): void;
}

export const DATABASE_FILE = 'holdfast.sqlite';

/** Wires the platform-free core: store, keychain, handlers. The shell, the browser server and the CLI all start here. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
  const log = new FileLogger(join(options.dataDir, 'logs', 'holdfast.log'));
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const secrets = options.secrets ?? new KeytarSecretStore(process.env.HOLDFAST_KEYCHAIN_SERVICE || undefined);
  const vault = new CredentialVault(secrets);
  const events = new EventBus();
  const now = options.now ?? (() => new Date());

  const handlers: Handlers = {
    'app.info': async () => ({
      version,
      dataDir: options.dataDir,
      mode: options.mode,
      keychain: await secrets.status(),
    }),
    ...connectionsHandlers({ connections: new ConnectionsRepo(db), vault, events, now }),
  };

  return {
    dispatch: createDispatch(handlers, log),
    handlers,
    events,
    db,
    log,
    close: () => db.close(),
  };
}
