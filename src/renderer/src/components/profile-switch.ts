import { useState } from 'react';
import { api } from '../api/api';
import { hrefFor, type ViewId } from '../router/route';
import { errorMessage } from '../stores/error-message';

/**
 * Entering or leaving the demo swaps everything the app shows (connections, data, settings), so the
 * page starts afresh on the other profile rather than patching every store.
 */
async function switchProfile(channel: 'demo.start' | 'demo.leave', landOn: ViewId): Promise<void> {
  await api.call(channel, {});
  window.location.hash = hrefFor(landOn);
  window.location.reload();
}

/**
 * A button's side of entering (`demo.start`) or leaving (`demo.leave`) the demo: busy from the click
 * on, since success reloads the page; a failure ends the wait and says why, after `failed`.
 */
export function useProfileSwitch(channel: 'demo.start' | 'demo.leave', failed: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await switchProfile(channel, channel === 'demo.start' ? 'dashboard' : 'connections');
    } catch (failure) {
      setError(`${failed}: ${errorMessage(failure)}`);
      setBusy(false);
    }
  };
  return { busy, error, run: () => void run() };
}
