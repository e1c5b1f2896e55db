import { expect, test } from './served-app';
import { expectAccessible } from './support/axe';
import { screenshot } from './support/screens';

test.use({ viewport: { width: 1440, height: 900 } });

test('first launch: every view points to adding a connection or to the demo', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByText('No connections yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try with demo data' })).toBeVisible();
  await expectAccessible(page, 'connections (empty)');

  for (const view of ['Dashboard', 'Holdings', 'Positions']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
    await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add a connection' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try with demo data' })).toBeVisible();
    await expectAccessible(page, `${view} (empty)`);
  }
  await screenshot(page, 'first-launch');
  await page.getByRole('link', { name: 'Add a connection' }).click();
  await expect(page.getByRole('form', { name: 'Add a connection' })).toBeVisible();
});

test.describe('after a damaged database', () => {
  test.use({ damagedDatabase: true });

  test('the app.info notice is a banner that can be dismissed', async ({ app, page }) => {
    await page.goto(app.url);
    const notice = page.getByRole('alert').filter({ hasText: 'database was damaged' });
    await expect(notice).toBeVisible();
    await screenshot(page, 'notice');
    await notice.getByRole('button', { name: /Dismiss/ }).click();
    await expect(notice).toHaveCount(0);
  });
});
