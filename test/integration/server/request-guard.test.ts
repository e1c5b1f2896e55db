import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCore, type ServedCore } from '../../support/browser-server';

/** Raw HTTP, so that Host and Origin can be forged the way a hostile page or DNS rebinding would. */
function send(port: number, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string; setCookie?: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, setCookie: res.headers['set-cookie'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser mode request guard', () => {
  let served: ServedCore;
  let port: number;
  const addBody = JSON.stringify({ venue: 'treadfi', label: 'Sneaky', baseUrl: 'https://app.tread.fi', credentials: { token: 'tf-0123456789abcdef' } });

  beforeAll(async () => {
    served = await serveCore();
    port = served.server.port;
  });
  afterAll(() => served.stop());

  it('prints a loopback URL with a long random token', () => {
    expect(served.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('refuses calls without the token, or with a wrong one, with 401 and runs nothing', async () => {
    const host = `127.0.0.1:${port}`;
    expect((await send(port, '/api/connections.add', { Host: host, 'Content-Type': 'application/json' }, addBody)).status).toBe(401);
    expect((await send(port, '/api/connections.add', { Host: host, Authorization: 'Bearer wrong' }, addBody)).status).toBe(401);
    expect((await send(port, '/api/connections.add', { Host: host, Cookie: `holdfast_token_${port}=wrong` }, addBody)).status).toBe(401);
    const page = await send(port, '/?token=wrong', { Host: host });
    expect(page.status).toBe(401);
    expect(page.text).not.toContain('<script');
    expect(page.setCookie).toBeUndefined();
    expect(JSON.parse((await served.call('connections.list', {})).text)).toEqual({ ok: true, data: [] });
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (cross-site) with 403 even with the token', async () => {
    const auth = { Authorization: `Bearer ${served.token}` };
    expect((await send(port, '/api/connections.add', { ...auth, Host: `evil.example:${port}` }, addBody)).status).toBe(403);
    expect((await send(port, '/api/connections.add', { ...auth, Host: `127.0.0.1:${port}`, Origin: 'https://evil.example' }, addBody)).status).toBe(403);
    expect((await send(port, '/api/connections.add', { ...auth, Host: `127.0.0.1:${port + 1}` }, addBody)).status).toBe(403);
    expect(JSON.parse((await served.call('connections.list', {})).text)).toEqual({ ok: true, data: [] });
  });

  it('sets an HttpOnly SameSite=Strict session cookie when the page is opened with the right token', async () => {
    const page = await send(port, `/?token=${served.token}`, { Host: `localhost:${port}` });
    expect(page.setCookie?.[0]).toMatch(new RegExp(`^holdfast_token_${port}=${served.token}; HttpOnly; SameSite=Strict; Path=/$`));
    const viaCookie = await send(port, '/api/connections.list', { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Cookie: `holdfast_token_${port}=${served.token}` }, '{}');
    expect(viaCookie.status).toBe(200);
  });

  it('answers bad JSON and unknown channels with clear errors', async () => {
    const headers = { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${served.token}` };
    const bad = await send(port, '/api/connections.list', headers, '{not json');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('must be JSON');
    expect((await send(port, '/api/nope', headers, '{}')).status).toBe(404);
  });
});
