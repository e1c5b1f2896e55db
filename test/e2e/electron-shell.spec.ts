import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from './support/electron-binary';

const root = join(import.meta.dirname, '..', '..');
const binary = electronBinary();
if ('missing' in binary) console.log(`Skipping the Electron tray and menu tests: ${binary.missing}. They run wherever the binary exists.`);

test('the desktop app has its menu, and with the tray setting closing the window keeps it running', async () => {
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
    const labels = await app.evaluate(({ Menu }) => {
      const walk = (items: Electron.MenuItem[]): string[] => items.flatMap((i) => [i.label, ...(i.submenu ? walk(i.submenu.items) : [])]);
      return walk(Menu.getApplicationMenu()?.items ?? []);
    });
    expect(labels).toEqual(expect.arrayContaining(['Open Data Folder', 'Copy Diagnostics', 'About Holdfast', 'Sync Now']));

    await page.evaluate(() => (globalThis as unknown as { holdfast: Record<string, (i: unknown) => Promise<unknown>> }).holdfast['settings.update']?.({ keepRunningInTray: true }));
    await page.evaluate(() => (globalThis as unknown as { close(): void }).close());
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
