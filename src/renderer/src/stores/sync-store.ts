import { create } from 'zustand';
import type { SyncOutcome } from '../../../shared/domain/sync';
import { api } from '../api/api';
import { errorMessage } from './error-message';

interface SyncState {
  /** Connections being read right now, from sync.progress events (polls and "sync now" alike). */
  active: readonly string[];
  /** Reads finished in the current cycle: with `active`, the "3 of 5" of the progress bar. */
  finished: number;
  requesting: boolean;
  /** What the last "sync now" from this window came to, in one sentence. */
  lastResult: { ok: boolean; text: string } | null;
  syncNow(connectionId?: string): Promise<SyncOutcome[]>;
}

function describe(outcomes: readonly SyncOutcome[]): { ok: boolean; text: string } {
  const failed = outcomes.filter((o) => !o.ok);
  if (outcomes.length === 0) return { ok: true, text: 'Nothing to sync: no enabled connections.' };
  if (failed.length === 0) return { ok: true, text: `Synced ${outcomes.length} connection${outcomes.length === 1 ? '' : 's'}.` };
  return { ok: false, text: `${failed.length} of ${outcomes.length} failed: ${failed[0]?.error?.message ?? 'unknown error'}` };
}

export const useSyncStore = create<SyncState>((set) => ({
  active: [],
  finished: 0,
  requesting: false,
  lastResult: null,
  async syncNow(connectionId) {
    set({ requesting: true });
    try {
      const outcomes = await api.call('sync.now', connectionId ? { connectionId } : {});
      set({ lastResult: describe(outcomes) });
      return outcomes;
    } catch (error) {
      set({ lastResult: { ok: false, text: errorMessage(error) } });
      return [];
    } finally {
      set({ requesting: false });
    }
  },
}));

/** Follows sync.progress events until the returned function is called (the app's lifetime). */
export function followSyncProgress(): () => void {
  let resetTimer: ReturnType<typeof setTimeout> | undefined;
  const off = api.subscribe('sync.progress', ({ connectionId, phase }) => {
    clearTimeout(resetTimer);
    useSyncStore.setState((state) =>
      phase === 'started'
        ? { active: state.active.includes(connectionId) ? state.active : [...state.active, connectionId] }
        : { active: state.active.filter((id) => id !== connectionId), finished: state.finished + 1 },
    );
    // The count restarts with the next cycle, once this one has been quiet for a moment.
    if (useSyncStore.getState().active.length === 0) resetTimer = setTimeout(() => useSyncStore.setState({ finished: 0 }), 1500);
  });
  return () => {
    off();
    clearTimeout(resetTimer);
  };
}
