import { sendFirstReads } from './api/api';
import { browserSession } from './api/browser-session';
import './styles.css';

// The page's entry, kept small (no React, no zod). It opens the session at once and sends the first
// screen's reads as soon as it has one, then evaluates the app's chunk (modulepreloaded by index.html
// beside this one, so already on its way) while the core works on the reads. `holdfast serve` loads its
// core when the session is opened, after the page's files were asked for, so they do not wait behind it.
// The chunk evaluates only once the reads are on their way: its evaluation holds the main thread for
// hundreds of milliseconds, during which the session's answer would wait unread.

// The session's outcome is main.tsx's to show, so a failed one starts the app all the same.
const session = window.holdfast ? Promise.resolve() : browserSession().catch(() => undefined);
void session
  .then(() => {
    sendFirstReads();
    // One task later: the reads' fetches go out a few microtasks after this, before the app evaluates.
    return new Promise((resolve) => setTimeout(resolve));
  })
  .then(() => import('./main'));
