import { isDecimalText } from '../../../../shared/decimal';
import type { AlertSettings } from '../../../../shared/domain/alerts';
import { api } from '../../api/api';
import { formatDateTime } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { TextSetting } from './TextSetting';

const percentage = (text: string) => (isDecimalText(text.trim()) && !text.trim().startsWith('-') && !/e/i.test(text) ? null : 'Enter a percentage, e.g. 10 or 2.5.');
const minutes = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 10_080 ? null : 'Enter whole minutes, from 1 to 10080 (a week).');

/** Each alert switchable with its line, and the log of the last ones that fired. */
export function AlertsPanel({ alerts, save }: { readonly alerts: AlertSettings; readonly save: (next: AlertSettings) => Promise<void> }) {
  const log = useRemote(() => api.call('alerts.list', {}), [], ['portfolio.changed', 'alert.fired']);
  return (
    <section className="panel" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      <p className="muted">Each alert fires once when its line is crossed, and again only after it has cleared.</p>
      <label className="check">
        <input type="checkbox" checked={alerts.connectionFailing.enabled} onChange={(e) => void save({ ...alerts, connectionFailing: { ...alerts.connectionFailing, enabled: e.target.checked } })} />
        <span>A connection failing for longer than…</span>
      </label>
      <TextSetting
        key={`failing-${alerts.connectionFailing.minutes}`}
        id="alert-failing-minutes"
        label="Minutes of failed reads"
        hint="How long a connection may keep failing before it alerts."
        value={String(alerts.connectionFailing.minutes)}
        validate={minutes}
        save={(text) => save({ ...alerts, connectionFailing: { ...alerts.connectionFailing, minutes: Number(text.trim()) } })}
      />
      <label className="check">
        <input type="checkbox" checked={alerts.liquidation.enabled} onChange={(e) => void save({ ...alerts, liquidation: { ...alerts.liquidation, enabled: e.target.checked } })} />
        <span>An account near liquidation, or its status leaving NORMAL</span>
      </label>
      <TextSetting
        key={`liq-${alerts.liquidation.distancePct}`}
        id="alert-liquidation-pct"
        label="Distance to liquidation under (%)"
        hint="|mark − liquidation price| ÷ mark of an account's nearest position."
        value={alerts.liquidation.distancePct}
        validate={percentage}
        save={(text) => save({ ...alerts, liquidation: { ...alerts.liquidation, distancePct: text.trim() } })}
      />
      <label className="check">
        <input type="checkbox" checked={alerts.netWorthMove.enabled} onChange={(e) => void save({ ...alerts, netWorthMove: { ...alerts.netWorthMove, enabled: e.target.checked } })} />
        <span>Net worth moving more than…</span>
      </label>
      <TextSetting
        key={`move-${alerts.netWorthMove.pct}`}
        id="alert-move-pct"
        label="Move (%)"
        hint="Up or down, against net worth at the start of the window."
        value={alerts.netWorthMove.pct}
        validate={percentage}
        save={(text) => save({ ...alerts, netWorthMove: { ...alerts.netWorthMove, pct: text.trim() } })}
      />
      <TextSetting
        key={`window-${alerts.netWorthMove.windowMinutes}`}
        id="alert-move-window"
        label="Within (minutes)"
        hint="The window the move is measured over."
        value={String(alerts.netWorthMove.windowMinutes)}
        validate={(text) => minutes(text) ?? (Number(text) < 5 ? 'At least 5 minutes.' : null)}
        save={(text) => save({ ...alerts, netWorthMove: { ...alerts.netWorthMove, windowMinutes: Number(text.trim()) } })}
      />
      <h3>Alert log</h3>
      {log.data && log.data.length > 0 ? (
        <ul className="alert-log" aria-label="Alert log">
          {log.data.map((a) => (
            <li key={`${a.key}@${a.at}`}>
              <time dateTime={a.at}>{formatDateTime(a.at)}</time> <strong>{a.title}</strong> — {a.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No alert has fired yet.</p>
      )}
    </section>
  );
}
