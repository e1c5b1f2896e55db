import { createCore, type Core } from '../../src/main/core';
import { startBrowserServer, type BrowserServer } from '../../src/main/server/http-server';
import { KeytarSecretStore } from '../../src/main/secrets/keytar-secret-store';
import { openSession } from './browser-session';
import { testKeychainService } from './keychain';
import { tempDir } from './temp-dir';

export interface ServedCore {
  readonly core: Core;
  readonly server: BrowserServer;
  /** The session token the printed link was traded for (the link itself is spent). */
  readonly token: string;
  readonly origin: string;
  readonly dataDir: string;
  /** POST a contract call with this run's token; returns the status and the raw reply text. */
  call(channel: string, input: unknown): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

/** The real browser-mode server over a real core (SQLite file, real keychain under a test service name). */
export async function serveCore(rendererDir = '/nonexistent'): Promise<ServedCore> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir.path, mode: 'browser', secrets: new KeytarSecretStore(testKeychainService()) });
  const server = await startBrowserServer({ port: 0, rendererDir, backend: { dispatch: core.dispatch, events: core.events } });
  const { session, origin, headers } = await openSession(server.url);
  return {
    core,
    server,
    token: session,
    origin,
    dataDir: dir.path,
    async call(channel, input) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      });
      return { status: response.status, text: await response.text() };
    },
    async stop() {
      await server.close();
      await core.close();
      dir.remove();
    },
  };
}
