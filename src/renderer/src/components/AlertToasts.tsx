import { useEffect, useState } from 'react';
import type { Alert } from '../../../shared/domain/alerts';
import { api } from '../api/api';

/** How many alerts stay on screen at once; the alert log in Settings keeps the rest. */
const SHOWN = 3;

/**
 * Browser mode's stand-in for desktop notifications: each alert the core fires appears here until
 * dismissed. The desktop app shows a system notification instead (from the main process).
 */
export function AlertToasts() {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useEffect(() => {
    if (window.holdfast) return undefined;
    return api.subscribe('alert.fired', (alert) => setAlerts((shown) => [alert, ...shown].slice(0, SHOWN)));
  }, []);
  if (alerts.length === 0) return null;
  return (
    <div className="toasts" role="region" aria-label="Alerts">
      {alerts.map((alert) => (
        <div key={`${alert.key}@${alert.at}`} className="toast" role="status">
          <strong>{alert.title}</strong>
          <p>{alert.message}</p>
          <button type="button" className="button button--small" onClick={() => setAlerts((shown) => shown.filter((a) => a !== alert))}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
