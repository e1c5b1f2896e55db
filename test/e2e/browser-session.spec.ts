import { expect, test } from './served-app';
import { call } from './support/api';

test('the printed link opens Holdfast once, leaves no cookie, and a reload keeps the session', async ({ app, page, context, browser }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
  // The one-time token is gone from the address bar and so from history.
  await expect(page).toHaveURL(`${app.origin}/`);
  expect(await context.cookies()).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
  expect(await call(page, 'connections.list', {})).toEqual([]);

  // Another browser (no sessionStorage of this page) opening the same link: refused, nothing of the app.
  const other = await browser.newPage();
  const response = await other.goto(app.url);
  expect(response?.status()).toBe(401);
  await expect(other.locator('body')).toContainText('open the newest link that `holdfast serve` printed');
  await expect(other.locator('#root')).toHaveCount(0);
  await other.close();
});

test('a page opened without a link says how to open Holdfast', async ({ app, page }) => {
  await page.goto(`${app.origin}/`);
  await expect(page.getByRole('alert')).toHaveText('Open Holdfast with the link that `holdfast serve` printed.');
});
