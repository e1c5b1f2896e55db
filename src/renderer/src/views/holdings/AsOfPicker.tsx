import { useEffect, useState, type FormEvent } from 'react';
import { toLocalInput } from '../../format/date';
import { useTimeTravelStore } from '../../stores/time-travel-store';

/** Time travel: the portfolio exactly as the snapshots stood at a past instant (local time, to the second). */
export function AsOfPicker() {
  const at = useTimeTravelStore((state) => state.at);
  const setAt = useTimeTravelStore((state) => state.setAt);
  const [value, setValue] = useState(at ? toLocalInput(at) : '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setValue(at ? toLocalInput(at) : ''), [at]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const ms = new Date(value).getTime();
    if (!value || Number.isNaN(ms)) return setError('Choose a date and time.');
    if (ms > Date.now()) return setError('That is in the future; choose a past time.');
    setError(null);
    setAt(new Date(ms).toISOString());
  }

  return (
    <form className="as-of-picker" onSubmit={submit} aria-label="Time travel">
      <label htmlFor="as-of-input">As of</label>
      <input id="as-of-input" type="datetime-local" step="1" value={value} max={toLocalInput(new Date().toISOString())} onChange={(e) => setValue(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? 'as-of-error' : undefined} />
      <button type="submit" className="button button--small">
        Show
      </button>
      {at ? (
        <button type="button" className="button button--small" onClick={() => setAt(null)}>
          Now
        </button>
      ) : null}
      {error ? (
        <span id="as-of-error" className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
