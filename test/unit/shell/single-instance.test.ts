import { describe, expect, it } from 'vitest';
import { claimSingleInstance, reveal, type RevealableWindow, type SingleInstanceApp } from '../../../src/main/shell/single-instance';

/** A window that records what was done to it; Electron's cannot exist here. */
function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  let minimized = state.minimized ?? false;
  let visible = state.visible ?? true;
  const window: RevealableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => minimized,
    isVisible: () => visible,
    restore: () => (calls.push('restore'), (minimized = false)),
    show: () => (calls.push('show'), (visible = true)),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

/** Electron's `app` as far as the lock goes: whether the lock is ours, and the second-instance listener. */
function fakeApp(gotLock: boolean) {
  const listeners: (() => void)[] = [];
  let quit = false;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => gotLock,
    quit: () => void (quit = true),
    on: (_event, listener) => listeners.push(listener),
  };
  return { app, secondLaunch: () => listeners.forEach((l) => l()), quitCalled: () => quit };
}

describe('single instance', () => {
  it('quits a second instance at once', () => {
    const { app, quitCalled } = fakeApp(false);
    expect(claimSingleInstance(app, () => null, () => fakeWindow().window)).toBe(false);
    expect(quitCalled()).toBe(true);
  });

  it('restores a minimised window on a second launch, then focuses it', () => {
    const { app, secondLaunch } = fakeApp(true);
    const { window, calls } = fakeWindow({ minimized: true });
    expect(claimSingleInstance(app, () => window, () => fakeWindow().window)).toBe(true);
    secondLaunch();
    expect(calls).toEqual(['restore', 'focus']);
  });

  it('shows a window hidden to the tray', () => {
    const { app, secondLaunch } = fakeApp(true);
    const { window, calls } = fakeWindow({ visible: false });
    claimSingleInstance(app, () => window, () => fakeWindow().window);
    secondLaunch();
    expect(calls).toEqual(['show', 'focus']);
  });

  it('opens a new window when the last one was closed', () => {
    const { app, secondLaunch } = fakeApp(true);
    const opened = fakeWindow({ visible: false });
    const closed = fakeWindow({ destroyed: true });
    claimSingleInstance(app, () => closed.window, () => opened.window);
    secondLaunch();
    expect(closed.calls).toEqual([]);
    expect(opened.calls).toEqual(['show', 'focus']);
  });

  it('only focuses a window that is already up', () => {
    const { window, calls } = fakeWindow();
    reveal(window);
    expect(calls).toEqual(['focus']);
  });
});
