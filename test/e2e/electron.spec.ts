import { expect, test } from '@playwright/test';
import { electronOrSay, withElectronApp } from './support/electron-binary';

const binary = electronOrSay('the Electron launch test');

test('the Electron window opens on the connections screen, locked down', async () => {
  await withElectronApp(binary, async (app, page) => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { holdfast?: unknown }).holdfast)).toBe('object');
    const url = page.url();
    // Listen in the main process after the app's own handler: it reports whether that handler refused the
    // navigation, once the attempt has happened, instead of waiting a while and hoping it would have shown.
    type Attempt = { url: string; refused: boolean };
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      (globalThis as { navigationAttempt?: Promise<Attempt> }).navigationAttempt = new Promise<Attempt>((resolve) => {
        contents?.once('will-navigate', (event, target) => resolve({ url: target, refused: event.defaultPrevented }));
      });
    });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as { navigationAttempt?: Promise<Attempt> }).navigationAttempt)).toEqual({ url: 'https://example.com/', refused: true });
    await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
    expect(page.url()).toBe(url);
  });
});
