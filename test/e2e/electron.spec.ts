import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The path of the Electron binary, or why there is none (ELECTRON_SKIP_BINARY_DOWNLOAD, no network). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const pkg = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return { missing: 'the Electron binary was not downloaded (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
    const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? { path: binary } : { missing: `the Electron binary is absent at ${binary}` };
  } catch (error) {
    return { missing: `electron is not installed (${String(error)})` };
  }
}

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
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
