const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server to load instead of the packaged renderer: development builds only, and
 * only on this machine. A packaged app ignores ELECTRON_RENDERER_URL, so nobody can point an
 * installed Holdfast, preload bridge and all, at a page of their own by setting a variable.
 */
export function devServerUrlFor(app: { readonly isPackaged: boolean }, env: NodeJS.ProcessEnv): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = env.ELECTRON_RENDERER_URL;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' && loopbackHosts.has(url.hostname) ? candidate : undefined;
  } catch {
    return undefined;
  }
}
