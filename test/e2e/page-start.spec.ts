import { expect, test } from './served-app';

// Markers of React and of zod, found in whichever chunk carries them, however the build names and splits chunks.
const REACT_MARKER = 'react.transitional.element';
const ZOD_MARKER = '"ZodError"';

test('the page\'s entry script is small: neither React nor zod', async ({ app, page }) => {
  const html = await (await page.request.get(app.url)).text();
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const entry = entries[0];
  expect(entries).toHaveLength(1);
  const script = await (await page.request.get(new URL(entry ?? '', app.url).href)).text();
  // Booleans, not the script: a failure would print all of it.
  expect(script.includes(REACT_MARKER), 'React in the entry script').toBe(false);
  expect(script.includes(ZOD_MARKER), 'zod in the entry script').toBe(false);
});

test('the page trades its link and sends its first reads before the app\'s chunk evaluates', async ({ app, page }) => {
  // What the page does, in the order its main thread does it: each fetch, and main.tsx's first line (the
  // lookup of #root, once React and the app above it have evaluated). The same order on every run.
  await page.addInitScript(() => {
    // The page's globals this needs (the tests compile without the DOM's types).
    type Page = {
      startLog: string[];
      fetch: (input: unknown, init?: unknown) => Promise<unknown>;
      location: { href: string };
      Document: { prototype: { getElementById(id: string): unknown } };
    };
    const page = globalThis as unknown as Page;
    const log: string[] = (page.startLog = []);
    const fetch = page.fetch.bind(globalThis);
    page.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : String((input as { url: string }).url);
      log.push(`fetch ${new URL(url, page.location.href).pathname}`);
      return fetch(input, init);
    };
    const byId = page.Document.prototype.getElementById;
    page.Document.prototype.getElementById = function (this: unknown, id: string) {
      if (id === 'root') log.push('app evaluated');
      return byId.call(this, id);
    };
  });

  await page.goto(app.url);
  // The app starts on the reads sent early: an empty profile lands on Connections.
  await expect(page.getByText('No connections yet')).toBeVisible();
  const log = await page.evaluate(() => (globalThis as unknown as { startLog: string[] }).startLog);
  const beforeApp = log.slice(0, log.indexOf('app evaluated'));
  expect(beforeApp[0]).toBe('fetch /api/session');
  expect(beforeApp.slice(1).sort()).toEqual(['fetch /api/connections.list', 'fetch /api/portfolio.summary']);
});
