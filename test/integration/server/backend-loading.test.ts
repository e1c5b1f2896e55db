import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer, type ServerBackend } from '../../../src/main/server/http-server';
import { openSession } from '../../support/browser-session';
import { simCore, type SimCore } from '../../support/sim-core';

/** A backend the test hands over when it chooses, as `holdfast serve` does once its core has loaded. */
function later(): { backend: Promise<ServerBackend>; attach: (backend: ServerBackend) => void; fail: (error: Error) => void } {
  let attach: (backend: ServerBackend) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const backend = new Promise<ServerBackend>((resolve, reject) => {
    attach = resolve;
    fail = reject;
  });
  return { backend, attach, fail };
}

describe('a browser server whose core is still loading', () => {
  let env: SimCore | undefined;
  let server: BrowserServer | undefined;
  const rendererDir = mkdtempSync(join(tmpdir(), 'holdfast-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Holdfast</title>');
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await env?.stop();
    env = undefined;
  });
  afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

  it('serves the page and its session at once, and answers calls once the core is there', async () => {
    const loading = later();
    server = await startBrowserServer({ port: 0, rendererDir, backend: loading.backend });
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Holdfast</title>');
    const { origin, headers } = await openSession(server.url);

    let answered = false;
    const call = fetch(`${origin}/api/connections.list`, { method: 'POST', headers, body: '{}' }).then(async (response) => {
      answered = true;
      return (await response.json()) as unknown;
    });
    // Another request served meanwhile proves the call has had every chance to answer, and did not.
    expect((await fetch(`${origin}/index.html`)).status).toBe(200);
    expect(answered).toBe(false);

    env = await simCore([]);
    loading.attach(env.core);
    expect(await call).toEqual({ ok: true, data: [] });
  });

  it('refuses calls, without ending, when the core failed to open', async () => {
    const loading = later();
    server = await startBrowserServer({ port: 0, rendererDir, backend: loading.backend });
    const { origin, headers } = await openSession(server.url);
    loading.fail(new Error('the database could not be opened'));
    const reply = await fetch(`${origin}/api/connections.list`, { method: 'POST', headers, body: '{}' });
    expect(reply.status).toBe(500);
    expect(await reply.text()).not.toContain('database');
    expect((await fetch(`${origin}/index.html`)).status).toBe(200);
  });
});
