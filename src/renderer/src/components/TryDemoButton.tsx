import { useState } from 'react';
import { errorMessage } from '../stores/error-message';
import { enterDemo } from './profile-switch';

/** First run: the demo portfolio, a click away, apart from the (still empty) real profile. */
export function TryDemoButton() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await enterDemo();
    } catch (failure) {
      setError(`The demo did not start: ${errorMessage(failure)}`);
      setBusy(false);
    }
  };
  return (
    <span className="try-demo">
      <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy} aria-busy={busy}>
        {busy ? 'Starting the demo…' : 'Try with demo data'}
      </button>
      {error ? (
        <span className="try-demo__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
