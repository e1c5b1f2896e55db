import { createReadStream, createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db } from './database';

/** Backups kept: enough to step back over a few bad days, few enough that with the database they stay within twice its size. */
export const BACKUPS_KEPT = 3;
const PREFIX = 'holdfast-';
const SUFFIX = '.sqlite.gz';

/**
 * At most one backup a day: a consistent copy through SQLite's online backup API (consistent while any
 * process writes, and copied a few pages at a time so this process keeps answering), then gzipped, as
 * a year of history compresses several times over; the newest three are kept. Everything is written
 * under a temporary name and renamed when complete, so a backup that stops half way never looks like a
 * finished one. `onProgress` hears every step (the upkeep renews its lease there). Returns the file
 * written, or null when today's exists. To restore one: `gunzip -k` it and put it in place of the database.
 */
export async function backupDaily(db: Db, dir: string, now: Date, onProgress: () => void = () => {}): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  const name = `${PREFIX}${now.toISOString().slice(0, 10)}${SUFFIX}`;
  const existing = readdirSync(dir).filter((f) => f.startsWith(PREFIX) && (f.endsWith(SUFFIX) || f.endsWith('.sqlite')));
  if (existing.includes(name)) return null;
  const file = join(dir, name);
  const copy = join(dir, `${name}.copy.partial`);
  const partial = `${file}.partial`;
  try {
    await db.backup(copy, {
      progress: () => {
        onProgress();
        return 100;
      },
    });
    const read = createReadStream(copy);
    const stepped = async function* (source: typeof read) {
      for await (const chunk of source) {
        onProgress();
        yield chunk as Buffer;
      }
    };
    await pipeline(read, stepped, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    renameSync(partial, file);
  } finally {
    rmSync(copy, { force: true });
    rmSync(partial, { force: true });
  }
  // By date, old uncompressed backups (before Holdfast compressed them) included.
  const byDay = [...existing, name].sort((a, b) => a.slice(PREFIX.length, PREFIX.length + 10).localeCompare(b.slice(PREFIX.length, PREFIX.length + 10)));
  for (const old of byDay.slice(0, Math.max(0, byDay.length - BACKUPS_KEPT))) rmSync(join(dir, old), { force: true });
  return file;
}
