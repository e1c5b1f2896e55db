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
