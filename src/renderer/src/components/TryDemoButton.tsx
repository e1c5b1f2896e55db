import { useProfileSwitch } from './profile-switch';

/** First run: the demo portfolio, a click away, apart from the (still empty) real profile. */
export function TryDemoButton() {
  const start = useProfileSwitch('demo.start', 'The demo did not start');
  return (
    <span className="try-demo">
      <button type="button" className="button button--primary" onClick={start.run} disabled={start.busy} aria-busy={start.busy}>
        {start.busy ? 'Starting the demo…' : 'Try with demo data'}
      </button>
      {start.error ? (
        <span className="try-demo__error" role="alert">
          {start.error}
        </span>
      ) : null}
    </span>
  );
}
