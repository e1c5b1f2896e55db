import { useAppStore } from '../stores/app-store';
import { useProfileSwitch } from './profile-switch';

/** Always in sight while the demo runs, so made-up figures are never taken for the user's own. */
export function DemoBadge() {
  const demo = useAppStore((state) => state.info?.demo === true);
  const leave = useProfileSwitch('demo.leave', 'Could not leave the demo');
  if (!demo) return null;
  return (
    <div className="demo-badge">
      <span className="demo-badge__label" title="Made-up data from local venue simulators; your own data is untouched">
        DEMO
      </span>
      <button type="button" className="button button--small" onClick={leave.run} disabled={leave.busy}>
        {leave.busy ? 'Leaving…' : 'Leave demo'}
      </button>
      {leave.error ? <span role="alert">{leave.error}</span> : null}
    </div>
  );
}
