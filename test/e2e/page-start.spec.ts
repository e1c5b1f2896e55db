import { expect, test } from './served-app';

// React's element marker: in whichever chunk carries React, however the build names and splits chunks.
const REACT_MARKER = 'react.transitional.element';

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
