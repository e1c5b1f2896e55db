import { join } from 'node:path';
import type { Handlers } from '../shared/contract';
import type { Connection } from '../shared/domain/connection';
import type { PollState } from '../shared/domain/sync';
import { AppError } from '../shared/app-error';
import { version } from '../../package.json';
import { accountsHandlers } from './api/accounts-handlers';
import { connectionsHandlers } from './api/connections-handlers';
import { createDispatch, type Dispatch } from './api/dispatch';
import { EventBus } from './event-bus';
import { exportHandlers } from './api/export-handlers';
import { portfolioHandlers } from './api/portfolio-handlers';
import { pricesHandlers } from './api/prices-handlers';
import { ManualPrices } from './portfolio/manual-prices';
import { readSettings, settingsHandlers } from './api/settings-handlers';
import { syncHandlers } from './api/sync-handlers';
import { ensurePrivateDir } from './data-dir';
import { createCsvExports, type CsvExports } from './export/csv-exports';
import { FileLogger } from './log/logger';
import { Redactor } from './log/redactor';
import { CredentialVault } from './secrets/credentials';
import { KeytarSecretStore } from './secrets/keytar-secret-store';
import { redactingConnectors } from './secrets/redacting-connector';
import type { SecretStore } from './secrets/secret-store';
import { AccountAliasesRepo } from './store/account-aliases-repo';
import { ConnectionsRepo } from './store/connections-repo';
import type { Db } from './store/database';
import { RETENTION } from './portfolio/policy';
import { Portfolio } from './portfolio/portfolio';
import { openDatabaseSafely } from './store/recovery';
import { storageAppError } from './store/storage-failure';
import { SetSummariesRepo } from './store/set-summaries-repo';
import { SettingsRepo } from './store/settings-repo';
import { SnapshotsRepo } from './store/snapshots-repo';
import { SyncLogRepo } from './store/sync-log-repo';
import { AlertService } from './alerts/alert-service';
import { runUpkeep } from './store/upkeep';
import { afterFirstAnswer, type UpkeepScheduler } from './store/upkeep-schedule';
import { ClientPool } from './sync/client-pool';
import { Poller } from './sync/poller';
import { SyncService } from './sync/sync-service';
import type { VenueConnector } from './venues/connector';
import type { HttpPolicy } from './venues/shared/http';
import { httpPolicyFromEnv } from './venues/shared/http-policy-env';
import { connectorFor as defaultConnectorFor } from './venues/registry';

export type AppMode = 'electron' | 'browser' | 'cli';

export interface CoreOptions {
  readonly dataDir: string;
  readonly mode: AppMode;
  readonly secrets?: SecretStore;
  /** better-sqlite3 binary for a runtime other than this Node (the Electron shell's). */
  readonly nativeBinding?: string;
  readonly now?: () => Date;
  /** Open the database read-only, for commands that only read: they then work on a full disk. */
  readonly readOnly?: boolean;
  /** How long a write waits for another process's write (SQLite's busy timeout); tests shorten it. */
  readonly busyTimeoutMs?: number;
  /** Venue timeouts and retries; tests shorten them. */
  readonly http?: HttpPolicy;
  readonly connectorFor?: (venue: Connection['venue']) => VenueConnector;
  /** Poll intervals; tests shorten them. Defaults to the connection's, never faster than its venue allows. */
  readonly intervalMs?: (connection: Connection) => number;
  /** The Electron shell's save dialog for `export.csv`: the chosen path, or null when the user cancels. */
  readonly chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** This core holds the demo portfolio (app.info says so, and the UI shows the DEMO badge). */
  readonly demo?: boolean;
  /** When the first upkeep pass starts; by default a little after the first summary is answered. */
  readonly upkeepScheduler?: UpkeepScheduler;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly handlers: Handlers;
  readonly events: EventBus;
  readonly db: Db;
  readonly log: FileLogger;
  readonly poller: Poller;
  /** CSV reports for the CLI's `export` and browser mode's download, which stream rather than answer JSON. */
  readonly exports: CsvExports;
  /** Things the user must be told at start, e.g. a corrupt database that was moved aside. */
  readonly notices: readonly string[];
  /** Background polling: the app and browser mode poll, the CLI reads once on demand. */
  startPolling(): void;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'holdfast.sqlite';

/** Wires the platform-free core. The Electron shell, the browser server and the CLI all start here. */
export function createCore(options: CoreOptions): Core {
  ensurePrivateDir(options.dataDir);
  ensurePrivateDir(join(options.dataDir, 'logs'));
  const redactor = new Redactor();
  const log = new FileLogger(join(options.dataDir, 'logs', 'holdfast.log'), redactor);
  const { db, notices } = openDatabaseSafely(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding, readOnly: options.readOnly, busyTimeoutMs: options.busyTimeoutMs }, log);
  const secrets = options.secrets ?? new KeytarSecretStore(process.env.HOLDFAST_KEYCHAIN_SERVICE || undefined);
  const vault = new CredentialVault(secrets, (value) => redactor.add(value));
  const events = new EventBus();
  const now = options.now ?? (() => new Date());
  const connectorFor = redactingConnectors(options.connectorFor ?? defaultConnectorFor, redactor);
  const intervalMs =
    options.intervalMs ?? ((c: Connection) => Math.max(c.pollIntervalSec, connectorFor(c.venue).minPollIntervalSec) * 1000);

  const connections = new ConnectionsRepo(db);
  const snapshots = new SnapshotsRepo(db);
  const syncLog = new SyncLogRepo(db);
  const aliases = new AccountAliasesRepo(db);
  const settings = new SettingsRepo(db);
  const manualPrices = new ManualPrices(settings);
  // The poller is created after the portfolio, which asks it what each connection is doing.
  let pollStates = (): ReadonlyMap<string, PollState> => new Map();
  const setSummaries = new SetSummariesRepo(db);
  const portfolio = new Portfolio({ connections, snapshots, syncLog, aliases, pollStates: () => pollStates(), intervalMs, now, manualPrices: () => manualPrices.list(), setSummaries });
  const syncDeps = { vault, connectorFor, snapshots, syncLog, priceBook: (atMs: number) => portfolio.priceBook(atMs), events, log, now, dataDir: options.dataDir };
  const http = options.http ?? httpPolicyFromEnv(process.env);
  const sync = new SyncService({ ...syncDeps, clients: new ClientPool(connectorFor, now, http) });
  // "Test connection" has someone waiting on it (a form being filled in, a details panel): one try answers
  // at once, where a refused host took 7 s of backoff. Retrying is for the background reads nobody watches.
  const tester = new SyncService({ ...syncDeps, clients: new ClientPool(connectorFor, now, { ...http, retry: { ...http.retry, limit: 0 } }) });
  const poller = new Poller({
    connections: () => connections.list(),
    read: (c, signal) => sync.read(c, signal),
    intervalMs,
    lastReadAt: (id) => {
      const last = syncLog.lastOutcomes().get(id);
      return last ? Date.parse(last.at) : null;
    },
  });
  pollStates = () => new Map(poller.status().connections.map((c) => [c.connectionId, c.state]));
  events.on('connections.changed', () => poller.refresh());
  const alerts = new AlertService({ portfolio, connections: () => connections.list(), syncLog, store: settings, settings: () => readSettings(settings).alerts, events, now, log });
  const exports = createCsvExports({ portfolio, connections: () => connections.list(), settings: () => readSettings(settings) });

  let answered = () => {};
  const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
  const handlers: Handlers = {
    'app.info': async () => ({
      version,
      dataDir: options.dataDir,
      mode: options.mode,
      keychain: await secrets.status(),
      notices: [...notices],
      demo: options.demo ?? false,
    }),
    // Switching profiles takes a host that can swap cores (src/main/demo/profile-host.ts); a lone core cannot.
    'demo.start': async () => {
      throw new AppError('invalid_input', 'The demo runs in the app or with `holdfast serve --demo` / `holdfast demo`.');
    },
    'demo.leave': async () => {
      throw new AppError('invalid_input', 'This is not the demo: there is nothing to leave.');
    },
    ...connectionsHandlers({ connections, vault, events, now }),
    ...syncHandlers({ connections, poller, tester, syncLog }),
    ...portfolioHandlers(portfolio),
    ...accountsHandlers({ portfolio, connections, aliases, events, now }),
    'alerts.list': async () => alerts.log(),
    ...settingsHandlers(settings),
    ...pricesHandlers({ prices: manualPrices, portfolio, syncNow: (id) => poller.syncNow(id), now }),
    ...exportHandlers({ exports, chooseExportPath: options.chooseExportPath }),
  };

  let upkeepTimer: NodeJS.Timeout | undefined;
  let upkeepRun: Promise<void> = Promise.resolve();
  let cancelUpkeep = () => {};
  // The first summary answered is the first render's data: the startup checks wait for it (startPolling).
  // Wrapped in the handler, as every transport (this dispatch, the profile host's) calls the handlers.
  const summary = handlers['portfolio.summary'];
  handlers['portfolio.summary'] = async (input) => {
    try {
      return await summary(input);
    } finally {
      answered();
    }
  };
  const damaged = () => {
    log.error('the daily integrity check found the database damaged; it is moved aside at the next start');
    notices.push('Holdfast’s daily check found its database damaged. Quit and start Holdfast again: it will move the file aside (kept, not deleted) and start a fresh one.');
  };
  return {
    dispatch: createDispatch(handlers, log, (error) => storageAppError(error, options.dataDir)),
    handlers,
    events,
    db,
    log,
    poller,
    exports,
    notices,
    startPolling() {
      poller.start();
      alerts.start();
      // Hourly upkeep: the day's integrity check and backup if not yet done, then compaction of old
      // holdings detail, by whichever Holdfast process on this data folder takes its lease first. The
      // first pass waits until the app has answered: it must not sit in front of the first render.
      const upkeep = async () => {
        try {
          await runUpkeep(db, join(options.dataDir, 'backups'), now, RETENTION, damaged);
        } catch (error) {
          // A pass cut short by close() is not a failure.
          if (db.open) log.error('database upkeep failed', error);
        }
      };
      cancelUpkeep = (options.upkeepScheduler ?? afterFirstAnswer)(firstAnswer, () => {
        if (!db.open) return;
        upkeepRun = upkeep();
        upkeepTimer = setInterval(() => (upkeepRun = upkeep()), 60 * 60_000);
        upkeepTimer.unref();
      });
    },
    async close() {
      cancelUpkeep();
      clearInterval(upkeepTimer);
      alerts.stop();
      await poller.stop();
      db.close();
      // The pass in progress stops at its next statement; wait for it, so nothing touches the folder after close.
      await upkeepRun;
    },
  };
}
