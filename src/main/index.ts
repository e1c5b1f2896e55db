import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, Notification, screen, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppInfo } from '../shared/domain/app-info';
import type { Connection } from '../shared/domain/connection';
import type { PortfolioSummary } from '../shared/domain/portfolio';
import { type Settings } from '../shared/domain/settings';
import { defaultSettings } from '../shared/domain/settings-defaults';
import type { Dispatch } from './api/dispatch';
import { appRoot, rendererDir } from './app-paths';
import { createCore } from './core';
import { ProfileHost } from './demo/profile-host';
import { startDemo } from './demo/start-demo';
import type { Logger } from './log/logger';
import { notificationFor } from './shell/alert-notification';
import { appMenuTemplate } from './shell/app-menu';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { broadcastEvents } from './shell/broadcast';
import { aboutDetail, diagnosticsText } from './shell/diagnostics';
import { devServerUrlFor } from './shell/dev-server-url';
import { exportPathChooser } from './shell/export-dialog';
import { bindIpc } from './shell/ipc-binding';
import { readLogTail, rotateLog } from './shell/log-files';
import { denyAllPermissions, lockDownWebContents } from './shell/security';
import { claimSingleInstance, reveal } from './shell/single-instance';
import { HoldfastTray } from './shell/tray';
import { trayLabel } from './shell/tray-label';
import { isTrustedRendererUrl } from './shell/trusted-url';
import { checkForUpdates } from './shell/updater';
import { scheduleUpdateChecks } from './shell/updates';
import { createMainWindow, preloadPath, windowState } from './shell/window';
import { loadWindowState, placeWindow, saveWindowState } from './shell/window-state';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = devServerUrlFor(app, process.env);
const isTrusted = (url: string | undefined) => isTrustedRendererUrl(url, devServerUrl);
const HOUR = 3_600_000;

/** better-sqlite3 built for Electron by scripts/electron-native.mjs; node_modules keeps the Node build. */
function electronSqliteBinding(): string | undefined {
  const file = join(appRoot(), '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

const resource = (name: string) => join(appRoot(), 'resources', name);
const userData = () => app.getPath('userData');
const windowStateFile = () => join(userData(), 'window-state.json');

let host: ProfileHost | undefined;
let mainWindow: BrowserWindow | null = null;
let tray: HoldfastTray | null = null;
let quitting = false;
/** Read when the window closes, which cannot wait for the database; refreshed whenever settings may change. */
let settings: Settings = defaultSettings;

/** Shell lines go to the current profile's log, through the core's redactor. */
const log: Logger = {
  info: (message) => host?.core.log.info(message),
  error: (message, error) => host?.core.log.error(message, error),
};

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const reply = await (host as ProfileHost).dispatch(channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as T;
}

function openWindow(): BrowserWindow {
  const placement = placeWindow(loadWindowState(windowStateFile()), screen.getAllDisplays().map((d) => d.workArea));
  const window = createMainWindow(preloadPath(mainDir), devServerUrl, placement, resource(join('icons', '256x256.png')));
  window.on('close', (event) => {
    saveWindowState(windowStateFile(), windowState(window));
    // Kept in the tray: the window goes, polling goes on.
    if (!quitting && settings.keepRunningInTray && tray) {
      event.preventDefault();
      window.hide();
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function showWindow(): void {
  reveal(mainWindow && !mainWindow.isDestroyed() ? mainWindow : openWindow());
}

async function copyDiagnostics(): Promise<void> {
  const info = await call<AppInfo>('app.info');
  const text = diagnosticsText({
    info,
    versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
    platform: `${process.platform} ${process.arch}`,
    settings: await call<Settings>('settings.get'),
    connections: await call<Connection[]>('connections.list'),
    logTail: readLogTail(join(info.dataDir, 'logs', 'holdfast.log')),
  });
  clipboard.writeText(text);
  await dialog.showMessageBox({ type: 'info', message: 'Diagnostics copied', detail: 'Versions, settings and the end of the log are on the clipboard, without any credential.' });
}

async function showAbout(): Promise<void> {
  const info = await call<AppInfo>('app.info');
  await dialog.showMessageBox({ type: 'info', title: 'About Holdfast', message: 'Holdfast', detail: aboutDetail(info, process.versions), icon: resource(join('icons', '128x128.png')) });
}

const updatesAllowed = () => app.isPackaged && host !== undefined && !host.inDemo;

/** Tray label, application menu and the cached settings follow the profile, the data and the settings. */
async function refreshShell(): Promise<void> {
  if (!host) return;
  settings = await call<Settings>('settings.get');
  const summary = await call<PortfolioSummary>('portfolio.summary').catch(() => null);
  tray?.show(trayLabel({ netWorthUsd: summary?.netWorthUsd ?? null, privacyMode: settings.privacyMode, demo: host.inDemo }));
  const actions = {
    openDataFolder: () => void call<AppInfo>('app.info').then((info) => shell.openPath(info.dataDir)),
    copyDiagnostics: () => void copyDiagnostics().catch((error) => log.error('copy diagnostics failed', error)),
    showAbout: () => void showAbout(),
    syncNow: () => void call('sync.now'),
    checkForUpdates: () => void checkForUpdates(log).catch((error) => log.error('update check failed', error)),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, dev: !app.isPackaged, updates: updatesAllowed() }, actions)));
}

const refresh = () => void refreshShell().catch((error) => log.error('refreshing the tray and menu failed', error));

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer(rendererDir());
  const realLog = join(userData(), 'logs', 'holdfast.log');
  rotateLog(realLog);
  setInterval(() => rotateLog(realLog), HOUR).unref();
  const nativeBinding = electronSqliteBinding();
  const chooseExportPath = exportPathChooser(async () => settings.exportFolder);
  host = await ProfileHost.open({
    openReal: () => createCore({ dataDir: userData(), mode: 'electron', nativeBinding, chooseExportPath }),
    startDemo: () => startDemo({ mode: 'electron', nativeBinding, chooseExportPath }),
  });
  const hostDispatch = host.dispatch;
  // What the window changes (privacy mode, the tray setting, the profile) shows in the tray and menu at once.
  const dispatch = (async (channel: string, input: unknown) => {
    const reply = await hostDispatch(channel, input);
    if (channel === 'settings.update') refresh();
    return reply;
  }) as Dispatch;
  bindIpc(ipcMain, dispatch, isTrusted);
  broadcastEvents(host.events, () => BrowserWindow.getAllWindows());
  host.onSwitch = refresh;
  host.events.on('portfolio.changed', refresh);
  host.events.on('alert.fired', (alert) => {
    if (Notification.isSupported()) new Notification(notificationFor(alert, settings.privacyMode)).show();
  });
  host.startPolling();
  openWindow();
  tray = new HoldfastTray(resource('tray.png'), { syncNow: () => void call('sync.now'), open: showWindow, quit: () => app.quit() });
  refresh();
  scheduleUpdateChecks({ enabled: async () => updatesAllowed() && settings.checkForUpdates, check: () => checkForUpdates(log), log });
}

registerAppScheme();
lockDownWebContents((url) => isTrusted(url));

if (claimSingleInstance(app, () => mainWindow, openWindow)) {
  void app.whenReady().then(start);
}

app.on('window-all-closed', () => {
  if (!(settings.keepRunningInTray && tray)) app.quit();
});
app.on('before-quit', () => {
  quitting = true;
});
app.on('will-quit', (event) => {
  if (!host) return;
  // Abort reads in flight and close the database (and a running demo) before the process goes.
  event.preventDefault();
  const closing = host;
  host = undefined;
  tray?.destroy();
  tray = null;
  void closing.close().finally(() => app.quit());
});
app.on('activate', () => {
  if (host) showWindow();
});
