import { useState } from 'react';
import { useAppStore } from '../stores/app-store';
import { errorMessage } from '../stores/error-message';
import { leaveDemo } from './profile-switch';

/** Always in sight while the demo runs, so made-up figures are never taken for the user's own. */
export function DemoBadge() {
  const demo = useAppStore((state) => state.info?.demo === true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!demo) return null;
  const leave = async () => {
    setBusy(true);
    try {
      await leaveDemo();
    } catch (failure) {
      setError(`Could not leave the demo: ${errorMessage(failure)}`);
      setBusy(false);
    }
  };
  return (
    <div className="demo-badge">
      <span className="demo-badge__label" title="Made-up data from local venue simulators; your own data is untouched">
        DEMO
      </span>
      <button type="button" className="button button--small" onClick={() => void leave()} disabled={busy}>
        {busy ? 'Leaving…' : 'Leave demo'}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
