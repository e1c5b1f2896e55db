import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { startBrowserServer, type BrowserServer, type BrowserServerOptions } from '../../../src/main/server/http-server';
import { openSession } from '../../support/browser-session';
import { simCore, type SimCore } from '../../support/sim-core';

function serverFor(core: Core, extra: Partial<BrowserServerOptions> = {}): Promise<BrowserServer> {
  return startBrowserServer({ port: 0, rendererDir: '/nonexistent', backend: core, ...extra });
}

/** A raw client: what it was sent back, and when the server closed it. */
function rawClient(port: number): { socket: Socket; received: () => string; closed: Promise<void>; connected: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
  socket.on('error', () => undefined);
  return {
    socket,
    received: () => data,
    closed: new Promise((resolve) => socket.once('close', () => resolve())),
    connected: new Promise((resolve) => socket.once('connect', () => resolve())),
  };
}

describe('browser mode sessions, tickets and connection limits', () => {
  let env: SimCore;
  let server: BrowserServer | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.destroy());
    await server?.close();
    server = undefined;
    await env.stop();
  });

  it('announces the next link when one is spent', async () => {
    env = await simCore([]);
    const announced: string[] = [];
    server = await serverFor(env.core, { onNewLink: (url) => announced.push(url) });
    const first = server.url;
    await openSession(first);
    expect(announced).toEqual([server.url]);
    expect(server.url).not.toBe(first);
    await expect(openSession(first)).rejects.toThrow('the link did not open a session: This link was used already');
    await openSession(server.url);
    expect(announced).toHaveLength(2);
  });

  it('downloads with a one-time ticket asked for with the session token', async () => {
    env = await simCore(['rapidx']);
    await env.call('sync.now');
    server = await serverFor(env.core);
    const { origin, headers } = await openSession(server.url);
    const ask = (body: unknown, auth = headers) => fetch(`${origin}/api/download/ticket`, { method: 'POST', headers: auth, body: JSON.stringify(body) });

    const reply = (await (await ask({ report: 'holdings' })).json()) as { ok: true; data: { ticket: string } };
    const link = `${origin}/api/download?ticket=${encodeURIComponent(reply.data.ticket)}`;
    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="holdfast-holdings-/);
    expect((await download.text()).split('\r\n').length).toBeGreaterThan(2);

    const again = await fetch(link);
    expect(again.status).toBe(410);
    expect(await again.text()).toBe('This download link was used already or has expired: press Export again.');
    expect((await fetch(`${origin}/api/download?ticket=made-up`)).status).toBe(410);

    const bad = await ask({ report: 'everything' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Bad download request: report must be one of holdings, .+\.$/) } });
    const { Authorization: _, ...withoutSession } = headers;
    expect((await ask({ report: 'holdings' }, withoutSession)).status).toBe(401);
  });

  it('drops a client that sends its headers too slowly', async () => {
    env = await simCore([]);
    server = await serverFor(env.core, { headersTimeoutMs: 300 });
    const slow = rawClient(server.port);
    sockets.push(slow.socket);
    await slow.connected;
    // Headers begun and never finished, as a slowloris client does.
    slow.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: `);
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('refuses connections past its cap', async () => {
    env = await simCore([]);
    server = await serverFor(env.core, { maxConnections: 2 });
    const port = server.port;
    const kept = [rawClient(port), rawClient(port)];
    sockets.push(...kept.map((client) => client.socket));
    // Each kept connection is served (404: no renderer here), so the server has certainly accepted both.
    for (const client of kept) {
      await client.connected;
      client.socket.write(`GET /missing HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    }
    await expect.poll(() => kept.every((client) => client.received().startsWith('HTTP/1.1 404'))).toBe(true);

    const third = rawClient(port);
    sockets.push(third.socket);
    third.socket.write(`GET /missing HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await third.closed;
    expect(third.received()).toBe('');
  });
});
