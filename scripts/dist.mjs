// `npm run dist`: builds the installers for this platform (electron-builder.config.cjs).
// The native modules are rebuilt for Electron's ABI here, never at postinstall (which must work
// without the Electron binary), and node_modules gets its Node builds back afterwards, so the tests,
// the CLI and browser mode keep working.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
/** The native modules and the binary each builds; electron-builder.config.cjs unpacks them from the ASAR. */
const nativeBinaries = { 'better-sqlite3': 'better_sqlite3.node', keytar: 'keytar.node' };
const NATIVE_MODULES = Object.keys(nativeBinaries);

const binaries = Object.entries(nativeBinaries)
  .map(([name, file]) => join(dirname(require.resolve(`${name}/package.json`)), 'build', 'Release', file))
  .filter((file) => existsSync(file));
const backup = mkdtempSync(join(tmpdir(), 'holdfast-node-binaries-'));
binaries.forEach((file, i) => copyFileSync(file, join(backup, String(i))));

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
try {
  run('npx', ['electron-vite', 'build']);
  console.log(`Rebuilding ${NATIVE_MODULES.join(', ')} for Electron ${electronVersion} …`);
  await rebuild({ buildPath: root, electronVersion, onlyModules: NATIVE_MODULES, force: true });
  run('npx', ['electron-builder', '--config', 'electron-builder.config.cjs', '--publish', 'never', ...process.argv.slice(2)]);
} finally {
  binaries.forEach((file, i) => copyFileSync(join(backup, String(i)), file));
  rmSync(backup, { recursive: true, force: true });
}
