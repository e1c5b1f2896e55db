import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCore, type ServedCore } from '../../support/browser-server';

interface RawReply {
  status: number;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Raw HTTP, so that Host and Origin can be forged the way a hostile page or DNS rebinding would. */
function send(port: number, path: string, headers: Record<string, string>, body?: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser mode request guard', () => {
  let served: ServedCore;
  let port: number;
  let host: string;
  let origin: string;
  const addBody = JSON.stringify({ venue: 'treadfi', label: 'Sneaky', baseUrl: 'https://app.tread.fi', credentials: { token: 'tf-0123456789abcdef' } });
  const json = { 'Content-Type': 'application/json' };

  beforeAll(async () => {
    served = await serveCore();
    port = served.server.port;
    host = `127.0.0.1:${port}`;
    origin = `http://${host}`;
  });
  afterAll(() => served.stop());

  const list = async () => JSON.parse((await served.call('connections.list', {})).text) as unknown;

  it('prints a loopback URL with a long random token', () => {
    expect(served.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('refuses calls without the session token, or with a wrong one, with 401 and runs nothing', async () => {
    expect((await send(port, '/api/connections.add', { Host: host, Origin: origin, ...json }, addBody)).status).toBe(401);
    expect((await send(port, '/api/connections.add', { Host: host, Origin: origin, ...json, Authorization: 'Bearer wrong' }, addBody)).status).toBe(401);
    const page = await send(port, '/?token=wrong', { Host: host });
    expect(page.status).toBe(401);
    expect(page.text).not.toContain('<script');
    expect(await list()).toEqual({ ok: true, data: [] });
  });

  it('sets no cookie, and a cookie carrying the session token opens nothing', async () => {
    const link = new URL(served.server.url);
    const page = await send(port, `${link.pathname}${link.search}`, { Host: host });
    expect(page.headers['set-cookie']).toBeUndefined();
    const viaCookie = await send(port, '/api/connections.list', { Host: host, Origin: origin, ...json, Cookie: `holdfast_token_${port}=${served.token}` }, '{}');
    expect(viaCookie.status).toBe(401);
  });

  it('opens each link once: the trade spends it, a new link is announced, and the old URL is refused', async () => {
    const link = served.server.url;
    const token = new URL(link).searchParams.get('token') ?? '';
    const trade = (candidate: string) => send(port, '/api/session', { Host: host, Origin: origin, ...json }, JSON.stringify({ token: candidate }));

    const first = await trade(token);
    expect(first.status).toBe(200);
    const session = (JSON.parse(first.text) as { data: { session: string } }).data.session;
    expect(session).not.toBe(token);
    expect((await send(port, '/api/connections.list', { Host: host, Origin: origin, ...json, Authorization: `Bearer ${session}` }, '{}')).status).toBe(200);

    const again = await trade(token);
    expect(again.status).toBe(401);
    expect(again.text).toContain('open the newest link that `holdfast serve` printed');
    expect((await send(port, `/?token=${token}`, { Host: host })).status).toBe(401);
    expect(served.server.url).not.toBe(link);
    // The new link passes the guard (this server has no built renderer to serve, hence 404).
    expect((await send(port, `/${new URL(served.server.url).search}`, { Host: host })).status).toBe(404);
    // The link token itself never authorises the API.
    const newToken = new URL(served.server.url).searchParams.get('token') ?? '';
    expect((await send(port, '/api/connections.list', { Host: host, Origin: origin, ...json, Authorization: `Bearer ${newToken}` }, '{}')).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (cross-site) with 403 even with the session token', async () => {
    const auth = { Authorization: `Bearer ${served.token}`, ...json };
    expect((await send(port, '/api/connections.add', { ...auth, Host: `evil.example:${port}`, Origin: origin }, addBody)).status).toBe(403);
    expect((await send(port, '/api/connections.add', { ...auth, Host: host, Origin: 'https://evil.example' }, addBody)).status).toBe(403);
    expect((await send(port, '/api/connections.add', { ...auth, Host: host, Origin: `http://127.0.0.1:${port + 1}` }, addBody)).status).toBe(403);
    expect((await send(port, '/api/connections.add', { ...auth, Host: `127.0.0.1:${port + 1}`, Origin: origin }, addBody)).status).toBe(403);
    expect(await list()).toEqual({ ok: true, data: [] });
  });

  it('takes a POST only from this origin (Origin or Sec-Fetch-Site: same-origin) and only as JSON', async () => {
    const auth = { Host: host, Authorization: `Bearer ${served.token}` };
    const noOrigin = await send(port, '/api/connections.add', { ...auth, ...json }, addBody);
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.text).toBe('Forbidden: a POST must come from this page (an Origin of this server, or Sec-Fetch-Site: same-origin).');
    expect((await send(port, '/api/connections.add', { ...auth, ...json, 'Sec-Fetch-Site': 'cross-site' }, addBody)).status).toBe(403);
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await send(port, '/api/connections.add', { ...auth, Origin: origin, ...(type ? { 'Content-Type': type } : {}) }, addBody);
      expect(reply.status, type).toBe(415);
      expect(reply.text).toBe('Unsupported: send the body as JSON, with Content-Type: application/json.');
    }
    expect(await list()).toEqual({ ok: true, data: [] });
    const sameSite = await send(port, '/api/connections.list', { ...auth, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json; charset=utf-8' }, '{}');
    expect(sameSite.status).toBe(200);
  });

  it('marks every answer Cross-Origin-Resource-Policy: same-origin, refusals included', async () => {
    const answers = [
      await send(port, '/', { Host: host }),
      await send(port, '/?token=wrong', { Host: host }),
      await send(port, '/api/connections.list', { Host: host, Origin: origin, ...json, Authorization: `Bearer ${served.token}` }, '{}'),
      await send(port, '/api/connections.list', { Host: `evil.example:${port}` }, '{}'),
    ];
    for (const answer of answers) expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers bad JSON and unknown channels with clear errors', async () => {
    const headers = { Host: host, Origin: origin, ...json, Authorization: `Bearer ${served.token}` };
    const bad = await send(port, '/api/connections.list', headers, '{not json');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('must be JSON');
    expect((await send(port, '/api/nope', headers, '{}')).status).toBe(404);
  });
});
