import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, trayMenuTemplate, type MenuActions } from '../../../src/main/shell/app-menu';
import { trayLabel, wholeUsd } from '../../../src/main/shell/tray-label';

describe('tray label', () => {
  it('shows net worth in whole dollars from the decimal string', () => {
    expect(trayLabel({ netWorthUsd: '17480527.2649869324089748504', privacyMode: false, demo: false })).toBe('Holdfast — $17,480,527');
    expect(wholeUsd('999.5')).toBe('$1,000');
    expect(wholeUsd('-1234567.49')).toBe('-$1,234,567');
    expect(wholeUsd('0')).toBe('$0');
  });

  it('masks the figure in privacy mode and marks the demo', () => {
    const label = trayLabel({ netWorthUsd: '17480527.26', privacyMode: true, demo: true });
    expect(label).toBe('Holdfast (demo) — $•••••');
    expect(label).not.toMatch(/\d/);
  });

  it('says there is no data rather than $0', () => {
    expect(trayLabel({ netWorthUsd: null, privacyMode: false, demo: false })).toBe('Holdfast — no data yet');
  });
});

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    openDataFolder: () => void calls.push('openDataFolder'),
    copyDiagnostics: () => void calls.push('copyDiagnostics'),
    showAbout: () => void calls.push('showAbout'),
    syncNow: () => void calls.push('syncNow'),
    checkForUpdates: () => void calls.push('checkForUpdates'),
  };
  return { calls, actions };
}

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const byLabel = (items: Item[], label: string) => flatten(items).find((i) => i.label === label);
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('on macOS starts with the app menu and its roles, and closes windows from File', () => {
    const { actions } = recorder();
    const menu = appMenuTemplate({ platform: 'darwin', dev: false, updates: true }, actions);
    expect(menu[0]?.label).toBe('Holdfast');
    const roles = flatten(menu).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'quit', 'close', 'editMenu', 'windowMenu', 'togglefullscreen']));
    expect(roles).not.toContain('help');
  });

  it('on Windows and Linux quits from File and has Help with About', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate({ platform, dev: false, updates: true }, recorder().actions);
      expect(menu[0]?.label).toBe('File');
      const file = menu[0]?.submenu as Item[];
      expect(file.at(-1)?.role).toBe('quit');
      expect(menu.at(-1)?.role).toBe('help');
      expect(byLabel(menu, 'About Holdfast')).toBeDefined();
    }
  });

  it('runs Holdfast’s own items, with the usual shortcut for Sync Now', () => {
    const { calls, actions } = recorder();
    const menu = appMenuTemplate({ platform: 'linux', dev: false, updates: true }, actions);
    for (const label of ['Open Data Folder', 'Copy Diagnostics', 'About Holdfast', 'Sync Now', 'Check for Updates…']) click(byLabel(menu, label));
    expect(calls).toEqual(['openDataFolder', 'copyDiagnostics', 'showAbout', 'syncNow', 'checkForUpdates']);
    expect(byLabel(menu, 'Sync Now')?.accelerator).toBe('CmdOrCtrl+R');
  });

  it('offers reload and developer tools only in dev builds, and updates only where they are on', () => {
    const packaged = appMenuTemplate({ platform: 'linux', dev: false, updates: false }, recorder().actions);
    expect(flatten(packaged).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(byLabel(packaged, 'Check for Updates…')).toBeUndefined();
    const dev = appMenuTemplate({ platform: 'linux', dev: true, updates: false }, recorder().actions);
    expect(flatten(dev).map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('tray menu', () => {
  it('shows the label, then Sync Now, Open Holdfast and Quit', () => {
    const calls: string[] = [];
    const menu = trayMenuTemplate('Holdfast — $1,000', { syncNow: () => void calls.push('sync'), open: () => void calls.push('open'), quit: () => void calls.push('quit') });
    expect(menu.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['Holdfast — $1,000', 'Sync Now', 'Open Holdfast', 'Quit']);
    expect(menu[0]?.enabled).toBe(false);
    for (const label of ['Sync Now', 'Open Holdfast', 'Quit']) click(byLabel(menu, label));
    expect(calls).toEqual(['sync', 'open', 'quit']);
  });
});
