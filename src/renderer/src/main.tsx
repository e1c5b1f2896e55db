import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserSession } from './api/browser-session';
import { App } from './App';
import { connectionsSource } from './stores/connections-store';
import { summarySource } from './stores/summary-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Browser mode first trades the link's one-time token for this page's session; Electron needs none.
const ready = window.holdfast ? Promise.resolve() : browserSession();
ready.then(
  () => {
    // The sources start before the first render: their first loads take the reads start.ts already sent
    // (api/first-reads.ts). App starts the same sources again, which is starting them once, and stops them.
    connectionsSource.start();
    summarySource.start();
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  (error: unknown) =>
    createRoot(root).render(
      <main className="session-problem">
        <h1>Holdfast</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    ),
);
