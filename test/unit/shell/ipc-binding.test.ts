import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../src/shared/contract';
import { bindIpc, type IpcHandleTarget, type IpcInvokeEvent } from '../../../src/main/shell/ipc-binding';
import { isTrustedRendererUrl } from '../../../src/main/shell/trusted-url';

type Listener = (event: IpcInvokeEvent, input: unknown) => Promise<unknown>;

/** Electron's ipcMain cannot exist here; this records handlers the way ipcMain.handle does. */
function recordingIpc() {
  const handlers = new Map<string, Listener>();
  const target: IpcHandleTarget = { handle: (channel, listener) => void handlers.set(channel, listener) };
  return { target, handlers };
}

describe('IPC binding', () => {
  const calls: string[] = [];
  const dispatch = async (channel: string) => {
    calls.push(channel);
    return { ok: true as const, data: channel };
  };
  const trusted = (url: string | undefined) => isTrustedRendererUrl(url);

  it('binds exactly one handler per contract channel', () => {
    const { target, handlers } = recordingIpc();
    bindIpc(target, dispatch, trusted);
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses a foreign sender before dispatching', async () => {
    const { target, handlers } = recordingIpc();
    bindIpc(target, dispatch, trusted);
    calls.length = 0;
    const listener = handlers.get('connections.list');
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://127.0.0.1:5173/']) {
      const reply = (await listener?.({ senderFrame: { url } }, {})) as { ok: boolean; error?: { message: string } };
      expect(reply.ok).toBe(false);
      expect(reply.error?.message).toContain('did not come from the Holdfast window');
    }
    expect(await listener?.({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('dispatches a call from our own renderer', async () => {
    const { target, handlers } = recordingIpc();
    bindIpc(target, dispatch, trusted);
    calls.length = 0;
    const reply = await handlers.get('app.info')?.({ senderFrame: { url: 'app://holdfast/index.html' } }, {});
    expect(reply).toEqual({ ok: true, data: 'app.info' });
    expect(calls).toEqual(['app.info']);
  });

  it('trusts the dev server only when one is configured', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('not a url')).toBe(false);
  });
});
