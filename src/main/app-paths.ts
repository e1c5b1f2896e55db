import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from wherever this module was bundled to (out/main) or sits in (src/main). */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Holdfast cannot find its own package.json');
    dir = parent;
  }
  return dir;
}

export function rendererDir(): string {
  return join(appRoot(), 'out', 'renderer');
}
