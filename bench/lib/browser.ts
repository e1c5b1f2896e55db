import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../test/support/chromium';

/** The browser every page case uses, already open: its own start is not Holdfast's. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable,
    args: [...chromiumArgs, ...extraArgs],
  });
}
