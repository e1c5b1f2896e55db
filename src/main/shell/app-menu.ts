import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openDataFolder(): void;
  copyDiagnostics(): void;
  showAbout(): void;
  syncNow(): void;
  checkForUpdates(): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Development builds keep reload and the developer tools; a packaged app has neither. */
  readonly dev: boolean;
  /** Updates are off in the demo and in dev builds, so the menu does not offer them. */
  readonly updates: boolean;
}

/**
 * The application menu: each platform's usual roles (and with them its usual shortcuts), plus
 * Holdfast's own items. Pure, so the structure is tested without Electron.
 */
export function appMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Holdfast', click: () => actions.showAbout() };
  const updates: MenuItemConstructorOptions[] = options.updates ? [{ label: 'Check for Updates…', click: () => actions.checkForUpdates() }] : [];
  const holdfastItems: MenuItemConstructorOptions[] = [
    { label: 'Sync Now', accelerator: 'CmdOrCtrl+R', click: () => actions.syncNow() },
    { type: 'separator' },
    { label: 'Open Data Folder', click: () => actions.openDataFolder() },
    { label: 'Copy Diagnostics', click: () => actions.copyDiagnostics() },
  ];
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Holdfast',
      submenu: [
        about,
        ...updates,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({ label: 'File', submenu: [...holdfastItems, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }] });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      ...(options.dev ? ([{ role: 'reload', accelerator: 'CmdOrCtrl+Shift+R' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({ role: 'windowMenu' });
  if (!mac) template.push({ role: 'help', submenu: [...updates, about] });
  return template;
}

/** The tray's menu: what the card asks for, in that order. */
export function trayMenuTemplate(label: string, actions: { syncNow(): void; open(): void; quit(): void }): MenuItemConstructorOptions[] {
  return [
    { label, enabled: false },
    { type: 'separator' },
    { label: 'Sync Now', click: () => actions.syncNow() },
    { label: 'Open Holdfast', click: () => actions.open() },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}
