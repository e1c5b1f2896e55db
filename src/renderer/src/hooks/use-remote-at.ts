import type { EventName } from '../../../shared/contract';
import { useTimeTravelStore } from '../stores/time-travel-store';
import { useRemote, type Remote } from './use-remote';

const nowChangesOn: readonly EventName[] = ['portfolio.changed', 'connections.changed'];

/**
 * A view of the instant the user travelled to, or of now. A past view never changes, so only "now"
 * reloads when new snapshots or connections arrive.
 */
export function useRemoteAt<T>(load: (query: { at?: string }) => Promise<T>): { at: string | null; remote: Remote<T> } {
  const at = useTimeTravelStore((state) => state.at);
  const remote = useRemote(() => load(at ? { at } : {}), [at], at ? [] : nowChangesOn);
  return { at, remote };
}
