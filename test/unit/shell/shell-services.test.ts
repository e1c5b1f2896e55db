import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../src/main/event-bus';
import { broadcastEvents, type EventTarget } from '../../../src/main/shell/broadcast';
import { aboutDetail, diagnosticsText } from '../../../src/main/shell/diagnostics';
import { readLogTail, rotateLog } from '../../../src/main/shell/log-files';
import { scheduleUpdateChecks } from '../../../src/main/shell/updates';
import { FileLogger } from '../../../src/main/log/logger';
import { Redactor } from '../../../src/main/log/redactor';
import { defaultSettings } from '../../../src/shared/domain/settings-defaults';
import type { AppInfo } from '../../../src/shared/domain/app-info';
import { tempDir } from '../../support/temp-dir';

function fakeWindow(destroyed = false) {
  const sent: [string, unknown][] = [];
  const window: EventTarget = { isDestroyed: () => destroyed, webContents: { send: (channel, payload) => void sent.push([channel, payload]) } };
  return { window, sent };
}

describe('push events', () => {
  it('reach every window open at the time, including one opened after the first', () => {
    const events = new EventBus();
    const first = fakeWindow();
    const windows: EventTarget[] = [first.window];
    broadcastEvents(events, () => windows);
    events.emit('portfolio.changed', {});
    const reopened = fakeWindow();
    const gone = fakeWindow(true);
    windows.push(reopened.window, gone.window);
    events.emit('connections.changed', {});
    expect(first.sent.map(([c]) => c)).toEqual(['portfolio.changed', 'connections.changed']);
    expect(reopened.sent.map(([c]) => c)).toEqual(['connections.changed']);
    expect(gone.sent).toEqual([]);
  });
});

describe('log files', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('rotates past the size limit, keeping a few old logs', () => {
    const file = join(dir.path, 'holdfast.log');
    expect(rotateLog(file, 10, 2)).toBe(false);
    for (const round of ['a', 'b', 'c']) {
      writeFileSync(file, round.repeat(20));
      expect(rotateLog(file, 10, 2)).toBe(true);
    }
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(join(dir.path, 'holdfast.1.log'), 'utf8')).toBe('c'.repeat(20));
    expect(readFileSync(join(dir.path, 'holdfast.2.log'), 'utf8')).toBe('b'.repeat(20));
    expect(existsSync(join(dir.path, 'holdfast.3.log'))).toBe(false);
    writeFileSync(file, 'small');
    expect(rotateLog(file, 10, 2)).toBe(false);
  });

  it('Copy diagnostics carries versions, settings and the log, and no secret the logger knew', () => {
    const file = join(dir.path, 'holdfast.log');
    const redactor = new Redactor();
    const logger = new FileLogger(file, redactor);
    const secret = 'rx-secret-0123456789abcdef';
    redactor.add(secret);
    logger.error('RapidX answered 401', new Error(`bad signature for key ${secret}`));
    const info: AppInfo = {
      version: '0.1.0',
      dataDir: dir.path,
      mode: 'electron',
      keychain: { backend: 'libsecret', available: true, problem: null },
      notices: [],
      demo: false,
    };
    const text = diagnosticsText({
      info,
      versions: { electron: '39.2.0', node: '22.20.0', chrome: undefined },
      platform: 'linux x64',
      settings: defaultSettings,
      connections: [],
      logTail: readLogTail(file),
    });
    expect(text).toContain('Holdfast 0.1.0 (electron) on linux x64');
    expect(text).toContain('electron: 39.2.0');
    expect(text).not.toContain('chrome');
    expect(text).toContain('Keychain: libsecret — available');
    expect(text).toContain('  privacyMode: false');
    expect(text).toContain('RapidX answered 401');
    expect(text).not.toContain(secret);
    expect(aboutDetail(info, { electron: '39.2.0', chrome: '142', node: '22' })).toContain('Keychain: libsecret');
  });
});

describe('update checks', () => {
  afterEach(() => vi.useRealTimers());

  it('never run at start, then run on a timer while enabled, and survive a failed check', async () => {
    vi.useFakeTimers();
    let enabled = true;
    const check = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const errors: string[] = [];
    const stop = scheduleUpdateChecks({ enabled: async () => enabled, check, log: { info: () => undefined, error: (m) => void errors.push(m) }, firstDelayMs: 1000, everyMs: 5000 });
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(errors).toEqual(['update check failed']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(2);
    enabled = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(2);
    stop();
    enabled = true;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
