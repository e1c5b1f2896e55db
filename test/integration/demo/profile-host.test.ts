import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/domain/app-info';
import { createCore, DATABASE_FILE } from '../../../src/main/core';
import { ProfileHost } from '../../../src/main/demo/profile-host';
import { startDemo } from '../../../src/main/demo/start-demo';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

const real = tempDir();
let host: ProfileHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  real.remove();
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const reply = await (host as ProfileHost).dispatch(channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as T;
}

function realCounts(): { connections: number; snapshots: number } {
  const db = new Database(join(real.path, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { connections: count('connections'), snapshots: count('snapshots') };
  } finally {
    db.close();
  }
}

it('swaps the real profile for the demo and back, and the demo never writes to the real folder', async () => {
  host = await ProfileHost.open({
    openReal: () => createCore({ dataDir: real.path, mode: 'browser', secrets: new MemorySecretStore() }),
    startDemo: () => startDemo({ mode: 'browser', historyDays: 30 }),
  });
  const switches: boolean[] = [];
  host.onSwitch = (demo) => switches.push(demo);
  let changed = 0;
  host.events.on('connections.changed', () => (changed += 1));

  const demo = await call<AppInfo>('demo.start');
  expect(demo.demo).toBe(true);
  expect(demo.dataDir).not.toBe(real.path);
  expect(await call<unknown[]>('connections.list')).toHaveLength(5);
  expect(realCounts()).toEqual({ connections: 0, snapshots: 0 });
  // Events of the demo's core reach whoever listens to the host.
  await call('sync.now');
  expect(changed).toBeGreaterThan(0);
  // Starting it again is a no-op, not a second demo.
  expect((await call<AppInfo>('demo.start')).dataDir).toBe(demo.dataDir);

  const back = await call<AppInfo>('demo.leave');
  expect(back).toMatchObject({ demo: false, dataDir: real.path });
  expect(await call<unknown[]>('connections.list')).toEqual([]);
  expect(realCounts()).toEqual({ connections: 0, snapshots: 0 });
  expect(existsSync(demo.dataDir)).toBe(false);
  expect(switches).toEqual([true, false]);
}, 120_000);

it('refuses to switch where no host is, with a sentence', async () => {
  const core = createCore({ dataDir: real.path, mode: 'cli', secrets: new MemorySecretStore() });
  try {
    const reply = await core.dispatch('demo.start', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  } finally {
    await core.close();
  }
});
