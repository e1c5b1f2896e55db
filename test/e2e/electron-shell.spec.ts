import { expect, test } from '@playwright/test';
import { electronOrSay, withElectronApp } from './support/electron-binary';

const binary = electronOrSay('the Electron tray and menu test');

test('the desktop app has its menu, and with the tray setting closing the window keeps it running', async () => {
  await withElectronApp(binary, async (app, page) => {
    const labels = await app.evaluate(({ Menu }) => {
      const walk = (items: Electron.MenuItem[]): string[] => items.flatMap((i) => [i.label, ...(i.submenu ? walk(i.submenu.items) : [])]);
      return walk(Menu.getApplicationMenu()?.items ?? []);
    });
    expect(labels).toEqual(expect.arrayContaining(['Open Data Folder', 'Copy Diagnostics', 'About Holdfast', 'Sync Now']));

    await page.evaluate(() => (globalThis as unknown as { holdfast: Record<string, (i: unknown) => Promise<unknown>> }).holdfast['settings.update']?.({ keepRunningInTray: true }));
    await page.evaluate(() => (globalThis as unknown as { close(): void }).close());
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);
  });
});
