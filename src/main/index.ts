import { app, BrowserWindow, ipcMain } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventNames } from '../shared/contract';
import { createCore, type Core } from './core';
import { appRoot, rendererDir } from './app-paths';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { exportPathChooser } from './shell/export-dialog';
import { bindIpc } from './shell/ipc-binding';
import { denyAllPermissions, lockDownWebContents } from './shell/security';
import { isTrustedRendererUrl } from './shell/trusted-url';
import { createMainWindow, preloadPath } from './shell/window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isTrusted = (url: string | undefined) => isTrustedRendererUrl(url, devServerUrl);

/** better-sqlite3 built for Electron by scripts/electron-native.mjs; node_modules keeps the Node build. */
function electronSqliteBinding(): string | undefined {
  const file = join(appRoot(), '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

let core: Core | undefined;

registerAppScheme();
lockDownWebContents((url) => isTrusted(url));

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(() => {
  denyAllPermissions();
  serveRenderer(rendererDir());
  const exportFolder = async () => (core ? (await core.handlers['settings.get']({})).exportFolder : null);
  core = createCore({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    nativeBinding: electronSqliteBinding(),
    chooseExportPath: exportPathChooser(exportFolder),
  });
  bindIpc(ipcMain, core.dispatch, isTrusted);
  core.startPolling();
  const window = createMainWindow(preloadPath(mainDir), devServerUrl);
  for (const name of eventNames) core.events.on(name, (payload) => window.webContents.send(name, payload));
  app.on('second-instance', () => window.focus());
});

app.on('window-all-closed', () => app.quit());
let quitting = false;
app.on('will-quit', (event) => {
  if (!core || quitting) return;
  // Abort reads in flight and close the database before the process goes.
  event.preventDefault();
  quitting = true;
  void core.close().finally(() => app.quit());
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && core) createMainWindow(preloadPath(mainDir), devServerUrl);
});
