// Packaging for `npm run dist` (scripts/dist.mjs). test/unit/packaging/packaging-config.test.ts
// fails if a target, a fuse, the unpacking of the native modules or an exclusion goes missing.
module.exports = {
  appId: 'app.holdfast.desktop',
  productName: 'Holdfast',
  copyright: 'Copyright © 2026 the Holdfast authors',
  directories: { output: 'dist', buildResources: 'resources' },
  // The built app and the icons it loads at run time; never sources, tests, benchmarks, fixtures,
  // the Electron-ABI copy for `npm start`, or anything only the simulators' command line uses.
  files: [
    'out/**',
    'resources/icons/**',
    'resources/tray*.png',
    'package.json',
    '!**/*.map',
    '!src/**',
    '!test/**',
    '!bench/**',
    '!docs/**',
    '!scripts/**',
    '!.electron-native/**',
    '!**/*.{test,spec}.{ts,tsx,js,mjs,cjs}',
    '!**/{fixtures,__fixtures__,test-data}/**',
  ],
  // Native modules cannot be loaded from inside an ASAR; scripts/dist.mjs has rebuilt them for Electron.
  asarUnpack: ['**/node_modules/better-sqlite3/**', '**/node_modules/keytar/**'],
  npmRebuild: false,
  afterPack: './scripts/packaging/after-pack.cjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    synopsis: 'One portfolio across institutional crypto venues',
  },
  deb: {
    // electron-builder's defaults plus the Secret Service client library keytar links against.
    depends: ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'],
  },
  mac: {
    target: ['dmg', 'zip'],
    category: 'public.app-category.finance',
    icon: 'resources/icon.png',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
  },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  // electron-updater reads this from the package's app-update.yml; set HOLDFAST_UPDATE_URL for releases.
  publish: { provider: 'generic', url: process.env.HOLDFAST_UPDATE_URL || 'https://updates.holdfast.invalid/${os}/${arch}' },
};
