import type { Api } from '../../../shared/contract';
import type { PreloadApi } from '../../../shared/preload-api';
import { withFirstReads } from './first-reads';
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

const transport = withFirstReads(pickTransport());

export const api: Api = transport;

/** Sends the first screen's reads ahead of the app (start.ts); the stores' first calls then take them. */
export const sendFirstReads = (): void => transport.sendFirstReads();
