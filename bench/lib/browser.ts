import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.HOLDFAST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The browser every page case uses, already open: its own start is not Holdfast's. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', ...extraArgs],
  });
}
