// electron-builder's afterPack hook: flips Electron's fuses in the packed executable, before signing.
// CommonJS because electron-builder loads hooks with plain require(), without TypeScript.
const { join } = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** What the shipped executable may do; every fuse the kiosk relies on is named here, nowhere else. */
const kioskFuses = {
  version: FuseVersion.V1,
  // Nobody on the kiosk may turn the signed executable into a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/** The packed executable: `<productFilename>.exe` on Windows, `<executableName>` on Linux. */
function packedExecutable(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return join(appOutDir, packager.executableName);
  throw new Error(`Sunbeon is packaged for Windows and Linux only, not ${electronPlatformName}`);
}

async function afterPack(context) {
  await flipFuses(packedExecutable(context), kioskFuses);
}

module.exports = { kioskFuses, afterPack };
