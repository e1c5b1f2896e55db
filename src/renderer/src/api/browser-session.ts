import { AppError } from '../../../shared/app-error';

/** sessionStorage is per origin, port included: no other local server can read it, and a reload keeps it. */
const STORAGE_KEY = 'holdfast.session';

let session: Promise<string> | undefined;

/**
 * This page's session token in browser mode. The link `holdfast serve` printed carries a one-time
 * token: it leaves the address bar (and so the history) at once, and is traded for a session token
 * that stays in this page's memory and sessionStorage. No cookie: another port could read it.
 */
export function browserSession(): Promise<string> {
  session ??= openSession();
  return session;
}

async function openSession(): Promise<string> {
  const url = new URL(window.location.href);
  const link = url.searchParams.get('token');
  if (link !== null) {
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    const traded = await trade(link);
    if (traded !== null) {
      window.sessionStorage.setItem(STORAGE_KEY, traded);
      return traded;
    }
  }
  const kept = window.sessionStorage.getItem(STORAGE_KEY);
  if (kept !== null) return kept;
  throw new AppError(
    'invalid_input',
    link === null
      ? 'Open Holdfast with the link that `holdfast serve` printed.'
      : 'This link was used already: each link opens Holdfast once. Open the newest link that `holdfast serve` printed.',
  );
}

async function trade(link: string): Promise<string | null> {
  try {
    const response = await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: link }) });
    if (!response.ok) return null;
    const reply = (await response.json()) as { ok: true; data: { session: string } };
    return reply.data.session;
  } catch {
    return null;
  }
}

/** fetch with this page's session token in the Authorization header. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await browserSession();
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}

/** What a 401 or 403 from the server means to the user: this page's session is over. */
export function sessionRefused(): AppError {
  return new AppError('invalid_input', 'This page’s session is no longer valid. Open the newest link that `holdfast serve` printed.');
}
