import { channelNames } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch';

/** The parts of Electron's ipcMain and its event that the binding uses; kept structural so it is testable without Electron. */
export interface IpcInvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcHandleTarget {
  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => Promise<unknown>): void;
}

/**
 * One ipcMain handler per contract channel. A call from any frame but our renderer is refused before
 * anything runs; the input is then parsed by the contract inside dispatch.
 */
export function bindIpc(ipc: IpcHandleTarget, dispatch: Dispatch, isTrusted: (url: string | undefined) => boolean): void {
  for (const channel of channelNames) {
    ipc.handle(channel, async (event, input) => {
      if (!isTrusted(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Refused: this call did not come from the Holdfast window.' } };
      }
      return dispatch(channel, input);
    });
  }
}
