import { api } from '../api/api';
import { hrefFor, type ViewId } from '../router/route';

/**
 * Entering or leaving the demo swaps everything the app shows (connections, data, settings), so the
 * page starts afresh on the other profile rather than patching every store.
 */
async function switchProfile(channel: 'demo.start' | 'demo.leave', landOn: ViewId): Promise<void> {
  await api.call(channel, {});
  window.location.hash = hrefFor(landOn);
  window.location.reload();
}

export const enterDemo = () => switchProfile('demo.start', 'dashboard');
export const leaveDemo = () => switchProfile('demo.leave', 'connections');
