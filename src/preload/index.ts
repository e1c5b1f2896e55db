import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, isEventName, type EventName } from '../shared/contract';
import type { PreloadApi } from '../shared/preload-api';

// One named method per contract channel; the renderer never gets ipcRenderer or a generic invoke.
const methods = Object.fromEntries(channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.off(event, wrapped);
}

contextBridge.exposeInMainWorld('holdfast', { ...methods, on } as unknown as PreloadApi);
