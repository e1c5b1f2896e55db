export const APP_SCHEME = 'app';
export const APP_HOST = 'holdfast';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Only our own renderer may call the core or stay loaded in the window: the packaged files on app://holdfast,
 * or, in development only, the electron-vite dev server.
 */
export function isTrustedRendererUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  if (!devServerUrl) return false;
  return parsed.origin === new URL(devServerUrl).origin;
}
