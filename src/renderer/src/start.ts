import { sendFirstReads } from './api/api';
import { browserSession } from './api/browser-session';
import './styles.css';

// The page's entry, kept small (no React, no zod). It opens the session at once and sends the first
// screen's reads as soon as the app's chunks (modulepreloaded by index.html beside this one) have arrived,
// then evaluates that chunk while the core works on the reads. Asked earlier, the server would compute
// the summary before sending the chunk, and the page would still build only after the summary.
// The chunk evaluates only once the reads are on their way: its evaluation holds the main thread for
// hundreds of milliseconds, during which the session's answer would wait unread.

/** Once the app's chunks have downloaded (at once in Electron, in `vite dev`, or without modulepreload). */
function appChunksFetched(): Promise<unknown> {
  if (window.holdfast || !document.createElement('link').relList.supports('modulepreload')) return Promise.resolve();
  // A chunk that has arrived already has its resource timing entry; its load event may be past.
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].filter((link) => performance.getEntriesByName(link.href).length === 0);
  return Promise.all(pending.map((link) => new Promise((resolve) => ['load', 'error'].forEach((event) => link.addEventListener(event, resolve, { once: true })))));
}

// The session's outcome is main.tsx's to show, so a failed one starts the app all the same.
const session = window.holdfast ? Promise.resolve() : browserSession().catch(() => undefined);
void Promise.all([session, appChunksFetched()])
  .then(() => {
    sendFirstReads();
    // One task later: the reads' fetches go out a few microtasks after this, before the app evaluates.
    return new Promise((resolve) => setTimeout(resolve));
  })
  .then(() => import('./main'));
