import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from './support/electron-binary';

const root = join(import.meta.dirname, '..', '..');

const binary = electronBinary();
if ('missing' in binary) console.log(`Skipping the Electron launch test: ${binary.missing}. It runs wherever the binary exists.`);

test('the Electron window opens on the connections screen, locked down', async () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  const userData = mkdtempSync(join(tmpdir(), 'holdfast-electron-'));
  const app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : undefined,
    args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
    env: { ...process.env, HOLDFAST_KEYCHAIN_SERVICE: 'holdfast-electron-test' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
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
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
