import { browserSession } from './api/browser-session';
import './api/api';
import './styles.css';

// The page's entry, kept small (no React, no zod). Making the api (imported above) trades the link's token
// for a session and sends the first screen's reads; index.html's modulepreload link meanwhile fetches and
// compiles the app's chunk. That chunk evaluates only once the reads are on their way: its evaluation holds
// the main thread for hundreds of milliseconds, during which the session's answer would wait unread.
// The session's outcome is main.tsx's to show, so a failed one starts the app all the same.
const session = window.holdfast ? Promise.resolve() : browserSession().catch(() => undefined);
// One task later: the reads' fetches go out a few microtasks after the session's answer, before the app evaluates.
void session.then(() => new Promise((resolve) => setTimeout(resolve))).then(() => import('./main'));
