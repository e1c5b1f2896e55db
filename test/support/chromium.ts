import { existsSync } from 'node:fs';

/** Debian's Chromium where present (this machine and CI never download a browser); elsewhere Playwright's own. */
export const chromiumExecutable = process.env.HOLDFAST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Chromium's full build preloads its WebUI omnibox popups (chrome://omnibox-popup.top-chrome/, plain and
 * AI mode) in a renderer of their own for every new window, headless too: each Playwright context paid about
 * 2 s of CPU for them (a renderer of ~1.5 s and ~0.5 s in the browser process), more than a test page itself.
 */
const omniboxPopups = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium keeps only the last `--disable-features` it is given, and Playwright passes its own list first:
 * ours repeats Playwright's (test/e2e/chromium-flags.spec.ts fails when an upgrade changes it) and adds to it.
 */
export const playwrightDisabledFeatures: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',

  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The flags every browser test and benchmark page runs Chromium with. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  `--disable-features=${[...playwrightDisabledFeatures, ...omniboxPopups].join(',')}`,
];
