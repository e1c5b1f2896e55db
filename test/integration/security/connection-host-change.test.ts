import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/shared/domain/connection';
import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { fastHttp } from '../../support/sim-core';
import { tempDir } from '../../support/temp-dir';

describe('changing a connection’s host needs its credentials again', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let secrets: MemorySecretStore;
  let listener: Server;
  let elsewhere: string;
  let arrived: string;
  let connection: Connection;
  const token = 'tf-token-0123456789abcdef0123';

  beforeEach(async () => {
    dir = tempDir();
    secrets = new MemorySecretStore();
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets, http: fastHttp });
    arrived = '';
    // The "new host": records every byte it is sent, answers nothing.
    listener = createServer((socket) => socket.on('data', (chunk: Buffer) => (arrived += chunk.toString())));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    elsewhere = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    // Port 9 (discard) on loopback: the stored host, where a test read fails without leaving the machine.
    const added = await core.dispatch('connections.add', { venue: 'treadfi', label: 'Algo', baseUrl: 'http://127.0.0.1:9', credentials: { token } });
    if (!added.ok) throw new Error(added.error.message);
    connection = added.data as Connection;
  });
  afterEach(async () => {
    await core.close();
    await new Promise((resolve) => listener.close(resolve));
    dir.remove();
  });

  it('refuses a base URL on another host without credentials, keeps the old one, and sends nothing there', async () => {
    const reply = await core.dispatch('connections.update', { id: connection.id, baseUrl: elsewhere });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const sentence = `Moving this connection to ${elsewhere} needs its credentials again: enter them with the new base URL, so that the stored ones never go to a host they were not entered for.`;
    expect(reply.error).toEqual({ code: 'invalid_input', message: sentence, issues: [{ path: ['credentials'], message: sentence }] });

    const list = await core.dispatch('connections.list', {});
    expect(list.ok && (list.data as Connection[])[0]?.baseUrl).toBe('http://127.0.0.1:9');
    await core.dispatch('connections.test', { id: connection.id });
    expect(arrived).toBe('');
  });

  it('accepts another host together with credentials, and a new path on the same host without them', async () => {
    const samehost = await core.dispatch('connections.update', { id: connection.id, baseUrl: 'http://127.0.0.1:9/v2' });
    expect(samehost).toMatchObject({ ok: true, data: { baseUrl: 'http://127.0.0.1:9/v2' } });
    const moved = await core.dispatch('connections.update', { id: connection.id, baseUrl: elsewhere, credentials: { token: 'tf-token-for-the-new-host-0001' } });
    expect(moved).toMatchObject({ ok: true, data: { baseUrl: elsewhere } });
    expect(JSON.parse(secrets.entries.get(connection.id) ?? '{}')).toEqual({ token: 'tf-token-for-the-new-host-0001' });
  });
});
