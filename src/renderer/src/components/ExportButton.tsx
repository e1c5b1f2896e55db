import { useState } from 'react';
import type { ExportRequest } from '../../../shared/domain/export';
import { exportReport } from '../api/export';
import { errorMessage } from '../stores/error-message';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** An export action that says it is working, then where the file went (or, in a browser, that the download began), or why it failed. */
export function ExportButton({ request, label }: { readonly request: ExportRequest; readonly label: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function run() {
    setOutcome({ kind: 'busy' });
    try {
      const result = await exportReport(request);
      if (result === null) setOutcome({ kind: 'done', text: 'Download started.' });
      else if (result.path === null) setOutcome({ kind: 'idle' });
      else setOutcome({ kind: 'done', text: `Saved ${result.rows.toLocaleString()} rows to ${result.path}` });
    } catch (error) {
      setOutcome({ kind: 'failed', text: errorMessage(error) });
    }
  }

  return (
    <span className="export-action">
      <button type="button" className="button button--small" onClick={() => void run()} disabled={outcome.kind === 'busy'} aria-busy={outcome.kind === 'busy'}>
        {outcome.kind === 'busy' ? 'Exporting…' : label}
      </button>
      {outcome.kind === 'done' ? (
        <span className="export-action__result muted" role="status">
          {outcome.text}
        </span>
      ) : outcome.kind === 'failed' ? (
        <span className="export-action__result field__error" role="alert">
          {outcome.text}
        </span>
      ) : null}
    </span>
  );
}
