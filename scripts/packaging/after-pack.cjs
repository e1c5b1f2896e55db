// electron-builder afterPack hook: sets the fuses (fuses.cjs) in the packed Electron binary, before
// signing, so the signature covers them.
const { join } = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuses } = require('./fuses.cjs');

/** Where electron-builder left the Electron executable for each platform. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName);
  }
}

module.exports = async function afterPack(context) {
  const isArmMac = context.electronPlatformName === 'darwin' && context.arch === 3; // electron-builder's Arch.arm64
  await flipFuses(electronBinary(context), { ...fuses, resetAdHocDarwinSignature: isArmMac });
};

module.exports.electronBinary = electronBinary;
