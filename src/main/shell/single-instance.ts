/** The parts of a BrowserWindow that bringing it back needs; structural, so tests need no Electron. */
export interface RevealableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** Brings the window to the front whatever state it is in: minimised, hidden to the tray, or behind others. */
export function reveal(window: RevealableWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/**
 * One Holdfast per user: a second launch quits at once and the first one shows its window, opening
 * a new one if the last was closed (kept polling in the tray). Returns false in the second instance.
 */
export function claimSingleInstance(app: SingleInstanceApp, mainWindow: () => RevealableWindow | null, openWindow: () => RevealableWindow): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    reveal(window && !window.isDestroyed() ? window : openWindow());
  });
  return true;
}
