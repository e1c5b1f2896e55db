import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** The path of the Electron binary, or why there is none (ELECTRON_SKIP_BINARY_DOWNLOAD, no network). */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const pkg = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return { missing: 'the Electron binary was not downloaded (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
    const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? { path: binary } : { missing: `the Electron binary is absent at ${binary}` };
  } catch (error) {
    return { missing: `electron is not installed (${String(error)})` };
  }
}

