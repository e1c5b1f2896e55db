import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

type Binary = { path: string } | { missing: string };

/** The path of the Electron binary, or why there is none (ELECTRON_SKIP_BINARY_DOWNLOAD, no network). */
function electronBinary(): Binary {
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

/** Call at a spec's top level: says once, in the run's output, why its Electron tests will skip here. */
export function electronOrSay(what: string): Binary {
  const binary = electronBinary();
  if ('missing' in binary) console.log(`Skipping ${what}: ${binary.missing}. It runs wherever the binary exists.`);
  return binary;
}

/**
 * Inside a test: skips it when there is no binary; otherwise launches the built app with a fresh user-data
 * folder and a test keychain service, waits for its first window to show the Connections screen, runs
 * `use`, then closes the app and removes the folder whatever happened.
 */
export async function withElectronApp(binary: Binary, use: (app: ElectronApplication, page: Page) => Promise<void>): Promise<void> {
  if ('missing' in binary) return test.skip(true, binary.missing);
  const userData = mkdtempSync(join(tmpdir(), 'holdfast-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
    env: { ...process.env, HOLDFAST_KEYCHAIN_SERVICE: 'holdfast-electron-test' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
    await use(app, page);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
}
