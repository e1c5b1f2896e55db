import { randomUUID } from 'node:crypto';
import type { Db } from './database';

/** A held lease: renew it while working, release it when done. */
export interface Lease {
  /** Extends the lease; throws when another process has taken it meanwhile (this one had expired). */
  renew(nowMs: number): void;
  release(): void;
}

interface Holder {
  owner: string;
  expiresAt: number;
}

const owners = new WeakMap<Db, string>();

/** Each connection is an owner of its own, so two cores in one process are told apart too. */
function ownerOf(db: Db): string {
  let owner = owners.get(db);
  if (!owner) {
    owner = `${process.pid}-${randomUUID()}`;
    owners.set(db, owner);
  }
  return owner;
}

/**
 * A named lease in the database, one row of the settings table holding its owner and expiry, so that at
 * most one Holdfast process (the app, browser mode, a CLI command) does a piece of background work at a
 * time. A process that dies holding it loses it when it expires. Null when another process holds it.
 */
export function tryLease(db: Db, name: string, nowMs: number, ttlMs: number): Lease | null {
  const key = `lease.${name}`;
  const owner = ownerOf(db);
  const read = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const holder = (): Holder | null => {
    const value = read.get(key);
    return value === undefined ? null : (JSON.parse(value) as Holder);
  };
  // IMMEDIATE: the look and the take are one step, so two processes can never both see the lease free.
  const take = (atMs: number, mustHold: boolean) =>
    db
      .transaction(() => {
        const current = holder();
        const mine = current?.owner === owner;
        if (mustHold ? !mine : current !== null && !mine && current.expiresAt > atMs) return false;
        write.run(key, JSON.stringify({ owner, expiresAt: atMs + ttlMs } satisfies Holder));
        return true;
      })
      .immediate();
  if (!take(nowMs, false)) return null;
  return {
    renew(atMs) {
      if (!take(atMs, true)) throw new Error(`the ${name} lease was taken by another process`);
    },
    release() {
      db.transaction(() => {
        if (holder()?.owner === owner) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
      }).immediate();
    },
  };
}
