// The Electron fuses every package ships with, flipped into the binary after packing (after-pack.cjs).
// A packaged Holdfast cannot be turned into a plain Node runtime or a debugger target, and only runs
// the app from its own, integrity-checked ASAR. test/unit/packaging/packaging-config.test.ts holds this.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

module.exports = { fuses };
