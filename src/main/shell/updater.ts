import type { Logger } from '../log/logger';

/**
 * One check with electron-updater, loaded only when the first check is due so it costs nothing at
 * start. It downloads in the background and offers the restart in a system notification.
 */
export async function checkForUpdates(log: Logger): Promise<void> {
  const module = (await import('electron-updater')) as unknown as { autoUpdater?: AutoUpdater; default?: { autoUpdater: AutoUpdater } };
  const autoUpdater = module.autoUpdater ?? module.default?.autoUpdater;
  if (!autoUpdater) throw new Error('electron-updater did not load');
  autoUpdater.logger = { info: (m: unknown) => log.info(`updater: ${String(m)}`), warn: (m: unknown) => log.info(`updater: ${String(m)}`), error: (m: unknown) => log.error('updater', m) };
  await autoUpdater.checkForUpdatesAndNotify();
}

interface AutoUpdater {
  logger: unknown;
  checkForUpdatesAndNotify(): Promise<unknown>;
}
