import type { Api } from '../../../shared/contract';
import type { PreloadApi } from '../../../shared/preload-api';
import { httpApi } from './http-api';
import { ipcApi } from './ipc-api';

declare global {
  interface Window {
    holdfast?: PreloadApi;
  }
}

/** Electron's preload defines window.holdfast; without it we are in browser mode. */
function pickTransport(): Api {
  return window.holdfast ? ipcApi(window.holdfast) : httpApi();
}

export const api: Api = pickTransport();

/** The token has done its work once the session cookie is set; keep it out of history and screenshots. */
export function forgetTokenInUrl(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}
