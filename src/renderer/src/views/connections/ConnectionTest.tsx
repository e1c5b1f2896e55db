import { useState } from 'react';
import type { TestResult } from '../../../../shared/domain/sync';
import { api } from '../../api/api';
import { errorMessage } from '../../stores/error-message';

/** Reads the venue once without storing anything, and says what it found: the sentence and any warnings. */
export function ConnectionTest({ connectionId }: { readonly connectionId: string }) {
  const [result, setResult] = useState<TestResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      setResult(await api.call('connections.test', { id: connectionId }));
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error), warnings: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="connection-test">
      <button type="button" className="button button--small" onClick={() => void run()} disabled={busy}>
        {busy ? 'Testing…' : 'Test connection'}
      </button>
      <div role="status" aria-live="polite">
        {result ? (
          <div className={result.ok ? 'test-result test-result--ok' : 'test-result test-result--error'}>
            <p>{result.message}</p>
            {result.warnings.length > 0 ? (
              <ul>
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
