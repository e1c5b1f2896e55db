import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_DIR = 'Holdfast';

/** Where Electron keeps `userData` for this app, so the CLI and browser mode read the same data by default. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR);
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.HOLDFAST_DATA_DIR ?? defaultDataDir(process.platform, env);
}

/**
 * The data folder holds account names, balances and the log: only its owner may list or read it
 * (0700), whoever created it first (Electron makes its userData folder with the usual 0755).
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Creates a file readable by its owner only (0600), or makes an existing one so. SQLite gives its
 * -wal and -shm files the mode of the database file, so they follow.
 */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}
