import { useEffect, useState, type FormEvent } from 'react';
import { beforeHistory, type HistoryBounds } from '../../../../shared/domain/history-bounds';
import { SECOND } from '../../../../shared/time';
import { api } from '../../api/api';
import { formatDateTimeSeconds, toLocalInput } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { useTimeTravelStore } from '../../stores/time-travel-store';

/** The earliest instant the picker (whole seconds) can show: the first snapshot, rounded up to its second. */
function firstPickable(bounds: HistoryBounds | null): string | null {
  if (!bounds?.first) return null;
  return new Date(Math.ceil(Date.parse(bounds.first) / SECOND) * SECOND).toISOString();
}

/** Why an instant cannot be shown, in the user's words; null when it can. A future time is refused, not clamped: "now" is the Latest button. */
function refusal(ms: number, bounds: HistoryBounds | null): string | null {
  if (ms > Date.now()) return 'That is in the future; choose a past time.';
  if (!bounds || !beforeHistory(ms, bounds)) return null;
  const first = firstPickable(bounds);
  return first ? `History starts ${formatDateTimeSeconds(first)} — pick a later time.` : 'No snapshots are stored yet, so there is no past to show.';
}

/** Time travel: the portfolio exactly as the snapshots stood at a past instant (local time, to the second), within the stored history. */
export function AsOfPicker() {
  const at = useTimeTravelStore((state) => state.at);
  const setAt = useTimeTravelStore((state) => state.setAt);
  const bounds = useRemote(() => api.call('history.bounds', {}), [], ['portfolio.changed', 'connections.changed']).data;
  const [value, setValue] = useState(at ? toLocalInput(at) : '');
  const [error, setError] = useState<string | null>(null);
  const first = firstPickable(bounds);

  useEffect(() => setValue(at ? toLocalInput(at) : ''), [at]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const ms = new Date(value).getTime();
    if (!value || Number.isNaN(ms)) return setError('Choose a date and time.');
    const refused = refusal(ms, bounds);
    if (refused) return setError(refused);
    setError(null);
    setAt(new Date(ms).toISOString());
  }

  function jump(to: string | null) {
    setError(null);
    setAt(to);
  }

  // noValidate: the browser's own range bubble would say less than the sentence below.
  return (
    <form className="as-of-picker" onSubmit={submit} aria-label="Time travel" noValidate>
      <label htmlFor="as-of-input">As of</label>
      <input
        id="as-of-input"
        type="datetime-local"
        step="1"
        value={value}
        min={first ? toLocalInput(first) : undefined}
        max={toLocalInput(new Date().toISOString())}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'as-of-error' : undefined}
      />
      <button type="submit" className="button button--small">
        Show
      </button>
      <button type="button" className="button button--small" disabled={!first} onClick={() => jump(first)} title={first ? `The first snapshot, ${formatDateTimeSeconds(first)}` : 'No snapshots are stored yet'}>
        First snapshot
      </button>
      <button type="button" className="button button--small" disabled={at === null} onClick={() => jump(null)} title="The newest snapshot of every connection, kept live">
        Latest
      </button>
      {error ? (
        <span id="as-of-error" className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
