import { useState, type FormEvent } from 'react';
import type { Connection } from '../../../../shared/domain/connection';
import { PollIntervalSec } from '../../../../shared/domain/connection';
import { useConnectionsStore } from '../../stores/connections-store';
import { errorMessage } from '../../stores/error-message';

/** Enable or disable a connection, and how often it is read (10 s – 1 day); both through connections.update. */
export function PollSettings({ connection }: { readonly connection: Connection }) {
  const update = useConnectionsStore((state) => state.update);
  const [interval, setIntervalText] = useState(String(connection.pollIntervalSec));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Shown at once, before the core answers; the store's reload then confirms it (or the error puts it back).
  const [enabled, setEnabled] = useState(connection.enabled);
  const fieldId = `poll-${connection.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = PollIntervalSec.safeParse(Number(interval));
    if (!interval.trim() || !parsed.success) return setError('Enter whole seconds from 10 to 86400.');
    try {
      setError(null);
      await update({ id: connection.id, pollIntervalSec: parsed.data });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function toggle(next: boolean) {
    setEnabled(next);
    try {
      setError(null);
      await update({ id: connection.id, enabled: next });
    } catch (e) {
      setEnabled(!next);
      setError(errorMessage(e));
    }
  }

  return (
    <form className="poll-settings" onSubmit={save} aria-label={`Polling of ${connection.label}`}>
      <label className="toolbar__item">
        <input type="checkbox" checked={enabled} onChange={(e) => void toggle(e.target.checked)} /> Enabled
      </label>
      <label htmlFor={fieldId}>Poll every</label>
      <input
        id={fieldId}
        className="input--short"
        inputMode="numeric"
        value={interval}
        onChange={(e) => {
          setIntervalText(e.target.value);
          setSaved(false);
        }}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      <span>seconds</span>
      <button type="submit" className="button button--small">
        Save interval
      </button>
      {saved ? <span className="muted" role="status">Saved.</span> : null}
      {error ? (
        <span id={`${fieldId}-error`} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
