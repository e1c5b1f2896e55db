import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The packaging configuration is checked here because packaging itself needs the Electron binary,
// which these machines cannot download: a regression in it would otherwise show only in a release.
const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  linux: { target: string[]; icon: string };
  deb: { depends: string[] };
  mac: { target: string[]; icon: string; hardenedRuntime: boolean; entitlements: string };
  win: { target: string[]; icon: string };
}
const config = require('./electron-builder.config.cjs') as BuilderConfig;
const { fuses } = require('./scripts/packaging/fuses.cjs') as { fuses: Record<string, unknown> };
const afterPack = require('./scripts/packaging/after-pack.cjs') as { electronBinary(context: unknown): string };
// electron-builder's own matcher, so the patterns are read exactly as packaging reads them.
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (p: string) => string, patterns: string[]) => { createFilter(): (file: string, stat: Stats) => boolean };
};

const fileStat = { isDirectory: () => false } as Stats;
const matches = (patterns: string[], relative: string) => new FileMatcher(root, '/app', (p) => p, patterns).createFilter()(join(root, relative), fileStat);

describe('electron-builder configuration', () => {
  it('names the app and builds every platform target the card lists', () => {
    expect(config.appId).toBe('app.holdfast.desktop');
    expect(config.productName).toBe('Holdfast');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(expect.arrayContaining(['dmg', 'zip']));
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis']));
  });

  it('makes the deb depend on the Secret Service library and macOS run hardened with keychain entitlements', () => {
    expect(config.deb.depends).toContain('libsecret-1-0');
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(root, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('<key>keychain-access-groups</key>');
    expect(entitlements).toContain('app.holdfast.desktop');
  });

  it('points every platform at an icon that exists', () => {
    for (const icon of [config.mac.icon, config.win.icon, join(config.linux.icon, '512x512.png'), join(config.linux.icon, '16x16.png')]) {
      expect(() => readFileSync(join(root, icon)), icon).not.toThrow();
    }
  });

  it('unpacks both native modules from the ASAR and leaves the rebuild to the packaging script', () => {
    for (const binary of ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/keytar/build/Release/keytar.node']) {
      expect(matches(config.asarUnpack, binary), binary).toBe(true);
    }
    expect(matches(config.asarUnpack, 'node_modules/zod/index.js')).toBe(false);
    expect(config.npmRebuild).toBe(false);
    const dist = readFileSync(join(root, 'scripts', 'dist.mjs'), 'utf8');
    expect(dist).toContain("from '@electron/rebuild'");
    expect(dist).toMatch(/'better-sqlite3': 'better_sqlite3.node', keytar: 'keytar.node'/);
  });

  it('never rebuilds for Electron at install time, which must work without the Electron binary', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(scripts[hook], hook).toBeUndefined();
    expect(scripts.dist).toBe('node scripts/dist.mjs');
  });

  it('packs the built app and its icons, and no tests, benchmarks, sources or simulator tooling', () => {
    for (const kept of ['out/main/index.js', 'out/renderer/index.html', 'out/preload/index.cjs', 'resources/icons/256x256.png', 'resources/tray.png', 'package.json']) {
      expect(matches(config.files, kept), kept).toBe(true);
    }
    for (const left of [
      'test/unit/packaging/packaging-config.test.ts',
      'test/e2e/ui-dashboard.spec.ts',
      'bench/run.ts',
      'bench/results/latest.json',
      'src/main/venues/rapidx/simulator/server.ts',
      'src/main/venues/sim-cli.ts',
      'scripts/dist.mjs',
      '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'out/main/index.js.map',
      'docs/screenshot-dashboard.png',
      'out/renderer/fixtures/venue.json',
    ]) {
      expect(matches(config.files, left), left).toBe(false);
    }
  });
});

describe('Electron fuses', () => {
  it('turns off every way to run the binary as something else, and on encryption and ASAR integrity', () => {
    expect(fuses).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('are flipped by the afterPack hook in the packed binary of each platform', () => {
    expect(config.afterPack).toBe('./scripts/packaging/after-pack.cjs');
    expect(typeof require('./scripts/packaging/after-pack.cjs')).toBe('function');
    const context = (electronPlatformName: string) => ({
      electronPlatformName,
      appOutDir: '/out',
      packager: { appInfo: { productFilename: 'Holdfast' }, executableName: 'holdfast' },
    });
    expect(afterPack.electronBinary(context('linux'))).toBe(join('/out', 'holdfast'));
    expect(afterPack.electronBinary(context('win32'))).toBe(join('/out', 'Holdfast.exe'));
    expect(afterPack.electronBinary(context('darwin'))).toBe(join('/out', 'Holdfast.app', 'Contents', 'MacOS', 'Holdfast'));
  });
});
