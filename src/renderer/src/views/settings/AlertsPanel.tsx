import { isDecimalText } from '../../../../shared/decimal';
import type { AlertSettings } from '../../../../shared/domain/alerts';
import { api } from '../../api/api';
import { formatDateTime } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { TextSetting } from './TextSetting';

const percentage = (text: string) => (isDecimalText(text.trim()) && !text.trim().startsWith('-') && !/e/i.test(text) ? null : 'Enter a percentage, e.g. 10 or 2.5.');
const minutes = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 10_080 ? null : 'Enter whole minutes, from 1 to 10080 (a week).');

type Rule = keyof AlertSettings;

type Field =
  | { readonly rule: Rule; readonly toggle: string }
  | {
      readonly rule: Rule;
      readonly id: string;
      readonly label: string;
      readonly hint: string;
      readonly value: string;
      readonly validate: (text: string) => string | null;
      readonly patch: (text: string) => Partial<AlertSettings[Rule]>;
    };

/** The panel's switches and lines in order: each rule's switch, then the figures that set its line. */
function fields(alerts: AlertSettings): readonly Field[] {
  return [
    { rule: 'connectionFailing', toggle: 'A connection failing for longer than…' },
    {
      rule: 'connectionFailing',
      id: 'alert-failing-minutes',
      label: 'Minutes of failed reads',
      hint: 'How long a connection may keep failing before it alerts.',
      value: String(alerts.connectionFailing.minutes),
      validate: minutes,
      patch: (text) => ({ minutes: Number(text) }),
    },
    { rule: 'liquidation', toggle: 'An account near liquidation, or its status leaving NORMAL' },
    {
      rule: 'liquidation',
      id: 'alert-liquidation-pct',
      label: 'Distance to liquidation under (%)',
      hint: "|mark − liquidation price| ÷ mark of an account's nearest position.",
      value: alerts.liquidation.distancePct,
      validate: percentage,
      patch: (text) => ({ distancePct: text }),
    },
    { rule: 'netWorthMove', toggle: 'Net worth moving more than…' },
    {
      rule: 'netWorthMove',
      id: 'alert-move-pct',
      label: 'Move (%)',
      hint: 'Up or down, against net worth at the start of the window.',
      value: alerts.netWorthMove.pct,
      validate: percentage,
      patch: (text) => ({ pct: text }),
    },
    {
      rule: 'netWorthMove',
      id: 'alert-move-window',
      label: 'Within (minutes)',
      hint: 'The window the move is measured over.',
      value: String(alerts.netWorthMove.windowMinutes),
      validate: (text) => minutes(text) ?? (Number(text) < 5 ? 'At least 5 minutes.' : null),
      patch: (text) => ({ windowMinutes: Number(text) }),
    },
  ];
}

/** One alert's switch: the rule's `enabled`, saved as soon as it changes. */
function AlertSwitch({ checked, label, toggle }: { readonly checked: boolean; readonly label: string; readonly toggle: (on: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => toggle(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** Each alert switchable with its line, and the log of the last ones that fired. */
export function AlertsPanel({ alerts, save }: { readonly alerts: AlertSettings; readonly save: (next: AlertSettings) => Promise<void> }) {
  const log = useRemote(() => api.call('alerts.list', {}), [], ['portfolio.changed', 'alert.fired']);
  const update = <R extends Rule>(rule: R, patch: Partial<AlertSettings[R]>) => save({ ...alerts, [rule]: { ...alerts[rule], ...patch } });
  return (
    <section className="panel" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      <p className="muted">Each alert fires once when its line is crossed, and again only after it has cleared.</p>
      {fields(alerts).map((field) =>
        'toggle' in field ? (
          <AlertSwitch key={field.rule} checked={alerts[field.rule].enabled} label={field.toggle} toggle={(enabled) => void update(field.rule, { enabled })} />
        ) : (
          <TextSetting
            key={`${field.id}-${field.value}`}
            id={field.id}
            label={field.label}
            hint={field.hint}
            value={field.value}
            validate={field.validate}
            save={(text) => update(field.rule, field.patch(text.trim()))}
          />
        ),
      )}
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
