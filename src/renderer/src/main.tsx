import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserSession } from './api/browser-session';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Browser mode first trades the link's one-time token for this page's session; Electron needs none.
const ready = window.holdfast ? Promise.resolve() : browserSession();
ready.then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    createRoot(root).render(
      <main className="session-problem">
        <h1>Holdfast</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    ),
);
