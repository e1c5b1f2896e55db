// Builds a copy of better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules'
// Node build alone: tests and the CLI keep working, and the app passes this binary as `nativeBinding`.
// keytar is N-API and needs no second build. Run by `npm start`/`npm run dev`, never by postinstall.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;

const outDir = join(root, '.electron-native');
const stamp = join(outDir, 'stamp.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion });
const binary = join(outDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in .electron-native/ …`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'node_modules'), { recursive: true });
cpSync(sqliteDir, join(outDir, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});
writeFileSync(join(outDir, 'package.json'), JSON.stringify({ name: 'holdfast-electron-native', private: true }));
execFileSync('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts'], {
  cwd: outDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
  },
});
writeFileSync(stamp, wanted);
