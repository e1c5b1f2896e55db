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

test('the page trades its link and sends its first reads before the chunk with React has arrived', async ({ app, page }) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/api/session' || path === '/api/portfolio.summary' || path === '/api/connections.list') sent.push(path);
  });
  // Every script that carries React is held back until the test lets it go.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(REACT_MARKER)) await released;
    await route.fulfill({ response, body });
  });

  await page.goto(app.url, { waitUntil: 'commit' });
  // Without React the page has already traded the link's token and asked for the first screen's data.
  await expect.poll(() => sent.length).toBe(3);
  expect(sent[0]).toBe('/api/session');
  expect(sent.slice(1).sort()).toEqual(['/api/connections.list', '/api/portfolio.summary']);

  release();
  // The app then starts on those reads: an empty profile lands on Connections.
  await expect(page.getByText('No connections yet')).toBeVisible();
});
